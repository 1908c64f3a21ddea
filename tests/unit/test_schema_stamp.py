import sqlite3
from pathlib import Path

from wellbeing_app.store.journal import Journal
from wellbeing_app.store.migrations import all_migration_sets
from wellbeing_app.store.schema_stamp import EXPECTED_MIGRATIONS


def test_stamp_lists_exactly_the_registered_migrations() -> None:
    from sqlite_utils import Database

    empty = Database(sqlite3.connect(":memory:"))  # nothing applied yet
    registered = {
        migrations.name: tuple(m.name for m in migrations.pending(empty))
        for migrations in all_migration_sets()
    }
    assert registered == EXPECTED_MIGRATIONS


def test_open_skips_sqlite_utils_when_nothing_is_pending(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "j.db"
    Journal.open(path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from wellbeing_app.store.journal import Journal\n"
        f"j = Journal.open(Path({str(path)!r}))\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
