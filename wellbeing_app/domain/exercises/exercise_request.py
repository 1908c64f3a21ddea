"""A request to open an exercise window, and its one-line form on the single-instance channel."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_session import BREATHING, PMR

COMMAND_KIND = {"breathe": BREATHING, "relax": PMR}
KIND_COMMAND = {kind: command for command, kind in COMMAND_KIND.items()}
_ID = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass(frozen=True)
class ExerciseRequest:
    """Open the breathing or PMR window, optionally on one exercise, for a dose, after a call."""

    kind: str
    exercise_id: str | None = None
    seconds: int | None = None
    call_id: int | None = None

    def to_message(self) -> str:
        """``breathe`` / ``breathe box`` / ``relax pmr4`` (ASCII, one line)."""
        command = KIND_COMMAND[self.kind]
        return f"{command} {self.exercise_id}" if self.exercise_id else command


def parse_message(raw: str) -> ExerciseRequest | None:
    """The request carried by a channel message, or ``None`` if it is not a valid one."""
    parts = raw.strip().split(" ")
    if not 1 <= len(parts) <= 2 or parts[0] not in COMMAND_KIND:
        return None
    if len(parts) == 2 and not _ID.match(parts[1]):
        return None
    return ExerciseRequest(COMMAND_KIND[parts[0]], parts[1] if len(parts) == 2 else None)


def validate_request(command: str, exercise_id: str | None,
                     library: ExerciseLibrary) -> ExerciseRequest:
    """Check a ``breathe``/``relax`` argument against the library (unknown ids exit 2)."""
    kind = COMMAND_KIND.get(command)
    if kind is None:
        raise ValidationError("command", f"{command!r} is not an exercise command.")
    if exercise_id is None:
        return ExerciseRequest(kind)
    cleaned = exercise_id.strip().lower()
    if kind == BREATHING:
        if cleaned != "custom":
            library.pattern(cleaned)
    else:
        library.script(cleaned)
    return ExerciseRequest(kind, cleaned)
