"""Screenshots of the log dialog and the trends window in other languages, into docs/.

Run under a display (the README's pictures were taken under Xvfb):

    xvfb-run -a .venv/bin/python docs/take_language_screenshots.py [LANG ...]
"""

from __future__ import annotations

import runpy
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_app.domain.clock import ManualClock
from wellbeing_app.domain.trends.trend_range import TrendRange
from wellbeing_app.platform.resources import load_catalog, load_exercise_library
from wellbeing_app.store.journal import DB_FILENAME
from wellbeing_app.ui.i18n.translations import Translations

OUT = Path(__file__).resolve().parent
ROOT = OUT.parent
TRENDS = runpy.run_path(str(OUT / "take_trends_screenshots.py"))
TOOL = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
LANGUAGES = {"de": "de", "es": "es", "fr": "fr", "pt_br": "pt_BR"}


def shoot(widget: QWidget, name: str) -> None:
    """Save one widget as a PNG."""
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def take(language: str, qapp: QApplication, qm_dir: Path, scratch: Path) -> None:
    """The log dialog (rating and a category chosen) and the 30-day trends in ``language``."""
    from wellbeing_app.ui.calls.quick_log_dialog import QuickLogDialog
    from wellbeing_app.ui.trends.trends_window import TrendsWindow

    Translations(qapp, qm_dir).apply(language)
    name = LANGUAGES[language].replace("_", "-")
    catalog = load_catalog(LANGUAGES[language])
    library = load_exercise_library(LANGUAGES[language])
    dialog = QuickLogDialog(catalog)
    dialog.prepare_new()
    dialog.scale.set_value(7)
    next(iter(dialog.category_boxes.values())).setChecked(True)
    dialog.note.setPlainText("…" * 12)
    dialog.show()
    shoot(dialog, f"i18n-log-dialog-{name}.png")
    dialog.close()
    journal = TRENDS["demo_journal"](scratch / f"{language}-{DB_FILENAME}")
    window = TrendsWindow(journal, catalog, ManualClock(TRENDS["NOW"]), scratch,
                          label_for=library.name_of)
    window.resize(1000, 900)
    window.present()
    window.set_range(TrendRange.QUARTER)
    shoot(window, f"i18n-trends-{name}.png")
    window.close()
    journal.close()


def main(argv: list[str]) -> int:
    """Take the pictures for each language named (default: German and Spanish)."""
    qapp = QApplication(sys.argv[:1])
    qapp.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as scratch:
        qm_dir = Path(scratch) / "qm"
        TOOL["release"](qm_dir)
        for language in argv or ["de", "es"]:
            take(language, qapp, qm_dir, Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
