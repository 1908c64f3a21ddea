"""Write the soft phase-change chime to resources/exercises/sounds/phase_chime.wav (stdlib only).

A 0.35 s mix of 528 Hz and 792 Hz sines with a gentle attack and a long exponential decay,
mono 16-bit 22.05 kHz, peaking at a quarter of full scale: audible, never startling.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SECONDS = 0.35
PEAK = 0.25


def samples() -> list[int]:
    """The chime as 16-bit sample values."""
    out = []
    total = int(RATE * SECONDS)
    for n in range(total):
        t = n / RATE
        attack = min(1.0, t / 0.015)
        decay = math.exp(-t * 9.0)
        tone = 0.7 * math.sin(2 * math.pi * 528 * t) + 0.3 * math.sin(2 * math.pi * 792 * t)
        out.append(int(32767 * PEAK * attack * decay * tone))
    return out


def main() -> int:
    """Write the file (path may be given as the first argument)."""
    default = Path(__file__).resolve().parents[1] / "resources/exercises/sounds/phase_chime.wav"
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    target.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", s) for s in samples()))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
