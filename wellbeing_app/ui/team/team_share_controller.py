"""The agent side of team sharing for the UI: opt-ins, preview, share, history, revoke."""

from __future__ import annotations

import html
import os
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import (
    MIN_GROUP_DEFAULT,
    TeamSettings,
    validate_display_name,
)
from wellbeing_app.platform.resources import load_toml
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import SharedRecord, TeamStore
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.sharing_service import SharePreview
from wellbeing_app.team.summary_writer import TeamFolderError
from wellbeing_app.usecases.team_sharing import (
    RevokeOutcome,
    revoke_sharing,
    sharing_service,
    team_settings,
    withdraw_named,
)

WEEKS_OFFERED = 8


class TeamShareController(QObject):
    """Reads and writes the team keys through the Journal and calls the sharing use cases.

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
        self._service = sharing_service(journal, data_dir, clock, labels)

    def privacy_html(self) -> str:
        """What sharing means, from ``resources/content/team_sharing.toml``, as rich text."""
        texts = load_toml("content", "team_sharing.toml")["privacy"]
        try:
            settings = self.settings()
        except ValidationError:
            settings = TeamSettings()
        values = {"{min_group}": str(settings.min_group or MIN_GROUP_DEFAULT),
                  "{aggregator}": settings.aggregator_name}
        part = {}
        for key, value in texts.items():
            text = html.escape(str(value))
            for token, replacement in values.items():
                text = text.replace(token, html.escape(replacement))
            part[key] = text
        anonymous = part["anonymous"] if settings.anonymous_offered else part["no_aggregator"]
        anonymous_title, named_title = self.tr("Anonymous"), self.tr("Named")
        weekly_title, revoke_title = self.tr("Every week"), self.tr("Revoke")
        return (f"<p><b>{part['headline']}</b> {part['intro']}</p>"
                f"<p><b>{anonymous_title}</b>: {anonymous}</p>"
                f"<p><b>{named_title}</b>: {part['named']}</p>"
                f"<p>{part['contents']} <b>{part['never']}</b></p>"
                f"<p><b>{weekly_title}</b>: {part['weekly']}</p>"
                f"<p><b>{revoke_title}</b>: {part['revoke']}</p>")

    def revoke_question(self) -> str:
        """What stopping sharing means, asked before it happens."""
        return self.tr("Delete your summary files (sealed and named) from the team folder and "
                       "stop sharing? The aggregator and the team view will ignore anything you "
                       "shared before; team figures already published for past weeks stay as "
                       "they are. Opting in again starts with a new key, which IT must enroll "
                       "again.")

    def revoke_message(self, outcome: RevokeOutcome) -> str:
        """What a revoke did, and what it could not do, for the agent."""
        parts = [self.tr("Sharing is off.")]
        if outcome.result.removed:
            parts.append(self.tr("Removed %n file(s) of yours from the team folder.", "",
                                 len(outcome.result.removed)))
        if outcome.result.tombstone:
            parts.append(self.tr("{tombstone} tells the aggregator and the team view to ignore "
                                 "anything signed with your old key.").format(
                                     tombstone=outcome.result.tombstone))
        return " ".join([*parts, *outcome.problems])

    def settings(self) -> TeamSettings:
        """The current team settings (validated)."""
        return team_settings(self._journal)

    def save_choices(self, anonymous: bool, named: bool, display_name: str, folder: str,
                     confirm: Callable[[str], bool]) -> str:
        """Store the two opt-ins and apply what turning one off means; return what happened.

        Turning both off revokes (files deleted, tombstone); turning named off deletes the
        named files. Both ask ``confirm`` first; ``""`` means cancelled.
        """
        before = self.settings()
        if anonymous and not before.anonymous_offered:
            raise ValidationError("share_anonymous", self.tr(
                "Anonymous sharing is not offered: your organisation's policy names no "
                "aggregator."))
        has_key = AgentKey.path_in(self._data_dir).exists()
        if has_key and before.opted_in and not (anonymous or named):
            if not confirm(self.revoke_question()):
                return ""
            return self.revoke_message(self.revoke())
        withdraw = has_key and before.share_named and not named
        if withdraw and not confirm(self.tr(
                "Delete the summaries your lead could read under your name? Your sealed "
                "anonymous summaries carry no name and stay.")):
            return ""
        self._store_choices(anonymous, named, display_name, folder, before.opted_in)
        if withdraw:
            removed = withdraw_named(self._journal, self._service, self.settings())
            return self.tr("Saved. %n named file(s) deleted.", "", len(removed))
        return self.tr("Saved.")

    def _store_choices(self, anonymous: bool, named: bool, display_name: str,
                       folder: str, was_opted_in: bool) -> None:
        name = validate_display_name(display_name)
        if named and not name:
            raise ValidationError("display_name", self.tr("Type the name your lead should see."))
        folder = folder.strip()
        if (anonymous or named) and not (Path(folder).expanduser().is_absolute()
                                         and Path(folder).expanduser().is_dir()):
            raise ValidationError("team_folder",
                                  self.tr("Choose an existing team folder (full path)."))
        with self._journal.transaction():
            for key, value in (("share_anonymous", anonymous), ("share_named", named),
                               ("display_name", name), ("team_folder", folder)):
                self._journal.set_setting(key, value)
        if (anonymous or named) and not was_opted_in:
            key_path = AgentKey.path_in(self._data_dir)
            self._service.ensure_key()
            os.utime(key_path)  # the opt-in moment: weekly sharing starts after it

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

    def share(self, preview: SharePreview) -> list[Path]:
        """Write exactly the previewed files."""
        try:
            paths = self._service.write(preview, self.settings())
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
        self.history_changed.emit()
        return paths

    def revoke(self) -> RevokeOutcome:
        """Turn both opt-ins off, remove own files, leave a tombstone."""
        try:
            outcome = revoke_sharing(self._journal, self._service, self.settings())
        except sqlite3.Error as error:
            raise ValidationError("revoke", self.tr(
                "Your choices could not be saved ({error}); nothing was changed, try again."
            ).format(error=error)) from None
        self.history_changed.emit()
        return outcome

    def history(self) -> list[SharedRecord]:
        """Everything shared or revoked, newest first."""
        return list(reversed(self._store.shared()))
