"""Cards from the keyboard: bring the newest notice forward, undo the call just logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing_app.domain.i18n import translatable as _t
from wellbeing_app.domain.launch_message import LaunchMessage
from wellbeing_app.ui.app_services import AppServices


class CardFeature:
    """Answers ``notice`` and ``undo`` (tray item, CLI, hotkeys)."""

    # Named (translated) in the start-up notice when it cannot start.
    name = _t("BetweenCallsApp", "Notices from the keyboard")

    def __init__(self, services: AppServices) -> None:
        self._services = services

    def start(self) -> None:
        """The tray's Last notice… item."""
        self._services.actions.notice_requested.connect(self.bring_notice_forward)

    def stop(self) -> None:
        """Nothing runs in the background."""

    def retranslate(self) -> None:
        """Cards take their texts when shown."""

    def handle(self, message: LaunchMessage, raw: str) -> bool:
        """``notice`` and ``undo``."""
        if message is LaunchMessage.NOTICE:
            self.bring_notice_forward()
        elif message is LaunchMessage.UNDO:
            if not self._services.flow.undo_last():
                self._services.notify(QCoreApplication.translate(
                    "CardFeature",
                    "Nothing to undo: Undo is offered for 10 seconds after logging."))
        else:
            return False
        return True

    def bring_notice_forward(self) -> None:
        """Focus the newest card, or say there is none."""
        from wellbeing_app.ui.cards.notice_card import NoticeCard  # cards load on first use

        card = NoticeCard.newest()
        if card is not None:
            card.bring_forward()
        else:
            self._services.notify(QCoreApplication.translate(
                "CardFeature",
                "No notice to show: nothing has popped up since you last closed one."))
