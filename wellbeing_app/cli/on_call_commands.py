"""``on-call``: the call detector's current verdict and which provider gave it."""

from __future__ import annotations

import argparse
import json

from wellbeing_app.cli.context import CliContext
from wellbeing_app.cli.parser import EXIT_OK, Subparsers
from wellbeing_app.cli.settings_commands import effective_settings
from wellbeing_app.platform.call_detection.combined_call_detector import CombinedCallDetector


def cmd_on_call(args: argparse.Namespace, ctx: CliContext) -> int:
    """Look once with every enabled provider (the manual toggle lives in the running app)."""
    detector = CombinedCallDetector.from_settings(effective_settings(ctx).settings)
    verdict = detector.detect()
    if args.json:
        record = {"on_call": verdict.on_call, "provider": verdict.provider,
                  "detail": verdict.detail, "available": verdict.available,
                  "providers": [p.name for p in detector.providers]}
        print(json.dumps(record, indent=2), file=ctx.stdout)
    else:
        state = "on a call" if verdict.on_call else "free"
        print(f"{state} ({verdict.provider}: {verdict.detail})", file=ctx.stdout)
    return EXIT_OK


def register(sub: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add ``on-call``."""
    on_call = sub.add_parser("on-call", parents=[parent],
                             help="say whether a call is in progress, and how that was seen")
    on_call.add_argument("--json", action="store_true", help="machine-readable output")


COMMANDS = {"on-call": cmd_on_call}
