"""Fixtures shared by every test layer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from wellbeing_app.domain.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    """A clock pinned to a Tuesday afternoon, UTC+1."""
    return ManualClock(datetime(2026, 11, 24, 14, 30, tzinfo=timezone(timedelta(hours=1))))
