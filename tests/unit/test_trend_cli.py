"""``wellbeing stats`` and ``wellbeing demo-data``."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.cli import count_rows, run
from wellbeing_app.domain.clock import ManualClock


def test_stats_json_matches_what_was_logged(tmp_path: Path, clock: ManualClock) -> None:
    run(["log", "--stress", "8", "--category", "hostile", "--at", "2026-11-23T15:10"],
        tmp_path, clock)
    run(["log", "--stress", "4", "--category", "hostile", "--category", "urgent"], tmp_path, clock)
    code, out, err = run(["stats", "--range", "7d", "--json"], tmp_path, clock)
    assert code == 0, err
    data = json.loads(out)
    assert (data["range"], data["calls"], data["mean_stress"]) == ("7d", 2, 6.0)
    assert [d["count"] for d in data["days"]] == [0, 0, 0, 0, 0, 1, 1]
    assert data["days"][0]["mean_stress"] is None  # a gap, not a zero
    assert data["categories"] == {"hostile": 2, "urgent": 1}
    assert data["hour_of_day"][15]["mean_stress"] == 8 and data["hour_of_day"][14]["count"] == 1
    assert data["weekday"][0]["count"] == 1 and data["insights"] == []


def test_stats_text_and_empty(tmp_path: Path, clock: ManualClock) -> None:
    code, out, _ = run(["stats"], tmp_path, clock)
    assert code == 0 and "Tough calls: 0 · mean stress —" in out and "None yet" in out


def test_stats_bad_range_exits_2(tmp_path: Path, clock: ManualClock) -> None:
    code, _, err = run(["stats", "--range", "fortnight"], tmp_path, clock)
    assert code == 2 and "choose one of" in err and err.count("\n") == 1


def test_demo_data_fills_an_empty_dir_and_refuses_real_entries(
    tmp_path: Path, clock: ManualClock
) -> None:
    demo = tmp_path / "demo"
    code, out, err = run(["demo-data", "--days", "60", "--seed", "2"], demo, clock)
    assert code == 0, err
    assert "demo calls" in out
    _, stats, _ = run(["stats", "--range", "90d", "--json"], demo, clock)
    assert json.loads(stats)["calls"] > 100
    code, _, err = run(["demo-data", "--days", "5"], demo, clock)
    assert code == 2 and "already holds" in err
    real = tmp_path / "real"
    run(["log", "--stress", "3"], real, clock)
    code, _, err = run(["demo-data", "--days", "5"], real, clock)
    assert code == 2 and "already holds 1 entry;" in err


@pytest.mark.parametrize("argv, message", [
    (["demo-data", "--days", "0"], "--days"),
    (["demo-data", "--days", "5", "--per-day", "0"], "--per-day"),
    (["demo-data", "--days", "5", "--timezone", "Mars/Olympus"], "Unknown time zone"),
])
def test_demo_data_bad_input(tmp_path: Path, clock: ManualClock, argv: list[str],
                             message: str) -> None:
    code, _, err = run(argv, tmp_path, clock)
    assert code == 2 and message in err


def test_demo_data_that_fails_half_way_leaves_the_dir_empty(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from wellbeing_app.store.exercises.exercise_store import ExerciseStore

    def fail(self: ExerciseStore, sessions: object) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ExerciseStore, "record_many", fail)
    code, _, err = run(["demo-data", "--days", "30"], tmp_path, clock)
    assert code == 2 and "disk I/O error" in err and err.count("\n") == 1
    assert count_rows(tmp_path) == 0
    monkeypatch.undo()
    assert run(["demo-data", "--days", "30"], tmp_path, clock)[0] == 0


def test_demo_data_includes_detected_calls_so_the_workload_has_figures(
    tmp_path: Path, clock: ManualClock
) -> None:
    demo = tmp_path / "demo"
    code, out, err = run(["demo-data", "--days", "30", "--seed", "4"], demo, clock)
    assert code == 0 and "detected call spans" in out, err
    weekday = next(clock.now().date() - timedelta(days=back) for back in range(1, 8)
                   if (clock.now().date() - timedelta(days=back)).weekday() < 5)
    figures = json.loads(run(["workload", "--day", weekday.isoformat(), "--json"], demo,
                             clock)[1])
    assert figures["calls_handled"] > 20 and figures["tough_share"] is not None
