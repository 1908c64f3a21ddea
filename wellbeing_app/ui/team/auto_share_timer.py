"""Weekly sharing once opted in: a cheap hourly check; the decision is the use case's."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing_app.usecases.team_sharing import TeamSharing

CHECK_INTERVAL_MS = 60 * 60 * 1000


class AutoShareTimer(QObject):
    """Writes last week's summary when it is due; says so, or says once why it could not.

    Signals:
        shared(str): a summary was written (the message for the agent).
        failed(str): it was due but could not be written (once per week).
    """

    shared = Signal(str)
    failed = Signal(str)

    def __init__(self, sharing: TeamSharing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sharing = sharing
        self._failed_week = ""
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check now and then once an hour (a new week starts while the app runs)."""
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        """No more checks (at quit)."""
        self._timer.stop()

    def check_now(self) -> str | None:
        """Share last week if due; return the week shared, if any."""
        outcome = self._sharing.auto_share()
        if outcome is None:
            return None
        if outcome.shared:
            self.shared.emit(self.tr("Shared your summary for {week} with your team ({file}). "
                                     "Share with my team… shows exactly what it holds.").format(
                                         week=outcome.week, file=outcome.file_name))
            return outcome.week
        if self._failed_week != outcome.week:
            self._failed_week = outcome.week
            self.failed.emit(self.tr(
                "Your summary for {week} could not be shared: {error}").format(
                week=outcome.week, error=outcome.error))
        return None
