"""The Settings dialog is generated from the declaration: every setting has an editor."""

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from wellbeing_app.domain.settings.declaration import PAGES, setting_specs
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy, parse_policy, resolve
from wellbeing_app.ui.settings.settings_dialog import SettingsDialog

EXPECTED_EDITOR: dict[type, type[QWidget]] = {bool: QCheckBox, int: QSpinBox,
                                              float: QDoubleSpinBox}


def make(qtbot: QtBot, policy: Policy = NO_POLICY, user: dict[str, Any] | None = None,
         ) -> tuple[SettingsDialog, list[dict[str, Any]]]:
    saved: list[dict[str, Any]] = []
    dialog = SettingsDialog(resolve(policy, user or {}), saved.append)
    qtbot.addWidget(dialog)
    return dialog, saved


def test_every_declared_setting_has_an_editor_on_its_page(qtbot: QtBot) -> None:
    dialog, _ = make(qtbot)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == list(PAGES)
    assert set(dialog.editors) == {s.key for s in setting_specs()}
    for spec in setting_specs():
        editor = dialog.editors[spec.key]
        expected: type[QWidget] = (QComboBox if spec.choices
                                   else EXPECTED_EDITOR.get(spec.kind, QLineEdit))
        assert isinstance(editor.input, expected), spec.key
        assert editor.input.toolTip() == spec.help and editor.input.accessibleName() == spec.label
        page = dialog.tabs.widget(PAGES.index(spec.page))
        assert page is not None, spec.page
        assert page.isAncestorOf(editor), spec.key
        if isinstance(editor.input, QSpinBox | QDoubleSpinBox):
            assert (editor.input.minimum(), editor.input.maximum()) == (spec.minimum, spec.maximum)
        assert editor.value() == spec.default


def test_locked_keys_are_read_only_and_say_why(qtbot: QtBot) -> None:
    policy = parse_policy({"reason": "Preset by Contoso IT.", "locked": {"support_line": "0800"}})
    dialog, _saved = make(qtbot, policy)
    editor = dialog.editors["support_line"]
    assert not editor.input.isEnabled() and editor.value() == "0800"
    assert "Preset by Contoso IT." in editor.help.text()
    editor.set_value("changed anyway")
    assert "support_line" not in dialog.changes()[0]


def test_bad_value_shows_inline_and_saves_nothing(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    dialog.show()
    dialog.editors["micro_break_enabled"].set_value(True)
    dialog.editors["shifts"].set_value("mon-fri 9 to 5")
    dialog._on_buttons_accepted()
    assert saved == [] and dialog.isVisible()
    assert "time span" in dialog.editors["shifts"].error.text()
    assert dialog.editors["shifts"].error.isVisibleTo(dialog)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Shift"
    assert "Nothing was saved" in dialog.summary.text()
    dialog.editors["shifts"].set_value("mon-thu 08:00-16:00")
    dialog._on_buttons_accepted()
    assert saved == [{"micro_break_enabled": True, "shifts": "mon-thu 08:00-16:00"}]
    assert not dialog.isVisible()


def test_weekday_choice_shows_the_day_name_and_stores_its_id(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot, user={"weekly_check_in_day": "wed"})
    combo = dialog.editors["weekly_check_in_day"].input
    assert isinstance(combo, QComboBox) and combo.currentText() == "Wednesday"
    assert [combo.itemText(i) for i in range(2)] == ["Monday", "Tuesday"]
    combo.setCurrentIndex(combo.findText("Thursday"))
    dialog._on_buttons_accepted()
    assert saved == [{"weekly_check_in_day": "thu"}]
