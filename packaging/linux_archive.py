"""The Linux download: the bundle, its menu entry, AppStream metainfo, icons and install.sh."""

from __future__ import annotations

import platform
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

import bundle_rules

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
APP_ID = bundle_rules.BUNDLE_ID
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def archive_name(version: str, machine: str | None = None) -> str:
    """``BetweenCalls-<version>-linux-<arch>``, the folder and file name of the download."""
    return f"{bundle_rules.BUNDLE_NAME}-{version}-linux-{machine or platform.machine()}"


def stage(bundle: Path, icons: Path, target: Path) -> Path:
    """Lay out the download's folder (without compressing it)."""
    shutil.copytree(bundle, target / bundle_rules.BUNDLE_NAME, symlinks=True)
    share = target / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / "png" / f"{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / f"{bundle_rules.BUNDLE_NAME}.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(LINUX / "install.sh", target / "install.sh")
    return target


def make_linux_archive(bundle: Path, icons: Path, dist: Path, version: str | None = None,
                       compresslevel: int = 9) -> Path:
    """Write ``dist/BetweenCalls-<ver>-linux-<arch>.tar.gz`` and return its path."""
    if version is None:
        sys.path.insert(0, str(HERE.parent))
        import wellbeing_app

        version = wellbeing_app.__version__
    name = archive_name(version)
    output = dist / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="bc-archive-") as scratch:
        folder = stage(bundle, icons, Path(scratch) / name)
        with tarfile.open(output, "w:gz", compresslevel=compresslevel) as archive:
            archive.add(folder, arcname=name)
    return output
