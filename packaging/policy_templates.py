"""Group Policy (ADMX/ADML) and macOS (.mobileconfig) templates, generated from the declaration.

Run ``python packaging/policy_templates.py`` after changing ``domain/settings/declaration.py``;
tests/packaging/test_policy_templates.py fails while the committed files are out of date.
"""

from __future__ import annotations

import plistlib
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

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
ADMX_PATH = ROOT / "packaging" / "windows" / "policy" / "BetweenCalls.admx"
ADML_PATH = ROOT / "packaging" / "windows" / "policy" / "en-US" / "BetweenCalls.adml"
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
    for tree, (top, _key) in TREES.items():
        _sub(categories, "category", name=top, displayName=f"$(string.{top})")
        for page in _pages():
            child = _sub(categories, "category", name=f"{top}_{page}",
                         displayName=f"$(string.Page_{page})")
            _sub(child, "parentCategory", ref=top)
        del tree


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


def _explain(spec: SettingSpec, tree: str) -> str:
    bounds = ""
    if spec.minimum is not None and spec.maximum is not None:
        bounds = f" Allowed: {spec.minimum:g} to {spec.maximum:g}."
    if spec.choices:
        bounds = f" Allowed: {', '.join(spec.choices)}."
    default = (("on" if spec.default else "off") if spec.kind is bool
               else str(spec.default) or "empty")
    effect = ("Enabled: the value is set and agents cannot change it (the Settings window shows "
              "it read-only with the lock reason; 'wellbeing settings set' refuses it)."
              if tree == "Locked" else
              "Enabled: the value is preset; each agent may still change it.")
    return (f"{spec.help}\n\n{effect} Not configured: the app's default ({default}) applies."
            f"{bounds}\n\nSetting key: {spec.key}")


def _strings(table: ET.Element) -> None:
    def string(name: str, text: str) -> None:
        _sub(table, "string", text, id=name)

    string(TREES["Locked"][0], APP_NAME)
    string(TREES["Recommended"][0], f"{APP_NAME}: default settings (users can override)")
    string(SUPPORTED, f"{APP_NAME} {__version__} and later")
    for page in _pages():
        string(f"Page_{page}", page)
    for choice in sorted({c for spec in lockable_specs() for c in spec.choices}):
        string(f"Choice_{choice}", choice)
    string(REASON_VALUE, "Reason shown next to locked settings")
    string(f"{REASON_VALUE}_Explain", "One line that agents see next to every locked setting, "
           "e.g. 'Preset by Contoso IT; ask the service desk to change it.'")
    for tree in TREES:
        for spec in lockable_specs():
            string(f"{tree}_{spec.key}", spec.label)
            string(f"{tree}_{spec.key}_Explain", _explain(spec, tree))


def _presentations(table: ET.Element) -> None:
    reason = _sub(table, "presentation", id=REASON_VALUE)
    _sub(_sub(reason, "textBox", refId=REASON_VALUE), "label", "Reason:")
    for tree in TREES:
        for spec in lockable_specs():
            if spec.kind is bool:
                continue
            presentation = _sub(table, "presentation", id=f"{tree}_{spec.key}")
            if spec.kind is int:
                _sub(presentation, "decimalTextBox", spec.label, refId=spec.key,
                     defaultValue=str(spec.default))
            elif spec.choices:
                _sub(presentation, "dropdownList", spec.label, refId=spec.key,
                     defaultItem=str(spec.choices.index(spec.default)), noSort="true")
            else:
                box = _sub(presentation, "textBox", refId=spec.key)
                _sub(box, "label", f"{spec.label}:")
                if str(spec.default):
                    _sub(box, "defaultValue", str(spec.default))


def adml() -> str:
    """The en-US strings and the editor's input boxes for :func:`admx`."""
    root = ET.Element("policyDefinitionResources", {"xmlns": ADMX_NS, "revision": "1.0",
                                                    "schemaVersion": "1.0"})
    _sub(root, "displayName", APP_NAME)
    _sub(root, "description", f"Group Policy settings for {APP_NAME}.")
    resources = _sub(root, "resources")
    _strings(_sub(resources, "stringTable"))
    _presentations(_sub(resources, "presentationTable"))
    return _serialise(root)


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
    """Write the three templates into the repository."""
    ADML_PATH.parent.mkdir(parents=True, exist_ok=True)
    ADMX_PATH.write_text(admx(), encoding="utf-8")
    ADML_PATH.write_text(adml(), encoding="utf-8")
    MOBILECONFIG_PATH.write_bytes(mobileconfig())
    return [ADMX_PATH, ADML_PATH, MOBILECONFIG_PATH]


if __name__ == "__main__":
    for written in write_all():
        print(written)
