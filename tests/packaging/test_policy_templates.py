"""The ADMX/ADML and .mobileconfig templates: current, well-formed, complete, and readable back."""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

import pytest

from scripts.translations import TS_DIR
from wellbeing_app.domain.settings.declaration import SettingSpec, setting_specs
from wellbeing_app.platform.settings.managed_preferences import read_managed_preferences
from wellbeing_app.platform.settings.registry_policy import (
    POLICY_KEY,
    RECOMMENDED_SUBKEY,
    read_registry_policy,
)

import policy_templates

NS = {"p": policy_templates.ADMX_NS}


def test_committed_templates_match_the_declaration() -> None:
    assert policy_templates.ADMX_PATH.read_text(encoding="utf-8") == policy_templates.admx()
    for language in policy_templates.phrases():
        assert policy_templates.adml_path(language).read_text(encoding="utf-8") == (
            policy_templates.adml(language)), language
    assert policy_templates.MOBILECONFIG_PATH.read_bytes() == policy_templates.mobileconfig(), (
        "run: python packaging/policy_templates.py")


def _admx() -> ET.Element:
    return ET.fromstring(policy_templates.admx())


def _adml() -> ET.Element:
    return ET.fromstring(policy_templates.adml())


def _value_name(policy: ET.Element) -> str | None:
    if policy.get("valueName"):
        return policy.get("valueName")
    element = policy.find("p:elements/*", NS)
    return None if element is None else element.get("valueName")


@pytest.mark.parametrize(("tree", "key"), [("Locked", POLICY_KEY),
                                           ("Recommended", f"{POLICY_KEY}\\{RECOMMENDED_SUBKEY}")])
def test_every_lockable_setting_has_a_policy(tree: str, key: str) -> None:
    policies = {p.get("name"): p for p in _admx().iterfind("p:policies/p:policy", NS)}
    for spec in policy_templates.lockable_specs():
        policy = policies[f"{tree}_{spec.key}"]
        assert policy.get("key") == key
        assert policy.get("class") == "Both"  # HKLM per machine, HKCU per user
        assert _value_name(policy) == spec.key
    assert {s.key for s in setting_specs()} == {s.key for s in policy_templates.lockable_specs()}


def test_every_string_and_presentation_the_admx_names_is_in_the_adml() -> None:
    admx = policy_templates.admx()
    table = _adml().find("p:resources", NS)
    assert table is not None
    strings = {s.get("id") for s in table.iterfind("p:stringTable/p:string", NS)}
    presentations = {p.get("id"): p for p in table.iterfind("p:presentationTable/p:presentation",
                                                              NS)}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx)) <= strings
    for policy in _admx().iterfind("p:policies/p:policy", NS):
        reference = policy.get("presentation")
        elements = {e.get("id") for e in policy.iterfind("p:elements/*", NS)}
        if reference is None:
            assert not elements
            continue
        presentation = presentations[reference.removeprefix("$(presentation.").rstrip(")")]
        assert {child.get("refId") for child in presentation} == elements


def _registry_data(spec: SettingSpec) -> object:
    """What Group Policy writes for an enabled policy holding the default value."""
    if spec.kind is bool:
        return 1 if spec.default else 0
    if spec.kind is int:
        return int(spec.default)
    if spec.editor == "path":
        return r"\\fileserver\wellbeing\team-7"
    return str(spec.default) or "x"


class _Registry:
    def __init__(self, values: Mapping[str, Mapping[str, object]]) -> None:
        self._values = values

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        return self._values.get(key)


def test_what_the_admx_writes_reads_back_as_a_valid_policy() -> None:
    specs = policy_templates.lockable_specs()
    written = {POLICY_KEY: {s.key: _registry_data(s) for s in specs} | {"LockReason": "IT"}}
    policy = read_registry_policy(_Registry(written), "HKLM")
    assert policy is not None
    assert policy.problems == ()
    assert set(policy.locked) == {s.key for s in specs}


def test_mobileconfig_payload_reads_back_through_the_managed_preferences_reader(
        tmp_path: Path) -> None:
    profile = plistlib.loads(policy_templates.mobileconfig())
    assert profile["PayloadType"] == "Configuration"
    payload = profile["PayloadContent"][0]
    assert payload["PayloadType"] == "org.betweencalls.BetweenCalls"
    managed = tmp_path / "org.betweencalls.BetweenCalls.plist"
    managed.write_bytes(plistlib.dumps(payload))
    policy = read_managed_preferences(managed)
    assert policy is not None and policy.problems == ()
    assert set(policy.presets) == {s.key for s in policy_templates.lockable_specs()}


@pytest.mark.parametrize("language", sorted(policy_templates.phrases()))
def test_every_language_has_the_same_policies_and_the_apps_translations(language: str) -> None:
    def ids(text: str) -> set[tuple[str, str | None]]:
        return {(e.tag, e.get("id")) for e in ET.fromstring(text).iter() if e.get("id")}

    translated = policy_templates.adml(language)
    assert policy_templates.adml_path(language).read_text(encoding="utf-8") == translated
    assert ids(translated) == ids(policy_templates.adml())
    english, wanted = policy_templates.phrases()["en"], policy_templates.phrases()[language]
    assert wanted.keys() == english.keys()
    for name, text in english.items():
        assert set(re.findall(r"\{\w+\}", wanted[name])) == set(re.findall(r"\{\w+\}", text))
    support_line = next(s for s in setting_specs() if s.key == "support_line")
    label = policy_templates.catalogue(language).get(support_line.label, support_line.label)
    assert f">{label}</string>" in translated


def test_a_template_for_every_shipped_language() -> None:
    shipped = {p.stem.removeprefix("between_calls_")
               for p in TS_DIR.glob("between_calls_*.ts")}
    assert set(policy_templates.phrases()) == shipped
    assert policy_templates.catalogue("de")  # the German catalogue really is read
