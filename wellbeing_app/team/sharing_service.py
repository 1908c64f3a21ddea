"""Preview, share and revoke the agent's weekly summary (the agent side of team sharing)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path
from typing import Any, Protocol

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.summary_validation import tombstone_payload
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.domain.team.weekly_summary import (
    ExerciseRecord,
    WeeklySummary,
    build_summary,
    describe_summary,
    summary_payload,
)
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.signed_envelope import seal
from wellbeing_app.team.summary_writer import (
    SummaryWriter,
    summary_file_name,
    tombstone_file_name,
)


class WeekSource(Protocol):
    """Where a week's raw figures come from (the agent's journal)."""

    def week_calls(self, week: IsoWeek) -> list[tuple[int, tuple[str, ...]]]:
        """(stress, categories) of each call of the week."""
        ...

    def week_exercises(self, week: IsoWeek) -> list[ExerciseRecord]:
        """The week's exercise sessions."""
        ...

    def week_calls_handled(self, week: IsoWeek) -> int | None:
        """Calls detected that week (sensed workload), ``None`` without detection."""
        ...


class AuditTrail(Protocol):
    """The agent's own record of what left the machine."""

    def record_share(self, kind: str, week: str, file_name: str, sha256: str,
                     shared_at_utc: str, content: str) -> Any:
        """Store one share or revocation."""
        ...


@dataclass(frozen=True)
class SharePreview:
    """Exactly what a share writes: the file name and text, and the same in words."""

    summary: WeeklySummary
    file_name: str
    file_text: str
    words: tuple[str, ...]
    example_key: bool

    @property
    def sha256(self) -> str:
        """Hash of the file text as written (UTF-8)."""
        return hashlib.sha256(self.file_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RevokeResult:
    """What a revoke removed and the tombstone it left."""

    removed: tuple[str, ...]
    tombstone: str


class SharingService:
    """Builds summaries from the journal and writes them, signed, into the team folder."""

    def __init__(self, data_dir: Path, source: WeekSource, audit: AuditTrail, clock: Clock,
                 labels: Mapping[str, str]) -> None:
        self._data_dir = data_dir
        self._source = source
        self._audit = audit
        self._clock = clock
        self._labels = labels

    def _utc_now(self) -> str:
        return self._clock.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def preview(self, week: IsoWeek, settings: TeamSettings) -> SharePreview:
        """The summary for ``week`` as it would be written now (example id if not opted in)."""
        if week.monday > self._clock.now().date():
            raise ValidationError("week", f"{week} has not started yet.")
        stored = AgentKey.load(self._data_dir) if settings.opted_in else None
        key = stored or AgentKey.ephemeral()
        named = settings.share_named and bool(settings.display_name)
        summary = build_summary(
            agent_id=key.agent_id, week=week, created_utc=self._utc_now(),
            calls=self._source.week_calls(week), exercises=self._source.week_exercises(week),
            anonymous=settings.share_anonymous or not settings.opted_in,
            display_name=settings.display_name if named else None,
            calls_handled=self._source.week_calls_handled(week),
        )
        words = describe_summary(summary, self._labels)
        if stored is None:
            words.append("The agent id and signature are examples until you opt in; your own "
                         "pseudonymous id is made then.")
        return SharePreview(summary, summary_file_name(key.agent_id, week),
                            seal(summary_payload(summary), key), tuple(words), stored is None)

    def ensure_key(self) -> AgentKey:
        """Make the signing key on opt-in (kept, readable by the agent only)."""
        return AgentKey.load_or_create(self._data_dir)

    def share(self, week: IsoWeek, settings: TeamSettings) -> SharePreview:
        """Write the week's summary; refuses unless the agent opted in."""
        _require_opt_in(settings)
        self.ensure_key()
        preview = self.preview(week, settings)
        self.write(preview, settings)
        return preview

    def write(self, preview: SharePreview, settings: TeamSettings) -> Path:
        """Write exactly the previewed file and record it in the audit trail."""
        _require_opt_in(settings)
        if preview.example_key:
            raise ValidationError("share", "This preview was made before opting in; refresh it.")
        path = SummaryWriter(settings.team_folder).write(preview.file_name, preview.file_text)
        self._audit.record_share("summary", str(preview.summary.week), preview.file_name,
                                 preview.sha256, self._utc_now(), preview.file_text)
        return path

    def revoke(self, settings: TeamSettings) -> RevokeResult:
        """Delete own files, leave a signed tombstone, forget the key (a new id next time)."""
        key = AgentKey.load(self._data_dir)
        if key is None:
            raise ValidationError("revoke", "There is nothing to revoke: you have not shared.")
        writer = SummaryWriter(settings.team_folder)
        removed = writer.remove_own(key.agent_id)
        text = seal(tombstone_payload(key.agent_id, self._utc_now()), key)
        name = tombstone_file_name(key.agent_id)
        writer.write(name, text)
        self._audit.record_share("tombstone", "", name,
                                 hashlib.sha256(text.encode("utf-8")).hexdigest(),
                                 self._utc_now(), text)
        AgentKey.forget(self._data_dir)
        return RevokeResult(tuple(removed), name)

    def withdraw_name(self, settings: TeamSettings) -> tuple[str, ...]:
        """Named sharing turned off: re-sign own files without the name, or delete named-only ones.

        The rewritten file is newer, so it wins over any stale copy in a synced folder.
        """
        key = AgentKey.load(self._data_dir)
        if key is None or not settings.team_folder:
            return ()
        writer = SummaryWriter(settings.team_folder)
        folder = writer.folder()
        changed = []
        for name, summary in FolderReader(workers=1).summaries_of(folder, key.agent_id):
            if not summary.named:
                continue
            if not summary.anonymous:
                (folder / name).unlink(missing_ok=True)
            else:
                plain = replace(summary, named=False, display_name=None,
                                created_utc=self._utc_now())
                text = seal(summary_payload(plain), key)
                writer.write(name, text)
                self._audit.record_share("summary", str(summary.week), name,
                                         hashlib.sha256(text.encode("utf-8")).hexdigest(),
                                         self._utc_now(), text)
            changed.append(name)
        return tuple(changed)


def _require_opt_in(settings: TeamSettings) -> None:
    if not settings.opted_in:
        raise ValidationError("share", "Sharing is off: opt in to anonymous or named sharing "
                                       "first (Settings → Privacy).")
    if settings.share_named and not settings.display_name:
        raise ValidationError("display_name", "Named sharing needs a display name.")
    if not settings.team_folder:
        raise ValidationError("team_folder", "No team folder is set (setting team_folder).")
