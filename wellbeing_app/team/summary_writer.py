"""Atomic, name-safe writes into the team folder: one file per agent and week."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.summary_validation import AGENT_ID

SUMMARY_NAME = re.compile(
    r"^summary-(?P<agent>[0-9a-f]{32})-(?P<week>\d{4}-W\d{2})[A-Za-z0-9 _().-]{0,64}\.json$"
)
TOMBSTONE_NAME = re.compile(r"^revoked-(?P<agent>[0-9a-f]{32})[A-Za-z0-9 _().-]{0,64}\.json$")
SEALED_NAME = re.compile(r"^sealed-(?P<week>\d{4}-W\d{2})-(?P<token>[0-9a-f]{32})\.json$")
REPORT_NAME = re.compile(r"^team-report-(?P<week>\d{4}-W\d{2})\.json$")
ROSTER_NAME = "roster.json"
#: Files meant for the lead (named summaries, tombstones, reports, roster) stay readable;
#: sealed files are for the aggregator only.
READABLE_MODE = 0o644
PRIVATE_MODE = 0o600


def sealed_file_name(week: IsoWeek, token: str) -> str:
    """``sealed-<YYYY-Www>-<per-week token>.json``: no agent id in the name."""
    return f"sealed-{week}-{token}.json"


def report_file_name(week: IsoWeek) -> str:
    """``team-report-<YYYY-Www>.json``, written by the aggregator."""
    return f"team-report-{week}.json"


def _known_name(name: str) -> bool:
    return bool(SUMMARY_NAME.match(name) or TOMBSTONE_NAME.match(name) or SEALED_NAME.match(name)
                or REPORT_NAME.match(name) or name == ROSTER_NAME)


class TeamFolderError(OSError):
    """The team folder is not set, missing or not writable."""


def summary_file_name(agent_id: str, week: IsoWeek) -> str:
    """``summary-<agent id>-<YYYY-Www>.json``."""
    return f"summary-{agent_id}-{week}.json"


def tombstone_file_name(agent_id: str) -> str:
    """``revoked-<agent id>.json``."""
    return f"revoked-{agent_id}.json"


class SummaryWriter:
    """Writes into one folder only, never outside it, never half a file."""

    def __init__(self, folder: str | Path) -> None:
        self._folder = str(folder).strip()

    def _checked_folder(self) -> Path:
        if not self._folder:
            raise TeamFolderError("No team folder is set (setting team_folder).")
        folder = Path(self._folder).expanduser()
        if not folder.is_absolute():
            raise TeamFolderError(f"The team folder must be a full path, not {self._folder!r}.")
        if folder.exists() and not folder.is_dir():
            raise TeamFolderError(f"The team folder {folder} is a file, not a folder.")
        if not folder.is_dir():
            raise TeamFolderError(f"The team folder {folder} does not exist.")
        return folder.resolve()

    def folder(self) -> Path:
        """The checked, resolved team folder."""
        return self._checked_folder()

    def _target(self, name: str) -> Path:
        folder = self._checked_folder()
        if not _known_name(name):
            raise TeamFolderError(f"Refusing to write an unexpected file name {name!r}.")
        target = folder / name
        if target.parent != folder or target.is_symlink():
            raise TeamFolderError(f"Refusing to write outside the team folder: {name!r}.")
        return target

    def write(self, name: str, text: str) -> Path:
        """Write ``text`` to ``name`` in the folder atomically (temp file, fsync, rename)."""
        target = self._target(name)
        try:
            handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
        except OSError as error:
            raise TeamFolderError(f"Cannot write to the team folder {target.parent}: "
                                  f"{error.strerror or error}.") from error
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp_name, PRIVATE_MODE if SEALED_NAME.match(name) else READABLE_MODE)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return target

    def remove_own(self, agent_id: str | None, sealed_token: Callable[[IsoWeek], str] | None,
                   ) -> list[str]:
        """Delete this agent's named and sealed files (on revoke); return the names removed.

        Named files carry the agent id; sealed files a per-week token only the agent can
        recompute from its secret.
        """
        if agent_id is not None and not AGENT_ID.match(agent_id):
            raise ValueError("not an agent id")
        folder = self._checked_folder()
        removed = []
        for entry in os.scandir(folder):
            if _owned(entry.name, agent_id, sealed_token) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed.append(entry.name)
        return sorted(removed)


def _owned(name: str, agent_id: str | None,
           sealed_token: Callable[[IsoWeek], str] | None) -> bool:
    named = SUMMARY_NAME.match(name)
    if named:
        return agent_id is not None and named.group("agent") == agent_id
    sealed = SEALED_NAME.match(name)
    if sealed is None or sealed_token is None:
        return False
    try:
        week = IsoWeek.parse(sealed.group("week"))
    except ValidationError:
        return False
    return sealed.group("token") == sealed_token(week)
