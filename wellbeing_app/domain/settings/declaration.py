"""Every setting declared once: type, default, bounds, label, help text and dialog page."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.domain.i18n import SHIPPED_LANGUAGES
from wellbeing_app.domain.i18n import translatable as _t

SHIFT = _t("Settings", "Shift")
REMINDERS = _t("Settings", "Reminders")
EXERCISES = _t("Settings", "Exercises")
PRIVACY = _t("Settings", "Privacy")
ABOUT = _t("Settings", "About")
#: The dialog's tabs, in order; each setting names its page by one of these constants.
PAGES = (SHIFT, REMINDERS, EXERCISES, PRIVACY, ABOUT)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: "system" follows the desktop; the others are the shipped languages (``SHIPPED_LANGUAGES``).
LANGUAGES = ("system", *SHIPPED_LANGUAGES)


@dataclass(frozen=True)
class SettingSpec:
    """What the dialog, the CLI and the policy file know about one setting."""

    key: str
    kind: type
    default: Any
    label: str
    help: str
    page: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    editor: str = ""
    # With a ``minimum`` of 0 meaning "off / the default": the smallest value that is not 0.
    smallest_on: float | None = None
    # Only the admin policy sets it; the agent's own layer never counts (the keys a lead could
    # otherwise talk an agent into replacing with one the lead holds).
    policy_only: bool = False


def _s(default: Any, label: str, help: str, page: str, *, minimum: float | None = None,
       maximum: float | None = None, choices: tuple[str, ...] = (), editor: str = "",
       smallest_on: float | None = None, policy_only: bool = False) -> Any:
    meta = {"label": label, "help": help, "page": page, "minimum": minimum, "maximum": maximum,
            "choices": choices, "editor": editor, "smallest_on": smallest_on,
            "policy_only": policy_only}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """The effective settings; field metadata carries label, help, bounds and page."""

    shifts: str = _s(
        "mon-fri 09:00-17:30",
        _t("Settings", "Shifts"),
        _t("Settings", "Days and hours you work, e.g. 'mon-fri 09:00-17:30' or 'mon-thu "
                       "06:00-10:00, 14:00-18:00; sat 22:00-06:00'. Reminders only come inside a"
                       " shift."),
        SHIFT, editor="shifts")
    micro_break_enabled: bool = _s(
        False,
        _t("Settings", "Micro-break nudges"),
        _t("Settings", "A gentle nudge to stand, stretch or look away, every few minutes of "
                       "shift. Off by default."),
        REMINDERS)
    micro_break_minutes: int = _s(
        60,
        _t("Settings", "Nudge every (minutes)"),
        _t("Settings", "Minutes of shift between micro-break nudges (30–180)."),
        REMINDERS, minimum=30, maximum=180)
    pulse_check_in: bool = _s(
        True,
        _t("Settings", "Mid-shift pulse"),
        _t("Settings", "Halfway through a shift, one tap: how are you, 0–10? Optional."),
        REMINDERS)
    wind_down: bool = _s(
        True,
        _t("Settings", "End-of-shift wind-down"),
        _t("Settings", "At the end of a shift: today in one line, an exercise and a leave-work-"
                       "at-work note."),
        REMINDERS)
    weekly_stress_question: bool = _s(
        True,
        _t("Settings", "Weekly stress question"),
        _t("Settings", "Once a week at the end of your shift: 'These days, how stressed do you "
                       "feel?' 1–5 (Elo et al. 2003). Seen by you only."),
        REMINDERS)
    weekly_check_in_day: str = _s(
        "fri",
        _t("Settings", "Weekly check-in day"),
        _t("Settings", "The day the weekly question (and WHO-5) comes, at the end of that day's "
                       "last shift. Pick a day you work."),
        REMINDERS, choices=WEEKDAYS)
    who5_enabled: bool = _s(
        False,
        _t("Settings", "WHO-5 every two weeks"),
        _t("Settings", "The WHO-5 Well-Being Index, five short items, every second week. Stays "
                       "on this computer and is never shared."),
        REMINDERS)
    after_call_note: bool = _s(
        True,
        _t("Settings", "After-call 'Tough one?' note"),
        _t("Settings", "After a call ends, a small note near the tray for 8 seconds; one click "
                       "opens the log dialog."),
        REMINDERS)
    detect_microphone: bool = _s(
        True,
        _t("Settings", "Detect calls from the microphone"),
        _t("Settings", "While the microphone is in use nothing pops up and prompts wait until "
                       "the call ends."),
        REMINDERS)
    softphone_window_title: str = _s(
        "",
        _t("Settings", "Softphone window title"),
        _t("Settings", "Also treat you as on a call while a window whose title contains this "
                       "text is in front (e.g. 'Genesys'). Empty = off."),
        REMINDERS)
    call_poll_seconds: int = _s(
        3,
        _t("Settings", "Check for calls every (seconds)"),
        _t("Settings", "How often to check for a call during a shift (2–30). Outside shifts "
                       "nothing is checked."),
        REMINDERS, minimum=2, maximum=30)
    record_call_spans: bool = _s(
        True,
        _t("Settings", "Record when calls start and end"),
        _t("Settings", "During a shift, note when each detected call starts and ends, on this "
                       "computer only, to show calls handled, talk time and back-to-back runs. "
                       "Off: nothing is recorded."),
        REMINDERS)
    short_span_seconds: int = _s(
        20,
        _t("Settings", "Shortest call (seconds)"),
        _t("Settings", "Detected calls shorter than this are kept but not counted as calls: a "
                       "microphone test, a voice note (0–300)."),
        REMINDERS, minimum=0, maximum=300)
    back_to_back_seconds: int = _s(
        30,
        _t("Settings", "Back to back under (seconds)"),
        _t("Settings", "A call that starts less than this after the previous one ended counts "
                       "as back to back (5–300)."),
        REMINDERS, minimum=5, maximum=300)
    recovery_gap_seconds: int = _s(
        180,
        _t("Settings", "A break between calls is at least (seconds)"),
        _t("Settings", "A gap at least this long ends a run of calls (10–1800; 180 = 3 "
                       "minutes)."),
        REMINDERS, minimum=10, maximum=1800)
    reset_after_tough_calls: bool = _s(
        True,
        _t("Settings", "Suggest a reset after tough calls"),
        _t("Settings", "When several tough calls come close together, offer a one-minute reset "
                       "exercise."),
        EXERCISES)
    tough_call_count: int = _s(
        3,
        _t("Settings", "Tough calls in a row"),
        _t("Settings", "How many logged calls within the window suggest a reset (2–10)."),
        EXERCISES, minimum=2, maximum=10)
    tough_call_window_minutes: int = _s(
        60,
        _t("Settings", "Within (minutes)"),
        _t("Settings", "The window for counting tough calls (10–240 minutes)."),
        EXERCISES, minimum=10, maximum=240)
    reset_after_long_run: bool = _s(
        True,
        _t("Settings", "Suggest a reset after a long run of calls"),
        _t("Settings", "After many calls without a break, the next gap between calls offers a "
                       "one-minute reset exercise."),
        EXERCISES)
    run_reset_calls: int = _s(
        8,
        _t("Settings", "Calls in a run"),
        _t("Settings", "How many calls without a break earn a reset (3–40)."),
        EXERCISES, minimum=3, maximum=40)
    run_reset_minutes: int = _s(
        90,
        _t("Settings", "Or minutes in a run"),
        _t("Settings", "How many minutes of calls without a break earn a reset (20–480)."),
        EXERCISES, minimum=20, maximum=480)
    support_line: str = _s(
        "",
        _t("Settings", "Support line"),
        _t("Settings", "Your employee assistance (EAP) line, shown after a serious call."),
        PRIVACY)
    team_folder: str = _s(
        "",
        _t("Settings", "Team folder"),
        _t("Settings", "Where opted-in weekly summaries are written (a shared or synced folder)."
                       " Empty = nothing is ever written."),
        PRIVACY, editor="path")
    share_anonymous: bool = _s(
        False,
        _t("Settings", "Share anonymously"),
        _t("Settings", "Count toward team figures only: your summary is sealed so that only the "
                       "aggregator set by IT can open it, and your lead sees team figures only. "
                       "Offered only when the policy names an aggregator."),
        PRIVACY)
    share_named: bool = _s(
        False,
        _t("Settings", "Share with my name"),
        _t("Settings", "Your team lead may see your weekly summary for 1:1 support. Never notes,"
                       " call times or check-in scores."),
        PRIVACY)
    share_weekly: bool = _s(
        True,
        _t("Settings", "Share each week automatically"),
        _t("Settings", "Once you opted in, last week's summary is written for you early each "
                       "week (a week that began before you opted in is never shared on its own)."
                       " Off: you share by hand from Share with my team… in the tray menu."),
        PRIVACY)
    display_name: str = _s(
        "",
        _t("Settings", "Display name"),
        _t("Settings", "The name on a named summary."),
        PRIVACY)
    team_min_group: int = _s(
        10,
        _t("Settings", "Minimum group size"),
        _t("Settings", "A team figure shows only when at least this many people contributed "
                       "(5–1000)."),
        PRIVACY, minimum=5, maximum=1000)
    team_noise_epsilon: float = _s(
        0.0,
        _t("Settings", "Noise (epsilon)"),
        _t("Settings", "Laplace noise the aggregator adds once to each week's team figures; "
                       "smaller = more noise; 0 = the aggregator's default of 1 (0, or 0.05–10)."),
        PRIVACY, minimum=0.0, maximum=10.0, smallest_on=0.05)
    team_aggregator_public_key: str = _s(
        "",
        _t("Settings", "Aggregator public key"),
        _t("Settings", "The key anonymous summaries are sealed to, as printed by 'wellbeing "
                       "team aggregator-key' (set only by IT's policy). Empty = anonymous "
                       "sharing is not offered."),
        PRIVACY, policy_only=True)
    team_aggregator_label: str = _s(
        "",
        _t("Settings", "Aggregator"),
        _t("Settings", "Who holds the aggregator's private key, e.g. 'Contoso IT service "
                       "desk'; shown to agents before they share."),
        PRIVACY, policy_only=True)
    team_admin_public_key: str = _s(
        "",
        _t("Settings", "Enrollment (admin) public key"),
        _t("Settings", "The key that signs the roster of enrolled agents, as printed by "
                       "'wellbeing team admin-key'. Only rostered agents are counted."),
        PRIVACY, policy_only=True)
    language: str = _s(
        "system",
        _t("Settings", "Language"),
        _t("Settings", "The language of every window. Desktop language follows your computer; "
                       "a change applies at once."),
        ABOUT, choices=LANGUAGES)


@cache
def setting_specs() -> tuple[SettingSpec, ...]:
    """Every declared setting, in declaration order (built once: the declaration is fixed)."""
    return tuple(
        SettingSpec(key=f.name, kind=type(f.default), default=f.default, **f.metadata)
        for f in fields(Settings)
    )


# Keys that only the admin policy sets (see ``SettingSpec.policy_only``).
POLICY_ONLY = frozenset(f.name for f in fields(Settings) if f.metadata.get("policy_only"))


@cache
def _specs_by_key() -> dict[str, SettingSpec]:
    return {spec.key: spec for spec in setting_specs()}


def spec_for(key: str) -> SettingSpec:
    """The declaration of one key, or a clear error naming the known keys."""
    spec = _specs_by_key().get(key)
    if spec is None:
        raise ValidationError("key", f"Unknown setting {key!r}; see 'wellbeing settings'.")
    return spec
