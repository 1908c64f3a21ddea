"""Call-detection providers against recorded outputs and values, and their combination."""

import ctypes
import json
from pathlib import Path
from typing import Any

import pytest

from wellbeing_app.domain.reminders.call_state import CallVerdict
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.platform.call_detection.combined_call_detector import CombinedCallDetector
from wellbeing_app.platform.call_detection.mac_call_detector import (
    DEFAULT_INPUT_DEVICE,
    IS_RUNNING_SOMEWHERE,
    SYSTEM_OBJECT,
    CoreAudioReader,
    MacCallDetector,
)
from wellbeing_app.platform.call_detection.pulse_call_detector import (
    PulseCallDetector,
    recording_apps,
)
from wellbeing_app.platform.call_detection.window_title_detector import WindowTitleDetector
from wellbeing_app.platform.call_detection.windows_call_detector import (
    ConsentEntry,
    WindowsCallDetector,
)

DATA = Path(__file__).parent / "data"
PEAK_METER = """Source Output #7
\tDriver: protocol-native.c
\tProperties:
\t\tmedia.name = "Peak detect"
\t\tapplication.name = "PulseAudio Volume Control"
"""


class FakeRunner:
    def __init__(self, output: str | None, installed: bool = True) -> None:
        self.output, self.installed = output, installed
        self.calls: list[list[str]] = []

    def available(self, program: str) -> bool:
        return self.installed

    def run(self, argv: list[str]) -> str | None:
        self.calls.append(argv)
        return self.output


def test_pulse_recorded_parecord_is_a_call() -> None:
    listing = (DATA / "pactl_parecord.txt").read_text()
    assert recording_apps(listing) == ["parecord"]
    runner = FakeRunner(listing)
    verdict = PulseCallDetector(runner).detect()
    assert verdict == CallVerdict(True, PulseCallDetector.name, "recording: parecord")
    assert runner.calls == [["pactl", "list", "source-outputs"]]


def test_pulse_meters_and_silence_are_not_calls() -> None:
    assert not PulseCallDetector(FakeRunner(PEAK_METER)).detect().on_call
    assert PulseCallDetector(FakeRunner("")).detect().detail == "nothing is recording"
    missing = PulseCallDetector(FakeRunner(None, installed=False)).detect()
    assert not missing.available and "not installed" in missing.detail
    assert not PulseCallDetector(FakeRunner(None)).detect().available


class RecordedConsent:
    def __init__(self, entries: list[dict[str, Any]]) -> None:  # parsed JSON
        self._entries = [ConsentEntry(**e) for e in entries]

    def entries(self) -> list[ConsentEntry]:
        return self._entries


@pytest.mark.parametrize(("case", "on_call"), [("in_call", True), ("free", False)])
def test_windows_consent_store(case: str, on_call: bool) -> None:
    recorded = json.loads((DATA / "windows_consent_microphone.json").read_text())
    verdict = WindowsCallDetector(RecordedConsent(recorded[case])).detect()
    assert verdict.on_call is on_call
    if on_call:
        assert verdict.detail == "in use by C:\\Program Files\\Genesys\\Softphone\\softphone.exe"


class RecordedCoreAudio:
    """Answers like AudioObjectGetPropertyData: writes into the out pointer, returns OSStatus."""

    def __init__(self, device: int, running: int, status: int = 0) -> None:
        self.values = {(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE): device,
                       (device, IS_RUNNING_SOMEWHERE): running}
        self.status = status

    # ctypes.byref() results: typeshed declares them opaque (no ``_obj``), as GetPropertyData does.
    def __call__(self, obj: int, address: Any, _qsize: int, _qdata: None, size: Any,
                 out: Any) -> int:
        assert size._obj.value == 4
        out._obj.value = self.values[(obj, address._obj.selector)]
        return self.status


@pytest.mark.parametrize(("running", "on_call"), [(1, True), (0, False)])
def test_mac_coreaudio_marshalling(running: int, on_call: bool) -> None:
    verdict = MacCallDetector(CoreAudioReader(RecordedCoreAudio(73, running))).detect()
    assert (verdict.on_call, verdict.detail) == (on_call, f"input device 73 "
                                                          f"{'in use' if on_call else 'idle'}")
    failing = MacCallDetector(CoreAudioReader(RecordedCoreAudio(73, 1, status=-50))).detect()
    assert not failing.available
    assert ctypes.sizeof(ctypes.c_uint32) == 4


def test_window_title_and_manual_toggle_combine() -> None:
    titles = iter(["Genesys Cloud - Interaction 42", "Inbox - Outlook", None])
    window = WindowTitleDetector("genesys", lambda: next(titles))
    manual = [False]
    combined = CombinedCallDetector([PulseCallDetector(FakeRunner("")), window],
                                    lambda: manual[0])
    assert combined.detect().provider == "softphone window"
    free = combined.detect()
    assert not free.on_call and "PulseAudio" in free.provider and "softphone" in free.provider
    manual[0] = True
    assert combined.detect().provider == "manual toggle"


def test_from_settings_respects_switches() -> None:
    off = CombinedCallDetector.from_settings(Settings(detect_microphone=False), platform="linux")
    assert off.providers == []
    assert not off.detect().available
    both = CombinedCallDetector.from_settings(Settings(softphone_window_title="Genesys"),
                                              platform="linux")
    assert [p.name for p in both.providers] == [PulseCallDetector.name, "softphone window"]
