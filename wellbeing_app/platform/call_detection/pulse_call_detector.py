"""Linux: on a call while some program records from a PulseAudio/PipeWire source."""

from __future__ import annotations

import re
from typing import Protocol

from wellbeing_app.domain.reminders.call_state import CallVerdict

#: Recording streams that are not calls: volume meters show a level, they do not talk.
IGNORED_APPS = frozenset({"pavucontrol", "PulseAudio Volume Control", "pwvucontrol",
                          "GNOME Settings", "gnome-control-center"})
IGNORED_MEDIA = frozenset({"Peak detect"})
_PROPERTY = re.compile(r'^\s*([\w.]+) = "(.*)"\s*$')


class Runner(Protocol):
    """How the detector runs ``pactl`` (a fake in tests)."""

    def available(self, program: str) -> bool:
        """True when the program exists."""
        ...

    def run(self, argv: list[str]) -> str | None:
        """Stdout, or ``None`` on failure."""
        ...


def recording_apps(listing: str) -> list[str]:
    """Names of the programs holding a recording stream in ``pactl list source-outputs``."""
    apps: list[str] = []
    blocks = re.split(r"^Source Output #\d+\s*$", listing, flags=re.MULTILINE)[1:]
    for block in blocks:
        props = {m.group(1): m.group(2) for m in map(_PROPERTY.match, block.splitlines()) if m}
        app = props.get("application.name") or props.get("application.process.binary") or "?"
        if app in IGNORED_APPS or props.get("media.name") in IGNORED_MEDIA:
            continue
        apps.append(app)
    return apps


class PulseCallDetector:
    """Asks the sound server which programs record right now (works with PipeWire's pactl)."""

    name = "microphone (PulseAudio/PipeWire)"

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def detect(self) -> CallVerdict:
        """One ``pactl list source-outputs``: cheap, no audio is read."""
        if not self._runner.available("pactl"):
            return CallVerdict(False, self.name, "pactl is not installed", available=False)
        listing = self._runner.run(["pactl", "list", "source-outputs"])
        if listing is None:
            return CallVerdict(False, self.name, "no sound server answers", available=False)
        apps = recording_apps(listing)
        if apps:
            return CallVerdict(True, self.name, "recording: " + ", ".join(sorted(set(apps))))
        return CallVerdict(False, self.name, "nothing is recording")
