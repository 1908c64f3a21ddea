"""The frozen bundle runs: self-test, CLI output, bad input, and it is as slim as promised."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.support.bundle import cli_path, gui_path

import bundle_rules

pytestmark = pytest.mark.packaging

DOWNLOAD_BUDGET_BYTES = 80 * 2**20


def run_frozen(executable: Path, env: dict[str, str],
               *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(executable), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_frozen_self_test_passes(bundle: Path, frozen_env: dict[str, str], tmp_path: Path) -> None:
    result = run_frozen(cli_path(bundle), frozen_env, "--data-dir", str(tmp_path), "self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_frozen_cli_logs_and_lists_a_call(bundle: Path, frozen_env: dict[str, str],
                                          tmp_path: Path) -> None:
    logged = run_frozen(cli_path(bundle), frozen_env, "--data-dir", str(tmp_path), "log",
                        "--stress", "7", "--category", "hostile")
    assert logged.returncode == 0, logged.stderr
    listed = run_frozen(cli_path(bundle), frozen_env, "--data-dir", str(tmp_path), "calls")
    assert f"#{logged.stdout.strip()}" in listed.stdout
    assert "stress 7" in listed.stdout


def test_frozen_bad_input_exits_2_with_one_line(bundle: Path, frozen_env: dict[str, str],
                                                tmp_path: Path) -> None:
    result = run_frozen(cli_path(bundle), frozen_env, "--data-dir", str(tmp_path), "log",
                        "--stress", "11")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="a windowed .exe has no stdout on Windows")
def test_windowed_executable_is_the_same_program(bundle: Path, frozen_env: dict[str, str]) -> None:
    result = run_frozen(gui_path(bundle), frozen_env, "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("wellbeing ")


def _bundle_files(bundle: Path) -> list[Path]:
    return [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]


def test_download_fits_the_budget(bundle: Path) -> None:
    """zlib level 1 over every file: an upper bound of the gzip/xz/DMG/installer download."""
    compressed = 0
    for path in _bundle_files(bundle):
        packer = zlib.compressobj(1)
        compressed += len(packer.compress(path.read_bytes())) + len(packer.flush())
    assert compressed <= DOWNLOAD_BUDGET_BYTES, f"{compressed / 2**20:.1f} MiB compressed"


def test_unused_qt_parts_are_left_out(bundle: Path) -> None:
    names = [path.name for path in _bundle_files(bundle)]
    for forbidden in bundle_rules.FORBIDDEN_LIBRARIES:
        assert not [name for name in names if forbidden in name], forbidden
    assert not (bundle / "_internal" / "PySide6" / "Qt" / "qml").exists()


def test_no_development_tool_is_bundled(bundle: Path) -> None:
    """The bundle holds runtime dependencies only, even when built from the dev environment."""
    shipped = {path.name for path in (bundle / "_internal").iterdir()}
    for tool in ("pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "PyInstaller",
                 "importlinter", "check_jsonschema", "pip", "setuptools"):
        assert tool not in shipped, tool


def test_qt_modules_the_features_use_are_shipped(bundle: Path) -> None:
    shipped = {path.name.split(".")[0] for path in (bundle / "_internal" / "PySide6").glob("Qt*")}
    assert set(bundle_rules.QT_MODULES_USED) <= shipped


def test_content_resources_are_shipped(bundle: Path) -> None:
    root = Path(__file__).resolve().parents[2] / "resources"
    for source in root.rglob("*.toml"):
        assert (bundle / "_internal" / "resources" / source.relative_to(root)).is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF link check")
def test_every_bundled_library_links_only_the_bundle_or_the_desktop(bundle: Path) -> None:
    """Slimming must not cut a library something still links."""
    files = _bundle_files(bundle)
    present = {path.name for path in bundle.rglob("*")}
    missing: dict[str, str] = {}
    for path in files:
        for soname in bundle_rules.elf_needed(str(path)):
            if soname not in present and soname not in bundle_rules.HOST_LIBRARIES:
                missing[soname] = os.fspath(path.relative_to(bundle))
    assert not missing, missing
