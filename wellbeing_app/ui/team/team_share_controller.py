"""The share dialog's side of team sharing: the ``TeamSharing`` use case plus a Qt signal."""

from __future__ import annotations

import html
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
    from wellbeing_app.team.sharing_service import RevokeResult, SharePreview


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

    def _question(self, question: Question) -> str:
        if question is Question.STOP_SHARING:
            return self.revoke_question()
        return self.tr("Remove your name from the summaries you already shared? They stay in "
                       "team figures only if anonymous sharing is on.")

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
            return self.tr("Sharing stopped: %n file(s) removed, {tombstone} written.", "",
                           outcome.files).format(tombstone=outcome.tombstone)
        if outcome.result is ChoiceResult.NAME_WITHDRAWN:
            return self.tr("Saved. Your name was removed from %n shared file(s).", "",
                           outcome.files)
        return self.tr("Saved.") if outcome.result is ChoiceResult.SAVED else ""

    def weeks(self) -> list[IsoWeek]:
        """The weeks an agent may share, newest first (this week included)."""
        return self._sharing.weeks()

    def preview(self, week: IsoWeek) -> SharePreview:
        """What sharing ``week`` would write now."""
        return self._sharing.preview(week)

    def share(self, preview: SharePreview) -> Path:
        """Write exactly the previewed file."""
        path = self._sharing.write(preview)
        self.history_changed.emit()
        return path

    def revoke(self) -> RevokeResult:
        """Remove own files, leave a tombstone, turn both opt-ins off."""
        result = self._sharing.revoke()
        self.history_changed.emit()
        return result

    def history(self) -> list[SharedRecord]:
        """Everything shared or revoked, newest first."""
        return list(reversed(self._sharing.history()))
