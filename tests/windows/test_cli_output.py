"""Every CLI command, its output redirected to a file and to a pipe, in cp1252 and in UTF-8.

Before the fix, ``stats`` and ``exercise-sessions`` crashed with ``UnicodeEncodeError`` on "→"
whenever an IT script redirected them (Windows encodes redirected output in the ANSI code page).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

if sys.platform != "win32":
    pytest.skip("Windows only: `make test-windows` runs this under Wine", allow_module_level=True)

import locale

from tests.windows.conftest import (
    QT_REASON,
    Encoding,
    Output,
    run_python,
    run_wellbeing,
)
from wellbeing_app.cli import build_parser

TEAM_REASON = "needs cryptography"
#: Every subcommand: the argument lists to run, or why it cannot run under Wine.
COMMANDS: dict[str, list[list[str]] | str] = {
    "log": [["log", "--stress", "7", "--category", "hostile", "--note", "Kunde → laut, “unfair”"]],
    "calls": [["calls", "--since", "30d"], ["calls", "--json"]],
    "export": [["export", "--format", "csv"], ["export", "--format", "json"]],
    "exercises": [["exercises"], ["exercises", "--json"]],
    "exercise-sessions": [["exercise-sessions", "--since", "30d"], ["exercise-sessions", "--json"]],
    "settings": [["settings"], ["settings", "--json"]],
    "reminders": [["reminders", "--day", "2026-11-24"], ["reminders", "--day", "2026-11-24",
                                                        "--json"]],
    "on-call": [["on-call"], ["on-call", "--json"]],
    "autostart": [["autostart", "--status"]],
    "stats": [["stats", "--range", "30d"], ["stats", "--range", "all", "--json"]],
    "span": [["span", "add", "--start", "2026-11-24T10:00", "--end", "2026-11-24T10:07"]],
    "spans": [["spans", "--since", "30d"], ["spans", "--json"]],
    "workload": [["workload", "--day", "2026-11-24"], ["workload", "--day", "2026-11-24",
                                                      "--json"]],
    "demo-data": "run by the demo_data_dir fixture, into a folder named 'Agent Zoë 50% #1'",
    "summary": TEAM_REASON,
    "team": TEAM_REASON,
    "log-dialog": QT_REASON,
    "trends": QT_REASON,
    "status": QT_REASON,
    "breathe": QT_REASON,
    "relax": QT_REASON,
    "team-view": QT_REASON,
    "notice": QT_REASON,
    "undo": QT_REASON,
    "welcome": QT_REASON,
    "self-test": QT_REASON + " (self-test opens every window offscreen)",
}
TEAM_COMMANDS = [["summary", "list"], ["summary", "list", "--json"],
                 ["summary", "preview", "--json"]]
MODES: list[tuple[Output, Encoding]] = [("file", "ansi"), ("pipe", "ansi"),
                                        ("file", "utf-8"), ("pipe", "utf-8")]
RUNNABLE = [argv for entry in COMMANDS.values() if isinstance(entry, list) for argv in entry]


def test_every_command_is_covered_or_has_a_reason() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(COMMANDS) == set(subparsers.choices or ())


def test_redirected_output_uses_the_ansi_code_page_here() -> None:
    """The precondition of the crash: this Wine's ANSI code page is cp1252, not UTF-8."""
    assert locale.getencoding() == "cp1252"


def _check(argv: list[str], out: bytes, err: bytes, encoding: str) -> str:
    assert b"Traceback" not in err, err.decode(encoding, "replace")
    text = out.decode(encoding)  # strict: what a script reading it would do
    if "--json" in argv or argv[-1] == "json":
        json.loads(text)
    return text


def _chunks(out: bytes, count: int) -> list[str]:
    text = out.decode("utf-8").replace("\r\n", "\n")  # strict, like a script reading it
    parts = text.split("\n=== wellbeing command ")[1:]
    assert len(parts) == count, text[-2000:]
    return [part.split(" ===\n", 1)[1] for part in parts]


def _problems(argv: list[str], result: dict[str, object], text: str) -> list[str]:
    found = []
    if result["code"] not in (0, None) or result["error"]:
        found.append(f"{' '.join(argv)}: exit {result['code']} {result['error']}")
    if "--json" in argv or argv[-1] == "json":
        try:
            json.loads(text)
        except ValueError as error:
            found.append(f"{' '.join(argv)}: not JSON: {error}")
    elif argv[0] in ("stats", "exercise-sessions") and "→" not in text:
        found.append(f"{' '.join(argv)}: no '→' in its output")
    return found


@pytest.mark.parametrize(("output", "encoding"), MODES)
def test_every_command_redirected(output: Output, encoding: Encoding, demo_data_dir: Path,
                                  tmp_path: Path) -> None:
    """All runnable commands in one process, on the stdout Windows Python gave that process."""
    commands, results = tmp_path / "commands.json", tmp_path / "results.json"
    # `span add` refuses an overlapping span: one evening hour per mode, after the demo
    # data's detected calls (a 09:00–17:30 shift) and after each other's
    hour = 20 + MODES.index((output, encoding))
    wanted = [[a.replace("T10:", f"T{hour}:") for a in argv] for argv in RUNNABLE]
    commands.write_text(json.dumps(wanted), encoding="utf-8")
    run = run_python(["-m", "tests.windows.cli_driver", str(commands), str(results)],
                     demo_data_dir, output=output, encoding=encoding, scratch=tmp_path)
    assert run.code == 0, run.err.decode("utf-8", "replace")
    assert b"Traceback" not in run.err, run.err.decode("utf-8", "replace")
    outcome = json.loads(results.read_text(encoding="utf-8"))
    texts = _chunks(run.out, len(RUNNABLE))
    problems = [p for argv, result, text in zip(wanted, outcome, texts, strict=True)
                for p in _problems(argv, result, text)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("output", "encoding"), MODES)
@pytest.mark.parametrize("argv", [["stats", "--range", "30d"],
                                  ["exercise-sessions", "--since", "30d"]], ids=" ".join)
def test_the_commands_that_crashed_as_their_own_process(
        argv: list[str], output: Output, encoding: Encoding, demo_data_dir: Path,
        tmp_path: Path) -> None:
    """``wellbeing stats > out.txt``: the UnicodeEncodeError on '→' an IT script met."""
    result = run_wellbeing(argv, demo_data_dir, output=output, encoding=encoding,
                           scratch=tmp_path)
    assert result.code == 0, result.err.decode("utf-8", "replace")
    assert "→" in _check(argv, result.out, result.err, "utf-8")


@pytest.mark.parametrize("argv", [["stats", "--range", "30d"],
                                  ["exercise-sessions", "--since", "30d"]], ids=" ".join)
def test_explicit_cp1252_replaces_instead_of_crashing(argv: list[str], demo_data_dir: Path,
                                                      tmp_path: Path) -> None:
    result = run_wellbeing(argv, demo_data_dir, output="file", encoding="cp1252",
                           scratch=tmp_path)
    assert result.code == 0, result.err.decode("cp1252", "replace")
    assert "\\u2192" in _check(argv, result.out, result.err, "cp1252")


def test_bad_input_is_one_line_in_utf8(demo_data_dir: Path, tmp_path: Path) -> None:
    result = run_wellbeing(["settings", "set", "support_line", "Zoë → \x01"], demo_data_dir,
                           output="pipe", encoding="ansi", scratch=tmp_path)
    assert result.code == 2
    assert result.err.decode("utf-8").count("\n") == 1


@pytest.mark.parametrize("argv", TEAM_COMMANDS, ids=" ".join)
def test_team_commands_when_cryptography_loads(argv: list[str], demo_data_dir: Path,
                                               crypto_problem: str | None) -> None:
    if crypto_problem:
        pytest.skip(f"cryptography's Rust module does not load under this Wine: {crypto_problem}")
    result = run_wellbeing(argv, demo_data_dir, output="pipe", encoding="ansi")
    assert result.code == 0, result.err.decode("utf-8", "replace")
    _check(argv, result.out, result.err, "utf-8")
