"""Linux and other freedesktop systems: a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from wellbeing_app import APP_NAME
from wellbeing_app.platform.autostart.autostart_backend import (
    AUTOSTART_ID,
    AutostartError,
    AutostartStatus,
)


def xdg_config_home(environ: Mapping[str, str], home: Path) -> Path:
    """``$XDG_CONFIG_HOME`` when it is an absolute path, else ``~/.config`` (XDG spec)."""
    configured = environ.get("XDG_CONFIG_HOME", "")
    return Path(configured) if os.path.isabs(configured) else home / ".config"


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`=")
_VALUE_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _quote_arg(arg: str) -> str:
    """Quote one argument per the Desktop Entry spec's ``Exec`` rules."""
    arg = arg.replace("%", "%%")
    if arg and not _RESERVED.intersection(arg):
        return arg
    for char in "\\\"`$":
        arg = arg.replace(char, "\\" + char)
    return f'"{arg}"'


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value for ``command``, escaped again as a string value (backslashes doubled)."""
    line = " ".join(_quote_arg(arg) for arg in command).replace("\\", "\\\\")
    return line.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def parse_exec(value: str) -> tuple[str, ...]:
    """Inverse of ``exec_line``: unescape the string value, then split the quoted arguments."""
    unescaped, chars = "", iter(value)
    for char in chars:
        unescaped += _VALUE_ESCAPES.get(next(chars, ""), "") if char == "\\" else char
    return tuple(arg.replace("%%", "%") for arg in _split_quoted(unescaped))


def _split_quoted(line: str) -> list[str]:
    """Split on blanks outside double quotes; inside them a backslash escapes the next character."""
    args: list[str] = []
    current: str | None = None
    quoted, chars = False, iter(line)
    for char in chars:
        if quoted and char == "\\":
            current = (current or "") + next(chars, "")
        elif char == '"':
            quoted, current = not quoted, current or ""
        elif char in " \t" and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + char
    if quoted:
        raise ValueError("unterminated quote in Exec")
    return [*args, current] if current is not None else args


def _parse_entry(text: str) -> dict[str, str]:
    """Keys of the ``[Desktop Entry]`` group."""
    keys: dict[str, str] = {}
    in_group = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            in_group = stripped == "[Desktop Entry]"
        elif in_group and "=" in stripped and not stripped.startswith("#"):
            key, value = stripped.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


class XdgAutostartEntry:
    """The XDG autostart entry (GNOME, KDE, Xfce, Cinnamon, MATE, LXQt all read it).

    Args:
        directory: The autostart folder, normally ``$XDG_CONFIG_HOME/autostart``.
    """

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"{AUTOSTART_ID}.desktop"

    def status(self) -> AutostartStatus:
        """Enabled unless the file is missing, ``Hidden=true`` or switched off in GNOME."""
        try:
            keys = _parse_entry(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return AutostartStatus(False, str(self.path))
        except (OSError, UnicodeDecodeError) as error:
            raise AutostartError(f"Cannot read {self.path}: "
                                 f"{getattr(error, 'strerror', None) or error}") from error
        enabled = (keys.get("Hidden", "false").lower() != "true"
                   and keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false")
        try:
            command = parse_exec(keys.get("Exec", ""))
        except ValueError:
            command = ()
        return AutostartStatus(enabled, str(self.path), command)

    def enable(self, command: Sequence[str]) -> None:
        """Write the entry atomically (temp file, then rename)."""
        text = "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Log tough calls and take a one-minute reset between calls",
            f"Exec={exec_line(command)}",
            f"Icon={AUTOSTART_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "X-GNOME-Autostart-Delay=5",
            "",
        ])
        temp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, self.path)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise AutostartError(f"Cannot write {self.path}: {error.strerror or error}") from error

    def disable(self) -> None:
        """Delete the entry (a system-wide entry would need ``Hidden=true``; we never make one)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"Cannot remove {self.path}: {error.strerror or error}") from error
