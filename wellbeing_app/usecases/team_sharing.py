"""Agent-side team use cases shared by the share dialog, the auto-share timer and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.team.team_settings import TeamSettings, load_team_settings
from wellbeing_app.platform.settings.effective_settings import setting_getter
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.team_store import TeamStore
from wellbeing_app.team.sharing_service import RevokeResult, SharingService


def team_settings(journal: Journal) -> TeamSettings:
    """The effective team settings (defaults < policy < the agent's choices), validated."""
    return load_team_settings(setting_getter(journal.connection))


def sharing_service(journal: Journal, data_dir: Path, clock: Clock,
                    labels: Mapping[str, str]) -> SharingService:
    """The sharing service over this journal's week figures and audit trail."""
    store = TeamStore(journal.database)
    return SharingService(data_dir, store, store, clock, labels)


@dataclass(frozen=True)
class RevokeOutcome:
    """The revoke result plus everything that could not be done, in one list."""

    result: RevokeResult
    problems: tuple[str, ...]

    def message(self) -> str:
        """One paragraph for the agent."""
        parts = ["Sharing is off."]
        if self.result.removed:
            parts.append(f"{len(self.result.removed)} of your files were removed from the "
                         "team folder.")
        if self.result.tombstone:
            parts.append(f"{self.result.tombstone} tells the aggregator and the team view to "
                         "ignore anything signed with your old key.")
        parts.extend(self.problems)
        return " ".join(parts)


def revoke_sharing(journal: Journal, service: SharingService,
                   settings: TeamSettings) -> RevokeOutcome:
    """Turn both opt-ins off first (so sharing stops whatever else fails), then clean up.

    Raises:
        sqlite3.Error: the opt-ins could not be turned off; then nothing else was touched
            (both stay as they were, files and key included), so the agent can simply retry.
    """
    with journal.transaction():
        journal.set_setting("share_anonymous", False)
        journal.set_setting("share_named", False)
    result = service.revoke(replace(settings, share_anonymous=False, share_named=False))
    return RevokeOutcome(result, result.problems)


def withdraw_named(journal: Journal, service: SharingService,
                   settings: TeamSettings) -> tuple[str, ...]:
    """Named sharing off: the setting first, then the named files go (sealed ones stay)."""
    journal.set_setting("share_named", False)
    return service.withdraw_name(settings)
