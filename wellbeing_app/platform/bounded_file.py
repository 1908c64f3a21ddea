"""Reading a small file that someone else controls (the admin policy): bounded, never blocking.

A FIFO, a folder, ``/dev/zero``, a link loop or a huge file is refused with one clear reason
instead of hanging, exhausting memory or being silently skipped; TOML nested deeper than
``MAX_TOML_DEPTH`` is refused too (CPython's parser would raise ``RecursionError``).
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

MAX_TOML_DEPTH = 16


def read_bounded_text(path: Path, max_bytes: int) -> str:
    """The UTF-8 text of a regular file of at most ``max_bytes``.

    Raises:
        ValueError: with the reason, for anything else.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("a folder, not a file" if stat.S_ISDIR(info.st_mode)
                             else "not a regular file (a FIFO, device or socket)")
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # swapped since stat()
                raise ValueError("not a regular file")
            data = os.read(descriptor, max_bytes + 1)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise ValueError(error.strerror or str(error)) from None
    if len(data) > max_bytes or info.st_size > max_bytes:
        raise ValueError(f"larger than {max_bytes // 1024} KiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None


def load_toml_bounded(text: str, max_depth: int = MAX_TOML_DEPTH) -> dict[str, Any]:
    """Parse TOML, refusing nesting deeper than ``max_depth`` (raises ``ValueError``)."""
    if _bracket_depth(text) > max_depth * 2:
        raise ValueError(f"nested deeper than {max_depth} levels")
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ValueError(f"nested deeper than {max_depth} levels") from None
    if _value_depth(data) > max_depth:
        raise ValueError(f"nested deeper than {max_depth} levels")
    return data


def _bracket_depth(text: str) -> int:
    """An upper bound of the nesting (brackets in strings count too): cheap and never recursive."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    return deepest


def _value_depth(value: object) -> int:
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest
