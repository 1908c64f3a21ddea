"""Build the use cases and the settings service over a test journal, as the root does."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.usecases.team_sharing import TeamSharing


def settings_service(journal: Journal, policy: Policy = NO_POLICY) -> SettingsService:
    """The settings service over ``journal`` with a fixed machine policy."""
    return SettingsService(journal.settings, lambda: policy)


def team_sharing(journal: Journal, data_dir: Path, clock: Clock,
                 labels: Mapping[str, str] | None = None,
                 policy: Policy = NO_POLICY) -> TeamSharing:
    """The team-sharing use case as the app builds it."""
    fixed = dict(labels or {})
    return TeamSharing(journal, settings_service(journal, policy), data_dir, clock,
                       lambda: fixed)
