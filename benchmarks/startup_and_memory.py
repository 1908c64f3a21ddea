"""Start-to-tray-icon time and idle PSS: Between Calls vs a minimal PySide6 tray app.

Budgets (DESIGN.md §6): both ≤ 1.3 × the minimal tray app on the same machine.
Usage: ``python -m benchmarks.startup_and_memory`` from the repository root.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.e2e_app import mark_returning_user
from tests.support.x11 import icon_in_tray, window_tree, x_with_tray

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


def pss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(cmd: list[str], wm_class: str, env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not icon_in_tray(window_tree(env), f'("{wm_class}"'):
            if process.poll() is not None or time.perf_counter() - start > 30:
                raise RuntimeError(f"{cmd} never showed its icon")
            time.sleep(0.002)
        elapsed_ms = (time.perf_counter() - start) * 1000
        time.sleep(3)  # settle: deferred store/dialog loading has finished
        return elapsed_ms, pss_mib(process.pid)
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    # As installed (pip and the bundle ship bytecode): without this, a shell with
    # PYTHONDONTWRITEBYTECODE would time the compiling of ~150 modules at every start.
    compileall.compile_dir(ROOT / "wellbeing_app", quiet=1)
    wellbeing = str(Path(sys.executable).parent / "wellbeing")
    floor_cmd = [sys.executable, str(ROOT / "benchmarks" / "minimal_tray_app.py")]
    results: dict[str, list[tuple[float, float]]] = {"minimal": [], "between_calls": []}
    with x_with_tray() as env, tempfile.TemporaryDirectory() as data:
        app_cmd = [wellbeing, "--data-dir", data]
        mark_returning_user(Path(data))  # the steady state: no first-start window
        measure(floor_cmd, "minimal-tray", env)  # warm the page cache for both
        measure(app_cmd, "wellbeing", env)
        for _ in range(RUNS):
            results["minimal"].append(measure(floor_cmd, "minimal-tray", env))
            results["between_calls"].append(measure(app_cmd, "wellbeing", env))
    floor_ms = statistics.median(r[0] for r in results["minimal"])
    floor_pss = statistics.median(r[1] for r in results["minimal"])
    app_ms = statistics.median(r[0] for r in results["between_calls"])
    app_pss = statistics.median(r[1] for r in results["between_calls"])
    print(f"{'':24}{'minimal tray':>14}{'Between Calls':>15}{'ratio':>8}{'budget':>8}")
    print(f"{'start to tray icon (ms)':24}{floor_ms:>14.0f}{app_ms:>15.0f}"
          f"{app_ms / floor_ms:>8.2f}{1.3:>8.2f}")
    print(f"{'idle PSS (MiB)':24}{floor_pss:>14.1f}{app_pss:>15.1f}"
          f"{app_pss / floor_pss:>8.2f}{1.3:>8.2f}")
    print(f"(median of {RUNS} runs; icon detection polls xwininfo, so times include ~5 ms of it)")


if __name__ == "__main__":
    main()
