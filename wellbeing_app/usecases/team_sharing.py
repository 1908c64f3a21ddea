"""The agent side of team sharing, once: opt-ins, preview, share, revoke, weekly auto-share."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.auto_share import week_due_for_auto_share
from wellbeing_app.domain.team.team_settings import (
    TeamSettings,
    team_settings_from,
    validate_display_name,
)
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import SharedRecord
from wellbeing_app.team.key_location import KEY_FILENAME, opted_in_at

if TYPE_CHECKING:
    from wellbeing_app.team.sharing_service import RevokeResult, SharePreview, SharingService

WEEKS_OFFERED = 8
OPT_IN_KEYS = ("share_anonymous", "share_named")
T = TypeVar("T")


class Question(StrEnum):
    """What the agent is asked to confirm before opt-ins change (the UI words it)."""

    STOP_SHARING = "stop_sharing"
    WITHDRAW_NAME = "withdraw_name"


class ChoiceResult(StrEnum):
    """What saving the opt-ins did."""

    CANCELLED = "cancelled"
    STOPPED = "stopped"
    SAVED = "saved"
    NAME_WITHDRAWN = "name_withdrawn"


@dataclass(frozen=True)
class ChoiceOutcome:
    """The result and its figures: files removed and the tombstone, or files renamed."""

    result: ChoiceResult
    files: int = 0
    tombstone: str = ""
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class AutoShareOutcome:
    """What the weekly check did: the week and the file shared, or why it could not."""

    week: str
    file_name: str = ""
    error: str = ""

    @property
    def shared(self) -> bool:
        """The summary was written."""
        return not self.error


class TeamSharing:
    """Reads team settings from the settings service; the sharing stack loads on first use."""

    def __init__(self, journal: Journal, settings: SettingsService, data_dir: Path,
                 clock: Clock, labels: Callable[[], Mapping[str, str]]) -> None:
        self._journal = journal
        self._settings = settings
        self._data_dir = data_dir
        self._clock = clock
        self._labels = labels
        self._service: SharingService | None = None

    @property
    def service(self) -> SharingService:
        """The one ``SharingService`` (imports cryptography when first needed)."""
        if self._service is None:
            from wellbeing_app.team.sharing_service import SharingService

            store = self._journal.shares
            self._service = SharingService(self._data_dir, store, store, self._clock,
                                           self._labels())
        return self._service

    def labels(self) -> Mapping[str, str]:
        """Category id → label (the words of a summary)."""
        return self._labels()

    def settings(self) -> TeamSettings:
        """The effective team settings, checked by the team's rules."""
        return team_settings_from(self._settings.values)

    def locked_keys(self) -> frozenset[str]:
        """Team keys the admin policy locks (the dialog shows them as such)."""
        return self._settings.current.locked

    def lock_reason(self) -> str:
        """The policy's reason for locked keys."""
        return self._settings.current.lock_reason

    def has_key(self) -> bool:
        """The agent has a signing key (opted in on this machine)."""
        return (self._data_dir / KEY_FILENAME).exists()

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
        return self.service.preview(week, self.settings())

    def share_week(self, week: IsoWeek) -> SharePreview:
        """Write the week's summary (refused unless opted in)."""
        return self._folder_errors(lambda: self.service.share(week, self.settings()))

    def write(self, preview: SharePreview) -> list[Path]:
        """Write exactly the previewed files."""
        return self._folder_errors(lambda: self.service.write(preview, self.settings()))

    def enroll_request(self) -> str:
        """The signed request IT turns into enrollment (makes the key if needed)."""
        return self.service.enroll_request()

    def revoke(self) -> RevokeResult:
        """Turn both opt-ins off first, then remove own files, leave a tombstone, forget keys.

        If the opt-ins cannot be saved, nothing else is touched (the error propagates). After
        that nothing stops half-way: what could not be done is in ``RevokeResult.problems``.
        """
        settings = self.settings()
        self._turn_off(OPT_IN_KEYS)
        return self.service.revoke(settings)

    def withdraw_name(self) -> tuple[str, ...]:
        """Named sharing off first, then the named files go (sealed ones carry no name)."""
        settings = self.settings()
        self._turn_off(("share_named",))
        return self._folder_errors(lambda: self.service.withdraw_name(settings))

    def history(self) -> list[SharedRecord]:
        """Everything shared or revoked, oldest first."""
        return self._journal.shares.shared()

    def save_choices(self, anonymous: bool, named: bool, display_name: str, folder: str,
                     confirm: Callable[[Question], bool]) -> ChoiceOutcome:
        """Store the two opt-ins and apply what turning one off means; say what happened.

        A key the policy locks is refused with the policy's reason before anything changes.
        Turning both off revokes; turning named off withdraws the name. Both ask ``confirm``
        first.
        """
        changes = self._changes(anonymous, named, validate_display_name(display_name),
                                folder.strip())
        self._settings.check(changes)  # locked keys refused with the reason, nothing stored
        before = self.settings()
        if anonymous and not before.anonymous_offered:
            raise ValidationError("share_anonymous", _t(
                "TeamShareController", "Anonymous sharing is not offered: your organisation's "
                "policy names no aggregator."))
        if self.has_key() and before.opted_in and not (anonymous or named):
            if not confirm(Question.STOP_SHARING):
                return ChoiceOutcome(ChoiceResult.CANCELLED)
            result = self.revoke()
            return ChoiceOutcome(ChoiceResult.STOPPED, len(result.removed),
                                 result.tombstone or "", result.problems)
        withdraw = self.has_key() and before.share_named and not named
        if withdraw and not confirm(Question.WITHDRAW_NAME):
            return ChoiceOutcome(ChoiceResult.CANCELLED)
        self._check_choices(anonymous, named, display_name, folder)
        self._settings.save(changes)
        if (anonymous or named) and not before.opted_in:
            self.service.ensure_key()
            os.utime(self._data_dir / KEY_FILENAME)  # the opt-in moment: weekly sharing after it
        if withdraw:
            removed = self._folder_errors(lambda: self.service.withdraw_name(self.settings()))
            return ChoiceOutcome(ChoiceResult.NAME_WITHDRAWN, len(removed))
        return ChoiceOutcome(ChoiceResult.SAVED)

    def _changes(self, anonymous: bool, named: bool, name: str, folder: str) -> dict[str, Any]:
        wanted = {"share_anonymous": anonymous, "share_named": named, "display_name": name,
                  "team_folder": folder}
        current = self._settings.values
        return {key: value for key, value in wanted.items() if getattr(current, key) != value}

    @staticmethod
    def _check_choices(anonymous: bool, named: bool, display_name: str, folder: str) -> None:
        if named and not validate_display_name(display_name):
            raise ValidationError("display_name", _t(
                "TeamShareController", "Type the name your lead should see."))
        path = Path(folder.strip()).expanduser()
        if (anonymous or named) and not (path.is_absolute() and path.is_dir()):
            raise ValidationError("team_folder", _t(
                "TeamShareController", "Choose an existing team folder (full path)."))

    def _turn_off(self, keys: tuple[str, ...]) -> None:
        current = self._settings.current
        off = {key: False for key in keys
               if key not in current.locked and current.value(key) is not False}
        if off:
            self._settings.save(off)

    def due_week(self) -> IsoWeek | None:
        """Last week, if the weekly automatic share is due now (the cheap hourly check)."""
        try:
            settings = self.settings()
        except ValidationError:
            return None  # the settings dialog and share dialog explain bad values
        return week_due_for_auto_share(
            self._clock.now(), enabled=self._settings.values.share_weekly,
            opted_in=settings.opted_in and bool(settings.team_folder),
            opted_in_at=opted_in_at(self._data_dir),
            shared_weeks=self._journal.shares.shared_weeks())

    def auto_share(self) -> AutoShareOutcome | None:
        """Share last week when due; ``None`` when nothing was due."""
        week = self.due_week()
        if week is None:
            return None
        try:
            preview = self.share_week(week)
        except (ValueError, OSError) as error:  # also a signing key that no longer loads
            return AutoShareOutcome(str(week), error=str(error) or type(error).__name__)
        return AutoShareOutcome(str(week), ", ".join(file.name for file in preview.files))

    @staticmethod
    def _folder_errors(action: Callable[[], T]) -> T:
        from wellbeing_app.team.summary_writer import TeamFolderError

        try:
            return action()
        except TeamFolderError as error:
            raise ValidationError("team_folder", str(error)) from None
