"""The machine's time zone with its DST rules (not just today's offset)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from tzlocal import get_localzone


def local_zone() -> tzinfo:
    """The IANA zone of this machine, falling back to the current fixed offset."""
    try:
        return get_localzone()
    except Exception:  # noqa: BLE001 - tzlocal raises several kinds; any means "unknown"
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone
