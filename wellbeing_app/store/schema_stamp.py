"""The migrations this build expects, readable without importing sqlite-utils.

``Journal.open`` compares this with the ``_sqlite_migrations`` table using plain sqlite3, so
the tray app only imports sqlite-utils (≈13 MiB, ≈50 ms) when a migration is actually pending.
A unit test keeps this list equal to the registered migration sets.
"""

from __future__ import annotations

EXPECTED_MIGRATIONS: dict[str, tuple[str, ...]] = {
    "between_calls": ("0001_calls_and_settings",),
    "between_calls_exercises": ("0001_exercise_sessions", "0002_rating_totals_by_exercise"),
    "between_calls_trends": ("0001_day_hour_and_category_rollups",),
    "between_calls_team": ("0001_shared_summaries",),
    "between_calls_reminders": ("0001_check_ins",),
    "between_calls_workload": ("0001_call_spans",),
}
