"""IT and team-lead use cases: keys, enrollment, the aggregator run, the lead's report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.lead_report import LeadReport
from wellbeing_app.domain.team.public_keys import b64_bytes
from wellbeing_app.domain.team.roster import Roster, parse_enroll_request
from wellbeing_app.domain.team.summary_validation import AGENT_ID, SummaryError, utc_stamp
from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.agent_key import agent_id_for
from wellbeing_app.team.aggregator import (
    DEFAULT_EPSILON,
    AggregateResult,
    Aggregator,
    AggregatorPolicy,
)
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.aggregator_state import AggregatorState, state_path
from wellbeing_app.team.capped_read import read_capped
from wellbeing_app.team.folder_reader import MAX_FILE_BYTES, FolderReader
from wellbeing_app.team.key_files import KeyFileError
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.roster_file import read_roster, write_roster
from wellbeing_app.team.signed_envelope import open_envelope, open_signed
from wellbeing_app.team.verified_cache import VERIFIED_CACHE_FILENAME, VerifiedCache


def team_folder(text: str) -> Path:
    """An existing team folder, or a ``ValidationError`` that names it."""
    if not text.strip():
        raise ValidationError("folder", "Name the team folder (or set team_folder).")
    folder = Path(text.strip()).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError("folder", f"The team folder {folder} is a file, not a folder.")
    if not folder.is_dir():
        raise ValidationError("folder", f"The team folder {folder} does not exist.")
    return folder.resolve()


def make_aggregator_key(out: Path) -> str:
    """A new aggregator key pair; the private half to ``out`` (0600); returns the public line."""
    key = AggregatorKey.generate()
    _save(lambda: key.save(out))
    return key.public.line()


def make_admin_key(out: Path) -> str:
    """A new enrollment (admin) key; the private half to ``out`` (0600); the public line."""
    key = AdminKey.generate()
    _save(lambda: key.save(out))
    return key.public.line()


def _save(write: Callable[[], None]) -> None:
    try:
        write()
    except KeyFileError as error:
        raise ValidationError("out", str(error)) from None


def _load_admin(path: Path) -> AdminKey:
    try:
        return AdminKey.load(path.expanduser())
    except (KeyFileError, ValueError) as error:
        raise ValidationError("admin_key", str(error)) from None


def _request_key(path: Path) -> bytes:
    """The public key of a valid, self-signed enrollment request file."""
    try:
        raw = read_capped(str(path.expanduser()), MAX_FILE_BYTES)
        payload = open_envelope(raw)
        parse_enroll_request(payload)
        _, public = open_signed(raw, verified=True)
    except SummaryError as error:
        raise ValidationError("request", f"{path}: {error.reason}: {error.detail}") from None
    except OSError as error:
        raise ValidationError("request", f"{path}: {error.strerror or error}") from None
    return public


@dataclass(frozen=True)
class RosterChange:
    """Which agents changed, and the roster's new number and size."""

    agents: tuple[str, ...]
    serial: int
    members: int


def enroll(requests: Sequence[Path], admin_key: Path, folder: Path, now: datetime,
           ) -> RosterChange:
    """Add the agents of ``requests`` to the signed roster in ``folder``."""
    key = _load_admin(admin_key)
    keys = [_request_key(path) for path in requests]
    roster = _current_roster(folder, key).enroll(keys, utc_stamp(now))
    write_roster(folder, roster, key)
    return RosterChange(tuple(agent_id_for(k) for k in keys), roster.serial,
                        len(roster.members))


def unenroll(public_key: str, admin_key: Path, folder: Path, now: datetime) -> RosterChange:
    """Remove one agent (by base64 public key or agent id) from future aggregates."""
    key = _load_admin(admin_key)
    roster = _current_roster(folder, key)
    member = _find_member(public_key.strip(), roster.members)
    changed = roster.unenroll(member, utc_stamp(now))
    write_roster(folder, changed, key)
    return RosterChange((agent_id_for(member),), changed.serial, len(changed.members))


def _find_member(text: str, members: frozenset[bytes]) -> bytes:
    if AGENT_ID.match(text):
        found = [m for m in members if agent_id_for(m) == text]
    else:
        raw = b64_bytes(text)
        found = [m for m in members if m == raw]
    if not found:
        raise ValidationError("public_key", f"{text} is not on the roster (give the agent's "
                                            "public key in base64 or its 32-hex agent id).")
    return found[0]


def _current_roster(folder: Path, key: AdminKey) -> Roster:
    try:
        return read_roster(folder, key.public)
    except SummaryError as error:
        raise ValidationError("roster", f"{folder / 'roster.json'} cannot be used: "
                                        f"{error.reason}: {error.detail}") from None


def aggregate(folder: Path, key_file: Path, settings: TeamSettings, data_dir: Path,
              now: datetime, week: IsoWeek | None) -> AggregateResult:
    """Run the aggregator over ``folder`` with the key in ``key_file`` and the policy's rules."""
    if settings.admin_key is None:
        raise ValidationError("team_admin_public_key", "team_admin_public_key is not set, so "
                              "the aggregator cannot tell who is enrolled.")
    try:
        key = AggregatorKey.load(key_file.expanduser())
    except (KeyFileError, ValueError) as error:
        raise ValidationError("key", str(error)) from None
    label = settings.aggregator_label or "the aggregator"
    policy = AggregatorPolicy(settings.min_group, settings.noise_epsilon or DEFAULT_EPSILON,
                              label)
    state = AggregatorState.load(state_path(data_dir, folder), folder)
    return Aggregator(folder, key, settings.admin_key, state, policy,
                      utc_stamp(now)).run(now.date(), week)


def lead_report(folder: Path, settings: TeamSettings, data_dir: Path | None) -> LeadReport:
    """What the lead sees: published team figures and named summaries, nothing sealed.

    Named files whose signature passed before are remembered in ``data_dir`` (by SHA-256), so
    only new or changed ones are verified again; ``None`` keeps nothing.
    """
    cache = VerifiedCache(None if data_dir is None else data_dir / VERIFIED_CACHE_FILENAME)
    return build_team_report(folder, settings.aggregator, settings.aggregator_label,
                             FolderReader(cache=cache))
