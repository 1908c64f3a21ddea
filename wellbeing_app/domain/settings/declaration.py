"""Every setting declared once: type, default, bounds, label, help text and dialog page."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from wellbeing_app.domain.errors import ValidationError

PAGES = ("Shift", "Reminders", "Exercises", "Privacy", "About")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


def _s(default: Any, label: str, help: str, page: str, *, minimum: float | None = None,
       maximum: float | None = None, choices: tuple[str, ...] = (), editor: str = "") -> Any:
    meta = {"label": label, "help": help, "page": page, "minimum": minimum, "maximum": maximum,
            "choices": choices, "editor": editor}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """The effective settings; field metadata carries label, help, bounds and page."""

    shifts: str = _s(
        "mon-fri 09:00-17:30", "Shifts",
        "Days and hours you work, e.g. 'mon-fri 09:00-17:30' or 'mon-thu 06:00-10:00, "
        "14:00-18:00; sat 22:00-06:00'. Reminders only come inside a shift.",
        "Shift", editor="shifts")
    micro_break_enabled: bool = _s(
        False, "Micro-break nudges", "A gentle nudge to stand, stretch or look away, every few "
        "minutes of shift. Off by default.", "Reminders")
    micro_break_minutes: int = _s(
        60, "Nudge every (minutes)", "Minutes of shift between micro-break nudges (30–180).",
        "Reminders", minimum=30, maximum=180)
    pulse_check_in: bool = _s(
        True, "Mid-shift pulse", "Halfway through a shift, one tap: how are you, 0–10? Optional.",
        "Reminders")
    wind_down: bool = _s(
        True, "End-of-shift wind-down", "At the end of a shift: today in one line, an exercise "
        "and a leave-work-at-work note.", "Reminders")
    weekly_stress_question: bool = _s(
        True, "Weekly stress question", "Once a week at the end of your shift: 'These days, how "
        "stressed do you feel?' 1–5 (Elo et al. 2003). Seen by you only.", "Reminders")
    weekly_check_in_day: str = _s(
        "fri", "Weekly check-in day", "The day the weekly question (and WHO-5) comes, at the end "
        "of that day's last shift. Pick a day you work.", "Reminders", choices=WEEKDAYS)
    who5_enabled: bool = _s(
        False, "WHO-5 every two weeks", "The WHO-5 Well-Being Index, five short items, every "
        "second week. Stays on this computer and is never shared.", "Reminders")
    after_call_note: bool = _s(
        True, "After-call 'Tough one?' note", "After a call ends, a small note near the tray "
        "for 8 seconds; one click opens the log dialog.", "Reminders")
    detect_microphone: bool = _s(
        True, "Detect calls from the microphone", "While the microphone is in use nothing pops "
        "up and prompts wait until the call ends.", "Reminders")
    softphone_window_title: str = _s(
        "", "Softphone window title", "Also treat you as on a call while a window whose title "
        "contains this text is in front (e.g. 'Genesys'). Empty = off.", "Reminders")
    call_poll_seconds: int = _s(
        3, "Check for calls every (seconds)", "How often to check for a call during a shift "
        "(2–30). Outside shifts nothing is checked.", "Reminders", minimum=2, maximum=30)
    reset_after_tough_calls: bool = _s(
        True, "Suggest a reset after tough calls", "When several tough calls come close "
        "together, offer a one-minute reset exercise.", "Exercises")
    tough_call_count: int = _s(
        3, "Tough calls in a row", "How many logged calls within the window suggest a reset "
        "(2–10).", "Exercises", minimum=2, maximum=10)
    tough_call_window_minutes: int = _s(
        60, "Within (minutes)", "The window for counting tough calls (10–240 minutes).",
        "Exercises", minimum=10, maximum=240)
    support_line: str = _s(
        "", "Support line", "Your employee assistance (EAP) line, shown after a serious call.",
        "Privacy")
    team_folder: str = _s(
        "", "Team folder", "Where opted-in weekly summaries are written (a shared or synced "
        "folder). Empty = nothing is ever written.", "Privacy", editor="path")
    share_anonymous: bool = _s(
        False, "Share anonymously", "Count toward team figures only: your summary is sealed "
        "so that only the aggregator set by IT can open it, and your lead sees team figures "
        "only. Offered only when the policy names an aggregator.", "Privacy")
    share_named: bool = _s(
        False, "Share with my name", "Your team lead may read your weekly summary for 1:1 "
        "support. Never notes, call times or check-in scores.", "Privacy")
    share_weekly: bool = _s(
        True, "Share each week automatically", "Once you opted in, last week's summary is "
        "written for you early each week (a week that began before you opted in is never "
        "shared on its own). Off: you share by hand from Share with my team….", "Privacy")
    display_name: str = _s(
        "", "Display name", "The name on a named summary.", "Privacy")
    team_min_group: int = _s(
        10, "Minimum group size", "A team figure shows only when at least this many people "
        "contributed (5–1000).", "Privacy", minimum=5, maximum=1000)
    team_noise_epsilon: float = _s(
        0.0, "Noise (epsilon)", "Laplace noise the aggregator adds once to each week's team "
        "figures; smaller = more noise; 0 = the aggregator's default of 1 (0–10).", "Privacy",
        minimum=0.0, maximum=10.0)
    team_aggregator_public_key: str = _s(
        "", "Aggregator public key", "The key anonymous summaries are sealed to, as printed by "
        "'wellbeing team aggregator-key' (IT sets and locks it). Empty = anonymous sharing is "
        "not offered.", "Privacy")
    team_aggregator_label: str = _s(
        "", "Aggregator", "Who holds the aggregator's private key, e.g. 'Contoso IT service "
        "desk'; shown to agents before they share.", "Privacy")
    team_admin_public_key: str = _s(
        "", "Enrollment (admin) public key", "The key that signs the roster of enrolled agents, "
        "as printed by 'wellbeing team admin-key'. Only rostered agents are counted.",
        "Privacy")


def setting_specs() -> tuple[SettingSpec, ...]:
    """Every declared setting, in declaration order."""
    return tuple(
        SettingSpec(key=f.name, kind=type(f.default), default=f.default, **f.metadata)
        for f in fields(Settings)
    )


def spec_for(key: str) -> SettingSpec:
    """The declaration of one key, or a clear error naming the known keys."""
    for spec in setting_specs():
        if spec.key == key:
            return spec
    raise ValidationError("key", f"Unknown setting {key!r}; see 'wellbeing settings'.")
