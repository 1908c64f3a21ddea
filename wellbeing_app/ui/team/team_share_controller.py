"""The agent side of team sharing for the UI: opt-ins, preview, share, history, revoke."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import (
    MIN_GROUP_DEFAULT,
    TeamSettings,
    load_team_settings,
    validate_display_name,
)
from wellbeing_app.platform.resources import load_toml
from wellbeing_app.platform.settings.effective_settings import setting_getter
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import SharedRecord, TeamStore
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.sharing_service import RevokeResult, SharePreview, SharingService
from wellbeing_app.team.summary_writer import TeamFolderError

WEEKS_OFFERED = 8


class TeamShareController(QObject):
    """Reads and writes the team keys through the Journal and drives ``SharingService``.

    Signals:
        history_changed(): something was shared or revoked.
    """

    history_changed = Signal()

    def __init__(self, journal: Journal, data_dir: Path, clock: Clock,
                 labels: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._store = TeamStore(journal.database)
        self._data_dir = data_dir
        self.labels = labels
        self._service = SharingService(data_dir, self._store, self._store, clock, labels)

    def privacy_html(self) -> str:
        """What sharing means, from ``resources/content/team_sharing.toml``, as rich text."""
        texts = load_toml("content", "team_sharing.toml")["privacy"]
        try:
            min_group = self.settings().min_group
        except ValidationError:
            min_group = MIN_GROUP_DEFAULT
        part = {key: html.escape(str(value)).replace("{min_group}", str(min_group))
                for key, value in texts.items()}
        anonymous, named = self.tr("Anonymous"), self.tr("Named")
        weekly, revoke = self.tr("Every week"), self.tr("Revoke")
        return (f"<p><b>{part['headline']}</b> {part['intro']}</p>"
                f"<p><b>{anonymous}</b>: {part['anonymous']}</p>"
                f"<p><b>{named}</b>: {part['named']}</p>"
                f"<p>{part['contents']} <b>{part['never']}</b></p>"
                f"<p><b>{weekly}</b>: {part['weekly']}</p>"
                f"<p><b>{revoke}</b>: {part['revoke']}</p>")

    def revoke_question(self) -> str:
        """What stopping sharing means, asked before it happens."""
        return self.tr("Delete your summary files from the team folder and stop sharing? The "
                       "team view will ignore anything you shared before. This cannot be undone; "
                       "opting in again starts with a new anonymous id.")

    def settings(self) -> TeamSettings:
        """The current team settings (validated)."""
        return load_team_settings(setting_getter(self._journal.connection))

    def save_choices(self, anonymous: bool, named: bool, display_name: str, folder: str,
                     confirm: Callable[[str], bool]) -> str:
        """Store the two opt-ins and apply what turning one off means; return what happened.

        Turning both off revokes (files deleted, tombstone); turning named off withdraws the
        name from the files already shared. Both ask ``confirm`` first; ``""`` means cancelled.
        """
        before = self.settings()
        has_key = AgentKey.load(self._data_dir) is not None
        if has_key and before.opted_in and not (anonymous or named):
            if not confirm(self.revoke_question()):
                return ""
            result = self.revoke()
            return self.tr("Sharing stopped: %n file(s) removed, {tombstone} written.", "",
                           len(result.removed)).format(tombstone=result.tombstone)
        withdraw = has_key and before.share_named and not named
        if withdraw and not confirm(self.tr(
                "Remove your name from the summaries you already shared? They stay in team "
                "figures only if anonymous sharing is on.")):
            return ""
        self._store_choices(anonymous, named, display_name, folder)
        if withdraw:
            changed = self._service.withdraw_name(self.settings())
            return self.tr("Saved. Your name was removed from %n shared file(s).", "",
                           len(changed))
        return self.tr("Saved.")

    def _store_choices(self, anonymous: bool, named: bool, display_name: str,
                       folder: str) -> None:
        name = validate_display_name(display_name)
        if named and not name:
            raise ValidationError("display_name",
                                  self.tr("Type the name your lead should see."))
        folder = folder.strip()
        if (anonymous or named) and not (Path(folder).expanduser().is_absolute()
                                         and Path(folder).expanduser().is_dir()):
            raise ValidationError("team_folder",
                                  self.tr("Choose an existing team folder (full path)."))
        for key, value in (("share_anonymous", anonymous), ("share_named", named),
                           ("display_name", name), ("team_folder", folder)):
            self._journal.set_setting(key, value)
        if anonymous or named:
            self._service.ensure_key()

    def weeks(self) -> list[IsoWeek]:
        """The weeks an agent may share, newest first (this week included)."""
        week = IsoWeek.containing(self._clock.now().date())
        offered = []
        for _ in range(WEEKS_OFFERED):
            offered.append(week)
            week = week.previous()
        return offered

    def preview(self, week: IsoWeek) -> SharePreview:
        """What sharing ``week`` would write now."""
        return self._service.preview(week, self.settings())

    def share(self, preview: SharePreview) -> Path:
        """Write exactly the previewed file."""
        try:
            path = self._service.write(preview, self.settings())
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
        self.history_changed.emit()
        return path

    def revoke(self) -> RevokeResult:
        """Remove own files, leave a tombstone, turn both opt-ins off."""
        try:
            result = self._service.revoke(self.settings())
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
        with self._journal.transaction():  # both opt-ins go off together
            self._journal.set_setting("share_anonymous", False)
            self._journal.set_setting("share_named", False)
        self.history_changed.emit()
        return result

    def history(self) -> list[SharedRecord]:
        """Everything shared or revoked, newest first."""
        return list(reversed(self._store.shared()))
