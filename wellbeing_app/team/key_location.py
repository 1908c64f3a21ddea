"""Where the signing key lives, and when it was made (the opt-in moment); no cryptography."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

KEY_FILENAME = "team-signing-key.pem"


def opted_in_at(data_dir: Path) -> datetime | None:
    """When the agent's key was made on opt-in; ``None`` when there is no key."""
    try:
        return datetime.fromtimestamp((data_dir / KEY_FILENAME).stat().st_mtime, UTC)
    except OSError:
        return None
