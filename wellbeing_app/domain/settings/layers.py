"""Validate setting values and layer them: defaults < admin policy < the agent's choice."""

from __future__ import annotations

import math
import ntpath
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.reminders.shifts import parse_shifts
from wellbeing_app.domain.settings.declaration import (
    POLICY_ONLY,
    Settings,
    SettingSpec,
    spec_for,
)

TEXT_MAX_CHARS = 200
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
DEFAULT_LOCK_REASON = "Set by your organisation's IT policy."
SHOWN_MAX_CHARS = 40


class Source(StrEnum):
    """Where an effective value came from."""

    DEFAULT = "default"
    POLICY = "policy"
    USER = "user"


def _as_bool(spec: SettingSpec, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise ValidationError(spec.key, f"{spec.key} must be true or false, not {_shown(raw)}.")


def _shown(raw: object) -> str:
    """A bounded, one-line rendering of a rejected value (a 400-digit number, a huge string)."""
    text = repr(raw) if isinstance(raw, str | int | float) else type(raw).__name__
    return text if len(text) <= SHOWN_MAX_CHARS else text[:SHOWN_MAX_CHARS] + "…"


def _as_number(spec: SettingSpec, raw: object) -> int | float:
    noun = "a whole number" if spec.kind is int else "a number"
    if isinstance(raw, float) and not math.isfinite(raw):
        raise ValidationError(spec.key, f"{spec.key} must be a finite number.")
    try:
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise ValueError
        value = spec.kind(raw.strip()) if isinstance(raw, str) else spec.kind(raw)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(spec.key, f"{spec.key} must be {noun}, not {_shown(raw)}.") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(spec.key, f"{spec.key} must be a finite number.")
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(spec.key, f"{spec.key} must be from {low:g} to {high:g}; "
                                        f"{_shown(value)} is out of range.")
    if spec.smallest_on is not None and 0 < value < spec.smallest_on:
        raise ValidationError(spec.key, f"{spec.key} must be 0 or from {spec.smallest_on:g} to "
                                        f"{high:g}; {_shown(value)} is out of range.")
    return int(value) if spec.kind is int else float(value)


def _as_text(spec: SettingSpec, raw: object) -> str:
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise ValidationError(spec.key, f"{spec.key} must be text.")
    text = str(raw).strip()
    if len(text) > TEXT_MAX_CHARS or any(ord(c) < 32 for c in text):
        raise ValidationError(spec.key, f"{spec.key} must be one line of at most "
                                        f"{TEXT_MAX_CHARS} characters.")
    if spec.choices and text.lower() not in spec.choices:
        raise ValidationError(spec.key, f"{spec.key} must be one of {', '.join(spec.choices)}.")
    if spec.editor == "shifts":
        parse_shifts(text)
    if spec.editor == "path" and text and not (posixpath.isabs(text) or ntpath.isabs(text)
                                               or text.startswith("~")):
        raise ValidationError(spec.key, f"{spec.key} must be a full folder path.")
    return text.lower() if spec.choices else text


def validate_value(key: str, raw: object) -> Any:
    """Return the typed value for ``key`` or raise ``ValidationError`` with one clear line."""
    spec = spec_for(key)
    if spec.kind is bool:
        return _as_bool(spec, raw)
    if spec.kind in (int, float):
        return _as_number(spec, raw)
    return _as_text(spec, raw)


@dataclass(frozen=True)
class Policy:
    """The admin policy file, already validated; bad entries are listed, never applied."""

    presets: Mapping[str, Any]
    locked: Mapping[str, Any]
    reason: str = DEFAULT_LOCK_REASON
    origin: str = ""
    problems: tuple[str, ...] = ()


def _valid_entries(table: object, problems: list[str], fail_safe: bool) -> dict[str, Any]:
    """Validated entries; with ``fail_safe`` a known key with a bad value is kept at its default."""
    good: dict[str, Any] = {}
    if not isinstance(table, Mapping):
        problems.append("expected a table of key = value")
        return _every_default() if fail_safe else good
    defaults = Settings()
    for key, raw in table.items():
        try:
            good[str(key)] = validate_value(str(key), raw)
        except ValidationError as error:
            problems.append(error.message)
            if fail_safe and str(key) in Settings.__dataclass_fields__:
                good[str(key)] = getattr(defaults, str(key))
    return good


def _every_default() -> dict[str, Any]:
    defaults = Settings()
    return {key: getattr(defaults, key) for key in Settings.__dataclass_fields__}


def parse_policy(data: Mapping[str, Any], origin: str = "") -> Policy:
    """Read ``reason``, ``[defaults]`` and ``[locked]`` from a parsed file or registry key.

    A locked key whose value is invalid stays locked, at its default: a typo by IT must never
    make a locked setting editable. Each problem starts with ``origin`` when one is given.
    """
    problems: list[str] = []
    unknown = set(data) - {"reason", "defaults", "locked"}
    problems += [f"unknown entry {_shown(name)} (use [defaults] or [locked])"
                 for name in sorted(unknown)]
    presets = _valid_entries(data.get("defaults", {}), problems, fail_safe=False)
    locked = _valid_entries(data.get("locked", {}), problems, fail_safe=True)
    raw_reason = data.get("reason")
    reason = " ".join(raw_reason.split())[:TEXT_MAX_CHARS] if isinstance(raw_reason, str) else ""
    named = tuple(f"{origin}: {problem}" if origin else problem for problem in problems)
    return Policy(presets, locked, reason or DEFAULT_LOCK_REASON, origin, named)


def fail_safe_policy(origin: str, problem: str) -> Policy:
    """A policy that exists but cannot be read: every setting locked at its default.

    Every source (file, managed preferences, registry key) fails this one way, so a policy that
    breaks can never leave what it locked editable.
    """
    reason = (f"The admin policy {origin} cannot be read, so every setting stays at its "
              "default until IT fixes it.")
    return Policy({}, _every_default(), reason, origin, (problem,))


NO_POLICY = Policy({}, {})


@dataclass(frozen=True)
class EffectiveSettings:
    """The settings in force, where each value came from, and which keys are locked."""

    settings: Settings
    sources: Mapping[str, Source]
    locked: frozenset[str]
    lock_reason: str
    problems: tuple[str, ...] = ()

    def value(self, key: str) -> Any:
        """The effective value of one key."""
        return getattr(self.settings, spec_for(key).key)


def resolve(policy: Policy, user: Mapping[str, Any]) -> EffectiveSettings:
    """Layer the three sources; a stored value that no longer validates is reported and skipped."""
    values: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    problems = list(policy.problems)
    for key, raw in user.items():
        if key in POLICY_ONLY:
            problems.append(f"{key} is set only by your organisation's policy; the value stored "
                            "on this computer is ignored.")
            continue
        try:
            values[key] = validate_value(key, raw)
            sources[key] = Source.USER
        except ValidationError as error:
            problems.append(f"stored {error.message}")
    for layer in (policy.presets, policy.locked):
        for key, value in layer.items():
            if layer is policy.locked or key not in values:
                values[key], sources[key] = value, Source.POLICY
    settings = replace(Settings(), **values)
    all_sources = {key: sources.get(key, Source.DEFAULT) for key in Settings.__dataclass_fields__}
    return EffectiveSettings(settings, all_sources, frozenset(policy.locked), policy.reason,
                             tuple(problems))
