"""Every shipped language has every content text, with the same placeholders, and nothing else."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from wellbeing_app.domain.content_translation import (
    citations,
    overlay,
    placeholders,
    text_leaves,
)
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.check_ins import WEEKLY_LABELS
from wellbeing_app.domain.reminders.reminder_plan import ReminderKind
from wellbeing_app.domain.reminders.reminder_texts import parse_reminder_texts
from wellbeing_app.platform.resources import (
    CONTENT_LANGUAGES,
    load_catalog,
    load_exercise_library,
    load_reminder_texts,
    load_toml,
    resources_dir,
)

CONTENT_FILES = [path.relative_to(resources_dir()) for folder in ("content", "exercises")
                 for path in sorted((resources_dir() / folder).glob("*.toml"))]


def _read(path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@pytest.mark.parametrize("language", CONTENT_LANGUAGES)
@pytest.mark.parametrize("english_file", CONTENT_FILES, ids=str)
def test_every_text_exists_in_every_language_with_its_placeholders(
        language: str, english_file: Path) -> None:
    english = dict(text_leaves(_read(resources_dir() / english_file)))
    translated_path = resources_dir() / english_file.parent / language / english_file.name
    assert translated_path.is_file(), f"{translated_path} is missing"
    translated = dict(text_leaves(_read(translated_path)))
    missing = sorted(set(english) - set(translated))
    assert not missing, f"{language}/{english_file.name} lacks {missing}"
    for key, text in english.items():
        assert translated[key].strip(), f"{language}: {key} is empty"
        assert placeholders(translated[key]) == placeholders(text), \
            f"{language}: {key} has placeholders {placeholders(translated[key])}, " \
            f"English has {placeholders(text)}"


def _cited(token: str, text: str) -> int:
    """How often ``token`` stands in ``text`` as itself (not inside a longer word or number)."""
    return len(re.findall(rf"(?<![\w.]){re.escape(token)}(?![\w]|[.,]\d)", text))


@pytest.mark.parametrize("language", CONTENT_LANGUAGES)
@pytest.mark.parametrize("english_file", CONTENT_FILES, ids=str)
def test_a_translated_source_keeps_every_citation_exactly(
        language: str, english_file: Path) -> None:
    english = dict(text_leaves(_read(resources_dir() / english_file)))
    translated = dict(text_leaves(
        _read(resources_dir() / english_file.parent / language / english_file.name)))
    sources = {key: text for key, text in english.items() if key.endswith(".source")}
    for key, text in sources.items():
        for token, count in Counter(citations(text)).items():
            assert _cited(token, translated[key]) >= count, \
                f"{language}: {key} lost or changed {token!r}: {translated[key]!r}"
    if english_file.parent.name == "exercises":
        assert len(sources) >= 5 and sum(len(citations(t)) for t in sources.values()) >= 15


@pytest.mark.parametrize("language", CONTENT_LANGUAGES)
def test_the_shown_sources_are_in_the_language_and_the_file_provenance_is_not(
        language: str) -> None:
    english, translated = load_exercise_library(), load_exercise_library(language)
    shown = [(ours.id, ours.source, theirs.source)
             for ours, theirs in zip(english.patterns, translated.patterns, strict=True)]
    shown += [(ours.id, ours.source, theirs.source)
              for ours, theirs in zip(english.scripts, translated.scripts, strict=True)]
    for item_id, ours, theirs in shown:
        assert theirs != ours, f"{language}: {item_id} source is English"
    for english_file in CONTENT_FILES:
        parts = english_file.parts
        assert load_toml(*parts, language=language).get("source") == \
            _read(resources_dir() / english_file).get("source")


def test_the_citation_check_sees_a_dropped_or_changed_citation() -> None:
    english = "Prolonged exhalation, Röttger et al. 2021, Appl Psychophysiol Biofeedback " \
        "46:19–28; Lehrer, Vaschillo & Vaschillo 2000; Weil's breath; table 28.6-2"
    assert citations(english) == (
        "Röttger", "2021", "Appl Psychophysiol Biofeedback 46:19–28", "Lehrer", "Vaschillo",
        "Vaschillo", "2000", "Weil", "28.6-2")
    good = "Verlängertes Ausatmen, Röttger et al. 2021, Appl Psychophysiol Biofeedback " \
        "46:19–28; Lehrer, Vaschillo & Vaschillo 2000; Atem nach Weil; Tabelle 28.6-2"
    bad = [good.replace("2021", "2012"), good.replace("46:19–28", "46:19-28"),
           good.replace("Vaschillo & Vaschillo", "Vaschillo"), good.replace("28.6-2", "28,6-2"),
           good.replace("Appl Psychophysiol", "Angew Psychophysiol"),
           good.replace("Röttger", "Roettger")]

    def keeps_all(text: str) -> bool:
        return all(_cited(token, text) >= count
                   for token, count in Counter(citations(english)).items())

    assert keeps_all(good)
    assert not any(keeps_all(text) for text in bad)


def test_a_source_is_translated_inside_an_entry_and_kept_at_the_top() -> None:
    english = {"source": "CONTENT.md",
               "pattern": [{"id": "a", "name": "A", "source": "Balban et al. 2023; our choice"}],
               "limits": {"source": "CONTENT.md §1"}}
    translated = {"source": "geändert",
                  "pattern": [{"id": "a", "source": "Balban et al. 2023; von uns gewählt"}],
                  "limits": {"source": "geändert"}}
    assert overlay(english, translated) == {
        "source": "CONTENT.md",
        "pattern": [{"id": "a", "name": "A", "source": "Balban et al. 2023; von uns gewählt"}],
        "limits": {"source": "CONTENT.md §1"}}
    assert dict(text_leaves(english)) == {"pattern[a].name": "A",
                                          "pattern[a].source": "Balban et al. 2023; our choice"}


@pytest.mark.parametrize("language", CONTENT_LANGUAGES)
def test_a_translation_changes_words_never_doses(language: str) -> None:
    english, translated = load_exercise_library(), load_exercise_library(language)
    assert [p.id for p in translated.patterns] == [p.id for p in english.patterns]
    for ours, theirs in zip(english.patterns, translated.patterns, strict=True):
        assert theirs.phases == ours.phases
        assert theirs.name != "" and theirs.summary != ""
    for ours_script, their_script in zip(english.scripts, translated.scripts, strict=True):
        assert (their_script.id, their_script.group_seconds, their_script.recall) == \
            (ours_script.id, ours_script.group_seconds, ours_script.recall)
        assert [g.id for g in their_script.groups] == [g.id for g in ours_script.groups]


def test_the_agent_reads_content_in_the_shown_language() -> None:
    assert load_catalog("de").label_for("hostile") == "Wütend oder feindselig"
    assert load_catalog("fr").label_for("other") == "Autre"
    assert load_catalog().label_for("hostile") == "Angry or hostile"
    assert load_reminder_texts("es").headlines[ReminderKind.MICRO_BREAK] == "Un momento para ti"
    assert "{min_group}" in load_toml("content", "team_sharing.toml",
                                      language="pt_BR")["privacy"]["anonymous"]


def test_the_weekly_answers_are_content_in_every_language() -> None:
    assert load_reminder_texts().weekly_labels == WEEKLY_LABELS
    assert load_reminder_texts("fr").weekly_labels[0] == "pas du tout"
    for language in CONTENT_LANGUAGES:
        labels = load_reminder_texts(language).weekly_labels
        assert len(labels) == 5 and not set(labels) & set(WEEKLY_LABELS), language
    english = load_toml("content", "reminders.toml")
    del english["scale"]
    with pytest.raises(ValidationError, match="5 answers for weekly_stress"):
        parse_reminder_texts(english)


def test_a_language_we_do_not_ship_reads_english() -> None:
    assert load_catalog("ja") == load_catalog("en")


def test_overlay_matches_entries_by_id_and_ignores_what_english_lacks() -> None:
    english = {"source": "CONTENT.md", "seconds": 5,
               "item": [{"id": "a", "name": "A", "seconds": 3}, {"id": "b", "name": "B"}],
               "tips": {"general": ["one", "two"]}}
    translated = {"source": "changed", "seconds": 9, "invented": "x",
                  "item": [{"id": "b", "name": "Be"}, {"id": "zz", "name": "ZZ"},
                           {"id": "a", "name": "Ah", "seconds": 99}],
                  "tips": {"general": ["uno"]}}
    merged = overlay(english, translated)
    assert merged == {"source": "CONTENT.md", "seconds": 5,
                      "item": [{"id": "a", "name": "Ah", "seconds": 3},
                               {"id": "b", "name": "Be"}],
                      "tips": {"general": ["one", "two"]}}


def test_placeholders_are_read_like_str_format_reads_them() -> None:
    assert placeholders("at least {min_group} of {aggregator}") == {"min_group", "aggregator"}
    assert placeholders("no fields") == frozenset()
    assert placeholders("broken {") == {"<unbalanced braces>"}
