"""'Several tough calls close together': when to suggest a reset."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta


def reset_due(call_times: Sequence[datetime], now: datetime, count: int, window_minutes: int,
              last_suggested: datetime | None) -> bool:
    """True when ``count`` calls fell within the window and no reset was offered in it."""
    window_start = now - timedelta(minutes=window_minutes)
    recent = [t for t in call_times if window_start < t <= now]
    if len(recent) < count:
        return False
    return last_suggested is None or last_suggested <= window_start
