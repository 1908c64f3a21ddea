"""Windows: check, rather than assume, that the data folder is readable by its user only.

``%LOCALAPPDATA%`` normally grants the user, SYSTEM and Administrators only, and the data folder
inherits that. A folder moved elsewhere (or a redirected profile) may also grant Everyone, Users
or Authenticated Users; ``wellbeing self-test`` reports that (POSIX: ``store/private_files``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

#: Principals that mean "other people on this computer"; names and well-known SIDs.
BROAD_PRINCIPALS = ("Everyone", "BUILTIN\\Users", "NT AUTHORITY\\Authenticated Users",
                    "Authenticated Users", "Users", "*S-1-1-0", "*S-1-5-11", "*S-1-5-32-545")

Runner = Callable[[list[str]], str]


def broad_grants(icacls_output: str) -> list[str]:
    """The broad principals that ``icacls`` shows being granted (not denied) any access."""
    found: list[str] = []
    for principal in BROAD_PRINCIPALS:
        pattern = re.compile(rf"(?:^|\s|\\){re.escape(principal)}:\((?!DENY)", re.IGNORECASE)
        granted = any(pattern.search(line) for line in icacls_output.splitlines())
        if granted and not any(principal.lower() in seen.lower() for seen in found):
            found.append(principal)
    return found


def _icacls(argv: list[str]) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30).stdout


def data_folder_acl_problems(folder: Path, run: Runner = _icacls,
                             platform: str = sys.platform) -> list[str]:
    """One line per broad grant on ``folder`` (Windows only; elsewhere nothing to check)."""
    if platform != "win32":
        return []
    try:
        output = run(["icacls", str(folder)])
    except (OSError, subprocess.SubprocessError) as error:
        return [f"privacy: cannot read the access list of {folder}: {error}"]
    return [f"privacy: {folder} can be read by {who}; only you should have access"
            for who in broad_grants(output)]
