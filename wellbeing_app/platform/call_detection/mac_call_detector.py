"""macOS: on a call while CoreAudio says the default input device is running somewhere."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from typing import Any, Protocol

from wellbeing_app.domain.reminders.call_state import CallVerdict


def fourcc(code: str) -> int:
    """CoreAudio's four-character constants as the UInt32 they stand for."""
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1
DEFAULT_INPUT_DEVICE = fourcc("dIn ")
IS_RUNNING_SOMEWHERE = fourcc("gone")
SCOPE_GLOBAL = fourcc("glob")
ELEMENT_MAIN = 0


class PropertyAddress(ctypes.Structure):
    """``AudioObjectPropertyAddress``."""

    _fields_ = [("selector", ctypes.c_uint32), ("scope", ctypes.c_uint32),
                ("element", ctypes.c_uint32)]


class AudioReader(Protocol):
    """The two CoreAudio reads the detector needs (recorded values in tests)."""

    def default_input_device(self) -> int | None:
        """The default input device id, or ``None``."""
        ...

    def is_running_somewhere(self, device: int) -> bool | None:
        """Whether any process uses the device, or ``None`` when CoreAudio refuses."""
        ...


GetPropertyData = Callable[[int, Any, int, Any, Any, Any], int]


class CoreAudioReader:
    """Calls ``AudioObjectGetPropertyData`` through ctypes (no PyObjC needed)."""

    def __init__(self, get_property_data: GetPropertyData | None = None) -> None:
        self._get = get_property_data or self._load()

    @staticmethod
    def _load() -> GetPropertyData:
        path = ctypes.util.find_library("CoreAudio")
        if path is None:
            raise OSError("CoreAudio is not available on this system")
        function: GetPropertyData = ctypes.CDLL(path).AudioObjectGetPropertyData
        return function

    def _read_u32(self, obj: int, selector: int) -> int | None:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        size = ctypes.c_uint32(ctypes.sizeof(ctypes.c_uint32))
        out = ctypes.c_uint32(0)
        status = self._get(obj, ctypes.byref(address), 0, None, ctypes.byref(size),
                           ctypes.byref(out))
        return None if status != 0 else int(out.value)

    def default_input_device(self) -> int | None:
        """``kAudioHardwarePropertyDefaultInputDevice`` of the system object."""
        device = self._read_u32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        return device or None

    def is_running_somewhere(self, device: int) -> bool | None:
        """``kAudioDevicePropertyDeviceIsRunningSomewhere`` of the device."""
        running = self._read_u32(device, IS_RUNNING_SOMEWHERE)
        return None if running is None else running != 0


class MacCallDetector:
    """Cheap: two property reads, no audio captured."""

    name = "microphone (CoreAudio)"

    def __init__(self, reader: AudioReader) -> None:
        self._reader = reader

    def detect(self) -> CallVerdict:
        """Read the default input device's running state."""
        device = self._reader.default_input_device()
        if device is None:
            return CallVerdict(False, self.name, "no input device", available=False)
        running = self._reader.is_running_somewhere(device)
        if running is None:
            return CallVerdict(False, self.name, "CoreAudio did not answer", available=False)
        detail = f"input device {device} " + ("in use" if running else "idle")
        return CallVerdict(running, self.name, detail)
