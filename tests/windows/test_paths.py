"""Known folders, non-ASCII paths and the journal on a real Windows file system API."""

from __future__ import annotations

import ctypes
import json
import os
import sys
import uuid
from pathlib import Path

import pytest

if sys.platform != "win32":
    pytest.skip("Windows only: `make test-windows` runs this under Wine", allow_module_level=True)

from ctypes import wintypes

from tests.windows.conftest import run_wellbeing
from wellbeing_app.platform.paths import default_data_dir

FOLDERID_LOCAL_APP_DATA = uuid.UUID("F1B32785-6FBA-4FCF-9D55-7B8E7F157091")


class _Guid(ctypes.Structure):
    _fields_ = [("data", ctypes.c_byte * 16)]


def _known_folder(folder_id: uuid.UUID) -> str:
    """SHGetKnownFolderPath, the API Windows documents for per-user folders."""
    guid = _Guid()
    ctypes.memmove(ctypes.byref(guid), folder_id.bytes_le, 16)
    path = ctypes.c_wchar_p()
    shell32 = ctypes.windll.shell32
    shell32.SHGetKnownFolderPath.argtypes = [ctypes.POINTER(_Guid), wintypes.DWORD,
                                             wintypes.HANDLE, ctypes.POINTER(ctypes.c_wchar_p)]
    assert shell32.SHGetKnownFolderPath(ctypes.byref(guid), 0, None, ctypes.byref(path)) == 0
    try:
        return str(path.value)
    finally:
        ctypes.windll.ole32.CoTaskMemFree(path)


def test_default_data_dir_is_local_app_data() -> None:
    local = Path(_known_folder(FOLDERID_LOCAL_APP_DATA))
    assert default_data_dir() == local / "BetweenCalls"
    assert Path(os.environ["LOCALAPPDATA"]) == local


@pytest.mark.parametrize("name", ["Zoë Ångström 日本語 50% #1 &mode=ro", "a'b [c] {d} ;x"])
def test_journal_in_any_folder_name(name: str, tmp_path: Path) -> None:
    data = tmp_path / name
    logged = run_wellbeing(["log", "--stress", "6", "--note", f"in {name}"], data)
    assert logged.code == 0, logged.err.decode("utf-8", "replace")
    listed = json.loads(run_wellbeing(["calls", "--json"], data).out.decode("utf-8"))
    assert [c["note"] for c in listed] == [f"in {name}"]
    assert (data / "between-calls.db").is_file()


def test_a_name_windows_forbids_is_one_clear_line(tmp_path: Path) -> None:
    result = run_wellbeing(["calls"], tmp_path / "what?")
    assert result.code == 2
    assert result.err.decode("utf-8").count("\n") == 1
    assert b"Cannot write to the data directory" in result.err


def test_network_folders_are_recognised(tmp_path: Path) -> None:
    from wellbeing_app.store.network_folder import journal_mode_for, network_file_system

    assert network_file_system(Path(r"\\fileserver\home\agent\BetweenCalls")).startswith(
        "a network share")
    assert network_file_system(tmp_path) == ""  # GetDriveTypeW: a fixed drive
    assert journal_mode_for(tmp_path) == "WAL"
