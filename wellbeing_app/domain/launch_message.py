"""The one vocabulary of launch messages: what a second launch or the CLI asks the running app."""

from __future__ import annotations

from enum import StrEnum


class LaunchMessage(StrEnum):
    """A request carried over the single-instance channel (``breathe``/``relax`` take an id)."""

    SHOW = "show"
    LOG_DIALOG = "log-dialog"
    TRENDS = "trends"
    TEAM_VIEW = "team-view"
    BREATHE = "breathe"
    RELAX = "relax"
    NOTICE = "notice"
    UNDO = "undo"
    WELCOME = "welcome"

    @property
    def shows(self) -> str:
        """What the running app will show, for the hand-off line."""
        return {"trends": "the trends window", "team-view": "the team view",
                "breathe": "the exercise", "relax": "the exercise",
                "welcome": "the welcome window"}.get(self.value, "the log dialog")

    @classmethod
    def of(cls, raw: str) -> LaunchMessage | None:
        """The message a raw channel line starts with, or ``None``."""
        word = raw.split(" ", 1)[0]
        return cls(word) if word in cls._value2member_map_ else None


#: The CLI command that asks the running app for its status line (not a launch).
STATUS_COMMAND = "status"
#: Commands only the running app can act on; without one they say so and exit 1.
RUNNING_APP_COMMANDS = frozenset({LaunchMessage.NOTICE.value, LaunchMessage.UNDO.value})
#: CLI commands that hand over to the desktop app, starting it if needed (``wellbeing trends``).
HANDED_OVER = frozenset(m.value for m in LaunchMessage
                        if m is not LaunchMessage.SHOW and m.value not in RUNNING_APP_COMMANDS)
#: Commands ``main`` runs through the desktop app rather than the headless CLI.
GUI_COMMANDS = HANDED_OVER | {STATUS_COMMAND}
