"""The trends window: a range picker over charts and insights, the history, and data ownership."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.domain.trends.trend_report import TrendReport
from wellbeing_app.domain.workload.workload_trend import WorkloadTrend
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.placement import fit_to_screen
from wellbeing_app.ui.tab_captions import keep_caption_accents
from wellbeing_app.ui.trends.data_panel import DataPanel, PathChooser, ask_for_path
from wellbeing_app.ui.trends.history_panel import HistoryPanel
from wellbeing_app.ui.trends.trends_overview import TrendsOverview
from wellbeing_app.usecases.trends import history_since, trends_report
from wellbeing_app.usecases.workload import workload_trend

if TYPE_CHECKING:
    from wellbeing_app.ui.workload.spans_panel import SpansPanel

DEFAULT_RANGE = TrendRange.MONTH
CHECKED_STYLE = ("QPushButton:checked { background: palette(highlight);"
                 " color: palette(highlighted-text); font-weight: 600; }")


def prefers_dark() -> bool:
    """The OS colour scheme, or the palette's lightness when the platform does not say."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class TrendsWindow(QMainWindow):
    """Built on first open; reads the store when shown and when the range or the data changes.

    Signals:
        data_changed(): entries were edited, deleted, restored or erased here.
    """

    data_changed = Signal()

    def __init__(self, journal: Journal, catalog: Catalog, clock: Clock, data_dir: Path,
                 choose_path: PathChooser = ask_for_path,
                 label_for: Callable[[str], str] = exercise_label,
                 settings: Callable[[], Settings] = Settings,
                 effective: Callable[[], EffectiveSettings] | None = None,
                 zone: Callable[[], tzinfo] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._effective = effective or (  # plain ``settings`` only where no policy applies
            lambda: EffectiveSettings(settings(), {}, frozenset(), ""))
        self._zone = zone or self._clock_zone  # the Overview's workload and the page share it
        self.spans: SpansPanel | None = None  # built when its page is first shown
        self._spans_stale = True
        self.workload: WorkloadTrend | None = None
        self._label_for = label_for
        self._journal = journal
        self._drawn_at: tuple[int, date] | None = None  # own commits and day at the last draw
        self._catalog = catalog
        self._clock = clock
        self.trend_range = DEFAULT_RANGE
        self.report: TrendReport | None = None
        self._history_stale = True
        self.setWindowTitle(self.tr("Trends — Between Calls"))
        fit_to_screen(self, 980, 820)
        self.overview = TrendsOverview()
        self.history = HistoryPanel(journal, catalog)
        self.data_panel = DataPanel(journal, data_dir, choose_path)
        self.calls_page = QWidget()
        self.calls_page.setAccessibleName(self.tr("Detected calls"))
        QVBoxLayout(self.calls_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        keep_caption_accents(self.tabs)
        self.tabs.setAccessibleName(self.tr("Trends pages"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.calls_page, self.tr("Detected call&s"))
        self.tabs.addTab(self.data_panel, self.tr("Your &data"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.history.entries_changed.connect(self._on_entries_changed)
        self.data_panel.data_erased.connect(self._on_entries_changed)
        layout = QVBoxLayout(self._central())
        layout.addLayout(self._build_range_bar())
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # every binding: Ctrl+W too
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def _build_range_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Range:")))
        self.range_buttons = QButtonGroup(self)
        for index, option in enumerate(TrendRange, start=1):
            label = self.range_label(option)
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(option is self.trend_range)
            button.setShortcut(QKeySequence(f"Alt+{index}"))
            button.setToolTip(self.tr("Show {range} (Alt+{key})").format(range=label,
                                                                         key=index))
            button.clicked.connect(lambda _c=False, o=option: self.set_range(o))
            # The chosen range in the palette's highlight: visible in light, dark and high
            # contrast alike (a plain checked button was invisible in the dark scheme).
            button.setStyleSheet(CHECKED_STYLE)
            self.range_buttons.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def range_label(self, option: TrendRange) -> str:
        """What a range button says, in the shown language."""
        return {TrendRange.WEEK: self.tr("7 days"), TrendRange.MONTH: self.tr("30 days"),
                TrendRange.QUARTER: self.tr("90 days"), TrendRange.YEAR: self.tr("1 year"),
                TrendRange.ALL: self.tr("All time")}.get(option, option.label)

    def set_range(self, trend_range: TrendRange) -> None:
        """Show another range; the buttons follow."""
        self.trend_range = trend_range
        for button, option in zip(self.range_buttons.buttons(), TrendRange, strict=True):
            button.setChecked(option is trend_range)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the aggregates for the current range and redraw."""
        self._drawn_at = (self._journal.own_commits, self._clock.now().date())
        today = self._clock.now().date()
        self.report = trends_report(self._journal, self.trend_range, today, self._label_for)
        self.workload = self._workload(self.report)
        if self.workload is not None and self.workload.insight is not None:
            self.report = replace(self.report,
                                  insights=(*self.report.insights, self.workload.insight))
        self.overview.show_report(self.report, self._catalog, prefers_dark(), self._label_for,
                                  self.workload)
        self._history_stale = True
        self._spans_stale = True
        if self.tabs.currentWidget() is self.history:
            self._refresh_history()
        elif self.tabs.currentWidget() is self.calls_page:
            self._refresh_spans()

    def refresh_if_stale(self) -> None:
        """Redraw after this process wrote, unless this window already redrew for that write."""
        if self._drawn_at != (self._journal.own_commits, self._clock.now().date()):
            self.refresh()

    def _clock_zone(self) -> tzinfo:
        zone = self._clock.now().tzinfo
        assert zone is not None
        return zone

    def show_spans(self) -> SpansPanel:
        """Open the Detected calls page (built the first time)."""
        self.tabs.setCurrentWidget(self.calls_page)
        assert self.spans is not None
        return self.spans

    def _refresh_spans(self) -> None:
        if self.spans is None:
            # Imported and built here: the trends window's first paint stays as cheap as before.
            from wellbeing_app.ui.workload.spans_panel import SpansPanel

            self.spans = SpansPanel(self._journal, self._clock, self._zone, self._effective)
            self.spans.spans_changed.connect(self._on_entries_changed)
            layout = self.calls_page.layout()
            assert layout is not None
            layout.addWidget(self.spans)
            self.spans.show()  # now, not on the next event loop turn
        else:
            self.spans.refresh()
        self._spans_stale = False

    def _workload(self, report: TrendReport) -> WorkloadTrend | None:
        """Calls handled in the report's range, from the detected call spans."""
        trend = workload_trend(self._journal, report.start, report.end, self._zone(),
                               self._effective().settings)
        return trend if trend.has_data else None

    def _refresh_history(self) -> None:
        today = self._clock.now().date()
        self.history.set_since(history_since(self._journal, self.trend_range, today))
        self._history_stale = False

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history and self._history_stale:
            self._refresh_history()
        elif self.tabs.currentWidget() is self.calls_page and self._spans_stale:
            self._refresh_spans()

    def _on_entries_changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.isVisible() and self.report is not None:
            self.overview.show_report(self.report, self._catalog, prefers_dark(),
                                      self._label_for, self.workload)

    def present(self) -> None:
        """Refresh, show and raise (the tray action)."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides; the window is reused next time."""
        event.ignore()
        self.hide()

    def _central(self) -> QWidget:
        """The main window's content; a main window is what assistive technology calls a frame."""
        central = QWidget(self)
        self.setCentralWidget(central)
        return central
