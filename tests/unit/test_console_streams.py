"""CLI output never fails to encode: UTF-8 when redirected, replaced on a console."""

from __future__ import annotations

import io

import pytest

from wellbeing_app.cli.console_streams import make_stream_safe


class _Console(io.BytesIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("raw", "environ", "expected"), [
    (io.BytesIO(), {}, "a → b".encode()),
    (io.BytesIO(), {"PYTHONIOENCODING": "cp1252"}, b"a \\u2192 b"),
    (_Console(), {}, b"a ? b"),
])
def test_output_never_fails_to_encode(raw: io.BytesIO, environ: dict[str, str],
                                      expected: bytes) -> None:
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    make_stream_safe(stream, environ)
    stream.write("a → b")
    stream.flush()
    assert raw.getvalue() == expected
