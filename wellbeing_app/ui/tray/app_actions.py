"""The actions every entry point shares: tray menu, fallback panel, hotkey channel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from wellbeing_app.domain.calls.logged_call import STRESS_MAX, STRESS_MIN


def rating_hint(value: int) -> str:
    """The anchor words of the 0–10 scale ('' between the anchors)."""
    hints = {0: QCoreApplication.translate("AppActions", "completely calm"),
             5: QCoreApplication.translate("AppActions", "moderate"),
             10: QCoreApplication.translate("AppActions", "worst distress imaginable")}
    return hints.get(value, "")


class AppActions(QObject):
    """QActions created once and added to both the tray menu and the fallback panel.

    Signals:
        log_dialog_requested(): open the full log dialog.
        quick_log_requested(int): log a call with only a stress rating.
        open_data_folder_requested(): show the data folder in the file manager.
        breathe_requested(): open the guided breathing window.
        relax_requested(): open progressive muscle relaxation.
        trends_requested(): open the trends window (charts, history, export, erase).
        share_with_team_requested(): open the team-sharing dialog (privacy, preview, history).
        team_view_requested(): open the team lead's team view.
        about_requested(): show the About dialog.
        quit_requested(): leave the app.
        settings_requested(): show the Settings dialog.
        pause_requested(int): pause reminders for N minutes (0 = until the end of the shift).
        resume_requested(): resume reminders.
        on_call_toggled(bool): the manual 'On a call' switch.
        notice_requested(): bring the newest card forward with keyboard focus.
        welcome_requested(): open the first-start window again.
    """

    log_dialog_requested = Signal()
    quick_log_requested = Signal(int)
    open_data_folder_requested = Signal()
    breathe_requested = Signal()
    relax_requested = Signal()
    trends_requested = Signal()
    share_with_team_requested = Signal()
    team_view_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    pause_requested = Signal(int)
    resume_requested = Signal()
    on_call_toggled = Signal(bool)
    notice_requested = Signal()
    welcome_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dialog = QAction(self.tr("&Log a tough call…"), self)
        self.log_dialog.setToolTip(self.tr("Stress rating, what made it hard, an optional "
                                           "private note"))
        self.log_dialog.triggered.connect(self.log_dialog_requested)
        self.quick_log_menu = QMenu(self.tr("Log a tough call — rat&ing only"))
        self.quick_log_menu.setToolTipsVisible(True)
        for value in range(STRESS_MAX, STRESS_MIN - 1, -1):
            hint = rating_hint(value)
            # Digit keys pick 0–9 in the open submenu; 10 has no digit of its own.
            number = f"&{value}" if value < 10 else str(value)
            action = self.quick_log_menu.addAction(f"{number} · {hint}" if hint else number)
            action.setToolTip(self.tr("Logs the call at once; add details from the "
                                      "acknowledgment"))
            action.triggered.connect(lambda _=False, v=value: self.quick_log_requested.emit(v))
        self.breathe = QAction("&Breathe…", self)
        self.breathe.setToolTip("A minute of calm breathing; long exhale is the default")
        self.breathe.triggered.connect(self.breathe_requested)
        self.relax = QAction("Relax &muscles…", self)
        self.relax.setToolTip("Progressive muscle relaxation; the desk version takes 2 minutes")
        self.relax.triggered.connect(self.relax_requested)
        self.trends = QAction("&Trends…", self)
        self.trends.setToolTip("Your stress over time, insights, history, export and erase")
        self.trends.triggered.connect(self.trends_requested)
        self.share_with_team = QAction(self.tr("S&hare with my team…"), self)
        self.share_with_team.setToolTip("What sharing means, your opt-ins, and a preview of "
                                        "exactly what would be shared")
        self.share_with_team.triggered.connect(self.share_with_team_requested)
        self.team_view = QAction("T&eam view…", self)
        self.team_view.setToolTip("For team leads: team figures from the opted-in summaries")
        self.team_view.triggered.connect(self.team_view_requested)
        self.open_data_folder = QAction("Open &data folder", self)
        self.open_data_folder.triggered.connect(self.open_data_folder_requested)
        self.about = QAction("&About Between Calls", self)
        self.about.triggered.connect(self.about_requested)
        self.quit = QAction("&Quit", self)
        self.quit.triggered.connect(self.quit_requested)
        self.last_notice = QAction(self.tr("Last &notice…"), self)
        self.last_notice.setToolTip(self.tr("Bring the newest card forward with keyboard focus "
                                            "(also: wellbeing notice)"))
        self.last_notice.triggered.connect(self.notice_requested)
        self._build_reminder_actions()

    def _build_reminder_actions(self) -> None:
        self.on_call = QAction("On a &call", self)
        self.on_call.setCheckable(True)
        self.on_call.setToolTip("While checked nothing pops up; prompts wait until you uncheck it")
        self.on_call.toggled.connect(self.on_call_toggled)
        self.pause_menu = QMenu("&Pause reminders")
        self.pause_menu.setToolTipsVisible(True)
        for label, minutes in (("For &30 minutes", 30), ("For &1 hour", 60),
                               ("Until the &end of this shift", 0)):
            action = self.pause_menu.addAction(label)
            action.setData(minutes)
            action.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
        self.resume = QAction("&Resume reminders", self)
        self.resume.triggered.connect(self.resume_requested)
        self.resume.setVisible(False)
        self.settings = QAction("&Settings…", self)
        self.settings.triggered.connect(self.settings_requested)

    def set_paused(self, paused: bool) -> None:
        """Offer Resume while paused, Pause otherwise."""
        self.resume.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)

    def set_in_shift(self, in_shift: bool) -> None:
        """'Until the end of this shift' only makes sense during a shift."""
        for action in self.pause_menu.actions():
            if action.data() == 0:
                action.setEnabled(in_shift)

    def in_order(self) -> list[QAction]:
        """Every action (submenus as their menu action) in the order agents see them."""
        return [self.log_dialog, self.quick_log_menu.menuAction(), self.last_notice,
                self.breathe, self.relax,
                self.trends, self.share_with_team, self.team_view, self.on_call,
                self.pause_menu.menuAction(), self.resume, self.settings,
                self.open_data_folder, self.about, self.quit]

    def fill_menu(self, menu: QMenu) -> None:
        """Populate a menu in the order agents see it."""
        menu.clear()
        menu.addAction(self.log_dialog)
        menu.addMenu(self.quick_log_menu)
        menu.addAction(self.last_notice)
        menu.addSeparator()
        menu.addAction(self.breathe)
        menu.addAction(self.relax)
        menu.addAction(self.trends)
        menu.addAction(self.share_with_team)
        menu.addAction(self.team_view)
        menu.addSeparator()
        menu.addAction(self.on_call)
        menu.addMenu(self.pause_menu)
        menu.addAction(self.resume)
        menu.addAction(self.settings)
        menu.addSeparator()
        menu.addAction(self.open_data_folder)
        menu.addAction(self.about)
        menu.addSeparator()
        menu.addAction(self.quit)
