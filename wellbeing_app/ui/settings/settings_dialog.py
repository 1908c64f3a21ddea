"""Settings, generated from the one declaration: a page per topic, locked keys read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_app import APP_NAME, __version__
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import PAGES, setting_specs, spec_for
from wellbeing_app.domain.settings.layers import EffectiveSettings, validate_value
from wellbeing_app.ui.placement import fit_to_screen
from wellbeing_app.ui.settings.setting_editor import SettingEditor, setting_label
from wellbeing_app.ui.tab_captions import keep_caption_accents
from wellbeing_app.ui.theme import mark_error

SaveCallback = Callable[[dict[str, Any]], None]
#: Settings only a team lead needs; shown only where a team folder is set.
LEAD_ONLY_KEYS = ("team_min_group", "team_noise_epsilon")


class SettingsDialog(QDialog):
    """Edits the agent's own layer; nothing is stored until every changed value validates."""

    def __init__(self, effective: EffectiveSettings, on_save: SaveCallback, about_text: str = "",
                 parent: QWidget | None = None,
                 on_welcome: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._on_welcome = on_welcome
        self.setWindowTitle(self.tr("{app} — Settings").format(app=APP_NAME))
        self._effective = effective
        self._on_save = on_save
        self.editors: dict[str, SettingEditor] = {}
        self.tabs = QTabWidget()
        keep_caption_accents(self.tabs)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        for page in PAGES:
            self.tabs.addTab(self._page(page, about_text),
                            QCoreApplication.translate("Settings", page))
        self.summary = QLabel()
        mark_error(self.summary)
        self.summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 560)

    def _page(self, page: str, about_text: str) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        for spec in (s for s in setting_specs() if s.page == page):
            editor = SettingEditor(spec)
            editor.set_value(self._effective.value(spec.key))
            if spec.kind is not bool:
                title = QLabel(f"<b>{setting_label(spec)}</b>")
                title.setBuddy(editor.input)
                column.addWidget(title)
                editor.title = title
            if spec.key in self._effective.locked:
                editor.lock(self._effective.lock_reason)
            elif spec.policy_only:
                editor.lock(self.tr("Only your organisation's IT policy sets this."))
            column.addWidget(editor)
            self.editors[spec.key] = editor
        if page == "About":
            column.addWidget(self._about_label(about_text))
            if self._on_welcome is not None:
                welcome = QPushButton(self.tr("Show the &welcome window again…"))
                welcome.setAutoDefault(False)
                welcome.clicked.connect(self._on_welcome)
                column.addWidget(welcome)
        column.addStretch(1)
        self._show_lead_settings(bool(self._effective.value("team_folder")))
        scroll = QScrollArea()
        scroll.setAccessibleName(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _show_lead_settings(self, shown: bool) -> None:
        """Minimum group and noise matter only where a team folder is set (a team's lead)."""
        for key in LEAD_ONLY_KEYS:
            editor = self.editors.get(key)
            if editor is not None:
                editor.setVisible(shown)
                if editor.title is not None:
                    editor.title.setVisible(shown)

    def _about_label(self, about_text: str) -> QLabel:
        label = QLabel(f"<b>{APP_NAME} {__version__}</b><br>{about_text}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def changes(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Validated changed values, and an error per key that failed."""
        changed: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, editor in self.editors.items():
            if key in self._effective.locked or spec_for(key).policy_only:
                continue
            try:
                value = validate_value(key, editor.value())
            except ValidationError as error:
                errors[key] = error.message
                continue
            if value != self._effective.value(key):
                changed[key] = value
        return changed, errors

    def _on_buttons_accepted(self) -> None:
        changed, errors = self.changes()
        for key, editor in self.editors.items():
            editor.show_error(errors.get(key, ""))
        if errors:
            first = next(iter(errors))
            self.tabs.setCurrentIndex(PAGES.index(self.editors[first].spec.page))
            self.editors[first].input.setFocus()
            self.summary.setText(self.tr("Nothing was saved: fix the %n field(s) marked in red.",
                                         "",
                                         len(errors)))
            self.summary.show()
            return
        if changed:
            self._on_save(changed)
        self.accept()
