"""The team report as JSON (for scripts) and as one self-contained, printable HTML page."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.lead_report import LeadReport
from wellbeing_app.domain.team.privacy_rules import Figure, format_share
from wellbeing_app.domain.team.published_week import PublishedWeek, figure_payload
from wellbeing_app.domain.team.team_aggregation import FIGURE_LABELS
from wellbeing_app.domain.team.weekly_summary import WeeklySummary

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


def _cell(figure: Figure, reasons: Mapping[str, int]) -> str:
    if not figure.shown:
        reason = figure.suppressed or ""
        return (f'<td class="hidden" title="{html.escape(reason)}">hidden '
                f"[{reasons.get(reason, '?')}]</td>")
    extra = f"<br><small>{html.escape(figure.uncertainty)}</small>" if figure.uncertainty else ""
    return f"<td>{html.escape(figure.text)}{extra}</td>"


_NOWRAP = ' style="white-space:nowrap"'


def _week_cell(week: IsoWeek) -> str:
    """'17–23 Nov 2026' with the ISO code under it: readable, and still sortable by code."""
    first, last = week.monday, week.sunday
    start = f"{first.day}" if first.month == last.month else f"{first.day} {first:%b}"
    return (f"<td{_NOWRAP}>{start}–{last.day} {last:%b %Y}<br><small>{week}</small></td>")


def _heads(labels: Iterable[str]) -> str:
    """Column heads on one line each: a long category is never broken mid-word."""
    return "".join(f"<th{_NOWRAP}>{html.escape(label)}</th>" for label in labels)


def _weeks_table(report: LeadReport, reasons: Mapping[str, int]) -> str:
    if not report.weeks:
        return ("<p>No team report from the aggregator in this folder yet. Anonymous summaries "
                "are sealed; only the aggregator can open and count them.</p>")
    head = _heads(FIGURE_LABELS.values())
    rows = "".join(
        f"<tr>{_week_cell(w.week)}"
        f"{''.join(_cell(w.team.figure(key), reasons) for key in FIGURE_LABELS)}</tr>"
        for w in reversed(report.weeks))
    return f"{_TABLE}<tr><th>Week</th>{head}</tr>{rows}</table>"


def _categories_table(report: LeadReport, labels: Mapping[str, str],
                      reasons: Mapping[str, int]) -> str:
    teams = [published.team for published in report.weeks]
    ids = sorted({key for w in teams for key, _ in w.categories})
    if not ids:
        return "<p>No categories to show.</p>"
    head = _heads(labels.get(key, key) for key in ids)
    rows = []
    for week in reversed(teams):
        cells = dict(week.categories)
        row = "".join(_cell(cells[key], reasons) if key in cells else "<td></td>" for key in ids)
        rows.append(f"<tr>{_week_cell(week.week)}{row}</tr>")
    return ("<p><small>Share of the week's tough calls with each category (newest week first)."
            f"</small></p>{_TABLE}<tr><th>Week</th>{head}</tr>{''.join(rows)}</table>")


def _share_text(share: float | None) -> str:
    return "" if share is None else format_share(share)


def _named_table(report: LeadReport) -> str:
    if not report.named:
        return "<p>No agent chose named sharing.</p>"
    rows = "".join(
        f"<tr><td>{html.escape(s.display_name or '')}</td><td>{s.week}</td><td>{s.tough_calls}</td>"
        f"<td>{'' if s.stress_mean is None else s.stress_mean}</td>"
        f"<td>{html.escape(_share_text(s.high_stress_share))}</td>"
        f"<td>{s.exercise_sessions}</td><td>{s.exercise_minutes}</td></tr>"
        for s in report.named)
    return (f"{_TABLE}<tr><th>Name</th><th>Week</th><th>Tough calls</th>"
            "<th>Mean stress</th>"
            f"<th>Rated 7+</th><th>Exercises</th><th>Minutes</th></tr>{rows}</table>")


def _rejected_table(report: LeadReport) -> str:
    if not report.rejected:
        return "<p>Every file was valid.</p>"
    rows = "".join(f"<tr><td>{html.escape(r.file_name)}</td><td>{html.escape(r.reason)}</td>"
                   f"<td>{html.escape(r.detail)}</td></tr>" for r in report.rejected)
    return f"{_TABLE}<tr><th>File</th><th>Reason</th><th>Detail</th></tr>{rows}</table>"


def _reasons_list(reasons: Mapping[str, int]) -> str:
    if not reasons:
        return ""
    items = "".join(f"<li>{html.escape(text)}</li>" for text in reasons)
    return f"<h2>Why some figures are hidden</h2><ol>{items}</ol>"


def _policy_note(report: LeadReport) -> str:
    who = html.escape(report.aggregator_label or "the aggregator")
    if not report.aggregator_configured:
        source = ("No aggregator key is set (team_aggregator_public_key), so no team figures "
                  "can be checked or shown; named summaries still are.")
    else:
        source = (f"Team figures come only from the weekly reports signed by {who}, who opens "
                  "the sealed anonymous summaries, counts enrolled agents only, hides any "
                  "figure fewer than the minimum group contributed to (or that could be "
                  "worked out by subtraction), never shows a bare 0 % or 100 %, and adds "
                  "noise once (± shows its 95 % range).")
    return (f'<p class="note">{source} Nobody reading this folder, you included, can open '
            f"a single agent's anonymous summary. {report.files_seen} files in the folder, "
            f"{report.sealed_files} of them sealed for the aggregator, "
            f"{len(report.rejected)} not counted.</p>")


def report_to_html(report: LeadReport, labels: Mapping[str, str], generated: str,
                   standalone: bool = True) -> str:
    """A printable page with no external resources (also shown inside the team view)."""
    reasons = _reasons(report)
    body = (f"<h1>Team wellbeing report</h1><p><small>Made {html.escape(generated)}</small></p>"
            f"{_policy_note(report)}<h2>Weekly team figures</h2>{_weeks_table(report, reasons)}"
            f"<h2>What made calls hard</h2>{_categories_table(report, labels, reasons)}"
            f"{_reasons_list(reasons)}"
            f"<h2>Named summaries (agents who chose to be seen)</h2>{_named_table(report)}"
            f"<h2>Files not counted</h2>{_rejected_table(report)}")
    if not standalone:
        return body
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Team wellbeing report</title>'
            f"<style>{_CSS}</style></head><body>{body}</body></html>\n")
