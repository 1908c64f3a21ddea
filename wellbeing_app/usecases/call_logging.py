"""Log a call, undo it, edit it: the same steps for the tray, the dialog and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from wellbeing_app.domain.calls.acknowledgment import Acknowledgment, compose_acknowledgment
from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.calls.day_summary import DaySummary
from wellbeing_app.domain.calls.logged_call import CallDraft, LoggedCall
from wellbeing_app.domain.clock import Clock
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.pending_calls import SafeCallWriter
from wellbeing_app.usecases.exercise_offers import ExerciseOffer, ExerciseOffers


@dataclass(frozen=True)
class LoggedOutcome:
    """What the agent sees after saving: the call, the acknowledgment and the offer."""

    call: LoggedCall
    acknowledgment: Acknowledgment
    offer: ExerciseOffer | None


class CallLogging:
    """Validated drafts in, durable entries out; acknowledgment and offer composed once."""

    def __init__(self, journal: Journal, catalog: Callable[[], Catalog], clock: Clock,
                 offers: ExerciseOffers | None = None,
                 support_line: Callable[[], str] = lambda: "",
                 writer: SafeCallWriter | None = None) -> None:
        self._journal = journal
        self._catalog = catalog
        self._clock = clock
        self._offers = offers
        self._support_line = support_line
        self._writer = writer

    def log(self, draft: CallDraft, at: datetime | None = None) -> LoggedOutcome | None:
        """Save the call (now, or at ``at``), then compose what to show.

        With a ``writer`` (the app), ``None`` means the journal could not take it right now: the
        entry is kept in memory (``kept``, ``problem``) and written by ``retry_kept``.
        """
        moment = at or self._clock.now()
        if self._writer is None:
            call = self._journal.log_call(draft, moment)
        else:
            kept = self._writer.log(draft, moment)
            if kept is None:
                return None
            call = kept
        ack = compose_acknowledgment(draft, self._catalog(), seed=call.id,
                                     support_line=self._support_line())
        offer = self._offers.for_stress(draft.stress) if self._offers is not None else None
        return LoggedOutcome(call, ack, offer)

    @property
    def kept(self) -> int:
        """How many logged calls wait in memory (0 without a writer)."""
        return len(self._writer.pending) if self._writer is not None else 0

    @property
    def problem(self) -> str:
        """Why the kept calls are not saved yet (one sentence), or ``""``."""
        return self._writer.last_problem if self._writer is not None else ""

    def retry_kept(self) -> list[LoggedCall]:
        """Write the calls kept in memory, oldest first; the ones now saved."""
        return self._writer.flush() if self._writer is not None else []

    def undo(self, call_id: int) -> LoggedCall | None:
        """Remove the entry just logged; ``None`` when it is already gone."""
        return self._journal.delete_call(call_id)

    def edit(self, call_id: int, draft: CallDraft) -> LoggedCall:
        """Replace an entry's rating, categories, flags and note (``KeyError`` if gone)."""
        return self._journal.update_call(call_id, draft)

    def find(self, call_id: int) -> LoggedCall | None:
        """One entry, or ``None`` when it was removed meanwhile."""
        try:
            return self._journal.get_call(call_id)
        except KeyError:
            return None

    def today_summary(self) -> DaySummary:
        """Today's count and mean stress (the tray's tooltip says it in the shown language)."""
        return self._journal.day_summary(self._clock.now().date())
