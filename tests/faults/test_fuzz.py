"""Property-based fuzz of every CLI command's arguments and of ``policy.toml``.

The property: exit 0, or exit 2 with exactly one line on stderr; never a traceback; and a
refused command leaves the journal exactly as it was (no partial write). Figures are printed for
the README's reliability section.
"""

from __future__ import annotations

import json
import os
import sqlite3
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.cli import run
from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.settings.declaration import setting_specs
from wellbeing_app.platform.settings.policy_file import POLICY_ENV
from wellbeing_app.store.journal import DB_FILENAME

EXAMPLES = int(os.environ.get("WELLBEING_FUZZ_EXAMPLES", "120"))
POLICY_EXAMPLES = EXAMPLES // 2
HOSTILE = ["", " ", "-1", "0", "5", "10", "11", "1e999", "-1e999", "inf", "nan", "9" * 400,
           "caf\udce9", "\x00", "%41", "a#b?c", "../../x", "~", "2026-W47", "2026-W99", "7d",
           "99999d", "2026-11-24", "2026-11-24T14:30", "0001-01-01", "9999-12-31T23:59",
           "hostile", "urgent", "csv", "json", "30d", "all", "Europe/Berlin", "Mars/Base",
           "x" * 3000, "true", "no", "\n", "é€😀"]
value = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40),
                  st.integers().map(str), st.floats().map(str))
keys = st.one_of(st.sampled_from([s.key for s in setting_specs()]), value)


def command() -> st.SearchStrategy[list[str]]:
    """Every headless command with fuzzed arguments (autostart --enable/--disable left out:
    they write the real login items)."""
    opt = st.builds
    return st.one_of(
        opt(lambda s, c, n, a: ["log", "--stress", s, *c, *n, *a], value,
            st.lists(value.map(lambda v: ["--category", v]), max_size=2).map(sum_lists),
            st.one_of(st.just([]), value.map(lambda v: ["--note", v])),
            st.one_of(st.just([]), value.map(lambda v: ["--at", v]))),
        opt(lambda v: ["calls", "--since", v], value),
        opt(lambda f, o: ["export", "--format", f, "--output", o],
            st.sampled_from(["csv", "json"]), st.sampled_from(["out.csv", "", ".", "/dev/null"])),
        opt(lambda v: ["exercise-sessions", "--since", v], value),
        opt(lambda k, v: ["settings", "set", k, v], keys, value),
        opt(lambda k: ["settings", "reset", k], keys),
        opt(lambda v: ["reminders", "--day", v], value),
        opt(lambda v: ["stats", "--range", v], value),
        opt(lambda d, p, s, z: ["demo-data", "--days", d, "--per-day", p, "--seed", s,
                                "--timezone", z], value, value, value, value),
        opt(lambda v: ["summary", "preview", "--week", v], value),
        opt(lambda v: ["summary", "share", "--week", v], value),
        st.just(["summary", "list", "--json"]),
        opt(lambda f, g, e: ["team", "report", f, "--min-group", g, "--epsilon", e],
            value, value, value),
        st.sampled_from([["settings", "--json"], ["exercises"], ["autostart", "--status"],
                         ["calls"], ["stats", "--json"]]),
    )


def sum_lists(parts: list[list[str]]) -> list[str]:
    return [item for part in parts for item in part]


def snapshot(data_dir: Path) -> tuple[Any, ...]:
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        calls = conn.execute("SELECT * FROM calls ORDER BY id").fetchall()
        stored = conn.execute("SELECT * FROM settings ORDER BY key").fetchall()
    conn.close()
    return tuple(calls), tuple(stored)


def check_outcome(argv: list[str], code: int, err: str) -> None:
    assert "Traceback" not in err, (argv, err)
    assert code in (0, 2), (argv, code, err)
    if code == 2 and err:  # (argparse's own usage errors go to the real stderr: one line too)
        assert len(err.splitlines()) == 1 and err.startswith("wellbeing: "), (argv, err)


@pytest.fixture
def fuzz_home(tmp_path_factory: pytest.TempPathFactory, clock: ManualClock) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("fuzz") / "data"
    assert run(["log", "--stress", "5"], data, clock)[0] == 0  # demo-data must refuse it
    yield data


FIGURES = {"cli": 0, "policy": 0}


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(argv=command())
def test_every_command_exits_cleanly_and_writes_nothing_when_refused(
    fuzz_home: Path, clock: ManualClock, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(fuzz_home.parent)
    before = snapshot(fuzz_home)
    code, _, err = run(argv, fuzz_home, clock)
    check_outcome(argv, code, err)
    if code == 2:
        assert snapshot(fuzz_home) == before, argv
    leftovers = [p.name for p in fuzz_home.parent.iterdir() if p.name.startswith(".out.csv-")]
    assert leftovers == []
    FIGURES["cli"] += 1


toml_scalar = st.one_of(st.integers(), st.floats(), st.booleans(), st.text(max_size=30),
                        st.sampled_from(HOSTILE[:12]))
toml_key = st.one_of(st.sampled_from([s.key for s in setting_specs()]),
                     st.text(string.ascii_lowercase + "_", min_size=1, max_size=12))


def toml_value(scalar: Any) -> str:
    if isinstance(scalar, bool):
        return "true" if scalar else "false"
    if isinstance(scalar, int | float):
        return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(str(scalar), repr(scalar))
    return json.dumps(scalar)


policy_text = st.one_of(
    st.builds(lambda reason, table, entries: "".join(
        [f"reason = {toml_value(reason)}\n", f"[{table}]\n",
         *(f"{k} = {toml_value(v)}\n" for k, v in entries)]),
        toml_scalar, st.sampled_from(["locked", "defaults", "other"]),
        st.lists(st.tuples(toml_key, toml_scalar), max_size=6, unique_by=lambda kv: kv[0])),
    st.integers(0, 3000).map(lambda depth: "[locked]\nshifts = " + "[" * depth + "]" * depth),
    st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
)


@settings(max_examples=POLICY_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=policy_text)
def test_any_policy_file_is_reported_or_applied_never_a_crash(
    fuzz_home: Path, clock: ManualClock, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = fuzz_home.parent / "policy.toml"
    policy.write_text(text, encoding="utf-8", errors="surrogateescape")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    for argv in (["settings", "--json"], ["reminders"], ["summary", "preview"],
                 ["settings", "set", "micro_break_minutes", "45"]):
        code, out, err = run(argv, fuzz_home, clock)
        check_outcome(argv, code, err)
        if argv[-1] == "--json":
            shown = json.loads(out)
            for line in text.split("[locked]", 1)[1].splitlines() if "[locked]" in text else []:
                key = line.split("=", 1)[0].strip()
                if key in shown and not line.lstrip().startswith("["):
                    assert shown[key]["locked"], (text, key)  # a lock never vanishes
    run(["settings", "reset", "micro_break_minutes"], fuzz_home, clock)
    FIGURES["policy"] += 1


def test_zz_report_fuzz_figures(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\n[faults] fuzz: {FIGURES['cli']} CLI invocations, {FIGURES['policy']} policy "
              "files (each run through 4 commands), 0 misbehaviours")
