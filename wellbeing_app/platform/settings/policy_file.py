"""Where IT puts the admin policy file on each OS, and reading it (TOML)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from wellbeing_app import APP_ID
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy, fail_safe_policy, parse_policy
from wellbeing_app.platform.bounded_file import load_toml_bounded, read_bounded_text

POLICY_ENV = "WELLBEING_POLICY_FILE"
POLICY_FILENAME = "policy.toml"
POLICY_MAX_BYTES = 64 * 1024


def policy_locations(platform: str = sys.platform,
                     environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Candidate policy files, first match wins; ``WELLBEING_POLICY_FILE`` overrides all."""
    if environ.get(POLICY_ENV):
        return [Path(environ[POLICY_ENV]).expanduser()]
    if platform == "win32":
        program_data = environ.get("ProgramData", r"C:\ProgramData")
        return [Path(program_data) / APP_ID / POLICY_FILENAME]
    if platform == "darwin":
        return [Path("/Library/Application Support") / APP_ID / POLICY_FILENAME]
    config_dirs = environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path("/etc/between-calls") / POLICY_FILENAME,
            *(Path(d) / "between-calls" / POLICY_FILENAME for d in config_dirs.split(":") if d)]


def load_policy(locations: list[Path] | None = None) -> Policy:
    """Read the first policy file that exists; a broken one is reported, never fatal.

    Anything at the path that cannot be read as a small TOML file (a FIFO, a folder, a device,
    a link loop, deep nesting) fails safe: every setting is locked at its default.
    """
    for path in locations if locations is not None else policy_locations():
        if not os.path.lexists(path):
            continue
        try:
            data = load_toml_bounded(read_bounded_text(path, POLICY_MAX_BYTES))
        except ValueError as error:
            return fail_safe_policy(str(path), f"{path}: unreadable: {error}")
        policy = parse_policy(data, str(path))
        return Policy(policy.presets, policy.locked, policy.reason, str(path),
                      tuple(f"{path}: {p}" for p in policy.problems))
    return NO_POLICY
