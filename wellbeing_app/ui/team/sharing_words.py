"""Where each previewed file goes and who can read it, in the shown language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from wellbeing_app.domain.team.team_settings import TeamSettings
from wellbeing_app.team.share_files import KIND_NAMED, KIND_SEALED, ShareFile


class SharingWords(QObject):
    """The same sentences as ``team.share_words`` (which the CLI prints in English)."""

    def lines(self, settings: TeamSettings, files: Sequence[ShareFile],
              enrolled: bool | None) -> list[str]:
        """One sentence per file, plus why anonymous sharing is missing or may not count yet."""
        kinds = {file.kind: file for file in files}
        words = []
        if KIND_SEALED in kinds:
            words.append(self.tr(
                "Anonymous part: {file} is sealed for {aggregator}; only {aggregator} can open "
                "it. Inside, a pseudonym that changes every week stands in for you. Your lead "
                "sees only team figures that {aggregator} publishes when at least {min_group} "
                "enrolled agents contributed, with noise added.").format(
                    file=kinds[KIND_SEALED].name, aggregator=settings.aggregator_name,
                    min_group=settings.min_group))
            if enrolled is False:
                words.append(self.tr(
                    "You are not on the team's roster yet, so the aggregator will not count this "
                    "file: ask IT to enroll you (wellbeing summary enroll-request makes the "
                    "request file)."))
        elif not settings.anonymous_offered:
            words.append(self.tr(
                "Anonymous sharing is not offered: your organisation's policy names no "
                "aggregator, and without one your lead could read each anonymous file. Named "
                "sharing still works."))
        if KIND_NAMED in kinds:
            words.append(self.tr("Named part: {file} is signed and readable by your lead under "
                                 "the name “{name}”.").format(file=kinds[KIND_NAMED].name,
                                                               name=settings.display_name))
        if not files:
            words.append(self.tr("Nothing would be written: choose anonymous or named sharing "
                                 "first."))
        return words
