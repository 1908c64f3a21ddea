"""The ``wellbeing`` command line: same domain and store as the app, no Qt."""

from wellbeing_app.cli.parser import build_parser
from wellbeing_app.cli.runner import run_cli

__all__ = ["build_parser", "run_cli"]
