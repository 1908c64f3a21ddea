"""Read a team folder: cap, parse, verify and validate every file; list every rejection."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Hashable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from wellbeing_app.domain.team.summary_validation import (
    REASON_CLEAR_ANONYMOUS,
    REASON_DUPLICATE,
    REASON_MALFORMED,
    REASON_NAME,
    REASON_NOT_REGULAR,
    REASON_OVERSIZE,
    REASON_TOMBSTONED,
    SummaryError,
    Tombstone,
    parse_summary,
    parse_tombstone,
)
from wellbeing_app.domain.team.team_aggregation import Rejection
from wellbeing_app.domain.team.weekly_summary import WeeklySummary
from wellbeing_app.team.capped_read import read_capped
from wellbeing_app.team.signed_envelope import open_envelope
from wellbeing_app.team.summary_writer import (
    REPORT_NAME,
    ROSTER_NAME,
    SEALED_NAME,
    SUMMARY_NAME,
    TOMBSTONE_NAME,
)
from wellbeing_app.team.verified_cache import VerifiedCache

MAX_FILE_BYTES = 16 * 1024
MAX_FILES = 100_000
T = TypeVar("T")
R = TypeVar("R")
K = TypeVar("K", bound=Hashable)


def in_chunks(check: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``check`` over ``items`` on ``workers`` threads, results in the order of ``items``.

    Signature checks and sealed-box opening release the GIL, so a few threads over large
    chunks (four per thread) use every core without a task per file.
    """
    size = max(1, -(-len(items) // (workers * 4)))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    with ThreadPoolExecutor(workers) as pool:
        parts = pool.map(lambda chunk: [check(item) for item in chunk], chunks)
        return [result for part in parts for result in part]


@dataclass(frozen=True)
class FolderScan:
    """Named summaries that count, every file that does not (with its reason), and more.

    ``sealed`` and ``reports`` name the files meant for someone else (the aggregator's input
    and output); ``revoked`` holds the agent ids with a valid tombstone.
    """

    summaries: tuple[WeeklySummary, ...]
    rejected: tuple[Rejection, ...]
    files_seen: int
    sealed: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()
    revoked: frozenset[str] = frozenset()


def _sort_out(listed: list[os.DirEntry[str]], week: str | None,
              ) -> tuple[tuple[str, ...], tuple[str, ...], list[os.DirEntry[str]]]:
    """Sealed files and reports (read by the aggregator or the report, not here), and the rest.

    The roster is read by the aggregator only; summaries of other weeks are skipped when
    ``week`` is given. One cheap prefix test per name: a folder holds tens of thousands.
    """
    sealed, reports, entries = [], [], []
    for entry in listed:
        name = entry.name
        if name.startswith("sealed-") and SEALED_NAME.match(name):
            sealed.append(name)
        elif name.startswith("team-report-") and REPORT_NAME.match(name):
            reports.append(name)
        elif name != ROSTER_NAME and _in_week(name, week):
            entries.append(entry)
    entries.sort(key=lambda e: e.name)
    return tuple(sorted(sealed)), tuple(sorted(reports)), entries


class FolderReader:
    """Turns a folder of untrusted files into a ``FolderScan``; never raises for a bad file."""

    def __init__(self, max_bytes: int = MAX_FILE_BYTES, workers: int | None = None,
                 cache: VerifiedCache | None = None) -> None:
        self._max_bytes = max_bytes
        self._workers = workers or min(4, os.cpu_count() or 1)
        self._keys: dict[bytes, Ed25519PublicKey] = {}
        self._cache = cache or VerifiedCache()

    def _check(self, entry: os.DirEntry[str]) -> WeeklySummary | Tombstone | Rejection:
        try:
            summary_name = SUMMARY_NAME.match(entry.name)
            tombstone_name = TOMBSTONE_NAME.match(entry.name)
            if not (summary_name or tombstone_name):
                raise SummaryError(REASON_NAME, "not a summary file name")
            if not entry.is_file(follow_symlinks=False):
                raise SummaryError(REASON_NOT_REGULAR, "a link, FIFO, device or folder")
            size = entry.stat(follow_symlinks=False).st_size
            raw = read_capped(entry.path, self._max_bytes, size)
            digest = hashlib.sha256(raw).digest()
            payload = open_envelope(raw, self._keys, digest in self._cache.digests)
            self._cache.digests.add(digest)
            if tombstone_name:
                tombstone = parse_tombstone(payload)
                if tombstone.agent_id != tombstone_name.group("agent"):
                    raise SummaryError(REASON_NAME, "the name does not match the agent id")
                return tombstone
            assert summary_name is not None
            summary = parse_summary(payload)
            if (summary.agent_id, str(summary.week)) != summary_name.group("agent", "week"):
                raise SummaryError(REASON_NAME, "the name does not match the agent and week")
            if summary.anonymous:
                raise SummaryError(REASON_CLEAR_ANONYMOUS, "anonymous figures are sealed to the "
                                   "aggregator; a file readable by anyone is never counted")
            return summary
        except SummaryError as error:
            return Rejection(entry.name, error.reason, error.detail)
        except OSError as error:
            return Rejection(entry.name, REASON_MALFORMED, f"cannot read: {error.strerror}")

    def scan(self, folder: Path, week: str | None = None) -> FolderScan:
        """Read every entry of ``folder`` (hidden temp files of writes in progress excepted).

        ``week`` limits the summaries read to one ISO week (tombstones are always read).
        """
        listed = [e for e in os.scandir(folder) if not e.name.startswith(".")]
        sealed, reports, entries = _sort_out(listed, week)
        rejected: list[Rejection] = []
        if len(entries) > MAX_FILES:
            rejected.append(Rejection(f"{len(entries) - MAX_FILES} more files", REASON_OVERSIZE,
                                      f"only the first {MAX_FILES:,} files are read"))
            entries = entries[:MAX_FILES]
        results = in_chunks(self._check, entries, self._workers)
        self._cache.save()
        names = [e.name for e in entries]
        revoked: set[str] = set()
        summaries = _resolve(zip(names, results, strict=True), rejected, revoked)
        return FolderScan(tuple(summaries), tuple(sorted(rejected, key=lambda r: r.file_name)),
                          len(listed), sealed, reports, frozenset(revoked))


def _in_week(name: str, week: str | None) -> bool:
    match = SUMMARY_NAME.match(name)
    return week is None or match is None or match.group("week") == week


def _resolve(results: Iterable[tuple[str, WeeklySummary | Tombstone | Rejection]],
             rejected: list[Rejection], revoked: set[str]) -> list[WeeklySummary]:
    """Drop tombstoned agents; keep the newest summary per agent and week."""
    candidates: list[tuple[str, WeeklySummary]] = []
    for name, result in results:
        if isinstance(result, Rejection):
            rejected.append(result)
        elif isinstance(result, Tombstone):
            revoked.add(result.agent_id)
        else:
            candidates.append((name, result))
    kept = []
    for name, summary in candidates:
        if summary.agent_id in revoked:
            rejected.append(Rejection(name, REASON_TOMBSTONED, "the agent revoked sharing"))
        else:
            kept.append((name, (summary.agent_id, str(summary.week)), summary))
    return [summary for _, summary in keep_newest(kept, rejected).values()]


def keep_newest(candidates: Iterable[tuple[str, K, WeeklySummary]], rejected: list[Rejection],
                ) -> dict[K, tuple[str, WeeklySummary]]:
    """The newest file per key (by creation time, then file name); the others are duplicates."""
    newest: dict[K, tuple[str, WeeklySummary]] = {}
    for name, key, summary in candidates:
        file = (name, summary)
        if key in newest:
            older, file = sorted((newest[key], file), key=lambda f: (f[1].created_utc, f[0]))
            rejected.append(Rejection(older[0], REASON_DUPLICATE, f"a newer file for "
                                      f"{summary.week} from the same agent exists"))
        newest[key] = file
    return newest
