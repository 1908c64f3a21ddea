"""The preview's plain words about where each file goes and who can read it."""

from __future__ import annotations

from collections.abc import Sequence

from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.team.share_files import KIND_NAMED, KIND_SEALED, ShareFile

NO_AGGREGATOR = ("Anonymous sharing is not offered: your organisation's policy names no "
                 "aggregator (team_aggregator_public_key), and without one your lead could read "
                 "each anonymous file. Named sharing still works.")


def sharing_words(settings: TeamSettings, files: Sequence[ShareFile],
                  enrolled: bool | None) -> list[str]:
    """One sentence per file, plus why anonymous sharing is missing or may not count yet."""
    kinds = {file.kind: file for file in files}
    words = []
    if KIND_SEALED in kinds:
        who = settings.aggregator_name
        words.append(
            f"Anonymous part: {kinds[KIND_SEALED].name} is sealed for {who}; only {who} can "
            "open it. Inside, a pseudonym that changes every week stands in for you. Your lead "
            f"sees only team figures that {who} publishes when at least {settings.min_group} "
            "enrolled agents contributed, with noise added.")
        if enrolled is False:
            words.append("You are not on the team's roster yet, so the aggregator will not "
                         "count this file: ask IT to enroll you (wellbeing summary "
                         "enroll-request makes the request file).")
    elif not settings.anonymous_offered:
        words.append(NO_AGGREGATOR)
    if KIND_NAMED in kinds:
        words.append(f"Named part: {kinds[KIND_NAMED].name} is signed and readable by your lead "
                     f"under the name “{settings.display_name}”.")
    if not files:
        words.append("Nothing would be written: choose anonymous or named sharing first.")
    return words
