"""The aggregator (run by IT): open sealed summaries, count enrolled agents, publish aggregates."""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.privacy_rules import Noise, PrivacyPolicy, group_rule
from wellbeing_app.domain.team.public_keys import AdminPublicKey
from wellbeing_app.domain.team.published_week import (
    PublishedWeek,
    parse_published,
    published_payload,
)
from wellbeing_app.domain.team.roster import Roster
from wellbeing_app.domain.team.summary_validation import (
    REASON_MALFORMED,
    REASON_NAME,
    REASON_NOT_ENROLLED,
    REASON_OTHER_AGGREGATOR,
    REASON_REPLAYED,
    REASON_TOMBSTONED,
    REASON_UNDECRYPTABLE,
    REASON_UNENROLLED,
    SummaryError,
    parse_summary,
)
from wellbeing_app.domain.team.team_aggregation import Rejection, aggregate_week
from wellbeing_app.domain.team.weekly_summary import WeeklySummary
from wellbeing_app.team.agent_key import agent_id_for
from wellbeing_app.team.aggregator_key import AggregatorKey, SealedBoxError
from wellbeing_app.team.aggregator_state import AggregatorState
from wellbeing_app.team.capped_read import read_capped
from wellbeing_app.team.folder_reader import (
    MAX_FILE_BYTES,
    FolderReader,
    FolderScan,
    in_chunks,
    keep_newest,
)
from wellbeing_app.team.roster_file import read_roster
from wellbeing_app.team.sealed_file import parse_sealed
from wellbeing_app.team.signed_envelope import open_signed, sign_with
from wellbeing_app.team.summary_writer import SEALED_NAME, SummaryWriter, report_file_name

#: By default a week is published from its third day after Sunday, so late shares still count.
PUBLISH_AFTER_DAYS = 2
DEFAULT_EPSILON = 1.0


@dataclass(frozen=True)
class WeekOutcome:
    """One week's run: what was counted, what was not (and why), and what was published."""

    published: PublishedWeek
    report_file: str
    counted: int
    rejected: tuple[Rejection, ...]
    already_published: bool


@dataclass(frozen=True)
class AggregateResult:
    """Every week handled, how many agents are enrolled, and folder-wide problems."""

    weeks: tuple[WeekOutcome, ...]
    enrolled: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class AggregatorPolicy:
    """The privacy rules and who the aggregator says it is."""

    min_group: int
    epsilon: float
    label: str


Opened = tuple[bytes, WeeklySummary]


class Aggregator:
    """Decrypts, verifies and counts; adds noise once per week; writes signed reports."""

    def __init__(self, folder: Path, key: AggregatorKey, admin: AdminPublicKey,
                 state: AggregatorState, policy: AggregatorPolicy, now_utc: str,
                 rng: Callable[[], random.Random] = random.SystemRandom,
                 workers: int | None = None) -> None:
        self._folder = folder
        self._key = key
        self._admin = admin
        self._state = state
        self._policy = policy
        self._now_utc = now_utc
        self._rng = rng
        self._workers = workers or min(4, os.cpu_count() or 1)

    def run(self, today: date, week: IsoWeek | None = None) -> AggregateResult:
        """Publish ``week`` (once it has ended), or every ended week not yet published."""
        if week is not None and week.sunday >= today:
            raise ValidationError("week", f"{week} has not ended yet; it can be aggregated "
                                          f"from {week.sunday + timedelta(days=1)}.")
        problems: list[str] = []
        roster = self._roster(problems)
        scan = FolderReader(workers=1).scan(self._folder)
        by_week: dict[str, list[str]] = {}
        for name in scan.sealed:
            match = SEALED_NAME.match(name)
            if match is not None:
                by_week.setdefault(match.group("week"), []).append(name)
        targets = [week] if week is not None else self._due(by_week, today)
        outcomes = [self._week(w, by_week.get(str(w), []), roster, scan) for w in targets]
        return AggregateResult(tuple(outcomes), len(roster.members), tuple(problems))

    def _due(self, by_week: dict[str, list[str]], today: date) -> list[IsoWeek]:
        due = []
        for text in sorted(by_week):
            try:
                week = IsoWeek.parse(text)
            except ValidationError:
                continue
            if (week.sunday + timedelta(days=PUBLISH_AFTER_DAYS) < today
                    and text not in self._state.published):
                due.append(week)
        return due

    def _roster(self, problems: list[str]) -> Roster:
        try:
            roster = read_roster(self._folder, self._admin)
        except (SummaryError, OSError) as error:
            problems.append(f"roster.json not used ({error}); nobody counts as enrolled")
            return Roster.empty()
        if roster.serial < self._state.roster_serial:
            problems.append(f"roster.json is number {roster.serial}, older than number "
                            f"{self._state.roster_serial} seen before (rolled back?); "
                            "nobody counts as enrolled")
            return Roster.empty()
        self._state.roster_serial = roster.serial
        return roster

    def _week(self, week: IsoWeek, names: list[str], roster: Roster,
              scan: FolderScan) -> WeekOutcome:
        stored = self._state.published.get(str(week))
        if stored is not None:
            return self._republish(week, stored)
        opened, rejected = self._open_all(week, names)
        pool = _count_enrolled(opened, roster, scan.revoked, rejected)
        named = [s for s in scan.summaries if s.week == week]
        team = aggregate_week(week, [*pool, *named], PrivacyPolicy(self._policy.min_group),
                              Noise(self._rng(), self._policy.epsilon))
        shown_count = group_rule({s.agent_id for s in pool}, set(),
                                 self._policy.min_group) is None
        published = PublishedWeek(
            team, len(pool) if shown_count else None,
            dict(Counter(r.reason for r in rejected)), self._policy.min_group,
            self._policy.epsilon, self._policy.label, self._now_utc)
        text = sign_with(published_payload(published), self._key.public.signing, self._key.sign)
        self._state.published[str(week)] = text
        self._state.save()  # first: a crash after this re-writes the same figures, never new noise
        name = SummaryWriter(self._folder).write(report_file_name(week), text).name
        return WeekOutcome(published, name, len(pool),
                           tuple(sorted(rejected, key=lambda r: r.file_name)), False)

    def _republish(self, week: IsoWeek, text: str) -> WeekOutcome:
        payload, _ = open_signed(text.encode("utf-8"), verified=True)
        published = parse_published(payload)
        path = self._folder / report_file_name(week)
        try:
            current = read_capped(str(path), len(text.encode("utf-8")))
        except (OSError, SummaryError):  # missing, swapped, grown: write the published one back
            current = b""
        if current != text.encode("utf-8"):
            SummaryWriter(self._folder).write(path.name, text)
        return WeekOutcome(published, path.name, published.counted or 0, (), True)

    def _open_all(self, week: IsoWeek, names: Sequence[str],
                  ) -> tuple[list[tuple[str, Opened]], list[Rejection]]:
        def check(name: str) -> tuple[str, Opened | Rejection]:
            try:
                return name, self._open(week, name)
            except SummaryError as error:
                return name, Rejection(name, error.reason, error.detail)
            except OSError as error:
                return name, Rejection(name, REASON_MALFORMED,
                                       f"cannot read: {error.strerror or error}")

        results = in_chunks(check, names, self._workers)
        opened = [(n, r) for n, r in results if not isinstance(r, Rejection)]
        return opened, [r for _, r in results if isinstance(r, Rejection)]

    def _open(self, week: IsoWeek, name: str) -> Opened:
        match = SEALED_NAME.match(name)
        path = self._folder / name
        raw = read_capped(str(path), MAX_FILE_BYTES, path.lstat().st_size)
        sealed = parse_sealed(raw)
        if match is None or sealed.week != week:
            raise SummaryError(REASON_NAME, "the name does not match the week inside")
        if sealed.recipient != self._key.public.sealing:
            raise SummaryError(REASON_OTHER_AGGREGATOR, "sealed to a key this aggregator "
                                                        "does not hold")
        try:
            inner = self._key.open(sealed.ciphertext)
        except SealedBoxError:
            raise SummaryError(REASON_UNDECRYPTABLE, "changed after sealing, or damaged") from None
        payload, signer = open_signed(inner)
        summary = parse_summary(payload)
        if not summary.anonymous or summary.named:
            raise SummaryError(REASON_MALFORMED, "a sealed summary is anonymous only")
        if summary.week != week:
            raise SummaryError(REASON_REPLAYED, f"made for {summary.week}, found under {week}")
        return signer, summary


def _count_enrolled(opened: list[tuple[str, Opened]], roster: Roster, revoked: frozenset[str],
                    rejected: list[Rejection]) -> list[WeeklySummary]:
    """Keep enrolled, non-revoked agents, the newest file per signing key."""
    counted: list[tuple[str, bytes, WeeklySummary]] = []
    for name, (signer, summary) in sorted(opened, key=lambda item: item[0]):
        agent = agent_id_for(signer)
        if signer not in roster.members:
            reason = REASON_UNENROLLED if signer in roster.revoked else REASON_NOT_ENROLLED
            rejected.append(Rejection(name, reason, f"the signing key of agent {agent} is not "
                                                    "on the roster"))
            continue
        if agent in revoked:
            rejected.append(Rejection(name, REASON_TOMBSTONED, "the agent revoked sharing"))
            continue
        counted.append((name, signer, summary))
    return [replace(summary, agent_id=agent_id_for(signer))
            for signer, (_, summary) in keep_newest(counted, rejected).items()]


