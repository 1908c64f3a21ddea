"""One app per data directory: QLockFile decides, QLocalServer carries messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

from wellbeing_app.domain.launch_message import LaunchMessage

MESSAGE_LIMIT = 256
#: Exact messages; ``breathe``/``relax`` may also carry one exercise id (see ``is_known_message``).
KNOWN_MESSAGES = frozenset(message.value for message in LaunchMessage)


def is_known_message(raw: str) -> bool:
    """A message the app acts on: an exact known one, or ``breathe ID`` / ``relax ID``."""
    from wellbeing_app.domain.exercises.exercise_request import parse_message

    return raw in KNOWN_MESSAGES or parse_message(raw) is not None


STATUS_MESSAGE = "status"


def server_name(data_dir: Path) -> str:
    """A per-user, per-data-dir channel name (sockets live in a shared temp dir).

    crc32 rather than hashlib: importing hashlib maps OpenSSL (~2 MiB) into an idle tray app.
    """
    import getpass
    import zlib

    key = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    user = "".join(ch for ch in getpass.getuser() if ch.isalnum())[:16]
    return f"between-calls-{user}-{zlib.crc32(key):08x}"


def send_to_running(data_dir: Path, message: str, timeout_ms: int = 2000) -> bool:
    """Deliver ``message`` to the running instance; ``False`` when none answers."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((message + "\n").encode("ascii"))
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered


def query_running(data_dir: Path, timeout_ms: int = 2000) -> str | None:
    """Ask the running instance for its status line (today's summary); ``None`` if none runs."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return None
    socket.write((STATUS_MESSAGE + "\n").encode("ascii"))
    socket.waitForBytesWritten(timeout_ms)
    while not socket.canReadLine():
        if not socket.waitForReadyRead(timeout_ms):
            return None
    reply = bytes(socket.readLine(4096).data()).decode("utf-8", "replace").strip()
    socket.disconnectFromServer()
    return reply


class SingleInstanceGuard(QObject):
    """Holds the lock for the app's lifetime and listens for later launches.

    Signals:
        message_received(str): a known command from a second launch.
    """

    message_received = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / "between-calls.lock"))
        # Long-lived lock: never stale by age, only when its process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._status: Callable[[], str] = lambda: "starting"

    def set_status_provider(self, provider: Callable[[], str]) -> None:
        """What ``wellbeing status`` prints: the running app's own summary line."""
        self._status = provider

    def acquire(self) -> bool:
        """Take the lock and open the message channel; ``False`` if another app holds it."""
        if not self.lock():
            return False
        self.listen()
        return True

    def lock(self) -> bool:
        """Only take the lock (the app listens a moment later, after its icon shows)."""
        return self._lock.tryLock(200)

    def listen(self) -> None:
        """Open the message channel that later launches talk to."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        # We hold the lock, so any socket with this name is a leftover from a crash.
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._server.listen(name)

    def release(self) -> None:
        """Close the channel and drop the lock (also done at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MESSAGE_LIMIT:
                socket.abort()
            return
        raw = bytes(socket.readLine(MESSAGE_LIMIT).data()).decode("ascii", "replace").strip()
        if raw == STATUS_MESSAGE:
            socket.write((self._status() + "\n").encode("utf-8"))
            socket.flush()
        elif is_known_message(raw):
            self.message_received.emit(raw)
