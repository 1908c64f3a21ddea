"""Make CLI output encodable on every code page: UTF-8 when redirected, never a crash on a console.

WORKAROUND: on Windows, Python encodes redirected output (a file, a pipe) with the ANSI code page
(cp1252 and the like), so ``wellbeing stats > out.txt`` crashed with ``UnicodeEncodeError`` on "→".
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping
from typing import TextIO

#: Lone surrogates (undecodable file names) cannot be UTF-8 either; they are escaped, not fatal.
REDIRECTED_ERRORS = "backslashreplace"
CONSOLE_ERRORS = "replace"


def make_stream_safe(stream: TextIO | None, environ: Mapping[str, str] = os.environ) -> None:
    """Redirected output becomes UTF-8; a console keeps its encoding and replaces, never raises.

    An explicit ``PYTHONIOENCODING`` is honoured too, with unencodable characters escaped.
    """
    if not isinstance(stream, io.TextIOWrapper):
        return  # e.g. pytest's capture, or no console at all (pythonw): nothing to fix
    try:
        interactive = stream.isatty()
    except ValueError:  # closed
        return
    if interactive or environ.get("PYTHONIOENCODING"):
        stream.reconfigure(errors=CONSOLE_ERRORS if interactive else REDIRECTED_ERRORS)
    else:
        stream.reconfigure(encoding="utf-8", errors=REDIRECTED_ERRORS)


def make_console_safe(environ: Mapping[str, str] = os.environ) -> None:
    """Apply :func:`make_stream_safe` to stdout and stderr (the CLI's entry point calls this)."""
    make_stream_safe(sys.stdout, environ)
    make_stream_safe(sys.stderr, environ)
