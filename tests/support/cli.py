"""Run the CLI in-process with a pinned clock and captured output, as a shell would call it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from wellbeing_app.cli import build_parser, run_cli
from wellbeing_app.cli.context import CliContext
from wellbeing_app.domain.clock import Clock
from wellbeing_app.store.journal import DB_FILENAME, Journal


def run(argv: list[str], data_dir: Path, clock: Clock | None = None,
        zone: tzinfo | None = None) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``wellbeing --data-dir DATA_DIR ARGV...``.

    A usage error ends argparse with ``SystemExit``; it comes back as its exit code.
    """
    out, err = io.StringIO(), io.StringIO()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0), "", ""
    ctx = CliContext(data_dir_option=str(data_dir), stdout=out, stderr=err)
    if clock is not None:
        ctx = replace(ctx, clock=clock)
    if zone is not None:
        ctx = replace(ctx, zone=zone)
    return run_cli(args, ctx), out.getvalue(), err.getvalue()


def count_rows(data_dir: Path) -> int:
    """How many calls the journal in ``data_dir`` holds (0 when there is no journal yet)."""
    if not (data_dir / DB_FILENAME).exists():
        return 0
    journal = Journal.open(data_dir / DB_FILENAME)
    try:
        return journal.count_calls()
    finally:
        journal.close()
