"""The team feature's schema: the agent's audit trail ``shared_summaries`` (imported to migrate)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

TEAM_MIGRATIONS = Migrations("between_calls_team")


@TEAM_MIGRATIONS(name="0001_shared_summaries")
def _create_shared_summaries(db: Any) -> None:
    db["shared_summaries"].create(
        {"id": int, "kind": str, "week": str, "file_name": str, "sha256": str,
         "shared_at_utc": str, "content": str},
        pk="id",
        not_null={"kind", "file_name", "sha256", "shared_at_utc", "content"},
    )
