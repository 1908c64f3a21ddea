"""The real app opens the breathing and PMR windows when a second launch asks for them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.e2e_app import Display, RunningApp
from tests.support.x11 import wait_for

pytestmark = pytest.mark.e2e


def visible(display: Display, title: str) -> bool:
    return bool(display.xdotool("search", "--onlyvisible", "--name", title).strip())


def test_breathe_and_relax_handoff_open_the_windows(
    display: Display, tray_host: None, start_app: Callable[[], RunningApp]
) -> None:
    app = start_app()
    handoff = app.cli("breathe", "box")
    assert handoff.returncode == 0 and "the exercise" in handoff.stdout
    wait_for(lambda: visible(display, "Breathe — Between Calls"), what="the breathing window")
    bad = app.cli("relax", "pmr99")
    assert bad.returncode == 2 and "Unknown script 'pmr99'" in bad.stderr
    assert app.cli("relax", "desk_quick").returncode == 0
    wait_for(lambda: visible(display, "Relax muscles — Between Calls"), what="the PMR window")
    listing = app.cli("exercises", "--json")
    assert listing.returncode == 0 and '"478"' in listing.stdout
    assert app.process.poll() is None
