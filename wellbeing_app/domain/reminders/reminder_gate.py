"""What may be shown now: coalescing, holding prompts during calls and pauses, snoozing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from wellbeing_app.domain.reminders.reminder_plan import END_OF_SHIFT, PRIORITY, PlannedReminder

SNOOZE = timedelta(minutes=10)
#: An end-of-shift check-in missed (asleep, on a call) is still offered this long after.
END_OF_SHIFT_KEEP = timedelta(hours=16)


@dataclass(frozen=True)
class GateState:
    """Prompts waiting, what was offered already, and why nothing may show right now."""

    cursor: datetime
    pending: tuple[PlannedReminder, ...] = ()
    offered: frozenset[str] = frozenset()
    showing: PlannedReminder | None = None
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None

    def paused(self, now: datetime) -> bool:
        """True while the agent has paused reminders."""
        return self.paused_until is not None and now < self.paused_until


def _fresh(reminder: PlannedReminder, now: datetime) -> bool:
    if reminder.kind in END_OF_SHIFT:
        return now < reminder.shift_end + END_OF_SHIFT_KEEP
    return now < reminder.shift_end


def _coalesce(reminders: Sequence[PlannedReminder], now: datetime) -> tuple[PlannedReminder, ...]:
    """One of each end-of-shift kind (the newest), and one other prompt at most (the newest)."""
    newest: dict[str, PlannedReminder] = {}
    for reminder in sorted(reminders, key=lambda r: r.at):
        if not _fresh(reminder, now):
            continue
        slot = reminder.kind.value if reminder.kind in END_OF_SHIFT else "other"
        current = newest.get(slot)
        if current is None or current.at < reminder.at or (
                current.at == reminder.at and PRIORITY[reminder.kind] < PRIORITY[current.kind]):
            newest[slot] = reminder
    return tuple(sorted(newest.values(), key=lambda r: (PRIORITY[r.kind], r.at)))


def collect(state: GateState, due: Sequence[PlannedReminder], now: datetime) -> GateState:
    """Take in reminders that fell due up to ``now`` (after a sleep: many at once)."""
    waiting = [*state.pending]
    for reminder in due:
        if reminder.key in state.offered or reminder in waiting:
            continue
        if state.paused(now) and reminder.kind not in END_OF_SHIFT:
            continue
        waiting.append(reminder)
    return replace(state, pending=_coalesce(waiting, now), cursor=max(state.cursor, now))


def release(state: GateState, now: datetime,
            on_call: bool) -> tuple[GateState, PlannedReminder | None]:
    """The one prompt to show now, if nothing forbids it; it is then marked offered."""
    snoozed = state.snoozed_until is not None and now < state.snoozed_until
    if on_call or state.showing is not None or state.paused(now) or snoozed:
        return state, None
    pending = _coalesce(state.pending, now)
    if not pending:
        return replace(state, pending=()), None
    chosen, rest = pending[0], pending[1:]
    return replace(state, pending=rest, showing=chosen, offered=state.offered | {chosen.key},
                   snoozed_until=None), chosen


def closed(state: GateState) -> GateState:
    """The shown prompt was answered or dismissed with 'not now'."""
    return replace(state, showing=None)


def snooze(state: GateState, now: datetime) -> GateState:
    """Put the shown prompt back for ten minutes."""
    if state.showing is None:
        return state
    return replace(state, pending=(state.showing, *state.pending), showing=None,
                   snoozed_until=now + SNOOZE)


def defer(state: GateState) -> GateState:
    """A call started while a prompt showed: take it back and offer it after the call."""
    if state.showing is None:
        return state
    return replace(state, pending=(state.showing, *state.pending), showing=None)


def pause(state: GateState, until: datetime | None) -> GateState:
    """Pause until a moment, or resume with ``None``."""
    return replace(state, paused_until=until)
