"""The one wrapper around Qt Charts (deprecated since Qt 6.10): swap charts here, nowhere else.

Imported only when the trends window first opens, so the tray app never loads Qt Charts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from wellbeing_app.ui.i18n.formats import day_month_pattern

DatedValue = tuple[date, float]
ACCENT = QColor("#d9822b")
CHART_HEIGHT = 220


def _msecs(day: date) -> float:
    """Local noon of ``day`` in epoch milliseconds, as QDateTime(day, 12:00) gives it.

    Python's local time does it ten to a hundred times faster than a QDateTime per point,
    which cost some 50 µs each: a third of a second for the ~6,000 points of "All time".
    """
    return datetime(day.year, day.month, day.day, 12).timestamp() * 1000


def _day_of(msecs: float) -> date:
    value = QDateTime.fromMSecsSinceEpoch(int(msecs)).date()
    return date(value.year(), value.month(), value.day())


def unbroken_runs(values: Iterable[tuple[date, float | None]]) -> list[list[DatedValue]]:
    """The runs of days that have a value: a day without one (``None``) splits the line."""
    runs: list[list[DatedValue]] = [[]]
    for day, value in values:
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((day, value))
    return [run for run in runs if run]


def _show_tip(entered: bool, text: Callable[[], str]) -> None:
    if entered:
        QToolTip.showText(QCursor.pos(), text())
    else:
        QToolTip.hideText()


class ChartKit:
    """Builds themed chart views from plain numbers; hover shows each exact value."""

    def __init__(self, dark: bool) -> None:
        themes = QChart.ChartTheme
        self._theme = themes.ChartThemeDark if dark else themes.ChartThemeLight

    def _view(self, chart: QChart, title: str) -> QChartView:
        chart.setTitle(title)
        # Axis labels (month names, decimals) in the shown language, not the system's.
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.setTheme(self._theme)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(CHART_HEIGHT)
        view.setAccessibleName(title)
        view.viewport().setAccessibleName(title)
        return view

    def time_chart(self, title: str, y_range: tuple[float, float], start: date, end: date, *,
                   dots: Sequence[DatedValue] = (), lines: Sequence[Sequence[DatedValue]] = (),
                   hover: Callable[[date], str] = str, legend: tuple[str, str] = ("", "")
                   ) -> QChartView:
        """Dots for per-day values and unbroken line runs; no point means no entry that day."""
        chart = QChart()
        view = self._view(chart, title)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(day_month_pattern() if (end - start).days <= 120 else "MMM yyyy")
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(start - timedelta(days=1)))),
                        QDateTime.fromMSecsSinceEpoch(int(_msecs(end + timedelta(days=1)))))
        x_axis.setTickCount(7)
        y_axis = self._value_axis(*y_range)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if dots:
            scatter = QScatterSeries()
            scatter.setName(legend[0])
            scatter.setMarkerSize(7.0)
            scatter.append([QPointF(_msecs(d), v) for d, v in dots])
            self._attach(chart, scatter, x_axis, y_axis)
            scatter.hovered.connect(lambda p, on: _show_tip(on, lambda: hover(_day_of(p.x()))))
        for index, run in enumerate(lines):
            line = QLineSeries()
            line.setName(legend[1])
            line.setPen(QPen(ACCENT, 2.5))
            line.setPointsVisible(len(run) == 1)
            line.append([QPointF(_msecs(d), v) for d, v in run])
            self._attach(chart, line, x_axis, y_axis)
            line.hovered.connect(lambda p, on: _show_tip(on, lambda: hover(_day_of(p.x()))))
            if index:
                chart.legend().markers(line)[0].setVisible(False)
        chart.legend().setVisible(bool(legend[0] or legend[1]) and bool(dots or lines))
        return view

    @staticmethod
    def _value_axis(low: float, high: float) -> QValueAxis:
        """Whole-number ticks: 0–10 in steps of 2, counts rounded to nice numbers."""
        axis = QValueAxis()
        axis.setRange(low, high)
        axis.setLabelFormat("%.0f")  # "%d" draws no labels once numbers are localised
        if (low, high) == (0, 10):
            axis.setTickCount(6)
        else:
            axis.applyNiceNumbers()
        return axis

    @staticmethod
    def _attach(chart: QChart, series: QAbstractSeries,
                *axes: QDateTimeAxis | QValueAxis | QBarCategoryAxis) -> None:
        chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)

    def bar_chart(self, title: str, labels: Sequence[str],
                  sets: Sequence[tuple[str, Sequence[float]]], *, horizontal: bool = False,
                  value_max: float | None = None,
                  hover: Callable[[int, int], str] = lambda s, i: "") -> QChartView:
        """Grouped bars, one set per entry of ``sets``; hover gives set and category index."""
        chart = QChart()
        view = self._view(chart, title)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for set_index, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.hovered.connect(
                lambda on, i, s=set_index: _show_tip(on, lambda: hover(s, i)))
            series.append(bar_set)
        label_axis = QBarCategoryAxis()
        label_axis.append(list(labels))
        top = value_max or max((max(v, default=0) for _n, v in sets), default=0) or 1
        value_axis = self._value_axis(0, top)
        chart.addAxis(label_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)
        self._attach(chart, series, label_axis, value_axis)
        chart.legend().setVisible(len(sets) > 1)
        view.setMinimumHeight(max(CHART_HEIGHT, 28 * len(labels) + 80) if horizontal
                              else CHART_HEIGHT)
        return view
