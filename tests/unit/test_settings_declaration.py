"""Walk the settings declaration: every field has a page, help, sane bounds and valid defaults."""

import pytest

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.settings.declaration import (
    PAGES,
    Settings,
    SettingSpec,
    setting_specs,
    spec_for,
)
from wellbeing_app.domain.settings.layers import (
    NO_POLICY,
    Source,
    parse_policy,
    resolve,
    validate_value,
)

TEAM_KEYS = {"support_line": str, "team_folder": str, "share_anonymous": bool,
             "share_named": bool, "display_name": str, "team_min_group": int,
             "team_noise_epsilon": float}


@pytest.mark.parametrize("spec", setting_specs(), ids=lambda s: s.key)
def test_every_setting_is_fully_declared(spec: SettingSpec) -> None:
    assert spec.page in PAGES
    assert spec.label and spec.label[0].isupper()
    assert len(spec.help) >= 20 and spec.help.rstrip().endswith((".", ")"))
    assert spec.kind in (bool, int, float, str)
    if spec.kind in (int, float):
        assert spec.minimum is not None and spec.maximum is not None
        assert spec.minimum < spec.maximum
        assert spec.minimum <= spec.default <= spec.maximum
    else:
        assert spec.minimum is None and spec.maximum is None
    assert validate_value(spec.key, spec.default) == spec.default


def test_team_feature_keys_exist_with_their_types() -> None:
    for key, kind in TEAM_KEYS.items():
        assert spec_for(key).kind is kind
    assert spec_for("team_min_group").minimum == 5 and Settings().team_min_group == 10
    assert Settings().team_noise_epsilon == 0.0 and Settings().share_named is False


@pytest.mark.parametrize(("key", "raw", "expected"), [
    ("micro_break_minutes", "45", 45), ("micro_break_enabled", "yes", True),
    ("micro_break_enabled", "off", False), ("team_noise_epsilon", "0.5", 0.5),
    ("weekly_check_in_day", "MON", "mon"), ("team_folder", "/srv/team", "/srv/team"),
    ("shifts", "mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00",
     "mon-thu 06:00-10:00, 14:00-18:00; sat 22:00-06:00"),
])
def test_values_are_parsed(key: str, raw: str, expected: object) -> None:
    assert validate_value(key, raw) == expected


@pytest.mark.parametrize(("key", "raw", "fragment"), [
    ("micro_break_minutes", "29", "from 30 to 180"), ("micro_break_minutes", "x", "whole number"),
    ("team_min_group", "4", "from 5 to 1000"), ("micro_break_enabled", "maybe", "true or false"),
    ("team_noise_epsilon", "nan", "finite"), ("weekly_check_in_day", "someday", "one of"),
    ("team_folder", "relative/dir", "full folder path"), ("shifts", "mon-fri 9-5", "time span"),
    ("nonsense", "1", "Unknown setting"), ("display_name", "a\nb", "one line"),
])
def test_bad_values_explain_themselves(key: str, raw: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        validate_value(key, raw)


def test_layers_default_policy_user_and_locks() -> None:
    policy = parse_policy({"reason": "Contoso IT presets this.",
                           "defaults": {"micro_break_enabled": True, "shifts": "mon 08:00-12:00"},
                           "locked": {"support_line": "0800 123", "team_min_group": 20}})
    user = {"shifts": "tue 09:00-17:00", "support_line": "mine", "pulse_check_in": False}
    effective = resolve(policy, user)
    assert effective.settings.micro_break_enabled is True
    assert effective.sources["micro_break_enabled"] is Source.POLICY
    assert effective.settings.shifts == "tue 09:00-17:00"
    assert effective.sources["shifts"] is Source.USER
    assert effective.settings.support_line == "0800 123"
    assert effective.sources["support_line"] is Source.POLICY
    assert effective.sources["wind_down"] is Source.DEFAULT
    assert effective.locked == {"support_line", "team_min_group"}
    assert effective.lock_reason == "Contoso IT presets this."


def test_bad_policy_and_stored_entries_are_reported_not_applied() -> None:
    policy = parse_policy({"locked": {"team_min_group": 2, "bogus": 1}, "extra": 1})
    # A locked key with a bad value fails safe: still locked, at its default.
    assert len(policy.problems) == 3 and policy.locked == {"team_min_group": 10}
    effective = resolve(policy, {"micro_break_minutes": 5000})
    assert effective.settings.micro_break_minutes == 60
    assert any("stored" in p for p in effective.problems)
    assert resolve(NO_POLICY, {}).settings == Settings()


def test_every_noise_the_settings_accept_is_one_the_team_settings_can_use() -> None:
    from wellbeing_app.domain.team.team_settings import validate_epsilon

    for accepted in ("0", "0.05", "1", "10"):
        value = validate_value("team_noise_epsilon", accepted)
        assert value == 0.0 or validate_epsilon(value) == value
    with pytest.raises(ValidationError, match=r"must be 0 or from 0\.05 to 10"):
        validate_value("team_noise_epsilon", "0.01")
