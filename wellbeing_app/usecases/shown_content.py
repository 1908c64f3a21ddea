"""The shipped content (categories, tips, exercises) in the language the app shows.

One owner for the running app: whoever builds something the agent reads (the log dialog, the
acknowledgment, an exercise window, the offer after a call, trends and team labels) asks for
``catalog()`` or ``library()`` at that moment, so a language switched live is what the next
window shows, without a restart.
"""

from __future__ import annotations

from collections.abc import Callable

from wellbeing_app.domain.calls.catalog import Catalog
from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.platform.resources import load_catalog, load_exercise_library


class ShownContent:
    """Content of one language at a time; ``switch`` reads another language's files."""

    def __init__(self, language: str,
                 catalog_loader: Callable[[str], Catalog] = load_catalog,
                 library_loader: Callable[[str], ExerciseLibrary] = load_exercise_library,
                 ) -> None:
        self._load_catalog = catalog_loader
        self._load_library = library_loader
        self.language = language
        self._catalog = catalog_loader(language)
        self._library: ExerciseLibrary | None = None

    def catalog(self) -> Catalog:
        """Categories, flags and tips in the shown language."""
        return self._catalog

    def library(self) -> ExerciseLibrary:
        """Breathing patterns and PMR scripts, read on first use.

        A broken exercise file raises here, so the root can name the exercises in its start-up
        notice and leave them out; the rest of the content still works.
        """
        if self._library is None:
            self._library = self._load_library(self.language)
        return self._library

    def switch(self, language: str) -> None:
        """Read ``language``'s content; on any error nothing changes (the old language stays).

        The exercise library is read again only if it was in use.
        """
        if language == self.language:
            return
        catalog = self._load_catalog(language)
        library = self._load_library(language) if self._library is not None else None
        self.language, self._catalog, self._library = language, catalog, library
