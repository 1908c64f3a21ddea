"""The per-machine MSI: compiled with wixl and inspected with msiinfo (Debian msitools).

PyInstaller cannot build the Windows bundle on Linux, so the MSI is compiled against a stand-in
folder with the Windows bundle's shape (packaging/msi_layout.py); the release workflow compiles
the same WiX source against the real bundle on the Windows runner.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.bundle import PACKAGING, ROOT
from wellbeing_app import __version__
from wellbeing_app.platform.autostart.windows_run_key import RUN_KEY, VALUE_NAME

import msi_layout

#: Never change it: every later MSI finds and replaces the installed one through it.
UPGRADE_CODE = "{09306D9F-698C-4E20-AF81-83DB2BDB463E}"

pytestmark = pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("msiinfo")),
    reason="needs wixl and msiinfo (Debian: apt-get install wixl msitools; .ci/run installs them)")


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("msi")
    bundle = msi_layout.stand_in_bundle(folder / "BetweenCalls", ROOT / "resources")
    return msi_layout.compile_with_wixl(bundle, folder / "BetweenCalls.msi", __version__)


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """One table as rows of column → value (msiinfo's TSV: names, types, table name, rows)."""
    lines = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                           text=True, check=True).stdout.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:]]


def test_installs_per_machine_with_a_stable_upgrade_code(msi: Path) -> None:
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert properties["ALLUSERS"] == "1"
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ProductVersion"] == __version__
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                             check=True).stdout
    assert re.search(r"^Template: x64;1033$", summary, re.MULTILINE)
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert all(int(c["Attributes"]) & 256 for c in table(msi, "Component"))  # 64-bit components


def test_major_upgrade_replaces_older_and_refuses_downgrades(msi: Path) -> None:
    rows = {row["ActionProperty"]: row for row in table(msi, "Upgrade")}
    assert rows["WIX_UPGRADE_DETECTED"]["UpgradeCode"] == UPGRADE_CODE
    assert rows["WIX_UPGRADE_DETECTED"]["VersionMax"] == __version__
    assert rows["WIX_DOWNGRADE_DETECTED"]["VersionMin"] == __version__
    actions = {row["Action"] for row in table(msi, "InstallExecuteSequence")}
    assert "RemoveExistingProducts" in actions


def test_start_menu_shortcut_and_optional_autostart_for_every_user(msi: Path) -> None:
    shortcut = table(msi, "Shortcut")[0]
    assert (shortcut["Directory_"], shortcut["Target"]) == ("ProgramMenuFolder",
                                                            "[INSTALLDIR]BetweenCalls.exe")
    run = next(r for r in table(msi, "Registry") if r["Key"] == RUN_KEY)
    assert (run["Root"], run["Name"]) == ("2", VALUE_NAME)  # 2 = HKLM
    features = {row["Feature"]: row for row in table(msi, "Feature")}
    assert features["BetweenCalls"]["Level"] == "1"
    assert features["Autostart"]["Level"] == "1000"  # only with ADDLOCAL=ALL
    owner = {r["Component_"]: r["Feature_"] for r in table(msi, "FeatureComponents")}
    assert owner[run["Component_"]] == "Autostart"


def test_every_bundle_file_is_installed_and_user_data_is_never_touched(msi: Path,
                                                                      tmp_path: Path) -> None:
    bundle = msi_layout.stand_in_bundle(tmp_path / "BetweenCalls", ROOT / "resources")
    expected = sorted(p.name for p in bundle.rglob("*") if p.is_file())
    assert sorted(row["FileName"].split("|")[-1] for row in table(msi, "File")) == expected
    assert table(msi, "RemoveFile") == []
    assert not any("AppData" in row["Directory"] for row in table(msi, "Directory"))


def test_component_guids_stay_the_same_across_builds(tmp_path: Path) -> None:
    bundle = msi_layout.stand_in_bundle(tmp_path / "BetweenCalls", ROOT / "resources")
    assert msi_layout.files_fragment(bundle) == msi_layout.files_fragment(bundle)
    assert (PACKAGING / "windows" / "BetweenCalls.wxs").read_text(encoding="utf-8").count(
        UPGRADE_CODE) == 1
