"""``settings`` (effective values and their source), ``settings set`` and ``settings reset``."""

from __future__ import annotations

import argparse
import json

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import setting_specs, spec_for
from wellbeing_app.domain.settings.layers import EffectiveSettings, validate_value
from wellbeing_app.platform.settings.effective_settings import load_effective_settings
from wellbeing_app.store.settings_store import SettingsStore


def effective_settings(ctx: CliContext) -> EffectiveSettings:
    """Defaults < policy file < the agent's stored choices."""
    journal = ctx.open_journal()
    try:
        return load_effective_settings(journal.connection)
    finally:
        journal.close()


def _show(effective: EffectiveSettings, ctx: CliContext, as_json: bool) -> None:
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


def _refuse_locked(effective: EffectiveSettings, key: str) -> None:
    if key in effective.locked:
        raise ValidationError("key", f"{key} is locked by your organisation's policy "
                                     f"({effective.lock_reason})")


def cmd_settings(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show, set or reset settings."""
    effective = effective_settings(ctx)
    action = getattr(args, "settings_action", None)
    if action is None:
        for problem in effective.problems:
            print(f"wellbeing: warning: {problem}", file=ctx.stderr)
        _show(effective, ctx, args.json)
        return EXIT_OK
    key = spec_for(args.key).key
    _refuse_locked(effective, key)
    journal = ctx.open_journal()
    try:
        store = SettingsStore(journal.connection)
        if action == "set":
            value = validate_value(key, args.value)
            store.save({key: value})
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}", file=ctx.stdout)
        else:
            store.forget([key])
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
