"""Runs one exercise: samples the domain timeline on a QTimer tick and stores the session."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.exercises.exercise_run import ExerciseRun
from wellbeing_app.domain.exercises.exercise_session import SessionRecord, StoredSession
from wellbeing_app.domain.exercises.exercise_timeline import Position, Step, Timeline
from wellbeing_app.store.exercises.exercise_store import ExerciseStore

ANIMATION_TICK_MS = 16
TEXT_TICK_MS = 200


class ExerciseSessionController(QObject):
    """The clock-driven heart of both exercise windows; holds no widgets.

    The timer only samples ``ExerciseRun.position(clock.now())``: with a ``ManualClock`` a test
    drives a whole session by advancing the clock and calling ``tick()``.

    WORKAROUND: PySide6 6.12.0 on CPython 3.11 drops a reference to ``True`` on every
    ``SignalInstance.emit()`` made from Python; at 60 Hz the interpreter aborts with
    "bool_dealloc" within a minute. Per-tick news therefore goes to plain Python listeners
    (``position_listeners``, ``step_listeners``); only rare events are Qt signals.

    Signals:
        paused_changed(bool): paused or running again.
        session_saved(object): the ``StoredSession`` written when the run ended.
    """

    paused_changed = Signal(bool)
    session_saved = Signal(object)

    def __init__(self, clock: Clock, store: ExerciseStore, kind: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._kind = kind
        self._run: ExerciseRun | None = None
        self._exercise_id = ""
        self._unit_ids: tuple[str, ...] = ()
        self._stress_before: int | None = None
        self._call_id: int | None = None
        self._last_index = -1
        self.saved: StoredSession | None = None
        self.position_listeners: list[Callable[[Position], None]] = []
        self.step_listeners: list[Callable[[Step], None]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TEXT_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        """True from ``start`` until the session is saved."""
        return self._run is not None

    @property
    def paused(self) -> bool:
        """True while a running session is paused."""
        return self._run is not None and self._run.paused

    @property
    def timer_active(self) -> bool:
        """Whether the tick timer runs (tests and the benchmark check it)."""
        return self._timer.isActive()

    @property
    def unit_count(self) -> int:
        """Cycles or groups in the running session (0 when none runs)."""
        return self._run.timeline.unit_count if self._run is not None else 0

    def set_tick_interval(self, milliseconds: int) -> None:
        """16 ms for the animated shape, slower when only text changes."""
        self._timer.setInterval(milliseconds)

    def start(self, exercise_id: str, timeline: Timeline, *, stress_before: int | None = None,
              call_id: int | None = None, unit_ids: Sequence[str] = ()) -> None:
        """Begin a session now and start ticking."""
        self._run = ExerciseRun.start(timeline, self._clock.now())
        self._exercise_id = exercise_id
        self._unit_ids = tuple(unit_ids)
        self._stress_before, self._call_id = stress_before, call_id
        self._last_index = -1
        self.saved = None
        self._timer.start()
        self.paused_changed.emit(False)  # a new session runs: 'Pause', never a stale 'Resume'
        self.tick()

    def position(self) -> Position | None:
        """Where the session is now, or ``None`` when none runs."""
        return self._run.position(self._clock.now()) if self._run else None

    def tick(self) -> None:
        """Sample the timeline; finishing the last step saves the session as completed."""
        position = self.position()
        if position is None:
            return
        if position.index != self._last_index and position.step is not None:
            self._last_index = position.index
            for step_listener in self.step_listeners:
                step_listener(position.step)
        for listener in self.position_listeners:
            listener(position)
        if position.finished:
            self._finish(completed=True)

    def toggle_pause(self) -> None:
        """Pause a running session or resume a paused one."""
        if self._run is None:
            return
        now = self._clock.now()
        self._run = self._run.resume(now) if self._run.paused else self._run.pause(now)
        if self._run.paused:
            self._timer.stop()
        else:
            self._timer.start()
        self.paused_changed.emit(self._run.paused)
        self.tick()

    def skip_unit(self) -> None:
        """Skip the rest of the current group (PMR: injury or pain)."""
        if self._run is not None:
            self._run = self._run.skip_unit(self._clock.now())
            self.tick()

    def stop(self) -> StoredSession | None:
        """End early and store where it stopped; no-op when nothing runs."""
        return self._finish(completed=False) if self._run is not None else None

    def rate_after(self, rating: int | None) -> None:
        """Store the after-rating of the session just saved."""
        if self.saved is not None and rating is not None:
            self.saved = self._store.set_stress_after(self.saved.id, rating)

    def _skipped_ids(self, run: ExerciseRun) -> tuple[str, ...]:
        return tuple(self._unit_ids[u] if 0 <= u < len(self._unit_ids) else str(u)
                     for u in run.skipped_units)

    def _finish(self, *, completed: bool) -> StoredSession | None:
        run, self._run = self._run, None
        self._timer.stop()
        if run is None:
            return None
        now = self._clock.now()
        position = run.position(now)
        record = SessionRecord(
            kind=self._kind, exercise_id=self._exercise_id, started_at=run.started_at,
            ended_at=max(now, run.started_at), planned_seconds=run.timeline.total_seconds,
            active_seconds=round(run.active_seconds(now)), completed=completed,
            stopped_at_step=None if completed else position.index,
            stopped_at_label="" if completed or position.step is None else position.step.label,
            skipped_groups=self._skipped_ids(run), stress_before=self._stress_before,
            call_id=self._call_id)
        self.saved = self._store.record(record)
        self.session_saved.emit(self.saved)
        return self.saved

    def _on_timer_timeout(self) -> None:
        self.tick()
