"""The admin policy file (TOML): where IT puts it on Linux and macOS, and reading it."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from wellbeing_app import APP_ID
from wellbeing_app.domain.settings.layers import Policy, fail_safe_policy, parse_policy
from wellbeing_app.platform.bounded_file import load_toml_bounded, read_bounded_text

#: A policy file for tests and trials only: it sits *below* every machine policy source.
POLICY_ENV = "WELLBEING_POLICY_FILE"
POLICY_FILENAME = "policy.toml"
POLICY_MAX_BYTES = 64 * 1024


def policy_locations(platform: str = sys.platform,
                     environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Machine policy files, first found wins; only folders standard users cannot write.

    Windows reads no file: ``%ProgramData%`` lets standard users create files, so a planted
    file could pass for IT's; Windows policy comes from the registry (``registry_policy``).
    """
    if platform == "win32":
        return []
    if platform == "darwin":
        return [Path("/Library/Application Support") / APP_ID / POLICY_FILENAME]
    fixed = [Path("/etc/between-calls"), Path("/etc/xdg/between-calls")]
    extra = [Path(d) / "between-calls" for d in (environ.get("XDG_CONFIG_DIRS") or "").split(":")
             if d and Path(d) / "between-calls" not in fixed]
    return [folder / POLICY_FILENAME for folder in [*fixed, *extra]]


def read_policy_file(path: Path) -> Policy | None:
    """One policy file; None when nothing is there; a broken one is reported, never fatal.

    Anything at the path that cannot be read as a small TOML file (a FIFO, a folder, a device,
    a link loop, deep nesting) fails safe: every setting is locked at its default.
    """
    if not os.path.lexists(path):
        return None
    try:
        data = load_toml_bounded(read_bounded_text(path, POLICY_MAX_BYTES))
    except ValueError as error:
        return fail_safe_policy(str(path), f"{path}: unreadable: {error}")
    return parse_policy(data, str(path))
