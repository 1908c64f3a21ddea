"""Unexpected errors: logged to a rotating file, shown calmly, the tray keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from wellbeing_app.store.private_files import make_private_dir, make_private_file

LOG = logging.getLogger("wellbeing_app")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file is owner-only (0600), whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed leaves it untyped
        make_private_file(Path(self.baseFilename))
        return super()._open()


def configure_logging(log_dir: Path) -> Path:
    """One rotating, owner-only log file (1 MB × 3) in the log directory (0700)."""
    make_private_dir(log_dir)
    path = log_dir / "between-calls.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    return path


def install_excepthook(notify: Callable[[str], None]) -> None:
    """Route uncaught exceptions to the log and a non-blocking notice."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        LOG.error("Unexpected error", exc_info=(kind, value, tb))
        try:
            notify(QCoreApplication.translate(
                "ErrorReporting", "Something went wrong ({error}). It was logged; the app keeps "
                "running.").format(error=kind.__name__))
        except Exception:  # noqa: BLE001 - never let the hook itself fail
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
