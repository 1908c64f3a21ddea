import argparse
import csv
import io
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.support.cli import count_rows, run
from wellbeing_app.cli import build_parser, run_cli
from wellbeing_app.cli.context import CliContext
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.store.journal import DB_FILENAME, Journal


def test_log_prints_the_new_id(tmp_path: Path, clock: ManualClock) -> None:
    code, out, err = run(["log", "--stress", "7", "--category", "hostile", "--category", "urgent",
                          "--escalated", "--note", "shouting"], tmp_path, clock)
    assert (code, out.strip(), err) == (0, "1", "")
    code, out, _ = run(["log", "--stress", "2"], tmp_path, clock)
    assert out.strip() == "2"


@pytest.mark.parametrize("argv, message", [
    (["log", "--stress", "11"], "out of range"),
    (["log", "--stress", "seven"], "whole number"),
    (["log", "--stress", "5", "--category", "rude"], "Unknown category"),
    (["log", "--stress", "5", "--note", "x" * 2001], "limit is 2000"),
    (["log", "--stress", "5", "--at", "yesterday-ish"], "ISO-8601"),
    (["calls", "--since", "fortnight"], "7d/30d"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, clock: ManualClock, argv: list[str], message: str
) -> None:
    code, _out, err = run(argv, tmp_path, clock)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("wellbeing: error:")
    assert count_rows(tmp_path) == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_exits_2(tmp_path: Path, clock: ManualClock) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    code, _, err = run(["log", "--stress", "5"], locked / "sub", clock)
    assert code == 2 and "Cannot write to the data directory" in err


def test_data_dir_that_is_a_file_exits_2(tmp_path: Path, clock: ManualClock) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    code, _, err = run(["log", "--stress", "5"], blocker, clock)
    assert code == 2
    assert err == f"wellbeing: error: The data directory {blocker} is a file, not a folder.\n"
    assert blocker.read_text() == "not a dir"


class ReadOnlyJournalContext(CliContext):
    """Opens the journal the way SQLite does when the file is read-only for this user."""

    def open_journal(self) -> Journal:
        path = self.data_dir / DB_FILENAME
        return Journal.open_read_only(path)


@pytest.mark.parametrize("argv", [["log", "--stress", "5"],
                                  ["settings", "set", "micro_break_minutes", "45"]])
def test_read_only_journal_exits_2_with_one_line_and_keeps_the_file(
        tmp_path: Path, clock: ManualClock, argv: list[str]) -> None:
    run(["log", "--stress", "3"], tmp_path, clock)
    err = io.StringIO()
    ctx = ReadOnlyJournalContext(data_dir_option=str(tmp_path), clock=clock,
                                 stdout=io.StringIO(), stderr=err)
    code = run_cli(build_parser().parse_args(argv), ctx)
    assert code == 2
    assert err.getvalue().count("\n") == 1 and "readonly database" in err.getvalue()
    assert count_rows(tmp_path) == 1



def test_a_journal_damaged_mid_file_exits_2_with_one_line(tmp_path: Path,
                                                          clock: ManualClock) -> None:
    journal = Journal.open(tmp_path / DB_FILENAME)
    journal.import_calls((CallDraft(stress=5, note="x" * 200), clock.now()) for _ in range(500))
    journal.close()
    path = tmp_path / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[-40 * 4096:-8 * 4096] = bytes(range(256)) * (32 * 16)
    path.write_bytes(bytes(data))
    code, out, err = run(["calls"], tmp_path, clock)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("wellbeing: error:") and "malformed" in err


def test_log_before_1970_is_refused_not_a_traceback(tmp_path: Path, clock: ManualClock) -> None:
    code, _, err = run(["log", "--stress", "5", "--at", "0001-01-01T00:00+14:00"], tmp_path, clock)
    assert code == 2 and "outside the years" in err and err.count("\n") == 1
    assert count_rows(tmp_path) == 0


def test_calls_lists_text_and_json(tmp_path: Path, clock: ManualClock) -> None:
    run(["log", "--stress", "7", "--category", "abusive", "--ended-for-abuse"], tmp_path, clock)
    _, out, _ = run(["calls"], tmp_path, clock)
    assert "#1" in out and "stress 7" in out and "abusive" in out and "ended-for-abuse" in out
    _, out, _ = run(["calls", "--json"], tmp_path, clock)
    records = json.loads(out)
    assert records[0]["stress"] == 7 and records[0]["ended_for_abuse"] is True


def test_calls_since_filters(tmp_path: Path, clock: ManualClock) -> None:
    run(["log", "--stress", "3", "--at", "2026-11-01T10:00"], tmp_path, clock)
    run(["log", "--stress", "4"], tmp_path, clock)
    _, out, _ = run(["calls", "--since", "7d", "--json"], tmp_path, clock)
    assert [r["stress"] for r in json.loads(out)] == [4]
    _, out, _ = run(["calls", "--since", "2026-10-01", "--json"], tmp_path, clock)
    assert len(json.loads(out)) == 2


def test_empty_journal_says_so(tmp_path: Path, clock: ManualClock) -> None:
    assert "No calls logged yet" in run(["calls"], tmp_path, clock)[1]


def test_export_csv_and_json_have_every_field(tmp_path: Path, clock: ManualClock) -> None:
    run(["log", "--stress", "8", "--category", "hostile", "--category", "urgent",
         "--note", 'said "no", twice'], tmp_path, clock)
    _, out, _ = run(["export", "--format", "csv"], tmp_path, clock)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["categories"] == "hostile;urgent"
    assert rows[0]["note"] == 'said "no", twice'
    assert rows[0]["local_date"] == "2026-11-24"
    target = tmp_path / "out.json"
    code, _, err = run(["export", "--format", "json", "--output", str(target)], tmp_path, clock)
    assert code == 0 and "Exported 1 calls" in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data[0]) >= {"id", "at_utc", "stress", "categories", "escalated",
                            "ended_for_abuse", "note", "utc_offset_minutes"}


def test_export_to_missing_folder_fails_cleanly(tmp_path: Path, clock: ManualClock) -> None:
    target = tmp_path / "no" / "x.csv"
    code, _, err = run(["export", "--format", "csv", "--output", str(target)], tmp_path, clock)
    assert code == 2 and err == f"wellbeing: error: No such file or directory: {target}\n"


def test_export_onto_a_folder_names_it_and_leaves_no_temp_file(tmp_path: Path,
                                                                clock: ManualClock) -> None:
    run(["log", "--stress", "4"], tmp_path, clock)
    target = tmp_path / "exports"
    target.mkdir()
    code, _, err = run(["export", "--format", "csv", "--output", str(target)], tmp_path, clock)
    assert code == 2 and err == f"wellbeing: error: the output is a folder; name a file: {target}\n"
    assert list(target.iterdir()) == []
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".exports-")]


def test_unknown_option_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["export", "--format", "xml"])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_self_test_store_half(tmp_path: Path, clock: ManualClock) -> None:
    run(["log", "--stress", "4"], tmp_path, clock)
    code, _, err = run(["self-test"], tmp_path, clock)
    assert code == 0, err
    assert count_rows(tmp_path) == 1  # the scratch copy took the test write


Parsers = list[tuple[str, argparse.ArgumentParser]]


def _parsers(parser: argparse.ArgumentParser, path: str) -> Parsers:
    found: Parsers = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += _parsers(child, f"{path} {name}".strip())
    return found


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for path, parser in _parsers(build_parser(), ""):
        if path:
            assert f"wellbeing {path.split()[0]}" in readme, path
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{path} {option}"


def test_self_test_sees_entries_still_in_the_wal(tmp_path: Path, clock: ManualClock) -> None:
    # A journal left open keeps fresh rows in the WAL; the scratch copy must include them.
    journal = Journal.open(tmp_path / DB_FILENAME)
    from wellbeing_app.domain.calls.logged_call import CallDraft

    journal.log_call(CallDraft(stress=3), clock.now())
    from wellbeing_app.store.backups import copy_journal  # what the self-test copies with

    copy = tmp_path / "copy.db"
    copy_journal(tmp_path / DB_FILENAME, copy)
    journal.close()

    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 1
    conn.close()


def test_frozen_style_self_test_prints_only_its_verdict(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "wellbeing_app", "--data-dir", str(tmp_path),
                             "self-test"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "This plugin does not support" not in result.stderr
