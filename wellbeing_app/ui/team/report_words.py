"""The team report's words, numbers and dates in the shown language (for the team view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.team.report_format import CONTEXT
from wellbeing_app.ui.i18n.content_language import content_language
from wellbeing_app.ui.i18n.formats import date_span, decimal


class ShownReportWords:
    """``ReportWords`` through the installed catalogues and the default ``QLocale``.

    Built when a report is drawn, so a language switched since then is the one used.
    """

    def __init__(self) -> None:
        self.language = content_language().replace("_", "-")

    def text(self, source: str) -> str:
        """The catalogue's translation (the source itself when there is none)."""
        return QCoreApplication.translate(CONTEXT, source)

    def number(self, value: float, places: int = 0) -> str:
        """2.000 / 6,2 in German; 2,000 / 6.2 in English."""
        return decimal(value, places)

    def week_span(self, week: IsoWeek) -> str:
        """17. Nov. – 23. Nov. 2026 in German."""
        return date_span(week.monday, week.sunday)
