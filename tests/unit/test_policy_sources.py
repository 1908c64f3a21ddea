"""Machine policy sources (registry, managed preferences, files) and how they are layered."""

from __future__ import annotations

import io
import json
import plistlib
from collections.abc import Mapping
from pathlib import Path

import pytest

from wellbeing_app.cli import build_parser, run_cli
from wellbeing_app.cli.context import CliContext
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.settings.layers import Policy, parse_policy, resolve
from wellbeing_app.platform.settings import policy_sources as sources_module
from wellbeing_app.platform.settings.managed_preferences import (
    managed_plist_paths,
    read_managed_preferences,
)
from wellbeing_app.platform.settings.policy_file import (
    POLICY_ENV,
    policy_locations,
    read_policy_file,
)
from wellbeing_app.platform.settings.policy_sources import (
    load_layered_policy,
    machine_sources,
    merge_policies,
    policy_sources,
)
from wellbeing_app.platform.settings.registry_policy import POLICY_KEY, read_registry_policy

MACHINE_LOCKS_SUPPORT: dict[str, Mapping[str, object]] = {
    POLICY_KEY: {"support_line": "0800 111 222", "LockReason": "Contoso IT."},
    POLICY_KEY + "\\Recommended": {"Micro_Break_Enabled": 1}}


class FakePolicyRegistry:
    """Hive → key → values, as regedit would show them."""

    def __init__(self, hklm: Mapping[str, Mapping[str, object]],
                 hkcu: Mapping[str, Mapping[str, object]] | None = None) -> None:
        self.hives = {"HKLM": hklm, "HKCU": hkcu or {}}

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        return self.hives[hive].get(key)


def test_registry_values_become_locked_settings_and_recommended_ones_presets() -> None:
    policy = read_registry_policy(FakePolicyRegistry(MACHINE_LOCKS_SUPPORT), "HKLM")
    assert policy is not None
    assert policy.locked == {"support_line": "0800 111 222"}
    assert policy.presets == {"micro_break_enabled": True}
    assert (policy.reason, policy.origin) == ("Contoso IT.", r"HKLM\SOFTWARE\Policies\BetweenCalls")
    assert read_registry_policy(FakePolicyRegistry({}), "HKLM") is None


def test_a_bad_registry_value_is_reported_and_fails_safe() -> None:
    values: dict[str, Mapping[str, object]] = {POLICY_KEY: {"team_min_group": 2, "no_such_key": 1}}
    registry = FakePolicyRegistry(values)
    policy = read_registry_policy(registry, "HKLM")
    # An invalid locked value stays locked at its default: it never becomes editable.
    assert policy is not None and policy.locked == {"team_min_group": 10}
    assert len(policy.problems) == 2
    assert all(p.startswith(r"HKLM\SOFTWARE\Policies\BetweenCalls: ") for p in policy.problems)


def test_the_environment_file_cannot_change_or_unlock_a_machine_lock(tmp_path: Path) -> None:
    other = tmp_path / "mine.toml"
    other.write_text('[defaults]\nsupport_line = "mine"\nwind_down = false\n'
                     '[locked]\ndisplay_name = "x"\n', encoding="utf-8")
    registry = FakePolicyRegistry(MACHINE_LOCKS_SUPPORT)
    layered = load_layered_policy(policy_sources("win32", {POLICY_ENV: str(other)}, registry))
    effective = resolve(layered.policy, {"support_line": "typed by the agent"})
    assert effective.value("support_line") == "0800 111 222"
    assert "support_line" in effective.locked
    assert effective.lock_reason == "Contoso IT."
    assert effective.value("wind_down") is False  # keys the machine leaves unset: still usable
    assert [line.split(":", 1)[0] for line in layered.consulted] == [
        r"HKLM\SOFTWARE\Policies\BetweenCalls", r"HKCU\SOFTWARE\Policies\BetweenCalls",
        f"{other} ({POLICY_ENV}, below the machine policy)"]


def test_machine_policy_wins_over_user_policy_key_by_key() -> None:
    machine = parse_policy({"defaults": {"wind_down": False}})
    user = parse_policy({"locked": {"wind_down": True, "support_line": "1"}, "reason": "user"})
    merged = merge_policies([machine, user])
    assert merged.presets == {"wind_down": False}
    assert merged.locked == {"support_line": "1"}
    assert merged.reason == "user"


def test_cli_names_every_source_and_keeps_the_machine_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    machine = tmp_path / "etc-policy.toml"
    machine.write_text('[locked]\nsupport_line = "0800 111 222"\n', encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('[locked]\nsupport_line = "planted"\n', encoding="utf-8")
    monkeypatch.setattr(sources_module, "policy_locations", lambda *_args: [machine])
    monkeypatch.setenv(POLICY_ENV, str(other))
    outputs = []
    for argv in (["settings", "--json"], ["settings"]):
        out, err = io.StringIO(), io.StringIO()
        ctx = CliContext(data_dir_option=str(tmp_path / "data"), stdout=out, stderr=err)
        assert run_cli(build_parser().parse_args(argv), ctx) == 0
        outputs.append(out.getvalue())
    assert json.loads(outputs[0])["support_line"]["value"] == "0800 111 222"
    assert f"{machine}: 1 locked, 0 preset" in outputs[1]
    assert f"{other} ({POLICY_ENV}, below the machine policy): 1 locked" in outputs[1]


def test_managed_preferences_read_like_the_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "org.betweencalls.BetweenCalls.plist"
    path.write_bytes(plistlib.dumps({"reason": "MDM", "locked": {"team_min_group": 12},
                                     "defaults": {"shifts": "mon-fri 08:00-16:00"},
                                     "PayloadUUID": "ignored"}))
    policy = read_managed_preferences(path)
    assert policy is not None
    assert (policy.locked, policy.presets, policy.reason) == (
        {"team_min_group": 12}, {"shifts": "mon-fri 08:00-16:00"}, "MDM")
    path.write_bytes(b"not a plist")
    broken = read_managed_preferences(path)
    assert broken is not None and "unreadable" in broken.problems[0]
    assert read_managed_preferences(tmp_path / "missing.plist") is None


def test_macos_sources_in_order() -> None:
    names = [s.name for s in machine_sources("darwin", {}, user="agent7")]
    assert names == [str(managed_plist_paths("")[0]),
                     "/Library/Application Support/BetweenCalls/policy.toml",
                     "/Library/Managed Preferences/agent7/org.betweencalls.BetweenCalls.plist"]


def test_xdg_config_dirs_cannot_hide_the_machine_files() -> None:
    found = [p.as_posix() for p in policy_locations("linux", {"XDG_CONFIG_DIRS": "/home/a/x"})]
    assert found == ["/etc/between-calls/policy.toml", "/etc/xdg/between-calls/policy.toml",
                     "/home/a/x/between-calls/policy.toml"]
    assert policy_locations("win32", {"ProgramData": r"C:\ProgramData"}) == []


def test_no_policy_anywhere_reads_as_no_policy() -> None:
    layered = load_layered_policy(policy_sources("win32", {}, FakePolicyRegistry({})))
    assert layered.policy == Policy({}, {})
    assert all(line.endswith(": not set") for line in layered.consulted)


class UnreadablePolicyRegistry:
    """A policy key that exists but cannot be opened (no read access)."""

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        raise PermissionError(5, "Access is denied")


def test_every_unreadable_source_fails_safe_the_same_way(tmp_path: Path) -> None:
    plist = tmp_path / "org.betweencalls.BetweenCalls.plist"
    plist.write_bytes(b"not a plist")
    toml = tmp_path / "policy.toml"
    toml.mkdir()  # a folder where the file should be
    registry = machine_sources("win32", {}, UnreadablePolicyRegistry())[0].read()
    for policy in (read_managed_preferences(plist), read_policy_file(toml), registry):
        assert policy is not None and "unreadable" in policy.problems[0]
        assert set(policy.locked) == set(Settings.__dataclass_fields__)
        assert resolve(policy, {"wind_down": False}).value("wind_down") is True
