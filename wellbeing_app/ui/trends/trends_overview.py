"""The charts page of the trends window: insights, daily stress and counts, categories, heat map."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.logged_call import STRESS_MAX
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.domain.reminders.check_in_trend import (
    WEEKLY_STRESS,
    WHO5,
    CheckInScore,
    scores_of,
)
from wellbeing_app.domain.trends.insights import (
    MIN_EXERCISE_SESSIONS,
    MIN_PATTERN_CALLS,
    MIN_TREND_DAYS,
)
from wellbeing_app.domain.trends.stress_grid import HOURS, WEEKDAYS, StressGrid
from wellbeing_app.domain.trends.trend_report import TrendReport
from wellbeing_app.domain.trends.trend_series import DayPoint
from wellbeing_app.domain.workload.workload_trend import WorkloadTrend
from wellbeing_app.ui.i18n.formats import (
    date_text,
    decimal,
    number,
    signed,
    weekday_date,
    weekday_name,
)
from wellbeing_app.ui.trends.chart_kit import ChartKit, DatedValue, unbroken_runs
from wellbeing_app.ui.trends.chart_panel import ChartPanel
from wellbeing_app.ui.trends.heat_map_key import HeatMapKey
from wellbeing_app.ui.trends.heat_map_widget import HeatMapWidget, hour_slot
from wellbeing_app.ui.trends.insight_text import insight_text


def empty_text() -> str:
    """What the page says before there is anything to chart."""
    return QCoreApplication.translate(
        "TrendsOverview",
        "<h3>Nothing to show for this range yet</h3><p>After a tough call, open <b>Log a tough "
        "call…</b> from the tray icon (or click the icon) and rate how stressed you feel from 0 "
        "to 10. It takes two clicks, and everything stays on this computer.</p><p>Your charts "
        "appear here as soon as there is one entry; insights such as your hardest hour need a "
        "few weeks of entries (at least 30 calls), and a trend needs 10 days with entries in the "
        "last 4 weeks. Try a longer range above to see older entries.</p>")


def no_insight_text() -> str:
    """Why no insight shows yet, with the thresholds each one waits for."""
    return QCoreApplication.translate(
        "TrendsOverview",
        "No insight yet for this range. Each one waits until it is more than chance: a trend "
        "needs {days} days with entries in the last 4 weeks, your hardest hour or weekday "
        "{calls} calls, and the most helpful exercise {sessions} rated sessions.").format(
        days=MIN_TREND_DAYS, calls=MIN_PATTERN_CALLS, sessions=MIN_EXERCISE_SESSIONS)


def rolling_runs(days: tuple[DayPoint, ...]) -> list[list[DatedValue]]:
    """Unbroken runs of the 7-day mean; a stretch with no entries splits the line."""
    return unbroken_runs((p.day, p.rolling_mean) for p in days)


class DayWords(QObject):
    """Hover words for one day (a QObject, so lupdate sees the plural forms)."""

    def text(self, point: DayPoint | None, day: date) -> str:
        """Count, mean and 7-day mean of ``day``."""
        when = weekday_date(day)
        if point is None or point.count == 0:
            text = self.tr("{day}: no entries").format(day=when)
            if point is not None and point.rolling_mean is not None:
                text += " · " + self.tr("7-day mean {mean}").format(
                    mean=decimal(point.rolling_mean))
            return text
        return self.tr("{day}: %n call(s), mean stress {mean} · 7-day mean {rolling}", "",
                       point.count).format(day=when, mean=decimal(point.mean_stress or 0),
                                           rolling=decimal(point.rolling_mean or 0))


def day_rows(days: tuple[DayPoint, ...]) -> list[list[str]]:
    """The stress chart's numbers: one row per day with entries."""
    def value(mean: float | None) -> str:
        return "—" if mean is None else decimal(mean)
    return [[weekday_date(p.day), number(p.count), value(p.mean_stress), value(p.rolling_mean)]
            for p in days if p.count]


def score_rows(scores: Sequence[CheckInScore]) -> list[list[str]]:
    """A check-in chart's numbers: one row per answer."""
    return [[weekday_date(s.local_date), decimal(s.score, 0)] for s in scores]


def grid_rows(grid: StressGrid) -> list[list[str]]:
    """The heat map's numbers: one row per weekday and hour with calls."""
    rows = []
    for weekday in range(WEEKDAYS):
        for hour in range(HOURS):
            cell = grid.cell(weekday, hour)
            if cell.count:
                rows.append([weekday_name(weekday, short=False), hour_slot(hour),
                             decimal(cell.mean or 0), number(cell.count)])
    return rows


def day_text(points: dict[date, DayPoint], day: date) -> str:
    """Hover text for one day: count, mean and 7-day mean."""
    return DayWords().text(points.get(day), day)


class TrendsOverview(QScrollArea):
    """Rebuilt from a ``TrendReport`` whenever the range or the data changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Overview: insights and charts"))
        self.viewport().setAccessibleName(self.tr("Overview: insights and charts"))
        self.empty_label = QLabel(empty_text())
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty_state")
        self.heat_map = HeatMapWidget()
        self.insight_labels: list[QLabel] = []
        self.chart_titles: list[str] = []
        self.workload_section: QWidget | None = None
        self._label_for: Callable[[str], str] = exercise_label

    def show_report(self, report: TrendReport, catalog: Catalog, dark: bool,
                    label_for: Callable[[str], str] = exercise_label,
                    workload: WorkloadTrend | None = None) -> None:
        """Replace every chart with the new report's; ``label_for`` names exercise ids.

        ``workload`` (sensed from call detection) adds calls handled beside the tough calls.
        """
        self._label_for = label_for
        page = QWidget()
        layout = QVBoxLayout(page)
        self.insight_labels, self.chart_titles = [], []
        self.workload_section = None
        self.heat_map = HeatMapWidget()
        self.empty_label = QLabel(empty_text())
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty_state")
        kit = ChartKit(dark)
        if report.is_empty:
            layout.addWidget(self.empty_label)
        else:
            self._fill(layout, report, catalog, kit)
        if workload is not None and workload.has_data:
            # After "Tough calls per day", so the calls-by-hour map sits beside the stress one.
            self._add_workload(layout, workload, kit, at=1 if report.is_empty else 3)
        layout.addStretch(1)
        self.setWidget(page)

    def _add(self, layout: QVBoxLayout, widget: QWidget, title: str) -> None:
        self.chart_titles.append(title)
        layout.addWidget(widget)

    def _fill(self, layout: QVBoxLayout, report: TrendReport, catalog: Catalog,
              kit: ChartKit) -> None:
        self._add_insights(layout, report)
        points = {p.day: p for p in report.days}
        hover: Callable[[date], str] = lambda d: day_text(points, d)  # noqa: E731
        with_entries = [p for p in report.days if p.mean_stress is not None]
        title = self.tr("Stress after tough calls (0–10)")
        self._add(layout, ChartPanel(kit.time_chart(
            title, (0, STRESS_MAX), report.start, report.end,
            dots=[(p.day, p.mean_stress or 0.0) for p in with_entries],
            lines=rolling_runs(report.days), hover=hover,
            legend=(self.tr("mean of the day"), self.tr("7-day mean"))), title,
            [self.tr("Day"), self.tr("Calls"), self.tr("Mean stress"), self.tr("7-day mean")],
            lambda: day_rows(report.days)), "stress")
        top = max((p.count for p in report.days), default=1)
        title = self.tr("Tough calls per day")
        self._add(layout, ChartPanel(kit.time_chart(
            title, (0, max(top + 1, 4)), report.start, report.end,
            dots=[(p.day, float(p.count)) for p in with_entries], hover=hover), title,
            [self.tr("Day"), self.tr("Calls")],
            lambda: [[weekday_date(p.day), number(p.count)] for p in with_entries]), "count")
        self._add(layout, self._heat_map_box(report), "heat map")
        self._add_categories(layout, report, catalog, kit)
        self._add_exercises(layout, report, kit)
        self._add_check_ins(layout, report, kit)

    def _heat_map_box(self, report: TrendReport) -> QGroupBox:
        box = QGroupBox(self.tr("Stress by hour and weekday (your local time)"))
        heat = QWidget()
        heat_layout = QVBoxLayout(heat)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addWidget(self.heat_map)
        self.heat_key = HeatMapKey()
        heat_layout.addWidget(self.heat_key)
        self.heat_map.set_grid(report.grid)
        QVBoxLayout(box).addWidget(ChartPanel(heat, box.title(), [
            self.tr("Weekday"), self.tr("Hour"), self.tr("Mean stress"), self.tr("Calls")],
            lambda: grid_rows(report.grid)))
        return box

    def _add_workload(self, layout: QVBoxLayout, workload: WorkloadTrend, kit: ChartKit,
                      at: int) -> None:
        """Calls handled, talk time, tough share and calls by hour, after the tough-call charts."""
        from wellbeing_app.ui.workload.workload_section import WorkloadSection

        section = WorkloadSection(workload, kit)
        self.workload_section = section
        layout.insertWidget(min(at, layout.count()), section)
        self.chart_titles += ["workload"]

    def _add_insights(self, layout: QVBoxLayout, report: TrendReport) -> None:
        box = QGroupBox(self.tr("What your entries say"))
        inner = QVBoxLayout(box)
        mean = "—" if report.total.mean is None else decimal(report.total.mean)
        headline = QLabel(self.tr("<b>%n</b> tough call(s) from {start} to {end} · mean stress "
                                  "<b>{mean}</b>", "", report.total.count).format(
            start=date_text(report.start), end=date_text(report.end), mean=mean))
        inner.addWidget(headline)
        texts = [insight_text(i, self._label_for) for i in report.insights] or [no_insight_text()]
        for text in texts:
            label = QLabel("• " + text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(label)
            self.insight_labels.append(label)
        layout.addWidget(box)

    def _add_categories(self, layout: QVBoxLayout, report: TrendReport, catalog: Catalog,
                        kit: ChartKit) -> None:
        if not report.categories:
            return
        ordered = list(reversed(report.categories))  # horizontal bars draw bottom-up
        labels = [catalog.label_for(c) for c, _n in ordered]
        counts = [float(n) for _c, n in ordered]
        title = self.tr("What made calls hard")
        chart = kit.bar_chart(
            title, labels, [(self.tr("calls"), counts)],
            horizontal=True, hover=lambda _s, i: self.tr("{label}: %n call(s)", "",
                                                         int(counts[i])).format(label=labels[i]))
        self._add(layout, ChartPanel(chart, title, [self.tr("What made it hard"),
                                                    self.tr("Calls")], lambda: [
            [catalog.label_for(c), number(n)] for c, n in report.categories]), "categories")

    def _add_exercises(self, layout: QVBoxLayout, report: TrendReport, kit: ChartKit) -> None:
        if not report.exercises:
            return
        effects = report.exercises
        labels = [self._label_for(e.exercise_id) for e in effects]

        def hover(_set: int, i: int) -> str:
            e = effects[i]
            return self.tr("{label}: before {before}, after {after} ({change}) over %n "
                           "session(s)", "", e.sessions).format(
                label=labels[i], before=decimal(e.before.mean or 0),
                after=decimal(e.after.mean or 0), change=signed(e.change))
        title = self.tr("Exercise effect: mean stress before and after")
        chart = kit.bar_chart(
            title, labels,
            [(self.tr("before"), [e.before.mean or 0.0 for e in effects]),
             (self.tr("after"), [e.after.mean or 0.0 for e in effects])],
            value_max=STRESS_MAX, hover=hover)
        self._add(layout, ChartPanel(chart, title, [
            self.tr("Exercise"), self.tr("Before"), self.tr("After"), self.tr("Change"),
            self.tr("Sessions")], lambda: [
            [labels[i], decimal(e.before.mean or 0), decimal(e.after.mean or 0),
             signed(e.change), number(e.sessions)] for i, e in enumerate(effects)]), "exercises")

    def _add_check_ins(self, layout: QVBoxLayout, report: TrendReport, kit: ChartKit) -> None:
        for kind, title, top in (
                (WEEKLY_STRESS, self.tr("Weekly stress check-in (1–5)"), 5.0),
                (WHO5, self.tr("WHO-5 wellbeing (0–100, only you see this)"), 100.0)):
            scores = scores_of(kind, report.check_ins)
            if not scores:
                continue
            by_day = {s.local_date: s.score for s in scores}

            def hover(day: date, m: dict[date, float] = by_day) -> str:
                return f"{date_text(day)}: " + (decimal(m[day], 0) if day in m
                                                else self.tr("no check-in"))
            chart = kit.time_chart(
                title, (0, top), report.start, report.end,
                lines=[[(s.local_date, s.score) for s in scores]],
                dots=[(s.local_date, s.score) for s in scores], hover=hover)
            self._add(layout, ChartPanel(chart, title, [self.tr("Day"), self.tr("Score")],
                                         partial(score_rows, scores)), kind)
