"""Every CLI command module, in help order; each has ``register`` and ``COMMANDS``.

Adding a command group means adding its module here and nowhere else.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from types import ModuleType

from wellbeing_app.cli import (
    autostart_commands,
    call_commands,
    core_commands,
    exercise_commands,
    on_call_commands,
    reminder_commands,
    settings_commands,
    team_commands,
    trend_commands,
    workload_commands,
)

COMMAND_MODULES: tuple[ModuleType, ...] = (
    call_commands,
    exercise_commands,
    settings_commands,
    reminder_commands,
    on_call_commands,
    autostart_commands,
    core_commands,
    trend_commands,
    team_commands,
    workload_commands,
)


def all_commands() -> Mapping[str, Callable[..., int]]:
    """Command name → handler ``(args, ctx) -> exit code`` across all modules."""
    table: dict[str, Callable[..., int]] = {}
    for module in COMMAND_MODULES:
        table.update(module.COMMANDS)
    return table


__all__ = ["COMMAND_MODULES", "all_commands", "argparse"]
