"""Weekly sharing once opted in: a cheap hourly check, the team stack loaded only to share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing_app.domain.clock import Clock
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.team.auto_share import week_due_for_auto_share
from wellbeing_app.domain.team.team_settings import load_team_settings
from wellbeing_app.platform.settings.effective_settings import setting_getter
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.team.shared_weeks import shared_weeks
from wellbeing_app.team.key_location import opted_in_at

if TYPE_CHECKING:
    from wellbeing_app.team.sharing_service import SharingService

CHECK_INTERVAL_MS = 60 * 60 * 1000


class AutoShareTimer(QObject):
    """Writes last week's summary when it is due; says so, or says once why it could not.

    Signals:
        shared(str): a summary was written (the message for the agent).
        failed(str): it was due but could not be written (once per week).
    """

    shared = Signal(str)
    failed = Signal(str)

    def __init__(self, journal: Journal, data_dir: Path, clock: Clock,
                 labels: Callable[[], Mapping[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._data_dir = data_dir
        self._clock = clock
        self._labels = labels
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
        get = setting_getter(self._journal.connection)
        try:
            settings = load_team_settings(get)
        except ValidationError:
            return None  # the settings dialog and share dialog explain bad values
        week = week_due_for_auto_share(
            self._clock.now(), enabled=bool(get("share_weekly", True)),
            opted_in=settings.opted_in and bool(settings.team_folder),
            opted_in_at=opted_in_at(self._data_dir),
            shared_weeks=shared_weeks(self._journal.connection))
        if week is None:
            return None
        try:
            preview = self._service().share(week, settings)
        except (ValidationError, OSError) as error:
            if self._failed_week != str(week):
                self._failed_week = str(week)
                self.failed.emit(self.tr(
                    "Your summary for {week} could not be shared: {error}").format(
                    week=week, error=error))
            return None
        self.shared.emit(self.tr("Shared your summary for {week} with your team ({file}). Share "
                                 "with my team… shows exactly what it holds.").format(
                                     week=week, file=preview.file_name))
        return str(week)

    def _service(self) -> SharingService:
        # Imported on demand: cryptography and sqlite-utils stay out of the idle app.
        from wellbeing_app.store.team.team_store import TeamStore
        from wellbeing_app.team.sharing_service import SharingService

        store = TeamStore(self._journal.database)
        return SharingService(self._data_dir, store, store, self._clock, self._labels())
