"""Hostile values from outside: one clear line (exit 2) or a fail-safe answer, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import WELLBEING, cli_env, run_cli
from tests.support.cli import run
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import DB_FILENAME


def deep(folder: Path) -> Path:
    path = folder / "policy.toml"
    path.write_text("a = " + "[" * 900 + "]" * 900 + "\n", encoding="utf-8")
    return path


def infinite(folder: Path) -> Path:
    path = folder / "policy.toml"
    path.write_text("[locked]\nmicro_break_minutes = inf\nsupport_line = nan\n", encoding="utf-8")
    return path


def huge_int(folder: Path) -> Path:
    path = folder / "policy.toml"
    path.write_text("[locked]\nmicro_break_minutes = " + "9" * 400 + "\n"
                    "team_noise_epsilon = " + "9" * 400 + "\n", encoding="utf-8")
    return path


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "policy.toml")
    return folder / "policy.toml"


def directory(folder: Path) -> Path:
    (folder / "policy.toml").mkdir()
    return folder / "policy.toml"


def dev_zero(folder: Path) -> Path:
    (folder / "policy.toml").symlink_to("/dev/zero")
    return folder / "policy.toml"


def link_loop(folder: Path) -> Path:
    (folder / "policy.toml").symlink_to(folder / "other.toml")
    (folder / "other.toml").symlink_to(folder / "policy.toml")
    return folder / "policy.toml"


FILE_LEVEL = [deep, fifo, directory, dev_zero, link_loop]
VALUE_LEVEL = [infinite, huge_int]
COMMANDS = [["settings"], ["settings", "--json"], ["reminders"], ["summary", "preview"]]


def assert_one_clean_line_each(err: str) -> None:
    assert "Traceback" not in err
    assert all(line.startswith("wellbeing: ") for line in err.splitlines()), err


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("make", FILE_LEVEL + VALUE_LEVEL, ids=lambda f: f.__name__)
def test_a_hostile_policy_is_reported_and_never_crashes(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
) -> None:
    monkeypatch.setenv(POLICY_ENV, str(make(tmp_path)))
    for argv in COMMANDS:
        code, _, err = run(argv, tmp_path / "data", clock)
        assert code == 0, (argv, err)
        assert_one_clean_line_each(err)
    code, out, err = run(["settings", "--json"], tmp_path / "data", clock)
    assert "unreadable" in err or "micro_break_minutes" in err
    shown = json.loads(out)
    assert shown["micro_break_minutes"]["locked"] is True  # fail safe: still locked …
    assert shown["micro_break_minutes"]["value"] == Settings().micro_break_minutes  # … at default
    code, _, err = run(["settings", "set", "micro_break_minutes", "7"], tmp_path / "data", clock)
    assert code == 2 and len(err.splitlines()) == 1 and "locked" in err


def test_a_fifo_policy_never_blocks_a_real_process(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("FIFOs are POSIX")
    env = cli_env({POLICY_ENV: str(fifo(tmp_path))})
    result = run_cli(["settings"], tmp_path / "data", env=env, timeout=30)
    assert result.returncode == 0 and b"not a regular file" in result.stderr


def test_a_stored_1e999_is_reported_and_reset_repairs_it(tmp_path: Path,
                                                         clock: ManualClock) -> None:
    run(["log", "--stress", "3"], tmp_path, clock)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('micro_break_minutes', '1e999')")
    conn.close()
    for argv in (["settings"], ["reminders"], ["summary", "preview"]):
        code, _, err = run(argv, tmp_path, clock)
        assert code == 0 and "Traceback" not in err
    code, out, err = run(["settings", "reset", "micro_break_minutes"], tmp_path, clock)
    assert (code, out, err) == (0, "micro_break_minutes reset\n", "")
    code, _, err = run(["settings"], tmp_path, clock)
    assert (code, err) == (0, "")


def test_a_note_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path) -> None:
    argv = [*WELLBEING, "--data-dir", str(tmp_path), "log", "--stress", "3", "--note"]
    result = subprocess.run([*map(os.fsencode, argv), b"caf\xe9"], env=cli_env(),
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.count(b"\n") == 1 and b"not valid UTF-8" in result.stderr
    assert not (tmp_path / DB_FILENAME).exists()  # refused before anything was opened


def test_export_onto_a_fifo_is_refused_and_the_fifo_kept(tmp_path: Path,
                                                         clock: ManualClock) -> None:
    if os.name != "posix":
        pytest.skip("FIFOs are POSIX")
    os.mkfifo(tmp_path / "pipe")
    code, _, err = run(["export", "--format", "json", "--output", str(tmp_path / "pipe")],
                       tmp_path, clock)
    assert code == 2 and len(err.splitlines()) == 1 and "FIFO" in err
    assert (tmp_path / "pipe").is_fifo()


def test_a_gui_command_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = cli_env({"QT_QPA_PLATFORM": ""})
    for argv in (["trends"], ["log-dialog"], ["breathe"]):
        result = run_cli(argv, tmp_path, env=env)
        assert result.returncode == 2
        assert result.stderr.count(b"\n") == 1 and b"no display" in result.stderr


def test_a_corrupt_signing_key_cannot_stop_a_revoke(tmp_path: Path, clock: ManualClock) -> None:
    from wellbeing_app.team.key_location import KEY_FILENAME

    team = tmp_path / "team"
    team.mkdir()
    for key, value in (("team_folder", str(team)), ("share_named", "true"),
                       ("display_name", "Sam")):
        assert run(["settings", "set", key, value], tmp_path / "data", clock)[0] == 0
    assert run(["summary", "share", "--week", "2026-W47"], tmp_path / "data", clock)[0] == 0
    (tmp_path / "data" / KEY_FILENAME).write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    for action in ("preview", "share"):
        code, _, err = run(["summary", action], tmp_path / "data", clock)
        assert code == 2 and len(err.splitlines()) == 1 and "signing key" in err
    code, out, err = run(["summary", "revoke"], tmp_path / "data", clock)
    assert code == 0 and out.startswith("Sharing is off.")
    assert "Traceback" not in err and "No tombstone was written" in err
    _, out, _ = run(["settings", "--json"], tmp_path / "data", clock)
    assert json.loads(out)["share_named"]["value"] is False
    assert json.loads(out)["share_anonymous"]["value"] is False
