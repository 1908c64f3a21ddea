"""Content in the agent's language: a translation file laid over the English one, id by id.

A translation file (``resources/content/de/tips.toml``) has the same shape as its English file but
holds only the texts: entries of a list of tables are matched by ``id``, so numbers, timings,
phase kinds and sources stay in one place and a translator cannot change an exercise's dose.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from typing import Any

#: Keys whose values are data or citations, never shown as translatable prose.
NOT_TRANSLATED = frozenset({"id", "source", "default_script", "default_pattern", "phases",
                            "lead_in", "groups"})
_FORMATTER = string.Formatter()
_KEY = re.compile(r"^\w+$")


def overlay(english: Mapping[str, Any], translated: Mapping[str, Any]) -> dict[str, Any]:
    """The English document with every text the translation provides put in its place.

    Anything the translation lacks stays English (the content-id test keeps shipped languages
    complete); anything it adds that English does not have is ignored, so a stale translation
    can never invent an exercise or a category.
    """
    merged: dict[str, Any] = {}
    for key, value in english.items():
        other = translated.get(key)
        if key in NOT_TRANSLATED or other is None:
            merged[key] = value
        elif isinstance(value, Mapping) and isinstance(other, Mapping):
            merged[key] = overlay(value, other)
        elif _is_table_list(value) and isinstance(other, list):
            merged[key] = _overlay_by_id(value, other)
        elif _same_kind(value, other):
            merged[key] = other
        else:
            merged[key] = value
    return merged


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, Mapping) and "id" in item for item in value)


def _overlay_by_id(english: list[Any], translated: list[Any]) -> list[Any]:
    by_id = {item.get("id"): item for item in translated if isinstance(item, Mapping)}
    return [overlay(item, by_id[item["id"]]) if item["id"] in by_id else item
            for item in english]


def _same_kind(english: object, translated: object) -> bool:
    """A text for a text; a list of texts of the same length for a list of texts."""
    if isinstance(english, str):
        return isinstance(translated, str) and bool(translated.strip())
    if isinstance(english, list) and all(isinstance(item, str) for item in english):
        return (isinstance(translated, list) and len(translated) == len(english)
                and all(isinstance(item, str) and item.strip() for item in translated))
    return False


def text_leaves(document: Mapping[str, Any], path: str = "") -> Iterator[tuple[str, str]]:
    """Every translatable text as (path, text): ``tips.general[1]``, ``group[neck].name``."""
    for key, value in document.items():
        if key in NOT_TRANSLATED or not _KEY.match(str(key)):
            continue
        here = f"{path}.{key}" if path else str(key)
        if isinstance(value, str):
            yield here, value
        elif isinstance(value, Mapping):
            yield from text_leaves(value, here)
        elif _is_table_list(value):
            for item in value:
                yield from text_leaves(item, f"{here}[{item['id']}]")
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
