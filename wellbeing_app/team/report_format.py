"""The team report as JSON (for scripts) and as one self-contained, printable HTML page.

The HTML's words and its number and date formats come from a ``ReportWords``: English by
default (the CLI), the shown language in the team view. The JSON never changes with the locale.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Protocol

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.lead_report import LeadReport
from wellbeing_app.domain.team.privacy_rules import PUBLISHED_SENTENCES, Figure, share_parts
from wellbeing_app.domain.team.published_week import PublishedWeek, figure_payload
from wellbeing_app.domain.team.team_aggregation import COUNT_FIGURES, FIGURE_LABELS, MEAN_FIGURES
from wellbeing_app.domain.team.weekly_summary import WeeklySummary

#: The translation context of every text the report shows.
CONTEXT = "TeamReport"
_TABLE = '<table border="1" cellspacing="0" cellpadding="4">'
_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
th,td{border:1px solid #bbb;padding:.3em .6em;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
td.hidden{color:#777;font-style:italic}small{color:#555}
.note{background:#f3f6fa;padding:.6em 1em;border-left:4px solid #4a7ab8}
@media print{body{margin:0}.note{border-left-color:#000}}
"""


class ReportWords(Protocol):
    """The reader's language: its words, numbers and dates.

    Attributes:
        language: the page's ``lang`` (``en``, ``de``, ``pt-BR``).
    """

    language: str

    def text(self, source: str) -> str:
        """``source`` (a text marked ``_t("TeamReport", …)``) in the reader's language."""
        ...

    def number(self, value: float, places: int = 0) -> str:
        """A number with the reader's grouping and decimal separator."""
        ...

    def week_span(self, week: IsoWeek) -> str:
        """The days of a week: "17–23 Nov 2026"."""
        ...


class EnglishWords:
    """The report in English with fixed formats, whatever the machine's locale (the CLI)."""

    language = "en"

    def text(self, source: str) -> str:
        """The source text is English."""
        return source

    def number(self, value: float, places: int = 0) -> str:
        """1,234 and 6.2."""
        return f"{value:,.{places}f}"

    def week_span(self, week: IsoWeek) -> str:
        """'17–23 Nov 2026', or '27 Oct–2 Nov 2026' across a month."""
        first, last = week.monday, week.sunday
        start = f"{first.day}" if first.month == last.month else f"{first.day} {first:%b}"
        return f"{start}–{last.day} {last:%b %Y}"


ENGLISH = EnglishWords()


def _week_json(published: PublishedWeek) -> dict[str, Any]:
    week = published.team
    return {
        "week": str(week.week),
        "aggregator": published.aggregator,
        "published_utc": published.created_utc,
        "min_group": published.min_group,
        "epsilon": published.epsilon,
        "counted": published.counted,
        "rejected": dict(published.rejected),
        "figures": {f.key: figure_payload(f) for f in week.figures},
        "categories": {key: figure_payload(f) for key, f in week.categories},
    }


def _named_json(summary: WeeklySummary) -> dict[str, Any]:
    return {"display_name": summary.display_name, "agent_id": summary.agent_id,
            "week": str(summary.week), "tough_calls": summary.tough_calls,
            "stress_mean": summary.stress_mean, "stress_median": summary.stress_median,
            "high_stress_share": summary.high_stress_share,
            "categories": dict(summary.categories),
            "exercise_sessions": summary.exercise_sessions,
            "exercise_minutes": summary.exercise_minutes,
            "exercise_change_mean": summary.exercise_change_mean}


def report_to_json(report: LeadReport) -> dict[str, Any]:
    """The same figures as the HTML report, for scripts."""
    return {
        "aggregator": {"label": report.aggregator_label,
                       "configured": report.aggregator_configured},
        "files_seen": report.files_seen,
        "sealed_files": report.sealed_files,
        "weeks": [_week_json(w) for w in report.weeks],
        "named": [_named_json(s) for s in report.named],
        "rejected": [{"file": r.file_name, "reason": r.reason, "detail": r.detail}
                     for r in report.rejected],
    }


def _reasons(report: LeadReport) -> dict[str, int]:
    """Each distinct suppression reason, numbered in order of first appearance."""
    numbered: dict[str, int] = {}
    for week in (published.team for published in report.weeks):
        for figure in (*week.figures, *(f for _, f in week.categories)):
            if figure.suppressed is not None and figure.suppressed not in numbered:
                numbered[figure.suppressed] = len(numbered) + 1
    return numbered


@cache
def _sentence_pattern(template: str) -> re.Pattern[str]:
    """A published sentence with each ``{name}`` matching a plain number."""
    parts = re.split(r"\{([a-z_]+)\}", template)
    return re.compile("".join(rf"(?P<{part}>\d[\d,]*(?:\.\d+)?)" if index % 2 else
                              re.escape(part) for index, part in enumerate(parts)))


def _published(text: str, words: ReportWords) -> str:
    """A sentence the aggregator published (in English) in the reader's language.

    Only the sentences the aggregator writes are recognised; anything else (an older or
    foreign aggregator) is shown as it stands.
    """
    for template in PUBLISHED_SENTENCES:
        match = _sentence_pattern(template).fullmatch(text)
        if match is not None:
            values = {name: words.number(float(raw.replace(",", "")),
                                         len(raw.partition(".")[2]))
                      for name, raw in match.groupdict().items()}
            return words.text(template).format(**values)
    return text


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraph(text: str) -> str:
    return f"<p>{_esc(text)}</p>"


def _share_text(share: float, words: ReportWords) -> str:
    """A share as the privacy rules show it (never a bare 0 % or 100 %), in local digits."""
    bound, percent = share_parts(share)
    template = {"<": _t("TeamReport", "< {percent} %"), ">": _t("TeamReport", "> {percent} %"),
                "": _t("TeamReport", "{percent} %")}[bound]
    return words.text(template).format(percent=words.number(percent))


def _figure_text(figure: Figure, words: ReportWords) -> str:
    """The published value in local digits; the published text when there is no number."""
    value = figure.value
    if value is None or not math.isfinite(value):
        return figure.text
    if figure.key in COUNT_FIGURES:
        return words.number(value)
    if figure.key in MEAN_FIGURES:
        return words.number(value, 1)
    return _share_text(value, words)


def _cell(figure: Figure, reasons: Mapping[str, int], words: ReportWords) -> str:
    if not figure.shown:
        reason = figure.suppressed or ""
        label = words.text(_t("TeamReport", "hidden [{number}]")).format(
            number=reasons.get(reason, "?"))
        return (f'<td class="hidden" title="{html.escape(_published(reason, words))}">'
                f"{_esc(label)}</td>")
    extra = (f"<br><small>{_esc(_published(figure.uncertainty, words))}</small>"
             if figure.uncertainty else "")
    return f"<td>{_esc(_figure_text(figure, words))}{extra}</td>"


_NOWRAP = ' style="white-space:nowrap"'


def _week_cell(week: IsoWeek, words: ReportWords) -> str:
    """'17–23 Nov 2026' with the ISO code under it: readable, and still sortable by code."""
    return f"<td{_NOWRAP}>{_esc(words.week_span(week))}<br><small>{week}</small></td>"


def _heads(labels: Iterable[str]) -> str:
    """Column heads on one line each: a long category is never broken mid-word."""
    return "".join(f"<th{_NOWRAP}>{_esc(label)}</th>" for label in labels)


def _weeks_table(report: LeadReport, reasons: Mapping[str, int], words: ReportWords) -> str:
    if not report.weeks:
        return _paragraph(words.text(_t(
            "TeamReport", "No team report from the aggregator in this folder yet. Anonymous "
            "summaries are sealed; only the aggregator can open and count them.")))
    head = _heads([words.text(_t("TeamReport", "Week")),
                   *(words.text(label) for label in FIGURE_LABELS.values())])
    rows = "".join(
        f"<tr>{_week_cell(w.week, words)}"
        f"{''.join(_cell(w.team.figure(key), reasons, words) for key in FIGURE_LABELS)}</tr>"
        for w in reversed(report.weeks))
    return f"{_TABLE}<tr>{head}</tr>{rows}</table>"


def _categories_table(report: LeadReport, labels: Mapping[str, str],
                      reasons: Mapping[str, int], words: ReportWords) -> str:
    teams = [published.team for published in report.weeks]
    ids = sorted({key for w in teams for key, _ in w.categories})
    if not ids:
        return _paragraph(words.text(_t("TeamReport", "No categories to show.")))
    head = _heads([words.text(_t("TeamReport", "Week")), *(labels.get(key, key) for key in ids)])
    rows = []
    for week in reversed(teams):
        cells = dict(week.categories)
        row = "".join(_cell(cells[key], reasons, words) if key in cells else "<td></td>"
                      for key in ids)
        rows.append(f"<tr>{_week_cell(week.week, words)}{row}</tr>")
    note = words.text(_t("TeamReport", "Share of the week's tough calls with each category "
                                       "(newest week first)."))
    return f"<p><small>{_esc(note)}</small></p>{_TABLE}<tr>{head}</tr>{''.join(rows)}</table>"


def _named_row(summary: WeeklySummary, words: ReportWords) -> str:
    mean = "" if summary.stress_mean is None else words.number(summary.stress_mean, 1)
    share = ("" if summary.high_stress_share is None
             else _share_text(summary.high_stress_share, words))
    cells = (summary.display_name or "", str(summary.week), words.number(summary.tough_calls),
             mean, share, words.number(summary.exercise_sessions),
             words.number(summary.exercise_minutes, 1))
    return "<tr>{}</tr>".format("".join(f"<td>{_esc(cell)}</td>" for cell in cells))


def _named_table(report: LeadReport, words: ReportWords) -> str:
    if not report.named:
        return _paragraph(words.text(_t("TeamReport", "No agent chose named sharing.")))
    head = _heads(words.text(text) for text in (
        _t("TeamReport", "Name"), _t("TeamReport", "Week"), _t("TeamReport", "Tough calls"),
        _t("TeamReport", "Mean stress"), _t("TeamReport", "Rated 7+"),
        _t("TeamReport", "Exercises"), _t("TeamReport", "Minutes")))
    rows = "".join(_named_row(s, words) for s in report.named)
    return f"{_TABLE}<tr>{head}</tr>{rows}</table>"


def _rejected_table(report: LeadReport, words: ReportWords) -> str:
    if not report.rejected:
        return _paragraph(words.text(_t("TeamReport", "Every file was valid.")))
    head = _heads(words.text(text) for text in (
        _t("TeamReport", "File"), _t("TeamReport", "Reason"), _t("TeamReport", "Detail")))
    rows = "".join(f"<tr><td>{_esc(r.file_name)}</td><td>{_esc(words.text(r.reason))}</td>"
                   f"<td>{_esc(r.detail)}</td></tr>" for r in report.rejected)
    return f"{_TABLE}<tr>{head}</tr>{rows}</table>"


def _reasons_list(reasons: Mapping[str, int], words: ReportWords) -> str:
    if not reasons:
        return ""
    items = "".join(f"<li>{_esc(_published(text, words))}</li>" for text in reasons)
    title = words.text(_t("TeamReport", "Why some figures are hidden"))
    return f"<h2>{_esc(title)}</h2><ol>{items}</ol>"


def _policy_note(report: LeadReport, words: ReportWords) -> str:
    who = report.aggregator_label or words.text(_t("TeamReport", "the aggregator"))
    if not report.aggregator_configured:
        source = words.text(_t(
            "TeamReport", "No aggregator key is set (team_aggregator_public_key), so no team "
            "figures can be checked or shown; named summaries still are."))
    else:
        source = words.text(_t(
            "TeamReport", "Team figures come only from the weekly reports signed by {who}, who "
            "opens the sealed anonymous summaries, counts enrolled agents only, hides any "
            "figure fewer than the minimum group contributed to (or that could be worked out "
            "by subtraction), never shows a bare 0 % or 100 %, and adds noise once (± shows "
            "its 95 % range).")).format(who=who)
    nobody = words.text(_t("TeamReport", "Nobody reading this folder, you included, can open "
                                         "a single agent's anonymous summary."))
    files = words.text(_t("TeamReport", "{files} files in the folder, {sealed} of them sealed "
                                        "for the aggregator, {rejected} not counted.")).format(
        files=words.number(report.files_seen), sealed=words.number(report.sealed_files),
        rejected=words.number(len(report.rejected)))
    return f'<p class="note">{_esc(source)} {_esc(nobody)} {_esc(files)}</p>'


def report_to_html(report: LeadReport, labels: Mapping[str, str], generated: str,
                   standalone: bool = True, words: ReportWords = ENGLISH) -> str:
    """A printable page with no external resources (also shown inside the team view).

    ``labels`` name the categories and ``generated`` says when, both already in ``words``'
    language; every text from the folder is escaped.
    """
    reasons = _reasons(report)
    title = _esc(words.text(_t("TeamReport", "Team wellbeing report")))
    made = words.text(_t("TeamReport", "Made {generated}")).format(generated=generated)
    weekly, hard, named, not_counted = (f"<h2>{_esc(words.text(text))}</h2>" for text in (
        _t("TeamReport", "Weekly team figures"), _t("TeamReport", "What made calls hard"),
        _t("TeamReport", "Named summaries (agents who chose to be seen)"),
        _t("TeamReport", "Files not counted")))
    body = (f"<h1>{title}</h1><p><small>{_esc(made)}</small></p>{_policy_note(report, words)}"
            f"{weekly}{_weeks_table(report, reasons, words)}"
            f"{hard}{_categories_table(report, labels, reasons, words)}"
            f"{_reasons_list(reasons, words)}{named}{_named_table(report, words)}"
            f"{not_counted}{_rejected_table(report, words)}")
    if not standalone:
        return body
    return (f'<!DOCTYPE html><html lang="{html.escape(words.language)}"><head>'
            f'<meta charset="utf-8"><title>{title}</title>'
            f"<style>{_CSS}</style></head><body>{body}</body></html>\n")
