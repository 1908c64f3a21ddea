"""Process-level launch: data folder, one instance per folder, the icon first, then the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from wellbeing_app import APP_DESKTOP_ID, APP_NAME
from wellbeing_app.domain.clock import Clock, SystemClock
from wellbeing_app.domain.launch_message import HANDED_OVER, LaunchMessage
from wellbeing_app.platform.autostart.windows_app_id import set_app_user_model_id
from wellbeing_app.platform.paths import DataDirError, ensure_writable, resolve_data_dir
from wellbeing_app.ui.single_instance import SingleInstanceGuard
from wellbeing_app.ui.tray.app_actions import AppActions
from wellbeing_app.ui.tray.icons import app_icon
from wellbeing_app.ui.tray.shell import Shell, make_shell

if TYPE_CHECKING:
    from wellbeing_app.app import BetweenCallsApp

AFTER_ICON_DELAY_MS = 100


def launch_message(args: argparse.Namespace) -> str:
    """What this launch asks of the app; ``breathe``/``relax`` ids are checked here (exit 2)."""
    if args.command not in (LaunchMessage.BREATHE, LaunchMessage.RELAX):
        return args.command if args.command in HANDED_OVER else LaunchMessage.LOG_DIALOG.value
    from wellbeing_app.domain.exercises.exercise_request import validate_request
    from wellbeing_app.platform.resources import load_exercise_library

    exercise = getattr(args, "pattern" if args.command == "breathe" else "script", None)
    return validate_request(args.command, exercise, load_exercise_library()).to_message()


def _handoff(data_dir: Path, message: str) -> int:
    """Another instance holds the lock: hand it this launch's request."""
    from wellbeing_app.ui.single_instance import send_to_running

    if send_to_running(data_dir, message):
        known = LaunchMessage.of(message) or LaunchMessage.LOG_DIALOG
        print(f"{APP_NAME} is already running; it will show {known.shows}.")
        return 0
    print(f"wellbeing: error: {APP_NAME} seems to be running but does not answer.",
          file=sys.stderr)
    return 1


class Launch:
    """The shell and the channel, which work even when the app behind them failed to build."""

    def __init__(self, qapp: QApplication, guard: SingleInstanceGuard, data_dir: Path,
                 clock: Clock, shell: Shell, actions: AppActions) -> None:
        self.qapp, self.guard, self.data_dir, self.clock = qapp, guard, data_dir, clock
        self.shell, self.actions = shell, actions
        self.app: BetweenCallsApp | None = None  # None only until built, or if building failed
        actions.quit_requested.connect(qapp.quit)

    def after_icon(self, command: str | None, message: str) -> None:
        """Everything that can wait until the icon is on screen."""
        from wellbeing_app.app import BetweenCallsApp
        from wellbeing_app.ui.error_reporting import LOG, configure_logging, install_excepthook

        configure_logging(self.data_dir / "logs")
        install_excepthook(self.shell.notify)
        self.guard.listen()
        self.guard.message_received.connect(self._on_guard_message_received)
        self.guard.set_status_provider(self.shell.status_text)
        try:
            self.app = BetweenCallsApp(self.shell, self.actions, self.data_dir, self.clock)
        except Exception:  # noqa: BLE001 - the icon, Quit and the channel keep working
            LOG.exception("the app could not start")
            # Any part may have failed: a journal that cannot open falls back to memory inside it.
            self.shell.notify(QCoreApplication.translate(
                "BetweenCallsApp", "{0} could not start; the details are in the log file. Quit "
                "and start it again, or see the README.").format(APP_NAME))
            return
        if command in HANDED_OVER:
            self.app.handle_message(message)

    def _on_guard_message_received(self, message: str) -> None:
        if self.app is not None:
            self.app.handle_message(message)

    def shutdown(self) -> None:
        """Stop the app (if it was built) and release the lock."""
        if self.app is not None:
            self.app.shutdown()
        else:
            self.shell.hide()
        self.guard.release()


def no_display_reason(environ: Mapping[str, str] = os.environ,
                      platform: str = sys.platform) -> str:
    """Why no window can be shown here (Qt itself would abort with six lines), or ``""``."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("There is no display to show the app on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set); start it from your desktop session.")


def run_app(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Start the tray app (or hand off to the running one)."""
    try:
        data_dir = ensure_writable(resolve_data_dir(getattr(args, "data_dir", None)))
    except DataDirError as error:
        print(f"wellbeing: error: {error}", file=sys.stderr)
        return 2
    from wellbeing_app.domain.errors import ValidationError

    try:
        message = launch_message(args)
    except ValidationError as error:
        print(f"wellbeing: error: {error.message}", file=sys.stderr)
        return 2
    missing = no_display_reason()
    if missing:
        print(f"wellbeing: error: {missing}", file=sys.stderr)
        return 2
    # Windows: tie this process to the Start-menu shortcut's id, before the first window.
    set_app_user_model_id()
    # A fixed argv[0] gives a stable WM_CLASS ("wellbeing") however we were launched.
    qapp = QApplication(["wellbeing"])
    qapp.setApplicationName(APP_NAME)
    # The installed .desktop file's name (packaging/linux), so Wayland shells match our windows.
    qapp.setDesktopFileName(APP_DESKTOP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    guard = SingleInstanceGuard(data_dir)
    if not guard.lock():
        return _handoff(data_dir, message)
    icon = app_icon()
    qapp.setWindowIcon(icon)
    actions = AppActions()
    shell = make_shell(icon, actions, force_panel=os.environ.get("WELLBEING_FORCE_PANEL") == "1")
    launch = Launch(qapp, guard, data_dir, clock or SystemClock(), shell, actions)
    # Give the tray host a moment to embed the icon before the store loads (start budget).
    QTimer.singleShot(AFTER_ICON_DELAY_MS, lambda: launch.after_icon(args.command, message))
    try:
        return qapp.exec()
    finally:
        launch.shutdown()


def run_in_running_app(args: argparse.Namespace) -> int:
    """``notice`` / ``undo``: only the running app can act; without one, say so (exit 1)."""
    from wellbeing_app.ui.single_instance import send_to_running

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if send_to_running(data_dir, args.command):
        return 0
    print(f"wellbeing: error: {APP_NAME} is not running for {data_dir}.", file=sys.stderr)
    return 1


def run_status(args: argparse.Namespace) -> int:
    """Print the running app's summary line, or say that it is not running (exit 1)."""
    from wellbeing_app.ui.single_instance import query_running

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    reply = query_running(data_dir)
    if reply is None:
        print(f"{APP_NAME} is not running for {data_dir}.", file=sys.stderr)
        return 1
    print(reply)
    return 0


def self_test_windows(args: argparse.Namespace) -> int:
    """Build every window offscreen and check the log flow; print what failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from wellbeing_app.ui.window_self_test import run_window_checks

    def quiet_offscreen(_kind: object, _context: object, message: str) -> None:
        # The offscreen platform reports window-manager calls it cannot do; that is not a fault.
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    qapp = QApplication.instance() or QApplication(["wellbeing"])
    problems = run_window_checks(qapp)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print("self-test passed: store, migrations, content and every window are healthy")
    return 1 if problems else 0
