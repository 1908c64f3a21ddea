"""Screenshots of reminder prompts, the after-call note, the Settings dialog and the tray menu.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/take_reminder_screenshots.py
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.settings.layers import parse_policy, resolve
from wellbeing_app.platform.resources import load_reminder_texts
from wellbeing_app.ui.calls.after_call_note import AfterCallNote
from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt
from wellbeing_app.ui.settings.settings_dialog import SettingsDialog
from wellbeing_app.ui.tray.app_actions import AppActions

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 24, 17, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def save(widget: QWidget, name: str) -> None:
    """Show, lay out and grab one widget."""
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)
    widget.hide()


def prompts(texts_prompt: ReminderPrompt) -> None:
    """The pulse check-in and the end-of-shift wind-down."""
    for kind, extra, name in ((ReminderKind.PULSE, "", "reminder-pulse.png"),
                              (ReminderKind.WIND_DOWN, "Today: 4 tough calls today · avg 6",
                               "reminder-wind-down.png")):
        texts_prompt.present(PlannedReminder(kind, NOW, NOW + timedelta(hours=1)), extra, None)
        save(texts_prompt, name)


def settings() -> None:
    """The Reminders page, and the Privacy page with an IT-locked support line."""
    policy = parse_policy({"reason": "Preset by Contoso IT — ask the service desk to change it.",
                           "locked": {"support_line": "0800 555 0100 (EAP, 24/7)"}})
    dialog = SettingsDialog(resolve(policy, {"micro_break_enabled": True}), lambda _c: None,
                            "Policy file: /etc/between-calls/policy.toml")
    dialog.resize(560, 640)
    for page, name in (("Reminders", "settings-reminders.png"),
                       ("Privacy", "settings-privacy.png")):
        dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in
                                     range(dialog.tabs.count())].index(page))
        save(dialog, name)


def tray_menu() -> None:
    """The tray menu with the reminder actions."""
    actions = AppActions()
    menu = QMenu()
    actions.fill_menu(menu)
    save(menu, "tray-menu-reminders.png")


def main() -> int:
    """Write the PNGs beside this script."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    prompt = ReminderPrompt(load_reminder_texts())
    prompt.set_exercise_available(True)
    prompts(prompt)
    note = AfterCallNote()
    note.present(None)
    save(note, "after-call-note.png")
    settings()
    tray_menu()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
