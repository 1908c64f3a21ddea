"""Asks the call detector during shifts (on OS events or a slow poll): calls start and end."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing_app.domain.reminders.call_state import CallVerdict
from wellbeing_app.platform.call_detection.call_detector import CallDetector

MIN_POLL_SECONDS = 2
#: When no provider can look (no sound server, tool missing), check rarely instead.
UNAVAILABLE_POLL_SECONDS = 60
#: With OS events telling us about streams, polling is only a safety net.
EVENT_SAFETY_POLL_SECONDS = 30


class CallWatcher(QObject):
    """Runs the detector on the GUI thread; no worker thread, no fork-while-threaded hazards.

    A look costs microseconds (registry, CoreAudio) to a few milliseconds (``pactl``, 2 s
    timeout); on Linux it happens on stream events, with a 30 s safety poll.

    Signals:
        call_started(): a call began (``last_verdict`` says who saw it).
        call_ended(): the call ended.
    """

    call_started = Signal()
    call_ended = Signal()

    def __init__(self, detector: CallDetector, poll_seconds: int = 3,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detector = detector
        self._stopped = False
        self._event_driven = False
        self._available = True
        self._manual = False
        self.on_call = False
        self.last_verdict: CallVerdict | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self.set_poll_seconds(poll_seconds)

    def set_detector(self, detector: CallDetector, poll_seconds: int) -> None:
        """Settings changed: new providers, new interval."""
        self._detector = detector
        self.set_poll_seconds(poll_seconds)

    def set_poll_seconds(self, seconds: int) -> None:
        """Never faster than every 2 s."""
        self._poll_ms = max(MIN_POLL_SECONDS, seconds) * 1000
        self._apply_interval()

    def set_event_driven(self, event_driven: bool) -> None:
        """OS events report stream changes: poll only as a safety net (and look now)."""
        self._event_driven = event_driven
        self._apply_interval()
        if self.is_active():
            self.poll()

    def _apply_interval(self) -> None:
        interval = self._poll_ms
        if self._event_driven:
            interval = max(interval, EVENT_SAFETY_POLL_SECONDS * 1000)
        if not self._available:
            interval = UNAVAILABLE_POLL_SECONDS * 1000
        self._timer.setInterval(interval)

    def set_active(self, active: bool) -> None:
        """Poll only while in a shift; outside nothing runs."""
        if active and not self._timer.isActive() and not self._stopped:
            self._timer.start()
            self.poll()
        elif not active and self._timer.isActive():
            self._timer.stop()

    def is_active(self) -> bool:
        """True while polling."""
        return self._timer.isActive()

    def set_manual(self, on_call: bool) -> None:
        """The tray's 'On a call' toggle: effective at once."""
        self._manual = on_call
        verdict = CallVerdict(on_call, "manual toggle",
                              "you said you are on a call" if on_call else "toggle off")
        self._on_verdict(verdict)
        if not on_call and self.is_active():
            self.poll()

    def poll(self) -> None:
        """Ask the detector once."""
        if self._manual or self._stopped:
            return
        try:
            verdict = self._detector.detect()
        except Exception as error:  # noqa: BLE001 - a broken provider must not stop the app
            verdict = CallVerdict(False, "error", str(error), available=False)
        self._available = verdict.available
        self._apply_interval()
        self._on_verdict(verdict)

    def stop(self) -> None:
        """Stop polling for good."""
        self._stopped = True
        self._timer.stop()

    def _on_verdict(self, verdict: CallVerdict) -> None:
        if self._manual and not verdict.on_call:
            return
        self.last_verdict = verdict
        if verdict.on_call and not self.on_call:
            self.on_call = True
            self.call_started.emit()
        elif not verdict.on_call and self.on_call:
            self.on_call = False
            self.call_ended.emit()
