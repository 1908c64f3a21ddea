"""Choosing the language: the setting, the desktop's languages, Qt's own catalogue, QLocale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.support.running_app import running_app
from wellbeing_app.ui.i18n.content_language import content_language
from wellbeing_app.ui.i18n.formats import decimal, number, weekday_name
from wellbeing_app.ui.i18n.languages import resolve_language
from wellbeing_app.ui.i18n.translations import Translations


@pytest.mark.parametrize(("setting", "desktop", "shown"), [
    ("system", ["de-DE", "de"], "de"),
    ("system", ["pt-PT"], "pt_BR"),
    ("system", ["pt-BR", "pt"], "pt_BR"),
    ("system", ["fr-CA"], "fr"),
    ("system", ["it-IT", "es-ES"], "es"),
    ("system", ["it-IT"], "en"),
    ("system", ["C"], "en"),
    ("system", ["en-US", "de"], "en"),
    ("system", [], "en"),
    ("de", ["en-US"], "de"),
    ("pt_br", ["C"], "pt_BR"),
    ("en", ["fr-FR"], "en"),
    ("xx", ["fr-FR"], "fr"),
])
def test_setting_then_desktop_then_english(setting: str, desktop: list[str], shown: str) -> None:
    assert resolve_language(setting, desktop) == shown


def test_german_brings_qt_own_words_and_german_numbers(translations: Translations) -> None:
    assert translations.apply("de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert (number(2000), decimal(6.2), weekday_name(0)) == ("2.000", "6,2", "Mo.")


def test_switching_back_removes_the_catalogues(translations: Translations) -> None:
    translations.apply("fr")
    assert decimal(6.2) == "6,2"
    translations.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert (number(2000), decimal(6.2)) == ("2,000", "6.2")


def test_content_follows_the_shown_language_not_the_format_locale(
    translations: Translations,
) -> None:
    translations.apply("pt_br")
    assert content_language() == "pt_BR"
    translations.apply("en")
    QLocale.setDefault(QLocale("de_DE"))  # English texts, German regional formats
    assert content_language() == "en"


def test_choosing_a_language_in_settings_applies_at_once(qtbot: object, tmp_path: Path) -> None:
    from wellbeing_app.ui.trends.trends_feature import TrendsFeature

    with running_app(tmp_path) as (app, actions, panel):
        trends = app.feature(TrendsFeature)
        try:
            english_dialog = app.flow.dialog
            assert actions.log_dialog.text() == "&Log a tough call…"
            actions.trends.trigger()
            assert trends.window is not None and trends.window.isVisible()
            app.settings.save({"language": "de"})  # Settings → About → Deutsch
            assert actions.log_dialog.text() == "&Schwieriges Gespräch erfassen…"
            assert "heute kein schwieriges Gespräch erfasst" in app.status_line()
            assert panel.reason.text().startswith("Auf diesem Desktop")
            assert trends.window is not None and trends.window.isVisible()
            assert trends.window.windowTitle() == "Verlauf — Between Calls"  # rebuilt, still open
            assert app.flow.dialog is not english_dialog
            assert app.flow.dialog.windowTitle() == "Schwieriges Gespräch erfassen"
            assert decimal(6.2) == "6,2"
            app.settings.save({"language": "system"})
            assert actions.log_dialog.text() == "&Log a tough call…"
        finally:
            if trends.window is not None:
                trends.window.close()


def test_a_language_change_rebuilds_the_idle_reminder_prompt(qtbot: object,
                                                            tmp_path: Path) -> None:
    from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature

    with running_app(tmp_path) as (app, _actions, _panel):
        reminders = app.feature(ReminderFeature).controller
        english = reminders.prompt
        assert english.not_now_button.text() == "Not &now"
        app.settings.save({"language": "de"})
        assert reminders.prompt is not english
        assert reminders.prompt.not_now_button.text() == "&Nicht jetzt"


def test_the_exercise_offer_after_a_call_is_worded_in_the_shown_language(
        translations: Translations) -> None:
    from wellbeing_app.domain.exercises.exercise_session import Suggestion
    from wellbeing_app.ui.i18n.offer_words import offer_words
    from wellbeing_app.usecases.exercise_offers import ExerciseOffer

    quick = ExerciseOffer(Suggestion("breathing", "cyclic_sigh", 60), "Zyklisches Seufzen")
    desk = ExerciseOffer(Suggestion("pmr", "desk_quick", 120), "Schnelle Entspannung")
    assert offer_words(quick) == "Take 60 seconds? Zyklisches Seufzen"
    translations.apply("de")
    assert offer_words(quick) == "Nehmen Sie sich 60 Sekunden? Zyklisches Seufzen"
    assert offer_words(desk) == "Nehmen Sie sich 2 Minuten? Schnelle Entspannung"


def test_content_follows_a_live_switch_without_a_restart(qtbot: object, tmp_path: Path) -> None:
    """Categories, tips, exercise names and reminder texts come in the new language at once."""
    from datetime import timedelta

    from tests.support.all_windows import NOW
    from wellbeing_app.domain.exercises.exercise_session import BREATHING
    from wellbeing_app.domain.reminders.reminder_plan import PlannedReminder, ReminderKind
    from wellbeing_app.ui.exercises.breathing_window import BreathingWindow
    from wellbeing_app.ui.exercises.exercise_feature import ExerciseFeature
    from wellbeing_app.ui.i18n.offer_words import offer_words
    from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature
    from wellbeing_app.usecases.exercise_offers import ExerciseOffers

    with running_app(tmp_path) as (app, _actions, _panel):
        exercises = app.feature(ExerciseFeature).controller
        reminders = app.feature(ReminderFeature).controller
        wind_down = PlannedReminder(ReminderKind.WIND_DOWN, NOW, NOW + timedelta(hours=1))

        def shown() -> tuple[str, str, str, str]:
            dialog = app.flow.dialog
            breathing = exercises.window(BREATHING)
            assert isinstance(breathing, BreathingWindow)
            patterns = breathing.setup.pattern_box
            names = [patterns.itemText(i) for i in range(patterns.count())]
            reminders.prompt.present(wind_down, "", None)
            headline = reminders.prompt.headline.text()
            reminders.prompt.hide()
            return (dialog.category_boxes["hostile"].text(), " | ".join(names),
                    offer_words(ExerciseOffers(app.journal, app.content.library)
                                .for_stress(3)), headline)

        try:
            hostile, names, offer, headline = shown()
            assert hostile == "Angry or hostile" and "Cyclic sighing" in names
            assert headline == "Shift's done" and "Take" in offer
            app.settings.save({"language": "de"})  # Settings → About → Deutsch, no restart
            hostile, names, offer, headline = shown()
            assert hostile == "Wütend oder feindselig"
            assert "Zyklisches Seufzen" in names and "Cyclic sighing" not in names
            assert offer.startswith("Nehmen Sie sich") and headline == "Schicht geschafft"
            assert app.flow.quick_log(5) is not None  # the card's tip, from the German tips
            assert app.flow.popup.tip.text() in app.content.catalog().tips["general"]
            assert app.services.sharing.labels()["hostile"] == "Wütend oder feindselig"
            app.settings.save({"language": "es"})
            assert shown()[0] == "Enfadado u hostil"
        finally:
            exercises.close_all()
            app.flow.popup.close()


def test_erasing_asks_for_a_word_of_the_shown_language(translations: Translations,
                                                       qtbot: object) -> None:
    from wellbeing_app.ui.trends.erase_data_dialog import EraseDataDialog

    translations.apply("de")
    dialog = EraseDataDialog("")
    dialog.go_to_step_two()
    assert dialog.confirm.placeholderText() == "LÖSCHEN"
    dialog.confirm.setText("löschen")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setText("LÖSCHEN")
    assert dialog.erase_button.isEnabled()
    dialog.confirm.setText("ERASE")  # what a help desk's English guide says also works
    assert dialog.erase_button.isEnabled()
    dialog.deleteLater()


@pytest.mark.parametrize(("locale", "expected"), [
    ("en_GB", ("24 Nov 2026", "24 Nov", "Tue 24 Nov 2026")),
    ("en_US", ("Nov 24, 2026", "Nov 24", "Tue Nov 24, 2026")),
    ("de_DE", ("24. Nov. 2026", "24. Nov.", "Di. 24. Nov. 2026")),
    ("es_ES", ("24 de nov de 2026", "24 de nov", "mar 24 de nov de 2026")),
    ("pt_BR", ("24 de nov. de 2026", "24 de nov.", "ter. 24 de nov. de 2026")),
    ("fr_FR", ("24 nov. 2026", "24 nov.", "mar. 24 nov. 2026")),
])
def test_dates_follow_the_locales_own_order_and_marks(locale: str,
                                                      expected: tuple[str, str, str]) -> None:
    import datetime as dt

    from wellbeing_app.ui.i18n.formats import date_text, day_month, weekday_date

    QLocale.setDefault(QLocale(locale))
    try:
        day = dt.date(2026, 11, 24)
        assert (date_text(day), day_month(day), weekday_date(day)) == expected
    finally:
        QLocale.setDefault(QLocale("en_GB"))


def test_a_team_window_on_screen_at_a_switch_stays_until_closed(qtbot: object,
                                                               tmp_path: Path) -> None:
    """Closed by the switch, the share dialog asked about unsaved choices out of the blue."""
    from PySide6.QtWidgets import QMessageBox

    from wellbeing_app.ui.team.team_feature import TeamFeature

    with running_app(tmp_path) as (app, actions, _panel):
        team = app.feature(TeamFeature)
        asked: list[bool] = []
        try:
            actions.share_with_team_requested.emit()
            dialog = team.entry().share_dialog
            assert dialog is not None and dialog.isVisible()
            dialog.named_box.setChecked(True)  # ticked, not saved yet

            def stay() -> QMessageBox.StandardButton:
                asked.append(True)
                return QMessageBox.StandardButton.Cancel

            dialog.ask_unsaved = stay
            app.settings.save({"language": "de"})
            assert dialog.isVisible() and not asked  # on screen: kept as it is, nothing asked
            assert dialog.named_box.isChecked()
            dialog.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
            dialog.close()
            actions.share_with_team_requested.emit()
            rebuilt = team.entry().share_dialog
            assert rebuilt is not None and rebuilt is not dialog
            assert rebuilt.windowTitle() != dialog.windowTitle()  # in German now
        finally:
            team.stop()
