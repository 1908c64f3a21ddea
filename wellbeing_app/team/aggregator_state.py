"""What the aggregator remembers per team folder: the newest roster and each published week."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from wellbeing_app.team.key_files import read_private, replace_private

MAX_STATE_BYTES = 16 * 1024 * 1024


def state_path(data_dir: Path, folder: Path) -> Path:
    """One state file per team folder, in the aggregator's own data folder (never the team's)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return data_dir / f"aggregator-state-{digest}.json"


@dataclass
class AggregatorState:
    """Kept owner-only (0600): a published week is final, so its noise is drawn once."""

    path: Path
    folder: str
    roster_serial: int = 0
    published: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, folder: Path) -> AggregatorState:
        """The saved state, or a fresh one when there is none.

        Raises:
            OSError: the state exists but cannot be read; refusing beats re-drawing noise.
        """
        if not path.exists():
            return cls(path, str(folder.resolve()))
        try:
            data = json.loads(read_private(path, MAX_STATE_BYTES).decode("utf-8"))
            published = {str(k): str(v) for k, v in data["published"].items()}
            return cls(path, str(data["folder"]), int(data["roster_serial"]), published)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise OSError(f"The aggregator state {path} is damaged; move it aside only if you "
                          "accept that published weeks may be aggregated again.") from None

    def save(self) -> None:
        """Write atomically, owner-only."""
        replace_private(self.path, json.dumps(
            {"folder": self.folder, "roster_serial": self.roster_serial,
             "published": dict(sorted(self.published.items()))}, indent=1) + "\n")
