"""The Linux download: tarball, valid menu entry and metainfo, per-user install and removal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.support.bundle import PACKAGING, ROOT

import bundle_rules

pytestmark = pytest.mark.packaging
APP_ID = bundle_rules.BUNDLE_ID
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux download")


def _validator(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    return path


def test_desktop_file_is_valid() -> None:
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_is_valid_appstream() -> None:
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_is_the_app_version() -> None:
    import wellbeing_app

    assert f'<release version="{wellbeing_app.__version__}"' in METAINFO.read_text()


@pytest.fixture(scope="module")
def unpacked(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from linux_archive import make_linux_archive

    scratch = tmp_path_factory.mktemp("download")
    archive = make_linux_archive(bundle, ROOT / "build" / "icons", scratch, version="9.9",
                                 compresslevel=1)
    assert archive.name == f"BetweenCalls-9.9-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="tar")
    return scratch / archive.name.removesuffix(".tar.gz")


def _install(unpacked: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen")
    env.pop("WELLBEING_DATA_DIR", None)
    return subprocess.run(["sh", str(unpacked / "install.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@linux_only
def test_tarball_installs_for_the_user_and_uninstalls_keeping_data(unpacked: Path,
                                                                   tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _install(unpacked, home, "--autostart")
    assert result.returncode == 0, result.stderr
    app_dir = home / ".local" / "lib" / "BetweenCalls"
    menu = (home / "data" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{app_dir}/BetweenCalls"' in menu
    assert (home / "data" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    login = (home / "config" / "autostart" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={app_dir}/BetweenCalls\n" in login
    version = subprocess.run([str(home / ".local" / "bin" / "wellbeing"), "--version"],
                             capture_output=True, text=True, check=False)
    assert version.stdout.startswith("wellbeing ")
    (home / "data" / "BetweenCalls").mkdir(parents=True, exist_ok=True)
    (home / "data" / "BetweenCalls" / "journal.db").write_text("mine")

    result = _install(unpacked, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not app_dir.exists()
    assert not (home / "config" / "autostart" / f"{APP_ID}.desktop").exists()
    assert not (home / "data" / "applications" / f"{APP_ID}.desktop").exists()
    assert (home / "data" / "BetweenCalls" / "journal.db").read_text() == "mine"

    result = _install(unpacked, home, "--uninstall", "--remove-data")
    assert result.returncode == 0, result.stderr
    assert not (home / "data" / "BetweenCalls").exists()


@linux_only
def test_install_script_rejects_unknown_options(unpacked: Path, tmp_path: Path) -> None:
    result = _install(unpacked, tmp_path, "--bogus")
    assert result.returncode == 2
    assert "unknown option --bogus" in result.stderr
