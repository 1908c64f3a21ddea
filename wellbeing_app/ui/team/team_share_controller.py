"""The share dialog's side of team sharing: the ``TeamSharing`` use case plus a Qt signal."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.team_settings import MIN_GROUP_DEFAULT, TeamSettings
from wellbeing_app.platform.resources import load_toml
from wellbeing_app.platform.settings.settings_service import SettingLockedError
from wellbeing_app.store.team.team_store import SharedRecord
from wellbeing_app.ui.i18n.content_language import content_language
from wellbeing_app.usecases.team_sharing import ChoiceResult, Question, TeamSharing

if TYPE_CHECKING:
    from wellbeing_app.team.sharing_service import SharePreview


class TeamShareController(QObject):
    """Thin: every step is the use case's; this adds the signal the dialog listens to.

    Signals:
        history_changed(): something was shared or revoked.
    """

    history_changed = Signal()

    def __init__(self, sharing: TeamSharing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sharing = sharing

    def privacy_html(self) -> str:
        """What sharing means, from ``resources/content/team_sharing.toml``, as rich text."""
        texts = load_toml("content", "team_sharing.toml", language=content_language())["privacy"]
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
        offered = part["anonymous"] if settings.anonymous_offered else part["no_aggregator"]
        anonymous, named = self.tr("Anonymous"), self.tr("Named")
        weekly, revoke = self.tr("Every week"), self.tr("Revoke")
        return (f"<p><b>{part['headline']}</b> {part['intro']}</p>"
                f"<p><b>{anonymous}</b>: {offered}</p>"
                f"<p><b>{named}</b>: {part['named']}</p>"
                f"<p>{part['contents']} <b>{part['never']}</b></p>"
                f"<p><b>{weekly}</b>: {part['weekly']}</p>"
                f"<p><b>{revoke}</b>: {part['revoke']}</p>")

    def revoke_question(self) -> str:
        """What stopping sharing means, asked before it happens."""
        return self.tr("Delete your summary files (sealed and named) from the team folder and "
                       "stop sharing? The aggregator and the team view will ignore anything you "
                       "shared before; team figures already published for past weeks stay as "
                       "they are. Opting in again starts with a new key, which IT must enroll "
                       "again.")

    def revoke_message(self, removed: int, tombstone: str, problems: tuple[str, ...]) -> str:
        """What a revoke did, and what it could not do, for the agent."""
        parts = [self.tr("Sharing is off.")]
        if removed:
            parts.append(self.tr("Removed %n file(s) of yours from the team folder.", "",
                                 removed))
        if tombstone:
            parts.append(self.tr("{tombstone} tells the aggregator and the team view to ignore "
                                 "anything signed with your old key.").format(tombstone=tombstone))
        return " ".join([*parts, *problems])

    def _question(self, question: Question) -> str:
        if question is Question.STOP_SHARING:
            return self.revoke_question()
        return self.tr("Delete the summaries your lead could read under your name? Your sealed "
                       "anonymous summaries carry no name and stay.")

    @property
    def labels(self) -> Mapping[str, str]:
        """Category id → label, for the summary in words."""
        return self._sharing.labels()

    def settings(self) -> TeamSettings:
        """The current team settings (validated)."""
        return self._sharing.settings()

    def locked_keys(self) -> frozenset[str]:
        """Keys the admin policy locks."""
        return self._sharing.locked_keys()

    def lock_reason(self) -> str:
        """The policy's reason for locking."""
        return self._sharing.lock_reason()

    def save_choices(self, anonymous: bool, named: bool, display_name: str, folder: str,
                     confirm: Callable[[str], bool]) -> str:
        """Store the opt-ins (locked keys refused with the policy's reason); what happened.

        ``""`` means the agent cancelled at the question.
        """
        try:
            outcome = self._sharing.save_choices(anonymous, named, display_name, folder,
                                                 lambda question: confirm(self._question(question)))
        except SettingLockedError as error:
            raise ValidationError(error.field, self.tr(
                "{key} is locked by your organisation's policy ({reason})").format(
                    key=error.field, reason=error.reason)) from None
        except ValidationError as error:  # texts marked for translation in the use case
            raise ValidationError(error.field, QCoreApplication.translate(
                "TeamShareController", error.message)) from None
        if outcome.result is ChoiceResult.STOPPED:
            self.history_changed.emit()
            return self.revoke_message(outcome.files, outcome.tombstone, outcome.problems)
        if outcome.result is ChoiceResult.NAME_WITHDRAWN:
            return self.tr("Saved. %n named file(s) deleted.", "", outcome.files)
        return self.tr("Saved.") if outcome.result is ChoiceResult.SAVED else ""

    def weeks(self) -> list[IsoWeek]:
        """The weeks an agent may share, newest first (this week included)."""
        return self._sharing.weeks()

    def preview(self, week: IsoWeek) -> SharePreview:
        """What sharing ``week`` would write now."""
        return self._sharing.preview(week)

    def share(self, preview: SharePreview) -> list[Path]:
        """Write exactly the previewed files."""
        paths = self._sharing.write(preview)
        self.history_changed.emit()
        return paths

    def revoke(self) -> str:
        """Turn both opt-ins off, remove own files, leave a tombstone; say what happened."""
        try:
            result = self._sharing.revoke()
        except sqlite3.Error as error:
            raise ValidationError("revoke", self.tr(
                "Your choices could not be saved ({error}); nothing was changed, try again."
            ).format(error=error)) from None
        self.history_changed.emit()
        return self.revoke_message(len(result.removed), result.tombstone or "", result.problems)

    def history(self) -> list[SharedRecord]:
        """Everything shared or revoked, newest first."""
        return list(reversed(self._sharing.history()))
