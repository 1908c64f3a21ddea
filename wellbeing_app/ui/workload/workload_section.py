"""The trends page's workload part: calls handled beside tough calls, talk time, tough share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from wellbeing_app.domain.trends.stress_grid import HOURS, WEEKDAYS, StressGrid
from wellbeing_app.domain.workload.workload_trend import WorkloadDayPoint, WorkloadTrend
from wellbeing_app.ui.i18n.formats import (
    date_text,
    decimal,
    number,
    weekday_date,
    weekday_name,
)
from wellbeing_app.ui.trends.chart_kit import ChartKit, DatedValue, unbroken_runs
from wellbeing_app.ui.trends.chart_panel import ChartPanel
from wellbeing_app.ui.trends.heat_map_widget import hour_slot
from wellbeing_app.ui.workload.calls_heat_map import CallsHeatMap


def share_runs(days: Sequence[WorkloadDayPoint]) -> list[list[DatedValue]]:
    """Unbroken runs of the 7-day tough share (in %); a day without it splits the line."""
    return unbroken_runs((p.day, None if p.share_7d is None else p.share_7d * 100)
                         for p in days)


def share_rows(days: Sequence[WorkloadDayPoint]) -> list[list[str]]:
    """The tough-share chart's numbers, in %: one row per day with a share."""
    def percent(value: float | None) -> str:
        return "—" if value is None else decimal(value * 100, 0)
    return [[weekday_date(p.day), percent(p.tough_share), percent(p.share_7d)]
            for p in days if p.tough_share is not None]


def calls_rows(grid: StressGrid) -> list[list[str]]:
    """The calls heat map's numbers: one row per weekday and hour with calls."""
    return [[weekday_name(w, short=False), hour_slot(h), number(grid.cell(w, h).count)]
            for w in range(WEEKDAYS) for h in range(HOURS) if grid.cell(w, h).count]


class WorkloadSection(QWidget):
    """Built from a ``WorkloadTrend`` it is given; it never reads the database itself."""

    def __init__(self, trend: WorkloadTrend, kit: ChartKit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calls handled (detected during your shifts)"))
        self._points = {p.day: p for p in trend.days}
        self.chart_titles: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(self._headline(trend))
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        start, end = trend.days[0].day, trend.days[-1].day
        worked = [p for p in trend.days if p.calls_handled]
        top = max((p.calls_handled for p in worked), default=1)
        title = self.tr("Calls handled and tough calls per day")
        layout.addWidget(ChartPanel(kit.time_chart(
            title, (0, max(top + 1, 4)), start, end,
            dots=[(p.day, float(p.calls_handled)) for p in worked],
            lines=[[(p.day, float(p.tough_calls)) for p in worked]] if worked else [],
            hover=self.day_text, legend=(self.tr("calls handled"), self.tr("tough calls"))),
            title, [self.tr("Day"), self.tr("Calls handled"), self.tr("Tough calls")],
            lambda: [[weekday_date(p.day), number(p.calls_handled), number(p.tough_calls)]
                     for p in worked]))
        talk = self.tr("Talk time per day (minutes)")
        layout.addWidget(ChartPanel(kit.time_chart(
            talk, (0, max((p.talk_minutes for p in worked), default=1.0) + 10), start, end,
            dots=[(p.day, p.talk_minutes) for p in worked], hover=self.day_text), talk,
            [self.tr("Day"), self.tr("Minutes on calls")],
            lambda: [[weekday_date(p.day), decimal(p.talk_minutes, 0)] for p in worked]))
        share = self.tr("Share of calls logged as tough (%)")
        layout.addWidget(ChartPanel(kit.time_chart(
            share, (0, 100), start, end,
            dots=[(p.day, p.tough_share * 100) for p in trend.days if p.tough_share is not None],
            lines=share_runs(trend.days), hover=self.day_text,
            legend=(self.tr("share of the day"), self.tr("7-day mean"))), share,
            [self.tr("Day"), self.tr("Share of the day (%)"), self.tr("7-day mean (%)")],
            lambda: share_rows(trend.days)))
        box = QGroupBox(self.tr("Calls handled by hour and weekday (your local time; hover for "
                                "numbers)"))
        self.heat_map = CallsHeatMap()
        self.heat_map.set_grid(trend.calls_by_hour)
        QVBoxLayout(box).addWidget(ChartPanel(self.heat_map, box.title(), [
            self.tr("Weekday"), self.tr("Hour"), self.tr("Calls handled")],
            lambda: calls_rows(trend.calls_by_hour)))
        layout.addWidget(box)
        self.chart_titles = [title, talk, share, box.title()]

    def _headline(self, trend: WorkloadTrend) -> str:
        handled = sum(p.calls_handled for p in trend.days)
        talk = sum(p.talk_minutes for p in trend.days)
        base = [p for p in trend.days if p.tough_share is not None]
        counted = sum(p.calls_handled for p in base)
        text = self.tr("<b>%n</b> call(s) handled from {start} to {end} · {hours} hours on "
                       "calls", "", handled).format(
            start=date_text(trend.days[0].day), end=date_text(trend.days[-1].day),
            hours=decimal(talk / 60))
        if counted:
            share = min(1.0, sum(p.tough_calls for p in base) / counted)
            text += " · " + self.tr("{share} % logged as tough").format(
                share=decimal(share * 100, 0))
        return text

    def day_text(self, day: date) -> str:
        """Hover text for one day: calls handled, talk time, tough calls and share."""
        point = self._points.get(day)
        when = weekday_date(day)
        if point is None or not point.calls_handled:
            return self.tr("{day}: no calls detected").format(day=when)
        text = self.tr("{day}: %n call(s) handled, {minutes} minutes on calls", "",
                       point.calls_handled).format(day=when,
                                                   minutes=decimal(point.talk_minutes, 0))
        if point.tough_share is not None:
            text += " · " + self.tr("{tough} tough ({share} %)").format(
                tough=point.tough_calls, share=decimal(point.tough_share * 100, 0))
        if point.share_7d is not None:
            text += " · " + self.tr("7-day mean {share} %").format(
                share=decimal(point.share_7d * 100, 0))
        return text
