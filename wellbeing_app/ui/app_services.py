"""What the composition root builds once and hands to every feature (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.platform.settings.settings_service import SettingsService
from wellbeing_app.store.journal import Journal
from wellbeing_app.ui.calls.journal_watcher import JournalWatcher
from wellbeing_app.ui.calls.log_flow_controller import LogFlowController
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.shell import Shell
from wellbeing_app.usecases.shown_content import ShownContent
from wellbeing_app.usecases.team_sharing import TeamSharing


@dataclass(frozen=True)
class AppServices:
    """The long-lived services of one running app."""

    data_dir: Path
    clock: Clock
    journal: Journal
    settings: SettingsService
    content: ShownContent  # categories, tips, exercises: asked when building (live language)
    actions: AppActions
    shell: Shell
    flow: LogFlowController
    watcher: JournalWatcher
    sharing: TeamSharing
    refresh_status: Callable[[], None]
    notify: Callable[[str], None]  # a calm notice on the shell, also written to the log


class Feature(Protocol):
    """A feature module the root installs, starts and stops in a loop.

    Attributes:
        name: what the agent reads in the notice when it could not start.
    """

    name: str

    def start(self) -> None:
        """Connect to the actions and begin (timers, watchers)."""

    def stop(self) -> None:
        """Stop every timer and close its windows (a running exercise is stored)."""

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """Answer a launch message; ``False`` when it is not this feature's."""
        ...

    def retranslate(self) -> None:
        """The language changed: drop idle windows so they are rebuilt in it."""
