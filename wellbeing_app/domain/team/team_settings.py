"""The team-sharing settings, read through a getter and validated before use."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import spec_for
from wellbeing_app.domain.team.public_keys import AdminPublicKey, AggregatorPublicKey

MIN_GROUP_FLOOR = 5
MIN_GROUP_DEFAULT = 10
DISPLAY_NAME_MAX = 40
# The settings declaration's bounds, so a value the Settings dialog accepts is always usable here.
EPSILON_RANGE = (float(spec_for("team_noise_epsilon").smallest_on or 0.0),
                 float(spec_for("team_noise_epsilon").maximum or 0.0))

SettingGetter = Callable[[str, Any], Any]


@dataclass(frozen=True)
class TeamSettings:
    """What the agent (or the admin policy) chose about team sharing."""

    team_folder: str = ""
    share_anonymous: bool = False
    share_named: bool = False
    display_name: str = ""
    min_group: int = MIN_GROUP_DEFAULT
    noise_epsilon: float | None = None
    aggregator: AggregatorPublicKey | None = None
    aggregator_label: str = ""
    admin_key: AdminPublicKey | None = None
    #: Detected calls shorter than this are not calls handled: the trends' and the CLI's rule.
    short_span_seconds: int = 20

    @property
    def opted_in(self) -> bool:
        """At least one of the two opt-ins is on."""
        return self.share_anonymous or self.share_named

    @property
    def anonymous_offered(self) -> bool:
        """Anonymous sharing needs an aggregator key (from the policy) to seal files to."""
        return self.aggregator is not None

    @property
    def aggregator_name(self) -> str:
        """Who holds the aggregator's private key, in the policy's words."""
        return self.aggregator_label or "the aggregator named in your organisation's policy"


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(key, f"Setting {key} must be true or false, not {value!r}.")
    return value


def validate_display_name(value: Any) -> str:
    """A short, printable name the agent typed for named sharing."""
    if not isinstance(value, str):
        raise ValidationError("display_name", "The display name must be text.")
    text = value.strip()
    if len(text) > DISPLAY_NAME_MAX:
        raise ValidationError(
            "display_name", f"The display name is {len(text)} characters; the limit is 40."
        )
    if any(not ch.isprintable() for ch in text):
        raise ValidationError("display_name", "The display name contains control characters.")
    return text


def validate_min_group(value: Any) -> int:
    """Whole number, never below the floor of 5 agents."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            "team_min_group", f"team_min_group must be a whole number, not {value!r}."
        )
    if value < MIN_GROUP_FLOOR:
        raise ValidationError(
            "team_min_group", f"team_min_group is {value}; it can never be below {MIN_GROUP_FLOOR}."
        )
    return value


def validate_epsilon(value: Any) -> float | None:
    """``None`` (no noise) or a finite epsilon in the allowed range."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            "team_noise_epsilon", f"team_noise_epsilon must be a number, not {value!r}."
        )
    low, high = EPSILON_RANGE
    if not low <= float(value) <= high:
        raise ValidationError(
            "team_noise_epsilon", f"team_noise_epsilon must be from {low} to {high}, not {value}."
        )
    return float(value)


def _off_when_zero(value: Any) -> Any:
    """The settings declaration uses 0 for "no noise"; the team code uses ``None``."""
    return None if value == 0 and not isinstance(value, bool) else value


def _text(get: SettingGetter, key: str) -> str:
    value = get(key, "")
    if not isinstance(value, str):
        raise ValidationError(key, f"{key} must be text.")
    return value.strip()


def load_team_settings(get: SettingGetter) -> TeamSettings:
    """Read every team key through ``get(key, default)`` (the effective, layered settings)."""
    folder = get("team_folder", "")
    if not isinstance(folder, str):
        raise ValidationError("team_folder", "team_folder must be a folder path.")
    named = _bool("share_named", get("share_named", False))
    name = validate_display_name(get("display_name", ""))
    return TeamSettings(
        team_folder=folder.strip(),
        share_anonymous=_bool("share_anonymous", get("share_anonymous", False)),
        share_named=named,
        display_name=name,
        min_group=validate_min_group(get("team_min_group", MIN_GROUP_DEFAULT)),
        noise_epsilon=validate_epsilon(_off_when_zero(get("team_noise_epsilon", None))),
        aggregator=(AggregatorPublicKey.parse(aggregator)
                    if (aggregator := _text(get, "team_aggregator_public_key")) else None),
        aggregator_label=_text(get, "team_aggregator_label"),
        admin_key=(AdminPublicKey.parse(admin)
                   if (admin := _text(get, "team_admin_public_key")) else None),
        short_span_seconds=_whole_seconds(get("short_span_seconds", 20)),
    )


def _whole_seconds(value: object) -> int:
    """The shortest counted call; anything but a whole number keeps the default (20 s)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 20


def team_settings_from(settings: object) -> TeamSettings:
    """The team keys of the typed effective ``Settings``, checked by the team's own rules."""
    return load_team_settings(lambda key, default: getattr(settings, key, default))
