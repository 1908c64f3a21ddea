"""Render the app icon set (PNG sizes, ICO, ICNS) from resources/icon.svg.

Usage: ``python packaging/make_icons.py [OUTPUT_DIR]`` (default: build/icons). Qt's SVG renderer
draws each size separately, so small sizes stay crisp; ICO and ICNS are written with ``struct``
holding PNG images, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icon.svg"
DEFAULT_OUTPUT = ROOT / "build" / "icons"
BASENAME = "BetweenCalls"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: ICNS element type → pixel size (the ``@2x`` types hold the doubled size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: bytes, size: int) -> bytes:
    """One square PNG of the SVG at exactly ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # WORKAROUND: PySide6's stubs type the format as bytes; save() refuses bytes at run time.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (size 256 is written as 0, per the format)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG elements, one per type in ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(output: Path = DEFAULT_OUTPUT, svg_path: Path = SOURCE_SVG) -> list[Path]:
    """Write ``png/<N>.png``, ``BetweenCalls.ico`` and ``BetweenCalls.icns``; return the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    svg = svg_path.read_bytes()
    pngs = {size: render_png(svg, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    (output / "png").mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        target = output / "png" / f"{size}.png"
        target.write_bytes(pngs[size])
        written.append(target)
    ico = output / f"{BASENAME}.ico"
    ico.write_bytes(build_ico({size: pngs[size] for size in ICO_SIZES}))
    icns = output / f"{BASENAME}.icns"
    icns.write_bytes(build_icns(pngs))
    (output / f"{BASENAME}.svg").write_bytes(svg)
    return [*written, ico, icns]


if __name__ == "__main__":
    target_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    for path in make_icons(target_dir):
        print(path)
