"""``settings`` (effective values and their source), ``settings set`` and ``settings reset``."""

from __future__ import annotations

import argparse
import json

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.domain.settings.declaration import setting_specs, spec_for
from wellbeing_app.domain.settings.layers import EffectiveSettings
from wellbeing_app.platform.settings.policy_sources import load_layered_policy


def effective_settings(ctx: CliContext) -> EffectiveSettings:
    """Defaults < machine policy < the agent's stored choices, through the settings service."""
    journal = ctx.open_journal()
    try:
        return ctx.settings_service(journal).current
    finally:
        journal.close()


def _show(effective: EffectiveSettings, consulted: tuple[str, ...], ctx: CliContext,
          as_json: bool) -> None:
    if as_json:
        table = {s.key: {"value": effective.value(s.key), "source": effective.sources[s.key].value,
                         "locked": s.key in effective.locked, "page": s.page, "label": s.label}
                 for s in setting_specs()}
        print(json.dumps(table, indent=2, ensure_ascii=False), file=ctx.stdout)
        return
    for spec in setting_specs():
        value = json.dumps(effective.value(spec.key), ensure_ascii=False)
        source = effective.sources[spec.key].value
        if spec.key in effective.locked:
            source += " (locked)"
        print(f"{spec.key:<26} {value:<34} {source}", file=ctx.stdout)
    if effective.locked:
        print(f"Locked: {effective.lock_reason}", file=ctx.stdout)
    print("Policy sources read (highest first):", file=ctx.stdout)
    for line in consulted:
        print(f"  {line}", file=ctx.stdout)


def cmd_settings(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show, set or reset settings (locked keys refused with the policy's reason, exit 2)."""
    journal = ctx.open_journal()
    try:
        action = getattr(args, "settings_action", None)
        layered = load_layered_policy() if action is None else None  # read once, listed too
        service = ctx.settings_service(journal, layered.policy if layered else None)
        if layered is not None:  # only the listing warns: a refused change stays one line
            for problem in service.current.problems:
                print(f"wellbeing: warning: {problem}", file=ctx.stderr)
            _show(service.current, layered.consulted, ctx, args.json)
        elif action == "set":
            key = spec_for(args.key).key
            value = service.save({key: args.value}).value(key)
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}", file=ctx.stdout)
        else:
            key = spec_for(args.key).key
            service.reset([key])
            print(f"{key} reset", file=ctx.stdout)
    finally:
        journal.close()
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``settings`` with its ``set`` and ``reset`` actions."""
    settings = sub.add_parser("settings", parents=[parent],
                              help="show the effective settings and where each comes from")
    settings.add_argument("--json", action="store_true", help="machine-readable output")
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION",
                                      parser_class=type(settings))
    change = actions.add_parser("set", help="change one setting (validated; locked keys refused)")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    reset = actions.add_parser("reset", help="forget your choice; the policy or default applies")
    reset.add_argument("key", metavar="KEY")


COMMANDS = {"settings": cmd_settings}
