"""Preview, share and revoke the agent's weekly summary (the agent side of team sharing)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.pseudonym import sealed_file_token
from wellbeing_app.domain.team.roster import enroll_payload
from wellbeing_app.domain.team.summary_validation import tombstone_payload, utc_stamp
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.domain.team.weekly_summary import (
    ExerciseRecord,
    WeeklySummary,
    build_summary,
    describe_summary,
)
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.pseudonym_secret import forget_secret, load_or_create_secret, load_secret
from wellbeing_app.team.share_files import ShareFile, named_file, sealed_file
from wellbeing_app.team.share_words import sharing_words
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import SummaryWriter, tombstone_file_name

_AGENT_IN_NAME = re.compile(r"^(?:summary|revoked)-([0-9a-f]{32})")


class WeekSource(Protocol):
    """Where a week's raw figures come from (the agent's journal)."""

    def week_calls(self, week: IsoWeek) -> list[tuple[int, tuple[str, ...]]]:
        """(stress, categories) of each call of the week."""
        ...

    def week_exercises(self, week: IsoWeek) -> list[ExerciseRecord]:
        """The week's exercise sessions."""
        ...

    def week_calls_handled(self, week: IsoWeek, short_seconds: float = 20.0) -> int | None:
        """Calls detected that week (spans of ``short_seconds`` or more), ``None`` without."""
        ...


class AuditTrail(Protocol):
    """The agent's own record of what left the machine."""

    def record_share(self, kind: str, week: str, file_name: str, sha256: str,
                     shared_at_utc: str, content: str) -> Any:
        """Store one share or revocation."""
        ...

    def shared_file_names(self) -> list[str]:
        """Every file name written so far."""
        ...


@dataclass(frozen=True)
class SharePreview:
    """Exactly what a share writes (zero, one or two files), and the same in words."""

    summary: WeeklySummary
    files: tuple[ShareFile, ...]
    words: tuple[str, ...]
    example_key: bool
    #: Whether the team folder's roster lists the agent's key (``None``: cannot be told).
    enrolled: bool | None = None


@dataclass(frozen=True)
class RevokeResult:
    """What a revoke removed, the tombstone it left, and what it could not do."""

    removed: tuple[str, ...]
    tombstone: str | None
    problems: tuple[str, ...] = ()


class SharingService:
    """Builds summaries from the journal and writes them into the team folder."""

    def __init__(self, data_dir: Path, source: WeekSource, audit: AuditTrail, clock: Clock,
                 labels: Mapping[str, str]) -> None:
        self._data_dir = data_dir
        self._source = source
        self._audit = audit
        self._clock = clock
        self._labels = labels

    def _utc_now(self) -> str:
        return utc_stamp(self._clock.now())

    def preview(self, week: IsoWeek, settings: TeamSettings) -> SharePreview:
        """The files for ``week`` as they would be written now (example keys if not opted in)."""
        if week.monday > self._clock.now().date():
            raise ValidationError("week", f"{week} has not started yet.")
        stored = AgentKey.load(self._data_dir) if settings.opted_in else None
        key = stored or AgentKey.ephemeral()
        anonymous = settings.anonymous_offered and (settings.share_anonymous
                                                    or not settings.opted_in)
        name = settings.display_name if settings.share_named and settings.display_name else None
        figures = build_summary(
            agent_id=key.agent_id, week=week, created_utc=self._utc_now(),
            calls=self._source.week_calls(week), exercises=self._source.week_exercises(week),
            anonymous=anonymous, display_name=name,
            calls_handled=self._source.week_calls_handled(week, settings.short_span_seconds))
        files: list[ShareFile] = []
        if anonymous and settings.aggregator is not None:
            # Opted in: the agent's own secret (made now if needed), so revoke can find the file.
            secret = load_or_create_secret(self._data_dir) if stored else secrets.token_bytes(32)
            files.append(sealed_file(figures, week, key, secret, settings.aggregator))
        if name is not None:
            files.append(named_file(figures, week, key, name))
        enrolled = self._enrolled(settings, key) if stored else None
        words = describe_summary(figures, self._labels) if files else []
        words += sharing_words(settings, files, enrolled)
        if stored is None and files:
            words.append("The keys, pseudonym and signature are examples until you opt in; "
                         "your own are made then.")
        return SharePreview(figures, tuple(files), tuple(words), stored is None, enrolled)

    def _enrolled(self, settings: TeamSettings, key: AgentKey) -> bool | None:
        """Whether the team folder's roster lists this key; ``None`` when it cannot be told."""
        if settings.admin_key is None or not settings.team_folder:
            return None
        from wellbeing_app.team.roster_file import read_roster

        try:
            roster = read_roster(SummaryWriter(settings.team_folder).folder(), settings.admin_key)
        except (OSError, ValueError):
            return None
        return key.public_bytes in roster.members

    def ensure_key(self) -> AgentKey:
        """Make the signing key on opt-in (kept, readable by the agent only)."""
        return AgentKey.load_or_create(self._data_dir)

    def share(self, week: IsoWeek, settings: TeamSettings) -> SharePreview:
        """Write the week's files; refuses unless the agent opted in."""
        _require_opt_in(settings)
        self.ensure_key()
        preview = self.preview(week, settings)
        self.write(preview, settings)
        return preview

    def write(self, preview: SharePreview, settings: TeamSettings) -> list[Path]:
        """Write exactly the previewed files and record each in the audit trail."""
        _require_opt_in(settings)
        if preview.example_key:
            raise ValidationError("share", "This preview was made before opting in; refresh it.")
        writer = SummaryWriter(settings.team_folder)
        paths = []
        for file in preview.files:
            paths.append(writer.write(file.name, file.text))
            self._audit.record_share(file.kind, str(preview.summary.week), file.name,
                                     file.sha256, self._utc_now(), file.text)
        return paths

    def enroll_request(self) -> str:
        """A request IT turns into enrollment: the agent's public key, signed by it."""
        key = self.ensure_key()
        return signed_text(enroll_payload(key.agent_id, self._utc_now()), key)

    def revoke(self, settings: TeamSettings) -> RevokeResult:
        """Delete own files, leave a signed tombstone, forget the key and the pseudonym secret.

        Never stops half-way: what could not be done is listed in ``problems``.
        """
        problems: list[str] = []
        key = _load_key(self._data_dir, problems)
        key_broken = bool(problems)
        secret = _load_secret(self._data_dir, problems)
        agent_id = key.agent_id if key else _agent_from_trail(self._audit.shared_file_names())
        removed: list[str] = []
        tombstone = None
        try:
            writer = SummaryWriter(settings.team_folder)
            removed = writer.remove_own(
                agent_id, (lambda w: sealed_file_token(secret, w)) if secret else None)
            if key is not None:
                text = signed_text(tombstone_payload(key.agent_id, self._utc_now()), key)
                tombstone = writer.write(tombstone_file_name(key.agent_id), text).name
                self._audit.record_share("tombstone", "", tombstone,
                                         ShareFile("", "", text, "").sha256, self._utc_now(),
                                         text)
        except OSError as error:
            problems.append(f"The team folder could not be changed: {error}")
        if key_broken:
            problems.append("No tombstone was written: your signing key could not be read.")
        AgentKey.forget(self._data_dir)
        forget_secret(self._data_dir)
        return RevokeResult(tuple(removed), tombstone, tuple(problems))

    def withdraw_name(self, settings: TeamSettings) -> tuple[str, ...]:
        """Named sharing turned off: delete own named files (sealed ones stay anonymous)."""
        key = AgentKey.load(self._data_dir)
        if key is None or not settings.team_folder:
            return ()
        return tuple(SummaryWriter(settings.team_folder).remove_own(key.agent_id, None))


def _load_key(data_dir: Path, problems: list[str]) -> AgentKey | None:
    try:
        return AgentKey.load(data_dir)
    except (OSError, ValueError) as error:
        problems.append(f"Your signing key could not be read ({error}); it is deleted anyway.")
        return None


def _load_secret(data_dir: Path, problems: list[str]) -> bytes | None:
    try:
        return load_secret(data_dir)
    except (OSError, ValueError) as error:
        problems.append(f"Your pseudonym secret could not be read ({error}); sealed files "
                        "cannot be found by name and stay until the aggregator ignores them.")
        return None


def _agent_from_trail(names: list[str]) -> str | None:
    """The agent id of named files in the audit trail, when the key itself is unreadable."""
    for name in reversed(names):
        match = _AGENT_IN_NAME.match(name)
        if match:
            return match.group(1)
    return None


def _require_opt_in(settings: TeamSettings) -> None:
    if not settings.opted_in:
        raise ValidationError("share", "Sharing is off: opt in to anonymous or named sharing "
                                       "first (Settings → Privacy).")
    if settings.share_named and not settings.display_name:
        raise ValidationError("display_name", "Named sharing needs a display name.")
    if not settings.team_folder:
        raise ValidationError("team_folder", "No team folder is set (setting team_folder).")
    if settings.share_anonymous and not settings.anonymous_offered and not settings.share_named:
        raise ValidationError("share_anonymous", "Anonymous sharing is not offered: your "
                              "organisation's policy names no aggregator, so nothing would be "
                              "counted. Named sharing still works.")
