"""The tray and window icons, rendered from the shipped SVG."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from wellbeing_app.platform.resources import resource_path

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def render_svg(svg: bytes, size: int) -> QPixmap:
    """Rasterise an SVG at an exact pixel size, so small sizes stay crisp."""
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The Between Calls icon at every size a tray or title bar asks for."""
    svg = resource_path("icon.svg").read_bytes()
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_svg(svg, size))
    return icon
