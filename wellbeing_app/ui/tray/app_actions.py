"""The actions every entry point shares: tray menu, fallback panel, hotkey channel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from wellbeing_app.domain.calls.logged_call import STRESS_MAX, STRESS_MIN

PAUSE_MINUTES = (30, 60, 0)


def rating_hint(value: int) -> str:
    """The anchor words of the 0–10 scale (and its middle), in the shown language."""
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
        self.log_dialog = QAction(self)
        self.log_dialog.triggered.connect(self.log_dialog_requested)
        self.quick_log_menu = QMenu()
        self.quick_log_menu.setToolTipsVisible(True)
        self._ratings: list[QAction] = []
        for value in range(STRESS_MAX, STRESS_MIN - 1, -1):
            action = self.quick_log_menu.addAction(str(value))
            action.setData(value)
            action.triggered.connect(lambda _=False, v=value: self.quick_log_requested.emit(v))
            self._ratings.append(action)
        self.breathe = QAction(self)
        self.breathe.triggered.connect(self.breathe_requested)
        self.relax = QAction(self)
        self.relax.triggered.connect(self.relax_requested)
        self.trends = QAction(self)
        self.trends.triggered.connect(self.trends_requested)
        self.share_with_team = QAction(self)
        self.share_with_team.triggered.connect(self.share_with_team_requested)
        self.team_view = QAction(self)
        self.team_view.triggered.connect(self.team_view_requested)
        self.open_data_folder = QAction(self)
        self.open_data_folder.triggered.connect(self.open_data_folder_requested)
        self.about = QAction(self)
        self.about.triggered.connect(self.about_requested)
        self.quit = QAction(self)
        self.quit.triggered.connect(self.quit_requested)
        self.last_notice = QAction(self)
        self.last_notice.triggered.connect(self.notice_requested)
        self._build_reminder_actions()
        self.retranslate()

    def _build_reminder_actions(self) -> None:
        self.on_call = QAction(self)
        self.on_call.setCheckable(True)
        self.on_call.toggled.connect(self.on_call_toggled)
        self.pause_menu = QMenu()
        self.pause_menu.setToolTipsVisible(True)
        for minutes in PAUSE_MINUTES:
            action = self.pause_menu.addAction("")
            action.setData(minutes)
            action.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
        self.resume = QAction(self)
        self.resume.triggered.connect(self.resume_requested)
        self.resume.setVisible(False)
        self.settings = QAction(self)
        self.settings.triggered.connect(self.settings_requested)

    def retranslate(self) -> None:
        """Set every text in the shown language (at start and after a language change)."""
        self.log_dialog.setText(self.tr("&Log a tough call…"))
        self.log_dialog.setToolTip(self.tr("Stress rating, what made it hard, an optional "
                                           "private note"))
        self.quick_log_menu.setTitle(self.tr("Log a tough call — rat&ing only"))
        for action in self._ratings:
            value = int(action.data())
            hint = rating_hint(value)
            # Digit keys pick 0–9 in the open submenu; 10 has no digit of its own.
            number = f"&{value}" if value < 10 else str(value)
            action.setText(self.tr("{value} · {hint}").format(value=number, hint=hint)
                           if hint else number)
            action.setToolTip(self.tr("Logs the call at once; add details from the "
                                      "acknowledgment"))
        self.breathe.setText(self.tr("&Breathe…"))
        self.breathe.setToolTip(self.tr("A minute of calm breathing; long exhale is the default"))
        self.relax.setText(self.tr("Relax &muscles…"))
        self.relax.setToolTip(self.tr("Progressive muscle relaxation; the desk version takes "
                                      "2 minutes"))
        self.trends.setText(self.tr("&Trends…"))
        self.trends.setToolTip(self.tr("Your stress over time, insights, history, export and "
                                       "erase"))
        self.share_with_team.setText(self.tr("S&hare with my team…"))
        self.share_with_team.setToolTip(self.tr("What sharing means, your opt-ins, and a "
                                                "preview of exactly what would be shared"))
        self.team_view.setText(self.tr("T&eam view…"))
        self.team_view.setToolTip(self.tr("For team leads: team figures from the opted-in "
                                          "summaries"))
        self.open_data_folder.setText(self.tr("Open &data folder"))
        self.about.setText(self.tr("&About Between Calls"))
        self.quit.setText(self.tr("&Quit"))
        self.last_notice.setText(self.tr("Last &notice…"))
        self.last_notice.setToolTip(self.tr("Bring the newest card forward with keyboard focus "
                                            "(also: wellbeing notice)"))
        self._retranslate_reminder_actions()

    def _retranslate_reminder_actions(self) -> None:
        self.on_call.setText(self.tr("On a &call"))
        self.on_call.setToolTip(self.tr("While checked nothing pops up; prompts wait until you "
                                        "uncheck it"))
        self.pause_menu.setTitle(self.tr("&Pause reminders"))
        labels = {30: self.tr("For &30 minutes"), 60: self.tr("For &1 hour"),
                  0: self.tr("Until the &end of this shift")}
        for action in self.pause_menu.actions():
            action.setText(labels[int(action.data())])
        self.resume.setText(self.tr("&Resume reminders"))
        self.settings.setText(self.tr("&Settings…"))

    def set_paused(self, paused: bool) -> None:
        """Offer Resume while paused, Pause otherwise."""
        self.resume.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)

    def set_in_shift(self, in_shift: bool) -> None:
        """'Until the end of this shift' only makes sense during a shift."""
        for action in self.pause_menu.actions():
            if action.data() == 0:
                action.setEnabled(in_shift)

    def _layout(self) -> list[QAction | None]:
        """The tray menu from top to bottom; ``None`` is a separator (the panel has none)."""
        return [self.log_dialog, self.quick_log_menu.menuAction(), self.last_notice, None,
                self.breathe, self.relax, self.trends, self.share_with_team, self.team_view,
                None, self.on_call, self.pause_menu.menuAction(), self.resume, self.settings,
                None, self.open_data_folder, self.about, None, self.quit]

    def in_order(self) -> list[QAction]:
        """Every action (submenus as their menu action) in the order agents see them."""
        return [action for action in self._layout() if action is not None]

    def fill_menu(self, menu: QMenu) -> None:
        """Populate a menu in the order agents see it, with the same actions as the panel."""
        menu.clear()
        for action in self._layout():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)  # a submenu's menu action shows the submenu
