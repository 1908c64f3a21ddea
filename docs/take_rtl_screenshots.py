"""Right-to-left screenshots of a few windows for the README (mirroring, before an RTL language).

    xvfb-run -a .venv/bin/python -m docs.take_rtl_screenshots

Every window is covered by tests/gui/test_pseudo_locale.py (set WELLBEING_RTL_SHOTS=DIR to keep
its pictures); this script keeps three of them in docs/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.all_windows import every_window
from tests.support.catalogues import translations_tool
from wellbeing_app.ui.i18n.translations import Translations

OUT = Path(__file__).resolve().parent
KEEP = ("log-dialog", "trends-0", "breathing-setup")


def main() -> int:
    """Show every window right to left; save the ones in ``KEEP``."""
    qapp = QApplication(sys.argv[:1])
    qapp.setStyle("Fusion")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    with tempfile.TemporaryDirectory() as scratch:
        qm_dir = Path(scratch) / "qm"
        translations_tool().release(qm_dir)
        Translations(qapp, qm_dir).apply("en")  # English words, plural forms included
        for name, window in every_window(Path(scratch)):
            if name in KEEP:
                target = OUT / f"rtl-{name}.png"
                window.grab().save(str(target))
                print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
