"""Per-day rollups of the calls table, kept exact by SQLite triggers, so trends stay fast.

Two small tables (one row per local day × hour, and per local day × category) replace
scans of every call: five years of heavy use is ~12 k rollup rows instead of 100 k calls.
The triggers run inside the writer's own transaction, so whoever writes ``calls`` (the app,
the CLI, an import) keeps them right, and nothing half-written can be seen.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

TREND_MIGRATIONS = Migrations("between_calls_trends")


def local_hour(row: str) -> str:
    """SQL for the local hour of ``row`` (``NEW``, ``OLD`` or ``calls``) from UTC and offset."""
    return (f"((CAST(substr({row}.at_utc, 12, 2) AS INTEGER) * 60 "
            f"+ CAST(substr({row}.at_utc, 15, 2) AS INTEGER) "
            f"+ {row}.utc_offset_minutes + 2880) % 1440) / 60")


def _add(row: str) -> str:
    return f"""
    INSERT INTO trend_day_hour (local_date, local_hour, calls, stress_sum)
        VALUES ({row}.local_date, {local_hour(row)}, 1, {row}.stress)
        ON CONFLICT (local_date, local_hour) DO UPDATE
        SET calls = calls + 1, stress_sum = stress_sum + excluded.stress_sum;
    INSERT INTO trend_day_category (local_date, category, calls)
        SELECT {row}.local_date, value, 1 FROM json_each({row}.categories) WHERE true
        ON CONFLICT (local_date, category) DO UPDATE SET calls = calls + 1;"""


def _remove(row: str) -> str:
    return f"""
    UPDATE trend_day_hour SET calls = calls - 1, stress_sum = stress_sum - {row}.stress
        WHERE local_date = {row}.local_date AND local_hour = {local_hour(row)};
    UPDATE trend_day_category SET calls = calls - 1
        WHERE local_date = {row}.local_date
        AND category IN (SELECT value FROM json_each({row}.categories));"""


@TREND_MIGRATIONS(name="0001_day_hour_and_category_rollups")
def _create_rollups(db: Any) -> None:
    db.execute("""CREATE TABLE trend_day_hour (
        local_date TEXT NOT NULL, local_hour INTEGER NOT NULL,
        calls INTEGER NOT NULL, stress_sum INTEGER NOT NULL,
        PRIMARY KEY (local_date, local_hour)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE trend_day_category (
        local_date TEXT NOT NULL, category TEXT NOT NULL, calls INTEGER NOT NULL,
        PRIMARY KEY (local_date, category)) WITHOUT ROWID""")
    db.execute(f"""INSERT INTO trend_day_hour
        SELECT local_date, {local_hour('calls')}, count(*), sum(stress)
        FROM calls GROUP BY 1, 2""")
    db.execute("""INSERT INTO trend_day_category
        SELECT calls.local_date, j.value, count(*) FROM calls, json_each(calls.categories) AS j
        GROUP BY 1, 2""")
    db.execute(f"CREATE TRIGGER calls_rollup_insert AFTER INSERT ON calls "
               f"BEGIN {_add('NEW')} END")
    db.execute(f"CREATE TRIGGER calls_rollup_delete AFTER DELETE ON calls "
               f"BEGIN {_remove('OLD')} END")
    db.execute("CREATE TRIGGER calls_rollup_update AFTER UPDATE OF at_utc, local_date, "
               "utc_offset_minutes, stress, categories ON calls "
               f"BEGIN {_remove('OLD')} {_add('NEW')} END")
