"""Group Policy (ADMX/ADML) and macOS (.mobileconfig) templates, generated from the declaration.

Run ``python packaging/policy_templates.py`` after changing ``domain/settings/declaration.py``;
tests/packaging/test_policy_templates.py fails while the committed files are out of date.
"""

from __future__ import annotations

import plistlib
import sys
import tomllib
import uuid
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from scripts.translations import read_ts, ts_path  # noqa: E402
from wellbeing_app import APP_DESKTOP_ID, APP_NAME, __version__  # noqa: E402
from wellbeing_app.domain.settings.declaration import (  # noqa: E402
    PAGES,
    SettingSpec,
    setting_specs,
)
from wellbeing_app.domain.settings.layers import TEXT_MAX_CHARS  # noqa: E402
from wellbeing_app.platform.settings.registry_policy import (  # noqa: E402
    POLICY_KEY,
    REASON_VALUE,
    RECOMMENDED_SUBKEY,
)

ADMX_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
POLICY_DIR = ROOT / "packaging" / "windows" / "policy"
ADMX_PATH = POLICY_DIR / "BetweenCalls.admx"
#: The templates' own sentences per language; labels and help come from the app's catalogues.
PHRASES_PATH = POLICY_DIR / "phrases.toml"
MOBILECONFIG_PATH = ROOT / "packaging" / "macos" / "BetweenCalls.mobileconfig"
SUPPORTED = "SUPPORTED_BetweenCalls_0_1"
#: Two trees in the editor: settings IT locks, and presets the agent may change.
TREES = {"Locked": ("BetweenCalls", POLICY_KEY),
         "Recommended": ("BetweenCalls_Recommended", f"{POLICY_KEY}\\{RECOMMENDED_SUBKEY}")}
_NAMESPACE = uuid.UUID("6f1c3e55-1f0b-4f4e-9a3c-b37b8f7a0c21")


def lockable_specs() -> tuple[SettingSpec, ...]:
    """Every declared setting can be preset or locked by policy."""
    return setting_specs()


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _categories(root: ET.Element) -> None:
    categories = _sub(root, "categories")
    for top, _key in TREES.values():
        _sub(categories, "category", name=top, displayName=f"$(string.{top})")
        for page in _pages():
            child = _sub(categories, "category", name=f"{top}_{page}",
                         displayName=f"$(string.Page_{page})")
            _sub(child, "parentCategory", ref=top)


def _pages() -> list[str]:
    used = {spec.page for spec in lockable_specs()}
    return [page for page in PAGES if page in used]


def _value_element(spec: SettingSpec, elements: ET.Element) -> None:
    if spec.kind is int:
        _sub(elements, "decimal", id=spec.key, valueName=spec.key, required="true",
             minValue=f"{spec.minimum:g}", maxValue=f"{spec.maximum:g}")
    elif spec.choices:
        enum = _sub(elements, "enum", id=spec.key, valueName=spec.key, required="true")
        for choice in spec.choices:
            item = _sub(enum, "item", displayName=f"$(string.Choice_{choice})")
            _sub(_sub(item, "value"), "string", choice)
    else:  # text, and floats as text (the registry has no REG_FLOAT)
        _sub(elements, "text", id=spec.key, valueName=spec.key, required="true",
             maxLength=str(TEXT_MAX_CHARS))


def _policy(policies: ET.Element, spec: SettingSpec, tree: str) -> None:
    top, key = TREES[tree]
    name = f"{tree}_{spec.key}"
    attrs = {"name": name, "class": "Both", "displayName": f"$(string.{name})",
             "explainText": f"$(string.{name}_Explain)", "key": key}
    if spec.kind is not bool:
        attrs["presentation"] = f"$(presentation.{name})"
    else:
        attrs["valueName"] = spec.key
    policy = _sub(policies, "policy", **attrs)
    _sub(policy, "parentCategory", ref=f"{top}_{spec.page}")
    _sub(policy, "supportedOn", ref=SUPPORTED)
    if spec.kind is bool:
        _sub(_sub(policy, "enabledValue"), "decimal", value="1")
        _sub(_sub(policy, "disabledValue"), "decimal", value="0")
    else:
        _value_element(spec, _sub(policy, "elements"))


def admx() -> str:
    """The ADMX: one locked and one recommended policy per setting, plus the lock reason."""
    root = ET.Element("policyDefinitions", {"xmlns": ADMX_NS, "revision": "1.0",
                                            "schemaVersion": "1.0"})
    namespaces = _sub(root, "policyNamespaces")
    _sub(namespaces, "target", prefix="betweencalls", namespace="BetweenCalls.Policies")
    _sub(namespaces, "using", prefix="windows", namespace="Microsoft.Policies.Windows")
    _sub(root, "resources", minRequiredRevision="1.0")
    definitions = _sub(_sub(root, "supportedOn"), "definitions")
    _sub(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    _categories(root)
    policies = _sub(root, "policies")
    reason = _sub(policies, "policy", name=REASON_VALUE, **{
        "class": "Both", "displayName": f"$(string.{REASON_VALUE})",
        "explainText": f"$(string.{REASON_VALUE}_Explain)",
        "presentation": f"$(presentation.{REASON_VALUE})", "key": POLICY_KEY})
    _sub(reason, "parentCategory", ref=TREES["Locked"][0])
    _sub(reason, "supportedOn", ref=SUPPORTED)
    _sub(_sub(reason, "elements"), "text", id=REASON_VALUE, valueName=REASON_VALUE,
         maxLength=str(TEXT_MAX_CHARS))
    for tree in TREES:
        for spec in lockable_specs():
            _policy(policies, spec, tree)
    return _serialise(root)


@cache
def phrases() -> dict[str, dict[str, str]]:
    """Language (as the app names it: ``de``, ``pt_BR``) → the templates' own sentences."""
    table: dict[str, dict[str, str]] = tomllib.loads(PHRASES_PATH.read_text(encoding="utf-8"))
    return table


@cache
def catalogue(language: str) -> dict[str, str]:
    """The app's finished ``Settings`` translations for one language (English: none)."""
    path = ts_path(language)
    if language == "en" or not path.is_file():
        return {}
    return {m.source: m.translations[0] for m in read_ts(path)
            if m.context == "Settings" and m.finished and not m.numerus and m.translations[0]}


def _tr(language: str, text: str) -> str:
    return catalogue(language).get(text, text)


def _explain(spec: SettingSpec, tree: str, language: str) -> str:
    say = phrases()[language]
    bounds = ""
    if spec.minimum is not None and spec.maximum is not None:
        bounds = " " + say["range"].format(low=f"{spec.minimum:g}", high=f"{spec.maximum:g}")
    if spec.choices:
        bounds = " " + say["values"].format(values=", ".join(spec.choices))
    default = ((say["on"] if spec.default else say["off"]) if spec.kind is bool
               else str(spec.default) or say["empty"])
    effect = say["locked_effect"] if tree == "Locked" else say["recommended_effect"]
    return (f"{_tr(language, spec.help)}\n\n{effect} "
            f"{say['not_configured'].format(default=default)}{bounds}\n\n"
            f"{say['key'].format(key=spec.key)}")


def _strings(table: ET.Element, language: str) -> None:
    say = phrases()[language]

    def string(name: str, text: str) -> None:
        _sub(table, "string", text, id=name)

    string(TREES["Locked"][0], APP_NAME)
    string(TREES["Recommended"][0], say["recommended"].format(app=APP_NAME))
    string(SUPPORTED, say["supported"].format(app=APP_NAME, version=__version__))
    for page in _pages():
        string(f"Page_{page}", _tr(language, page))
    for choice in sorted({c for spec in lockable_specs() for c in spec.choices}):
        string(f"Choice_{choice}", choice)
    string(REASON_VALUE, say["reason_name"])
    string(f"{REASON_VALUE}_Explain", say["reason_explain"])
    for tree in TREES:
        for spec in lockable_specs():
            string(f"{tree}_{spec.key}", _tr(language, spec.label))
            string(f"{tree}_{spec.key}_Explain", _explain(spec, tree, language))


def _presentations(table: ET.Element, language: str) -> None:
    reason = _sub(table, "presentation", id=REASON_VALUE)
    _sub(_sub(reason, "textBox", refId=REASON_VALUE), "label", phrases()[language]["reason_label"])
    for tree in TREES:
        for spec in lockable_specs():
            if spec.kind is bool:
                continue
            presentation = _sub(table, "presentation", id=f"{tree}_{spec.key}")
            label = _tr(language, spec.label)
            if spec.kind is int:
                _sub(presentation, "decimalTextBox", label, refId=spec.key,
                     defaultValue=str(spec.default))
            elif spec.choices:
                _sub(presentation, "dropdownList", label, refId=spec.key,
                     defaultItem=str(spec.choices.index(spec.default)), noSort="true")
            else:
                box = _sub(presentation, "textBox", refId=spec.key)
                _sub(box, "label", f"{label}:")
                if str(spec.default):
                    _sub(box, "defaultValue", str(spec.default))


def adml(language: str = "en") -> str:
    """One language's strings and the editor's input boxes for :func:`admx`."""
    root = ET.Element("policyDefinitionResources", {"xmlns": ADMX_NS, "revision": "1.0",
                                                    "schemaVersion": "1.0"})
    _sub(root, "displayName", APP_NAME)
    _sub(root, "description", phrases()[language]["description"].format(app=APP_NAME))
    resources = _sub(root, "resources")
    _strings(_sub(resources, "stringTable"), language)
    _presentations(_sub(resources, "presentationTable"), language)
    return _serialise(root)


def adml_path(language: str) -> Path:
    """``policy/<culture>/BetweenCalls.adml`` (en-US, de-DE, es-ES, fr-FR, pt-BR)."""
    return POLICY_DIR / phrases()[language]["culture"] / "BetweenCalls.adml"


def _serialise(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def mobileconfig() -> bytes:
    """A configuration profile: every setting preset at its default, ready to edit and lock."""
    payload = {
        "PayloadType": APP_DESKTOP_ID, "PayloadVersion": 1,
        "PayloadIdentifier": f"{APP_DESKTOP_ID}.policy",
        "PayloadUUID": str(uuid.uuid5(_NAMESPACE, "payload")).upper(),
        "PayloadDisplayName": f"{APP_NAME} settings",
        "reason": "Preset by your IT department.",
        "defaults": {spec.key: spec.default for spec in lockable_specs()},
        "locked": {},
    }
    profile = {
        "PayloadType": "Configuration", "PayloadVersion": 1, "PayloadScope": "System",
        "PayloadIdentifier": f"{APP_DESKTOP_ID}.profile",
        "PayloadUUID": str(uuid.uuid5(_NAMESPACE, "profile")).upper(),
        "PayloadDisplayName": f"{APP_NAME}: managed settings",
        "PayloadDescription": "Move a key from 'defaults' to 'locked' to lock it; delete the "
                              "keys you do not manage. Keys and ranges: docs/DEPLOYING.md.",
        "PayloadContent": [payload],
    }
    return plistlib.dumps(profile, sort_keys=True)


def write_all() -> list[Path]:
    """Write the ADMX, one ADML per language and the .mobileconfig into the repository."""
    ADMX_PATH.write_text(admx(), encoding="utf-8")
    written = [ADMX_PATH]
    for language in phrases():
        path = adml_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(adml(language), encoding="utf-8")
        written.append(path)
    MOBILECONFIG_PATH.write_bytes(mobileconfig())
    return [*written, MOBILECONFIG_PATH]


if __name__ == "__main__":
    for written in write_all():
        print(written)
