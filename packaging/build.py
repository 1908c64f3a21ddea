"""Build the one-folder bundle from the current environment, reusing a build that is up to date.

Usage::

    python packaging/build.py            # icons + bundle in dist/BetweenCalls (reused if fresh)
    python packaging/build.py --force    # rebuild even when nothing changed
    python packaging/build.py --archive  # also dist/BetweenCalls-<ver>-linux-<arch>.tar.gz

The last line printed is the bundle's path. A build is fresh when the fingerprint of the spec, the
packaging scripts, the app's sources, ``resources/`` and the installed versions of the tools and
runtime dependencies matches the one recorded beside the bundle.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import platform
import subprocess
import sys
from pathlib import Path

import bundle_rules
from make_icons import make_icons

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "wellbeing.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
VERSION_INFO = ROOT / "build" / "version_info.txt"
FINGERPRINTED = ("packaging/*.py", "packaging/*.spec", "wellbeing_app/**/*.py", "resources/**/*",
                 "pyproject.toml")
PINNED_DISTRIBUTIONS = ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials",
                        "PySide6-Addons", "shiboken6", "sqlite-utils", "apscheduler",
                        "platformdirs")


def fingerprint(root: Path = ROOT) -> str:
    """Hash of everything that changes the bundle."""
    digest = hashlib.sha256(f"{sys.version}|{platform.machine()}".encode())
    for pattern in FINGERPRINTED:
        for path in sorted(root.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    for name in PINNED_DISTRIBUTIONS:
        try:
            digest.update(f"{name}=={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()


def bundle_dir(dist: Path = DIST) -> Path:
    """Where the one-folder bundle lands."""
    return dist / bundle_rules.BUNDLE_NAME


def _stamp(dist: Path) -> Path:
    return dist / f"{bundle_rules.BUNDLE_NAME}.fingerprint"


def is_fresh(dist: Path = DIST) -> bool:
    """True when the bundle exists and was built from exactly these inputs."""
    stamp = _stamp(dist)
    cli = bundle_dir(dist) / executable_name(bundle_rules.CLI_EXECUTABLE)
    return cli.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint()


def executable_name(stem: str) -> str:
    """``stem.exe`` on Windows, ``stem`` elsewhere."""
    return f"{stem}.exe" if sys.platform == "win32" else stem


def windows_version_info(version: str) -> str:
    """The executables' Windows version resource (Explorer's Properties → Details), as the
    ``VSVersionInfo`` text PyInstaller reads."""
    parts = ([int(p) for p in version.split(".") if p.isdigit()] + [0, 0, 0, 0])[:4]
    numbers = tuple(parts)
    strings = {
        "CompanyName": "The Between Calls contributors",
        "FileDescription": bundle_rules.APP_NAME,
        "FileVersion": version,
        "InternalName": bundle_rules.BUNDLE_NAME,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{bundle_rules.GUI_EXECUTABLE}.exe",
        "ProductName": bundle_rules.APP_NAME,
        "ProductVersion": version,
    }
    entries = ", ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, "
        "flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)), kids=["
        f"StringFileInfo([StringTable('040904B0', [{entries}])]), "
        "VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
    )


def build(dist: Path = DIST, force: bool = False) -> Path:
    """Make the icons and run PyInstaller unless the existing bundle is fresh."""
    # The .qm catalogues are built from the .ts sources (not kept in git) before anything else.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "release"],
                   check=True, cwd=ROOT)
    if not force and is_fresh(dist):
        print(f"Bundle is up to date: {bundle_dir(dist)}", file=sys.stderr)
        return bundle_dir(dist)
    make_icons(ICONS)
    sys.path.insert(0, str(ROOT))
    import wellbeing_app

    VERSION_INFO.write_text(windows_version_info(wellbeing_app.__version__), encoding="utf-8")
    _stamp(dist).unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(WORK), str(SPEC)],
        check=True, cwd=ROOT,
    )
    _stamp(dist).write_text(fingerprint() + "\n")
    return bundle_dir(dist)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build, optionally archive, print the bundle path last."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default dist/)")
    parser.add_argument("--archive", action="store_true",
                        help="also write the Linux tarball with .desktop, metainfo and icons")
    args = parser.parse_args(argv)
    bundle = build(args.dist, args.force)
    if args.archive:
        from linux_archive import make_linux_archive

        print(make_linux_archive(bundle, ICONS, args.dist))
    print(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
