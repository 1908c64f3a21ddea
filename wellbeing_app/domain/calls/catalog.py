"""The content catalog: call categories, flags and coaching tips, parsed from data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError


@dataclass(frozen=True)
class Choice:
    """An id the store keeps and a label the agent reads."""

    id: str
    label: str


@dataclass(frozen=True)
class Catalog:
    """Everything the log dialog and acknowledgment need to say."""

    categories: tuple[Choice, ...]
    flags: tuple[Choice, ...]
    tips: Mapping[str, tuple[str, ...]]
    serious_message: str
    supervisor_suggestion: str
    source: str
    supervisor_suggestion_high: str = ""  # a 9–10 without abuse: no word about abuse

    @property
    def category_ids(self) -> tuple[str, ...]:
        """The ids accepted by ``--category``."""
        return tuple(choice.id for choice in self.categories)

    @property
    def category_labels(self) -> dict[str, str]:
        """Category id → label, for summaries and reports."""
        return {choice.id: choice.label for choice in self.categories}

    def label_for(self, category_id: str) -> str:
        """Human label for a category id (the id itself if unknown)."""
        for choice in self.categories:
            if choice.id == category_id:
                return choice.label
        return category_id


def _choices(raw: Any, section: str) -> tuple[Choice, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValidationError(section, f"Content section [{section}] must be a non-empty list.")
    out = []
    for item in raw:
        if not isinstance(item, Mapping) or not {"id", "label"} <= set(item):
            raise ValidationError(section, f"Every {section} entry needs an id and a label.")
        out.append(Choice(id=str(item["id"]), label=str(item["label"])))
    return tuple(out)


def parse_catalog(calls: Mapping[str, Any], tips: Mapping[str, Any]) -> Catalog:
    """Build a catalog from the parsed ``calls.toml`` and ``tips.toml`` documents."""
    categories = _choices(calls.get("category"), "category")
    flags = _choices(calls.get("flag"), "flag")
    by_key: dict[str, tuple[str, ...]] = {}
    raw_tips = tips.get("tips", {})
    if not isinstance(raw_tips, Mapping) or "general" not in raw_tips:
        raise ValidationError("tips", "tips.toml needs a [tips] table with a 'general' list.")
    for key, texts in raw_tips.items():
        if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
            raise ValidationError("tips", f"Tips for {key!r} must be a list of texts.")
        by_key[str(key)] = tuple(texts)
    serious = tips.get("serious", {})
    return Catalog(
        categories=categories,
        flags=flags,
        tips=by_key,
        serious_message=str(serious.get("message", "")),
        supervisor_suggestion=str(serious.get("supervisor", "")),
        source=str(calls.get("source", "")),
        supervisor_suggestion_high=str(serious.get("supervisor_high", "")),
    )
