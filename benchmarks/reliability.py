"""Reliability figures for the README: the fault-injection suite run with bigger loops.

``python -m benchmarks.reliability [KILLS] [FUZZ]`` (defaults 50 and 1000) runs ``tests/faults``
with ``WELLBEING_FAULT_KILLS`` / ``WELLBEING_FUZZ_EXAMPLES`` raised and prints each figure line
(kills tried, entries acknowledged, entries lost, fuzz inputs, misbehaviours). The suite itself
runs the same tests with small loops on every ``make test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main(kills: int = 50, fuzz: int = 1000) -> int:
    """Run the suite with the given loop sizes and print the ``[faults]`` lines."""
    env = {**os.environ, "WELLBEING_FAULT_KILLS": str(kills), "WELLBEING_FUZZ_EXAMPLES": str(fuzz)}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/faults"], env=env, capture_output=True, text=True,
                            check=False)
    for line in result.stdout.splitlines():
        if line.startswith("[faults]") or " passed" in line or " failed" in line:
            print(line)
    print(f"[faults] wall time {time.monotonic() - started:.0f} s")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(*(int(arg) for arg in sys.argv[1:3])))
