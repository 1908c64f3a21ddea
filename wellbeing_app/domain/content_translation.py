"""Content in the agent's language: a translation file laid over the English one, id by id.

A translation file (``resources/content/de/tips.toml``) has the same shape as its English file but
holds only the texts: entries of a list of tables are matched by ``id``, so numbers, timings,
phase kinds and group lists stay in one place and a translator cannot change an exercise's dose.

``source`` means two things. Inside an id'd entry (a breathing ``[[pattern]]``, a PMR
``[[script]]``) it is the citation shown beside the exercise ("Source: …"), so it is a text and is
translated; the citations in it (authors, years, volume:page) must stay exact, which the content
test checks. Anywhere else (a file's top-level ``source = "Between Calls content, CONTENT.md §4"``)
it is the file's provenance: never shown, never translated.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from typing import Any

#: Keys whose values are data, never shown as translatable prose.
NOT_TRANSLATED = frozenset({"id", "default_script", "default_pattern", "phases", "lead_in",
                            "groups"})
#: A file's provenance outside an id'd entry; inside one the same key is the shown citation.
PROVENANCE = "source"
_FORMATTER = string.Formatter()
_KEY = re.compile(r"^\w+$")


def overlay(english: Mapping[str, Any], translated: Mapping[str, Any]) -> dict[str, Any]:
    """The English document with every text the translation provides put in its place.

    Anything the translation lacks stays English (the content-id test keeps shipped languages
    complete); anything it adds that English does not have is ignored, so a stale translation
    can never invent an exercise or a category.
    """
    return _overlay(english, translated, in_entry=False)


def _overlay(english: Mapping[str, Any], translated: Mapping[str, Any],
             in_entry: bool) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key, value in english.items():
        other = translated.get(key)
        if _fixed(key, in_entry) or other is None:
            merged[key] = value
        elif isinstance(value, Mapping) and isinstance(other, Mapping):
            merged[key] = _overlay(value, other, in_entry=False)
        elif _is_table_list(value) and isinstance(other, list):
            merged[key] = _overlay_by_id(value, other)
        elif _same_kind(value, other):
            merged[key] = other
        else:
            merged[key] = value
    return merged


def _fixed(key: object, in_entry: bool) -> bool:
    """Data, or a file's provenance: the English value stands whatever the translation says."""
    return key in NOT_TRANSLATED or (key == PROVENANCE and not in_entry)


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, Mapping) and "id" in item for item in value)


def _overlay_by_id(english: list[Any], translated: list[Any]) -> list[Any]:
    by_id = {item.get("id"): item for item in translated if isinstance(item, Mapping)}
    return [_overlay(item, by_id[item["id"]], in_entry=True) if item["id"] in by_id else item
            for item in english]


def _same_kind(english: object, translated: object) -> bool:
    """A text for a text; a list of texts of the same length for a list of texts."""
    if isinstance(english, str):
        return isinstance(translated, str) and bool(translated.strip())
    if isinstance(english, list) and all(isinstance(item, str) for item in english):
        return (isinstance(translated, list) and len(translated) == len(english)
                and all(isinstance(item, str) and item.strip() for item in translated))
    return False


def text_leaves(document: Mapping[str, Any], path: str = "",
                in_entry: bool = False) -> Iterator[tuple[str, str]]:
    """Every translatable text as (path, text): ``tips.general[1]``, ``pattern[box].source``."""
    for key, value in document.items():
        if _fixed(key, in_entry) or not _KEY.match(str(key)):
            continue
        here = f"{path}.{key}" if path else str(key)
        if isinstance(value, str):
            yield here, value
        elif isinstance(value, Mapping):
            yield from text_leaves(value, here)
        elif _is_table_list(value):
            for item in value:
                yield from text_leaves(item, f"{here}[{item['id']}]", in_entry=True)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{here}[{index}]", item


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields a text fills in at run time (``{min_group}`` …)."""
    try:
        return frozenset(field for _, field, _, _ in _FORMATTER.parse(text) if field)
    except ValueError:
        return frozenset({"<unbalanced braces>"})


#: The parts of a citation a translation keeps exactly: a journal with volume:page
#: ("Appl Psychophysiol Biofeedback 46:19–28", "Physiol Rep 10:e15389"), a table number
#: ("28.6-2"), a year, and an author's surname (before "et al.", "&", ", Name", a year or "'s",
#: or after "&").
_CITATION = re.compile(
    r"\b(?:[A-Z][a-z]+ )*\d+:e?\d+(?:[–-]\d+)?\b"
    r"|\b\d+(?:\.\d+)+-\d+\b"
    r"|\b(?:19|20)\d\d\b"
    r"|\b[A-Z][a-zà-ÿ]+(?= et al\.| &|, [A-Z]| (?:19|20)\d\d\b|'s\b)"
    r"|(?<=& )[A-Z][a-zà-ÿ]+\b")


def citations(text: str) -> tuple[str, ...]:
    """The citation tokens of a source line, in order: ``("Röttger", "2021", …)``."""
    return tuple(_CITATION.findall(text))
