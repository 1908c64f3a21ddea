"""``wellbeing settings`` / ``settings set`` / ``reminders`` through the real parser and store."""

import json
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from tests.support import cli
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.platform.settings.policy_file import (
    POLICY_ENV,
    policy_locations,
    read_policy_file,
)
from wellbeing_app.platform.settings.policy_sources import PolicySource, load_layered_policy

PLUS1 = timezone(timedelta(hours=1))
POLICY = """
reason = "Preset by Contoso IT; ask the helpdesk."
[defaults]
micro_break_enabled = true
[locked]
support_line = "0800 111 222"
"""


def run(argv: list[str], data_dir: Path, clock: ManualClock) -> tuple[int, str, str]:
    return cli.run(argv, data_dir, clock, zone=PLUS1)


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def test_show_set_and_sources(tmp_path: Path, clock: ManualClock, policy: Path) -> None:
    assert run(["settings", "set", "micro_break_minutes", "45"], tmp_path, clock)[:2] == (
        0, "micro_break_minutes = 45\n")
    code, out, err = run(["settings", "--json"], tmp_path, clock)
    table = json.loads(out)
    assert (code, err) == (0, "")
    assert table["micro_break_minutes"] == {"value": 45, "source": "user", "locked": False,
                                            "page": "Reminders", "label": "Nudge every (minutes)"}
    assert table["micro_break_enabled"]["source"] == "policy"
    assert table["support_line"] == {"value": "0800 111 222", "source": "policy", "locked": True,
                                     "page": "Privacy", "label": "Support line"}
    assert table["wind_down"]["source"] == "default"
    code, out, _ = run(["settings"], tmp_path, clock)
    assert "support_line" in out and "policy (locked)" in out and "Contoso IT" in out


@pytest.mark.parametrize(("argv", "fragment"), [
    (["settings", "set", "micro_break_minutes", "20"], "from 30 to 180"),
    (["settings", "set", "support_line", "mine"], "locked"),
    (["settings", "set", "nope", "1"], "Unknown setting"),
    (["settings", "reset", "support_line"], "locked"),
    (["reminders", "--day", "24/11/2026"], "not a date"),
    (["reminders", "--day", "9999-12-31"], "outside the years"),
    (["reminders", "--day", "0001-01-01"], "outside the years"),
])
def test_bad_input_exits_2_with_one_line(argv: list[str], fragment: str, tmp_path: Path,
                                         clock: ManualClock, policy: Path) -> None:
    code, out, err = run(argv, tmp_path, clock)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and fragment in err


def test_reset_returns_to_policy_value(tmp_path: Path, clock: ManualClock, policy: Path) -> None:
    run(["settings", "set", "micro_break_enabled", "false"], tmp_path, clock)
    assert json.loads(run(["settings", "--json"], tmp_path, clock)[1])[
        "micro_break_enabled"]["value"] is False
    assert run(["settings", "reset", "micro_break_enabled"], tmp_path, clock)[0] == 0
    assert json.loads(run(["settings", "--json"], tmp_path, clock)[1])[
        "micro_break_enabled"] ["value"] is True


def test_reminders_for_a_day(tmp_path: Path, clock: ManualClock, policy: Path) -> None:
    run(["settings", "set", "shifts", "tue 09:00-13:00; wed 22:00-06:00"], tmp_path, clock)
    code, out, _ = run(["reminders", "--day", "2026-11-24"], tmp_path, clock)
    assert code == 0
    assert out.splitlines() == [
        "10:00  micro-break nudge", "11:00  mid-shift pulse check-in (0–10)",
        "12:00  micro-break nudge", "13:00  end-of-shift wind-down"]
    code, out, _ = run(["reminders", "--day", "2026-11-26", "--json"], tmp_path, clock)
    kinds = [(r["kind"], r["at"]) for r in json.loads(out)]
    assert ("wind_down", "2026-11-26T06:00:00+01:00") in kinds
    assert run(["reminders", "--day", "2026-11-29"], tmp_path, clock)[1].startswith("No reminders")


def test_broken_policy_is_reported_and_fails_safe(tmp_path: Path, clock: ManualClock,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[locked\nsupport_line = 1", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    code, out, err = run(["settings", "--json"], tmp_path, clock)
    assert code == 0 and "unreadable" in err
    shown = json.loads(out)["support_line"]
    assert shown["locked"] is True and shown["value"] == ""  # its locks cannot have vanished
    code, _, err = run(["settings", "set", "support_line", "555"], tmp_path, clock)
    assert code == 2 and "cannot be read" in err
    missing = tmp_path / "missing.toml"
    layered = load_layered_policy([PolicySource("missing", lambda: read_policy_file(missing))])
    assert layered.policy.origin == ""


@pytest.mark.parametrize(("platform", "expected"), [
    ("darwin", "/Library/Application Support/BetweenCalls/policy.toml"),
    ("linux", "/etc/between-calls/policy.toml"),
])
def test_policy_locations_per_os(platform: str, expected: str) -> None:
    environ = {"ProgramData": "ProgramData"}
    assert policy_locations(platform, environ)[0].as_posix() == expected


def test_readme_documents_the_policy_example_and_every_key() -> None:
    import re
    import tomllib

    from wellbeing_app.domain.settings.declaration import setting_specs
    from wellbeing_app.domain.settings.layers import parse_policy

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Settings and the admin policy file", 1)[1]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example is not None
    policy = parse_policy(tomllib.loads(example.group(1)))
    assert policy.problems == () and "support_line" in policy.locked
    assert policy.locked["team_folder"] == "\\\\fileserver\\wellbeing\\team-7"
    for spec in setting_specs():
        assert f"`{spec.key}`" in section, spec.key
