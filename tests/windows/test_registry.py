"""The real registry under Wine: microphone consent store, the Run key, and Group Policy."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.platform != "win32":
    pytest.skip("Windows only: `make test-windows` runs this under Wine", allow_module_level=True)

import winreg

from tests.windows.conftest import run_wellbeing
from wellbeing_app.platform.autostart.windows_run_key import RUN_KEY, VALUE_NAME
from wellbeing_app.platform.call_detection.windows_call_detector import (
    CONSENT_KEY,
    RegistryConsentReader,
    WindowsCallDetector,
)
from wellbeing_app.platform.settings.registry_policy import POLICY_KEY, RECOMMENDED_SUBKEY

VIEW = winreg.KEY_WOW64_64KEY
PACKAGED_APP = "Contoso.Softphone_8wekyb3d8bbwe"
DESKTOP_APP = r"C:#Program Files#Contoso#softphone.exe"


def _set(hive: int, key: str, values: dict[str, object]) -> None:
    with winreg.CreateKeyEx(hive, key, 0, winreg.KEY_WRITE | VIEW) as handle:
        for name, data in values.items():
            kind = winreg.REG_DWORD if isinstance(data, int) else winreg.REG_SZ
            winreg.SetValueEx(handle, name, 0, kind, data)


def _delete_tree(hive: int, key: str) -> None:
    try:
        with winreg.OpenKey(hive, key, 0, winreg.KEY_ALL_ACCESS | VIEW) as handle:
            while True:
                try:
                    child = winreg.EnumKey(handle, 0)
                except OSError:
                    break
                _delete_tree(hive, f"{key}\\{child}")
        winreg.DeleteKeyEx(hive, key, VIEW)
    except FileNotFoundError:
        pass


def _consent(app_key: str, start: int, stop: int) -> None:
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, app_key) as handle:
        winreg.SetValueEx(handle, "LastUsedTimeStart", 0, winreg.REG_QWORD, start)
        winreg.SetValueEx(handle, "LastUsedTimeStop", 0, winreg.REG_QWORD, stop)


@pytest.fixture
def consent_store() -> Iterator[None]:
    yield
    _delete_tree(winreg.HKEY_CURRENT_USER, CONSENT_KEY)


def test_microphone_in_use_is_read_from_the_consent_store(consent_store: None) -> None:
    _consent(f"{CONSENT_KEY}\\{PACKAGED_APP}", 133_000_000_000_000_000, 133_000_000_100_000_000)
    _consent(f"{CONSENT_KEY}\\NonPackaged\\{DESKTOP_APP}", 133_000_000_200_000_000, 0)
    detector = WindowsCallDetector(RegistryConsentReader())
    verdict = detector.detect()
    assert verdict.on_call, verdict
    assert r"C:\Program Files\Contoso\softphone.exe" in verdict.detail
    _consent(f"{CONSENT_KEY}\\NonPackaged\\{DESKTOP_APP}", 133_000_000_200_000_000, 1)
    assert not detector.detect().on_call


def _run_value() -> str | None:
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as handle:
            return str(winreg.QueryValueEx(handle, VALUE_NAME)[0])
    except FileNotFoundError:
        return None


def test_autostart_writes_and_removes_the_hkcu_run_value(tmp_path: Path) -> None:
    data = tmp_path / "Zoë's data"
    enabled = run_wellbeing(["autostart", "--enable"], data)
    assert enabled.code == 0, enabled.err
    value = _run_value()
    assert value is not None and "pythonw.exe" in value and f'"{data}"' in value
    status = run_wellbeing(["autostart", "--status"], data).out.decode("utf-8")
    assert "Start at login: on" in status and "Zoë" in status
    assert run_wellbeing(["autostart", "--disable"], data).code == 0
    assert _run_value() is None


@pytest.fixture
def machine_policy() -> Iterator[None]:
    """HKLM policy that locks support_line and presets a default, as the ADMX writes it."""
    _set(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY,
         {"support_line": "0800 555 0100 (EAP)", "team_min_group": 12,
          "LockReason": "Locked by Contoso IT."})
    _set(winreg.HKEY_LOCAL_MACHINE, f"{POLICY_KEY}\\{RECOMMENDED_SUBKEY}",
         {"micro_break_enabled": 1})
    yield
    _delete_tree(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY)
    _delete_tree(winreg.HKEY_CURRENT_USER, POLICY_KEY)


def test_machine_policy_cannot_be_weakened_by_the_environment_file(
        machine_policy: None, tmp_path: Path) -> None:
    planted = tmp_path / "planted.toml"
    planted.write_text('reason = "mine"\n[locked]\nsupport_line = "planted"\n'
                       'team_min_group = 5\n[defaults]\nwind_down = false\n', encoding="utf-8")
    env = {"WELLBEING_POLICY_FILE": str(planted)}
    data = tmp_path / "data"
    shown = run_wellbeing(["settings", "--json"], data, extra_env=env)
    table = json.loads(shown.out.decode("utf-8"))
    assert table["support_line"] == {**table["support_line"], "value": "0800 555 0100 (EAP)",
                                     "source": "policy", "locked": True}
    assert table["team_min_group"]["value"] == 12
    assert table["micro_break_enabled"] == {**table["micro_break_enabled"], "value": True,
                                            "locked": False}
    assert table["wind_down"]["value"] is False  # the file still fills what HKLM leaves unset
    refused = run_wellbeing(["settings", "set", "support_line", "mine"], data, extra_env=env)
    assert refused.code == 2 and b"Locked by Contoso IT." in refused.err
    text = run_wellbeing(["settings"], data, extra_env=env).out.decode("utf-8")
    assert r"HKLM\SOFTWARE\Policies\BetweenCalls: 2 locked, 1 preset" in text
    assert r"HKCU\SOFTWARE\Policies\BetweenCalls: not set" in text
    assert f"{planted} (WELLBEING_POLICY_FILE, below the machine policy): 2 locked" in text


def test_per_user_policy_applies_below_the_machine_policy(machine_policy: None,
                                                          tmp_path: Path) -> None:
    _set(winreg.HKEY_CURRENT_USER, POLICY_KEY, {"support_line": "user", "display_name": "Zoë"})
    table = json.loads(run_wellbeing(["settings", "--json"], tmp_path).out.decode("utf-8"))
    assert table["support_line"]["value"] == "0800 555 0100 (EAP)"
    assert table["display_name"] == {**table["display_name"], "value": "Zoë", "locked": True}
