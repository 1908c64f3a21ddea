"""The aggregator: only enrolled, valid, current sealed summaries count; each rejection says why."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.team_factory import (
    WEEK,
    Agent,
    It,
    aggregate,
    enroll,
    share_sealed,
    summary_for,
    write_summary,
    write_tombstone,
)
from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.summary_validation import (
    REASON_CAP,
    REASON_DUPLICATE,
    REASON_MALFORMED,
    REASON_NOT_ENROLLED,
    REASON_NOT_REGULAR,
    REASON_OTHER_AGGREGATOR,
    REASON_OVERSIZE,
    REASON_RANGE,
    REASON_REPLAYED,
    REASON_SCHEMA,
    REASON_SIGNATURE,
    REASON_TOMBSTONED,
    REASON_UNDECRYPTABLE,
    REASON_UNENROLLED,
)
from wellbeing_app.domain.team.weekly_summary import summary_payload
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.roster_file import read_roster, write_roster
from wellbeing_app.team.sealed_file import sealed_text
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import SummaryWriter, sealed_file_name


@pytest.fixture
def it() -> It:
    return It()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


def team(folder: Path, it: It, count: int) -> list[Agent]:
    agents = [Agent.new() for _ in range(count)]
    enroll(folder, it, agents)
    for agent in agents:
        share_sealed(folder, agent, it)
    return agents


def reasons_of(folder: Path, it: It, state: Path) -> dict[str, str]:
    result = aggregate(folder, it, state)
    return {r.file_name: r.reason for r in result.weeks[0].rejected}


def test_one_enrolled_and_nine_forged_agents_show_nothing(folder: Path, it: It,
                                                          tmp_path: Path) -> None:
    real = team(folder, it, 1)
    for _ in range(9):  # fresh keys, valid signatures, sealed to the real aggregator
        share_sealed(folder, Agent.new(), it, stresses=(5,))
    outcome = aggregate(folder, it, tmp_path).weeks[0]
    assert outcome.counted == 1 and len(real) == 1
    assert [r.reason for r in outcome.rejected] == [REASON_NOT_ENROLLED] * 9
    assert not outcome.published.team.anything_shown
    assert outcome.published.counted is None  # below the group, not even the count is shown


def test_ten_enrolled_agents_show_figures(folder: Path, it: It, tmp_path: Path) -> None:
    team(folder, it, 10)
    outcome = aggregate(folder, it, tmp_path).weeks[0]
    assert outcome.counted == 10 and outcome.rejected == ()
    figures = outcome.published.team
    assert figures.anything_shown and figures.figure("agents").text == "10"
    assert figures.figure("stress_mean").uncertainty is not None  # noise added


def test_nine_enrolled_agents_show_nothing(folder: Path, it: It, tmp_path: Path) -> None:
    team(folder, it, 9)
    assert not aggregate(folder, it, tmp_path).weeks[0].published.team.anything_shown


def test_a_week_is_published_once_and_its_noise_never_redrawn(folder: Path, it: It,
                                                              tmp_path: Path) -> None:
    team(folder, it, 10)
    first = aggregate(folder, it, tmp_path).weeks[0]
    report = folder / first.report_file
    text = report.read_text()
    report.unlink()  # the lead deletes it to get a fresh draw
    share_sealed(folder, Agent.new(), it)
    again = aggregate(folder, it, tmp_path).weeks[0]
    assert again.already_published and report.read_text() == text


def test_each_aggregator_draws_its_own_secret_noise(folder: Path, it: It,
                                                    tmp_path: Path) -> None:
    team(folder, it, 10)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = aggregate(folder, it, tmp_path / "a").weeks[0].published.team
    (folder / "team-report-2026-W47.json").unlink()
    second = aggregate(folder, it, tmp_path / "b").weeks[0].published.team
    assert first.figure("stress_mean").value != second.figure("stress_mean").value
    assert first.figure("agents").value == second.figure("agents").value == 10


def test_unenrolled_agents_are_named_as_such(folder: Path, it: It, tmp_path: Path) -> None:
    agents = team(folder, it, 3)
    roster = read_roster(folder, it.admin.public)
    write_roster(folder, roster.unenroll(agents[0].key.public_bytes, "2026-11-21T08:00:00Z"),
                 it.admin)
    assert sorted(reasons_of(folder, it, tmp_path).values()) == [REASON_UNENROLLED]


def test_a_roster_signed_by_anyone_else_enrolls_nobody(folder: Path, it: It,
                                                       tmp_path: Path) -> None:
    agents = team(folder, it, 2)
    forged = It()
    roster = read_roster(folder, it.admin.public)
    keys = [a.key.public_bytes for a in agents]
    write_roster(folder, roster.enroll(keys, "2026-11-21T08:00:00Z"),
                 forged.admin)  # the lead's own "admin" key
    result = aggregate(folder, it, tmp_path)
    assert "not signed with the admin key" in result.problems[0]
    assert {r.reason for r in result.weeks[0].rejected} == {REASON_NOT_ENROLLED}


def test_an_older_roster_put_back_is_refused(folder: Path, it: It, tmp_path: Path) -> None:
    agents = team(folder, it, 2)
    old = (folder / "roster.json").read_text()
    roster = read_roster(folder, it.admin.public)
    write_roster(folder, roster.unenroll(agents[0].key.public_bytes, "2026-11-21T08:00:00Z"),
                 it.admin)
    aggregate(folder, it, tmp_path, week=IsoWeek(2026, 46))  # sees roster number 3
    (folder / "roster.json").write_text(old)  # number 2, which still listed agent 0
    result = aggregate(folder, it, tmp_path)
    assert "rolled back" in result.problems[0]


def _tamper(path: Path) -> None:
    data = json.loads(path.read_text())
    sealed = bytearray(base64.b64decode(data["sealed"]))
    sealed[60] ^= 1
    data["sealed"] = base64.b64encode(bytes(sealed)).decode()
    path.write_text(json.dumps(data))


def test_every_rejection_reason(folder: Path, it: It, tmp_path: Path) -> None:
    agents = [Agent.new() for _ in range(12)]
    enroll(folder, it, agents)
    paths = {}
    for index, agent in enumerate(agents):
        paths[index] = share_sealed(folder, agent, it)
    _tamper(paths[0])  # changed ciphertext
    # 1: re-sealed by someone else with changed figures but the agent's old signature
    inner = signed_text(summary_payload(summary_for(agents[1].key)), agents[1].key)
    paths[1].write_text(sealed_text(WEEK, it.aggregator.public,
                                    inner.replace('"tough_calls": 3', '"tough_calls": 4')))
    # 2: last week's file copied in under this week's name, outer week changed to match
    other = share_sealed(folder, agents[2], it, IsoWeek(2026, 46))
    outer = json.loads(other.read_text())
    outer["week"] = str(WEEK)
    other.unlink()
    paths[2].write_text(json.dumps(outer))
    # 3: over the plausibility cap; 4: out of range; 5: unknown schema
    for index, change in ((3, {"tough_calls": 701}), (4, {"stress_mean": 11}),
                          (5, {"schema": "between-calls/other"})):
        payload = {**summary_payload(summary_for(agents[index].key)), **change}
        payload["sharing"] = {"anonymous": True, "named": False}
        paths[index].write_text(sealed_text(WEEK, it.aggregator.public,
                                            signed_text(payload, agents[index].key)))
    # 6: sealed to another aggregator
    share_sealed(folder, agents[6], It(AggregatorKey.generate(), it.admin))  # same name
    # 7: a newer file of the same agent under another name (the older one is the duplicate)
    paths[7].rename(folder / sealed_file_name(WEEK, "f" * 32))
    share_sealed(folder, agents[7], it, created="2026-11-23T09:00:00Z")
    # 8: revoked (tombstone); 9: a FIFO; 10: oversize; 11: garbage
    write_tombstone(folder, agents[8].key)
    paths[9].unlink()
    os.mkfifo(paths[9])
    paths[10].write_bytes(b" " * 20_000)
    paths[11].write_text("{not json")
    reasons = sorted(reasons_of(folder, it, tmp_path).values())
    assert reasons == sorted([REASON_UNDECRYPTABLE, REASON_SIGNATURE, REASON_REPLAYED,
                              REASON_CAP, REASON_RANGE, REASON_SCHEMA, REASON_OTHER_AGGREGATOR,
                              REASON_DUPLICATE, REASON_TOMBSTONED, REASON_NOT_REGULAR,
                              REASON_OVERSIZE, REASON_MALFORMED])


def test_named_summaries_count_for_secondary_suppression(folder: Path, it: It,
                                                         tmp_path: Path) -> None:
    agents = team(folder, it, 12)
    for agent in agents[:3]:  # 12 - 3 named = 9 anonymous left: below the group
        write_summary(folder, agent.key, replace(summary_for(agent.key, name="Sam"),
                                                 anonymous=False))
    figures = aggregate(folder, it, tmp_path).weeks[0].published.team
    assert not figures.figure("tough_calls").shown
    assert "subtracting the named summaries" in (figures.figure("tough_calls").suppressed or "")


def test_the_current_week_cannot_be_aggregated(folder: Path, it: It, tmp_path: Path) -> None:
    from wellbeing_app.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="has not ended"):
        aggregate(folder, it, tmp_path, week=IsoWeek(2026, 49))


def test_by_default_only_ended_unpublished_weeks_are_published(folder: Path, it: It,
                                                               tmp_path: Path) -> None:
    team(folder, it, 2)
    assert aggregate(folder, it, tmp_path, week=None,
                     today=WEEK.sunday + timedelta(days=2)).weeks == ()
    later = aggregate(folder, it, tmp_path, week=None)
    assert [str(o.published.week) for o in later.weeks] == [str(WEEK)]
    assert aggregate(folder, it, tmp_path, week=None).weeks == ()


def test_the_state_and_sealed_files_are_owner_only(folder: Path, it: It,
                                                   tmp_path: Path) -> None:
    team(folder, it, 1)
    aggregate(folder, it, tmp_path)
    state = next(tmp_path.glob("aggregator-state-*.json"))
    sealed = next(folder.glob("sealed-*.json"))
    assert state.stat().st_mode & 0o777 == 0o600 and sealed.stat().st_mode & 0o777 == 0o600
    assert SummaryWriter(folder).folder() == folder.resolve()
