"""Every window and card of the app, built on a small journal and shown one state at a time.

Used by the pseudo-locale test (visible English, cut-off text) and the right-to-left screenshots.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.support.services import team_sharing
from wellbeing_app.domain.calls.acknowledgment import compose_acknowledgment
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.exercises.exercise_request import ExerciseRequest
from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.settings.layers import NO_POLICY, resolve
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import (
    load_catalog,
    load_exercise_library,
    load_reminder_texts,
)
from wellbeing_app.store.journal import Journal

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 16, 30, tzinfo=ZONE)
Shown = Iterator[tuple[str, QWidget]]


def _journal() -> Journal:
    """Thirty calls over two weeks: every chart and the history have something to show."""
    journal = Journal.in_memory()
    catalog = load_catalog()
    ids = catalog.category_ids
    for index in range(30):
        draft = CallDraft(stress=index % 11, categories=(ids[index % len(ids)],),
                          escalated=index % 7 == 0, note="…" if index % 5 == 0 else "")
        journal.log_call(draft, NOW - timedelta(hours=11 * index))
    spans = demo_spans(NOW.date() - timedelta(days=1), 14, 20, seed=3, zone=ZONE)
    journal.call_spans.import_spans([(s, e, SpanSource.MICROPHONE) for s, e in spans])
    return journal


def _settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()


def calls_and_cards(journal: Journal, data_dir: Path) -> Shown:
    """Log dialog, acknowledgment, after-call note, reminder prompts, About, panel, tray menu."""
    from wellbeing_app.domain.exercises.exercise_session import Suggestion
    from wellbeing_app.ui.calls.acknowledgment_popup import AcknowledgmentPopup
    from wellbeing_app.ui.calls.after_call_note import AfterCallNote
    from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
    from wellbeing_app.ui.i18n.offer_words import offer_words
    from wellbeing_app.ui.reminders.reminder_prompt import ReminderPrompt
    from wellbeing_app.ui.tray.about_dialog import AboutDialog
    from wellbeing_app.ui.tray.app_actions import AppActions
    from wellbeing_app.ui.tray.fallback_panel import FallbackPanel
    from wellbeing_app.ui.tray.icons import app_icon
    from wellbeing_app.usecases.exercise_offers import ExerciseOffer

    catalog = load_catalog()
    dialog = QuickLogDialog(catalog)
    dialog.prepare_new()
    _settle(dialog)
    yield "log-dialog", dialog
    dialog.try_submit()  # no rating yet: the inline error
    yield "log-dialog-error", dialog
    dialog.close()
    popup = AcknowledgmentPopup()
    for name, draft in (("acknowledgment", CallDraft(stress=5)),
                        ("acknowledgment-serious", CallDraft(stress=9, ended_for_abuse=True))):
        ack = compose_acknowledgment(draft, catalog, seed=3, support_line="0800 555 0100")
        # The offer line as the app words it (its exercise name is content, left out here).
        popup.present(1, ack, None, offer_words(ExerciseOffer(Suggestion("breathing",
                                                                         "long_exhale", 60), "")))
        yield name, popup
    popup.dismiss()
    note = AfterCallNote()
    note.present(None)
    yield "after-call-note", note
    note.hide()
    prompt = ReminderPrompt(load_reminder_texts())
    prompt.set_exercise_available(True)
    for kind in ReminderKind:
        prompt.present(PlannedReminder(kind, NOW, NOW + timedelta(hours=1)), "", None)
        _settle(prompt)
        yield f"reminder-{kind.value}", prompt
    prompt.hide()
    about = AboutDialog(data_dir, "wellbeing log-dialog")
    _settle(about)
    yield "about", about
    about.close()
    actions = AppActions()
    panel = FallbackPanel(app_icon(), actions)
    _settle(panel)
    yield "fallback-panel", panel
    panel.close()
    menu = QMenu()
    actions.fill_menu(menu)
    _settle(menu)
    yield "tray-menu", menu
    menu.close()


def exercises(journal: Journal) -> Shown:
    """Breathing and PMR: setup, before-rating and running pages."""
    from wellbeing_app.domain.exercises.breathing import CUSTOM_ID
    from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
    from wellbeing_app.ui.exercises.exercise_controller import ExerciseController

    clock = ManualClock(NOW)
    library = load_exercise_library()
    controller = ExerciseController(lambda: library, journal, clock)
    for kind, exercise in (("breathing", "long_exhale"), ("pmr", "desk_quick")):
        window = controller.open(ExerciseRequest(kind, exercise), activate=False)
        _settle(window)
        yield f"{kind}-setup", window
        if isinstance(window, BreathingWindow):
            window.setup.select(CUSTOM_ID)
            window.setup.set_custom([0, 2, 6, 0])  # no breath in: the inline error
            _settle(window)
            yield "breathing-custom-error", window
            window.setup.set_custom([4, 2, 6, 0])
            _settle(window)
            yield "breathing-custom", window
            window.setup.select(exercise)
        window.begin()
        _settle(window)
        yield f"{kind}-rating", window
        window.before.rated.emit(5)
        clock.advance(8)
        window.controller.tick()
        _settle(window)
        yield f"{kind}-running", window
        window.controller.stop()
        window.close()


def settings_and_team(journal: Journal, data_dir: Path) -> Shown:
    """Welcome window, every Settings page, the shift picker, sharing tabs and the team view."""
    from wellbeing_app.ui.settings.settings_dialog import SettingsDialog
    from wellbeing_app.ui.team.team_share_controller import TeamShareController
    from wellbeing_app.ui.team.team_share_dialog import TeamShareDialog
    from wellbeing_app.ui.team.team_view_window import TeamViewWindow
    from wellbeing_app.ui.welcome.welcome_window import WelcomeWindow

    welcome = WelcomeWindow(resolve(NO_POLICY, {}), lambda _changes: None, None,
                            f"{data_dir}/.venv/bin/python3 -m wellbeing_app log-dialog")
    _settle(welcome)
    yield "welcome", welcome
    welcome.close()
    dialog = SettingsDialog(resolve(NO_POLICY, {}), lambda _changes: None)
    _settle(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _settle(dialog)
        yield f"settings-{index}", dialog
    shifts = dialog.editors["shifts"]
    several = "mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00"
    for name, text in (("shift-picker", "mon-fri 09:00-17:30"), ("shift-picker-several", several)):
        shifts.set_value(text)
        picker = shifts.open_shift_picker()
        _settle(picker)
        yield name, picker
        picker.reject()
    dialog.close()
    labels = load_catalog().category_labels
    clock = ManualClock(NOW)
    share = TeamShareDialog(TeamShareController(team_sharing(journal, data_dir, clock, labels)))
    _settle(share)
    for index in range(share.tabs.count()):
        share.tabs.setCurrentIndex(index)
        _settle(share)
        yield f"share-{index}", share
    share.close()
    view = TeamViewWindow(TeamSettings(team_folder=str(data_dir / "missing")), data_dir, clock,
                          labels)
    _settle(view)
    view.refresh()
    yield "team-view", view
    view.close()


def trends(journal: Journal, data_dir: Path) -> Shown:
    """Overview, History, Detected calls (a day, adding one), Your data, both steps of erasing."""
    from wellbeing_app.ui.trends.trends_window import TrendsWindow

    window = TrendsWindow(journal, load_catalog(), ManualClock(NOW), data_dir, settings=Settings)
    window.present()
    _settle(window)
    assert "workload" in window.overview.chart_titles  # detected calls beside tough calls
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(window)
        yield f"trends-{index}", window
    spans = window.show_spans()
    spans.show_day(NOW.date() - timedelta(days=1))  # a day with detected calls
    spans.table.selectRow(0)
    spans.delete_selected()  # the undo line
    _settle(window)
    yield "trends-calls-day", window
    spans.open_add_dialog()
    add = spans.dialog
    assert add is not None
    _settle(add)
    yield "add-call", add
    add.end_edit.setTime(add.start_edit.time().addSecs(-60))
    add.add_button.click()  # the end before the start: the inline line
    _settle(add)
    yield "add-call-error", add
    add.reject()
    window.data_panel.request_erase()
    erase = window.data_panel.erase_dialog
    assert erase is not None
    _settle(erase)
    yield "erase-1", erase
    erase.go_to_step_two()
    _settle(erase)
    yield "erase-2", erase
    erase.reject()
    window.close()


def every_window(data_dir: Path) -> Shown:
    """Each window or card, shown, in turn (the caller looks before asking for the next).

    Every window is closed and deleted at the end, so no half-owned top-level widget outlives
    the caller (a later ``QApplication.topLevelWidgets()`` would trip over it).
    """
    journal = _journal()
    seen: list[QWidget] = []
    try:
        for source in (calls_and_cards(journal, data_dir), exercises(journal),
                       settings_and_team(journal, data_dir), trends(journal, data_dir)):
            for name, window in source:
                if window not in seen:
                    seen.append(window)
                yield name, window
    finally:
        for window in seen:
            window.close()
            window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        journal.close()
