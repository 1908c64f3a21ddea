"""What every command needs: resolved paths, a clock and output streams."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wellbeing_app.domain.clock import Clock, SystemClock
from wellbeing_app.platform.local_zone import local_zone
from wellbeing_app.platform.paths import ensure_writable, resolve_data_dir

if TYPE_CHECKING:
    from wellbeing_app.domain.settings.layers import Policy
    from wellbeing_app.platform.settings.settings_service import SettingsService
    from wellbeing_app.store.journal import Journal


@dataclass
class CliContext:
    """Injected dependencies of the CLI, so tests can pin time and capture output."""

    data_dir_option: str | None = None
    clock: Clock = field(default_factory=SystemClock)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    zone: tzinfo = field(default_factory=local_zone)

    @property
    def data_dir(self) -> Path:
        """The data directory this invocation uses."""
        return resolve_data_dir(self.data_dir_option)

    def open_journal(self) -> Journal:
        """Open the journal, creating the data directory when needed.

        A journal restored from a backup (0 bytes, missing) is said on stderr; the command goes on.
        """
        from wellbeing_app.store.journal import DB_FILENAME
        from wellbeing_app.store.journal_opening import open_journal
        from wellbeing_app.usecases.journal_opening import recovery_text

        directory = ensure_writable(self.data_dir)
        opened = open_journal(directory / DB_FILENAME, self.clock.now().strftime("%Y%m%dT%H%M%S"))
        if opened.recovery is not None:
            print(f"wellbeing: warning: {recovery_text(opened.recovery)}", file=self.stderr)
        return opened.journal

    def settings_service(self, journal: Journal, policy: Policy | None = None) -> SettingsService:
        """The one settings service over this journal (defaults < machine policy < agent).

        ``policy``: one the command already read (``wellbeing settings`` lists its sources).
        """
        from wellbeing_app.platform.settings.settings_service import SettingsService

        if policy is None:
            return SettingsService(journal.settings)
        return SettingsService(journal.settings, lambda: policy)
