"""The MSI installed, upgraded and removed by Wine's own msiexec, silently, per machine.

The MSIs are compiled by the stage (tests/windows/stage.py) with wixl against a stand-in folder
of the bundle's shape; the binaries inside are placeholders and are never run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.platform != "win32":
    pytest.skip("Windows only: `make test-windows` runs this under Wine", allow_module_level=True)

import winreg

from wellbeing_app.platform.autostart.windows_run_key import RUN_KEY, VALUE_NAME

UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"


@pytest.fixture
def msis() -> Iterator[Path]:
    folder = os.environ.get("BETWEEN_CALLS_MSI_DIR", "")
    if not folder:
        pytest.skip("no MSI to install: " + os.environ.get("BETWEEN_CALLS_MSI_PROBLEM",
                                                          "not run by tests/windows/stage.py"))
    yield Path(folder)
    for name in ("next.msi", "current.msi"):
        _msiexec("/x", Path(folder) / name)


def _msiexec(action: str, msi: Path, *properties: str) -> int:
    return subprocess.run(["msiexec", action, str(msi), "/qn", "/norestart", *properties],
                          stdin=subprocess.DEVNULL, timeout=300, check=False).returncode


def _installed_versions() -> list[str]:
    found = []
    view = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
    with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, UNINSTALL, 0, view) as root:
        for index in range(winreg.QueryInfoKey(root)[0]):
            with winreg.OpenKey(root, winreg.EnumKey(root, index)) as product:
                try:
                    if winreg.QueryValueEx(product, "DisplayName")[0] == "Between Calls":
                        found.append(str(winreg.QueryValueEx(product, "DisplayVersion")[0]))
                except FileNotFoundError:
                    continue
    return found


def _machine_run_value() -> str | None:
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, RUN_KEY, 0,
                            winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as handle:
            return str(winreg.QueryValueEx(handle, VALUE_NAME)[0])
    except FileNotFoundError:
        return None


def test_silent_install_upgrade_and_uninstall_keep_user_data(msis: Path) -> None:
    program = Path(os.environ["PROGRAMW6432"]) / "Between Calls"
    data = Path(os.environ["LOCALAPPDATA"]) / "BetweenCalls" / "between-calls.db"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_bytes(b"the agent's journal")

    assert _msiexec("/i", msis / "current.msi") == 0
    assert (program / "BetweenCalls.exe").is_file()
    assert (program / "_internal" / "resources").is_dir()
    assert _machine_run_value() is None  # the autostart feature is off unless asked for
    first = _installed_versions()
    assert len(first) == 1

    assert _msiexec("/i", msis / "next.msi", "ADDLOCAL=ALL") == 0
    upgraded = _installed_versions()
    assert len(upgraded) == 1 and upgraded != first  # a major upgrade replaced it
    assert _machine_run_value() == f'"{program / "BetweenCalls.exe"}"'

    assert _msiexec("/x", msis / "next.msi") == 0
    assert _installed_versions() == []
    assert not program.exists()
    assert _machine_run_value() is None
    assert data.read_bytes() == b"the agent's journal"
    data.unlink()
