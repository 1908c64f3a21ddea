"""The admin policy file (TOML): where IT puts it on Linux and macOS, and reading it."""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

from wellbeing_app import APP_ID
from wellbeing_app.domain.settings.layers import NO_POLICY, Policy, parse_policy

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
    """One policy file; None when it does not exist; a broken one is reported, never fatal."""
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > POLICY_MAX_BYTES:
            raise ValueError(f"larger than {POLICY_MAX_BYTES // 1024} KiB")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return Policy({}, {}, origin=str(path), problems=(f"{path}: unreadable: {error}",))
    policy = parse_policy(data, str(path))
    return Policy(policy.presets, policy.locked, policy.reason, str(path),
                  tuple(f"{path}: {p}" for p in policy.problems))


def load_policy(locations: list[Path] | None = None) -> Policy:
    """The first policy file of ``locations`` (default: this OS's machine files) that exists."""
    for path in locations if locations is not None else policy_locations():
        policy = read_policy_file(path)
        if policy is not None:
            return policy
    return NO_POLICY
