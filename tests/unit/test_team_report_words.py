"""The team report's words come from a ``ReportWords``; the English default keeps the CLI's page."""

from __future__ import annotations

import pytest

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.privacy_rules import FEWER_THAN, SPREAD, SPREAD_POINTS, WORKED_OUT
from wellbeing_app.team.report_format import ENGLISH, _published


class Bracketed:
    """Every text in brackets, numbers with a decimal comma: what a translation does."""

    language = "xx"

    def text(self, source: str) -> str:
        return f"[{source}]"

    def number(self, value: float, places: int = 0) -> str:
        return f"{value:.{places}f}".replace(".", ",")

    def week_span(self, week: IsoWeek) -> str:
        return str(week)


@pytest.mark.parametrize(("published", "shown"), [
    (FEWER_THAN.format(min_group=10), "[fewer than 10 agents contributed]"),
    (WORKED_OUT, f"[{WORKED_OUT}]"),
    (SPREAD.format(spread="1,234"), "[± 1234 (95 %)]"),
    (SPREAD.format(spread="2.5"), "[± 2,5 (95 %)]"),
    (SPREAD_POINTS.format(spread="12"), "[± 12 points (95 %)]"),
    ("a note from an older aggregator <b>", "a note from an older aggregator <b>"),
])
def test_published_sentences_are_recognised_and_reworded(published: str, shown: str) -> None:
    assert _published(published, Bracketed()) == shown


def test_english_default_keeps_fixed_formats() -> None:
    assert ENGLISH.number(2000) == "2,000" and ENGLISH.number(6.25, 1) == "6.2"
    assert ENGLISH.week_span(IsoWeek(2026, 47)) == "16–22 Nov 2026"
    assert ENGLISH.week_span(IsoWeek(2026, 44)) == "26 Oct–1 Nov 2026"
