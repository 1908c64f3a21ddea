"""The per-platform hashed lock files match pyproject.toml and are what the release installs."""

from __future__ import annotations

import re

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.support.bundle import ROOT

import lock_files

PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)",
                 re.MULTILINE)


def pins(platform: str) -> dict[str, Version]:
    text = lock_files.lock_path(platform).read_text(encoding="utf-8")
    found: dict[str, Version] = {canonicalize_name(m.group(1)): Version(m.group(2))
                                 for m in PIN.finditer(text)}
    requirement_lines = [line for line in text.splitlines() if re.match(r"^[A-Za-z0-9]", line)]
    assert len(found) == len(requirement_lines), "every pin carries its sha256 hashes"
    return found


@pytest.mark.parametrize("platform", sorted(lock_files.PLATFORMS))
def test_lock_was_made_from_the_current_dependencies(platform: str) -> None:
    text = lock_files.lock_path(platform).read_text(encoding="utf-8")
    assert lock_files.DIGEST_LINE + lock_files.dependencies_digest() in text, (
        "pyproject.toml's dependencies changed: run python packaging/lock_files.py")


@pytest.mark.parametrize("platform", sorted(lock_files.PLATFORMS))
def test_every_dependency_is_pinned_within_its_bounds(platform: str) -> None:
    pinned = pins(platform)
    environment = {key: str(value) for key, value in default_environment().items()}
    environment |= {**lock_files.MARKERS[platform], "python_version": lock_files.PYTHON_VERSION,
                    "python_full_version": lock_files.PYTHON_VERSION + ".0"}
    for line in lock_files.dependencies():
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} missing from {platform}"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (name, platform)


def test_release_builds_install_from_the_locks_with_hashes() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for platform in lock_files.PLATFORMS:
        if platform.startswith("macos"):
            assert "packaging/locks/macos-${{ matrix.arch }}.txt" in workflow
        else:
            assert f"packaging/locks/{platform}.txt" in workflow
    assert workflow.count("--require-hashes") >= 3
