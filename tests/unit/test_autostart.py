import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.cli import run
from wellbeing_app.platform.autostart.autostart_backend import (
    AUTOSTART_ID,
    Autostart,
    AutostartError,
    AutostartStatus,
    backend_for_platform,
    launch_command,
)
from wellbeing_app.platform.autostart.launch_agent import LaunchAgent, switched_off_in_launchd
from wellbeing_app.platform.autostart.windows_run_key import (
    APPROVED_KEY,
    RUN_KEY,
    VALUE_NAME,
    WindowsRunKey,
)
from wellbeing_app.platform.autostart.xdg_autostart_entry import (
    XdgAutostartEntry,
    exec_line,
    parse_exec,
)

COMMAND = ("/opt/Between Calls/BetweenCalls", "--data-dir", "/home/a/data 50%")


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict: (key, name) → value."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}

    def read(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def write_string(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


class FakeBackend:
    def __init__(self) -> None:
        self.command: tuple[str, ...] | None = None

    def status(self) -> AutostartStatus:
        return AutostartStatus(self.command is not None, "fake", self.command or ())

    def enable(self, command: Sequence[str]) -> None:
        self.command = tuple(command)

    def disable(self) -> None:
        self.command = None


# --- Windows: the per-user Run key -------------------------------------------------------------

def test_run_key_enable_writes_a_quoted_command_line() -> None:
    registry = FakeRegistry()
    exe = r"C:\Users\a\AppData\Local\Programs\Between Calls\BetweenCalls.exe"
    WindowsRunKey(registry).enable([exe])
    assert registry.values[(RUN_KEY, VALUE_NAME)] == f'"{exe}"'


def test_run_key_status_reads_back_the_command() -> None:
    run_key = WindowsRunKey(FakeRegistry())
    assert not run_key.status().enabled
    run_key.enable([r"C:\Program Files\BC\BetweenCalls.exe", "--data-dir", r"D:\my data"])
    status = run_key.status()
    assert status.enabled
    assert status.command == (r"C:\Program Files\BC\BetweenCalls.exe", "--data-dir", r"D:\my data")
    assert status.location.startswith("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")


def test_run_key_switched_off_in_task_manager_reads_as_off_and_enable_clears_it() -> None:
    registry = FakeRegistry()
    run_key = WindowsRunKey(registry)
    run_key.enable(["BetweenCalls.exe"])
    registry.values[(APPROVED_KEY, VALUE_NAME)] = b"\x03" + bytes(11)
    assert not run_key.status().enabled
    registry.values[(APPROVED_KEY, VALUE_NAME)] = b"\x02" + bytes(11)
    assert run_key.status().enabled
    registry.values[(APPROVED_KEY, VALUE_NAME)] = b"\x03" + bytes(11)
    run_key.enable(["BetweenCalls.exe"])
    assert run_key.status().enabled
    assert (APPROVED_KEY, VALUE_NAME) not in registry.values


def test_run_key_disable_removes_the_value_and_tolerates_none() -> None:
    registry = FakeRegistry()
    run_key = WindowsRunKey(registry)
    run_key.disable()
    run_key.enable(["BetweenCalls.exe"])
    run_key.disable()
    assert registry.values == {}
    assert not run_key.status().enabled


def test_run_key_ignores_a_value_of_the_wrong_type() -> None:
    registry = FakeRegistry()
    registry.values[(RUN_KEY, VALUE_NAME)] = b"\x00"
    assert not WindowsRunKey(registry).status().enabled


# --- macOS: a LaunchAgent ----------------------------------------------------------------------

class FakeLaunchctl:
    """``launchctl`` that records calls and answers ``print-disabled`` from a set."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.disabled: set[str] = set()

    def __call__(self, args: Sequence[str]) -> str:
        self.calls.append(tuple(args))
        if args[0] == "enable":
            self.disabled.discard(args[1].rsplit("/", 1)[1])
        lines = "".join(f'\t"{label}" => disabled\n' for label in sorted(self.disabled))
        return f'disabled services = {{\n\t"com.apple.x" => enabled\n{lines}}}\n'


def agent_in(directory: Path, launchctl: FakeLaunchctl | None = None) -> LaunchAgent:
    return LaunchAgent(directory, launchctl or FakeLaunchctl(), uid=501)


def test_launch_agent_writes_a_run_at_load_plist(tmp_path: Path) -> None:
    agent = agent_in(tmp_path / "LaunchAgents")
    agent.enable(["/Applications/BetweenCalls.app/Contents/MacOS/BetweenCalls"])
    plist = plistlib.loads((tmp_path / "LaunchAgents" / f"{AUTOSTART_ID}.plist").read_bytes())
    assert plist["Label"] == AUTOSTART_ID
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] is False
    assert plist["ProgramArguments"] == [
        "/Applications/BetweenCalls.app/Contents/MacOS/BetweenCalls"]
    assert agent.status() == AutostartStatus(True, str(agent.path), (plist["ProgramArguments"][0],))


def test_launch_agent_disabled_key_reads_as_off(tmp_path: Path) -> None:
    agent = agent_in(tmp_path)
    agent.enable(["x"])
    plist = plistlib.loads(agent.path.read_bytes())
    agent.path.write_bytes(plistlib.dumps({**plist, "Disabled": True}))
    assert not agent.status().enabled


def test_launch_agent_switched_off_in_system_settings_reads_as_off_until_enabled(
        tmp_path: Path) -> None:
    launchctl = FakeLaunchctl()
    agent = agent_in(tmp_path, launchctl)
    agent.enable(["x"])
    launchctl.disabled.add(AUTOSTART_ID)
    assert not agent.status().enabled
    assert ("print-disabled", "gui/501") in launchctl.calls
    agent.enable(["x"])
    assert ("enable", f"gui/501/{AUTOSTART_ID}") in launchctl.calls
    assert agent.status().enabled


@pytest.mark.parametrize(("output", "off"), [
    (f'\t"{AUTOSTART_ID}" => disabled\n', True),
    (f'\t"{AUTOSTART_ID}" => true\n', True),
    (f'\t"{AUTOSTART_ID}" => enabled\n', False),
    (f'\t"{AUTOSTART_ID}.helper" => disabled\n', False),
    ("", False),
])
def test_launchctl_print_disabled_is_read_in_old_and_new_formats(output: str, off: bool) -> None:
    assert switched_off_in_launchd(output, AUTOSTART_ID) is off


def test_launch_agent_disable_removes_it(tmp_path: Path) -> None:
    agent = agent_in(tmp_path)
    agent.disable()
    agent.enable(["x"])
    agent.disable()
    assert not agent.path.exists()
    assert not agent.status().enabled


def test_launch_agent_reports_a_damaged_plist(tmp_path: Path) -> None:
    agent = agent_in(tmp_path)
    agent.path.write_text("not a plist")
    with pytest.raises(AutostartError, match="Cannot read"):
        agent.status()


# --- Linux: the XDG autostart entry (real files in a temp XDG_CONFIG_HOME) ---------------------

def xdg_backend(tmp_path: Path) -> XdgAutostartEntry:
    backend = backend_for_platform("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")},
                                   home=tmp_path / "home")
    assert isinstance(backend, XdgAutostartEntry)
    return backend


def test_xdg_entry_is_written_and_removed(tmp_path: Path) -> None:
    backend = xdg_backend(tmp_path)
    entry = tmp_path / "config" / "autostart" / f"{AUTOSTART_ID}.desktop"
    assert backend.status() == AutostartStatus(False, str(entry))
    backend.enable(COMMAND)
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/opt/Between Calls/BetweenCalls" --data-dir "/home/a/data 50%%"' in text
    assert backend.status() == AutostartStatus(True, str(entry), COMMAND)
    backend.disable()
    assert not entry.exists()
    assert not backend.status().enabled


def test_xdg_relative_config_home_falls_back_to_dot_config(tmp_path: Path) -> None:
    backend = backend_for_platform("linux", {"XDG_CONFIG_HOME": "relative"}, home=tmp_path)
    assert isinstance(backend, XdgAutostartEntry)
    assert backend.path == tmp_path / ".config" / "autostart" / f"{AUTOSTART_ID}.desktop"


@pytest.mark.parametrize(("old", "new"), [
    ("Terminal=false", "Hidden=true"),
    ("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
])
def test_xdg_entry_switched_off_by_the_desktop_reads_as_off(tmp_path: Path, old: str,
                                                              new: str) -> None:
    backend = xdg_backend(tmp_path)
    backend.enable(["wellbeing"])
    backend.path.write_text(backend.path.read_text().replace(old, new))
    assert not backend.status().enabled


def test_xdg_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    backend = xdg_backend(tmp_path)
    (tmp_path / "config").write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="Cannot write"):
        backend.enable(["wellbeing"])


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc"))), min_size=1, max_size=4))
def test_exec_line_round_trips_any_arguments(command: list[str]) -> None:
    assert parse_exec(exec_line(command)) == tuple(command)


# --- choosing the backend, the command, and the façade -----------------------------------------

def test_backend_for_macos_is_a_launch_agent_in_the_home_library(tmp_path: Path) -> None:
    backend = backend_for_platform("darwin", {}, home=tmp_path)
    assert isinstance(backend, LaunchAgent)
    assert backend.path.parent == tmp_path / "Library" / "LaunchAgents"


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry exists there")
def test_backend_for_windows_needs_the_registry() -> None:
    with pytest.raises(AutostartError, match="only on Windows"):
        backend_for_platform("win32", {})


def test_launch_command_from_source_runs_the_package() -> None:
    assert launch_command()[-2:] == ("-m", "wellbeing_app")
    assert launch_command(Path("/d"))[-2:] == ("--data-dir", str(Path("/d")))


def test_launch_command_when_frozen_prefers_the_windowed_sibling(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    suffix = ".exe" if sys.platform == "win32" else ""
    (tmp_path / f"BetweenCalls{suffix}").touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / f"wellbeing{suffix}"))
    assert launch_command() == (str(tmp_path / f"BetweenCalls{suffix}"),)


def test_autostart_switches_through_its_backend() -> None:
    backend = FakeBackend()
    autostart = Autostart(backend, ["app", "--x"])
    assert not autostart.is_enabled()
    assert autostart.set_enabled(True) == AutostartStatus(True, "fake", ("app", "--x"))
    assert autostart.is_enabled()
    assert not autostart.set_enabled(False).enabled


# --- the CLI, for real on Linux ----------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG backend is Linux's")
def test_cli_enables_shows_and_disables_the_login_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / f"{AUTOSTART_ID}.desktop"
    data = tmp_path / "data"
    code, out, err = run(["autostart"], data)
    assert (code, out.splitlines()[0], err) == (0, "Start at login: off", "")
    code, out, _ = run(["autostart", "--enable"], data)
    assert code == 0
    assert out.startswith("Between Calls will start when you log in.")
    assert f"--data-dir {data}" in entry.read_text()
    code, out, _ = run(["autostart", "--status"], data)
    assert out.splitlines()[:2] == ["Start at login: on", f"Entry: {entry}"]
    code, out, _ = run(["autostart", "--disable"], data)
    assert (code, entry.exists()) == (0, False)
    assert "no longer" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG backend is Linux's")
def test_cli_reports_an_unwritable_autostart_folder_with_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    code, _out, err = run(["autostart", "--enable"], tmp_path / "data")
    assert code == 2
    assert err.startswith("wellbeing: error: Cannot write")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG backend is Linux's")
def test_cli_status_names_the_entry_once_when_its_folder_is_a_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / f"{AUTOSTART_ID}.desktop"
    code, _out, err = run(["autostart", "--status"], tmp_path / "data")
    assert (code, err) == (2, f"wellbeing: error: Cannot read {entry}: Not a directory\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG backend is Linux's")
def test_for_this_user_passes_only_a_non_default_data_dir(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wellbeing_app.platform import paths

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "default")
    Autostart.for_this_user(tmp_path / "default").set_enabled(True)
    status = Autostart.for_this_user(tmp_path / "default").status()
    assert "--data-dir" not in status.command
    custom = Autostart.for_this_user(tmp_path / "custom").set_enabled(True)
    assert custom.command[-2:] == ("--data-dir", str((tmp_path / "custom").resolve()))
