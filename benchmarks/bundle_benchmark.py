"""Frozen bundle vs source tree: download size against the budget, and start times side by side.

Usage: ``python -m benchmarks.bundle_benchmark`` from the repository root (builds or reuses
dist/BetweenCalls first).
Prints the bundle's size on disk, its compressed download size (the real tarball when
``build.py --archive`` made one, else gzip level 6 over every file) against the 80 MB budget, and
median start times over several runs: ``--version`` (process start and imports), ``self-test``
(store and every window, offscreen) and, under Xvfb with trayer, start to tray icon.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# packaging/ is scripts, not a package (it would shadow the `packaging` distribution).
sys.path.insert(0, str(ROOT / "packaging"))

from tests.support import x11  # noqa: E402

import build  # noqa: E402
import bundle_rules  # noqa: E402

BUDGET_MB = 80.0
RUNS = 9
MiB = 2**20


def sizes(bundle: Path) -> tuple[float, float, str]:
    """On-disk MiB, compressed MiB and how the compressed figure was obtained."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    on_disk = sum(p.stat().st_size for p in files) / MiB
    built = max(p.stat().st_mtime for p in files)
    tarballs = sorted(p for p in bundle.parent.glob(f"{bundle_rules.BUNDLE_NAME}-*-linux-*.tar.gz")
                      if p.stat().st_mtime >= built)
    if tarballs:
        return on_disk, tarballs[-1].stat().st_size / MiB, tarballs[-1].name
    packed = 0
    for path in files:
        packer = zlib.compressobj(6)
        packed += len(packer.compress(path.read_bytes())) + len(packer.flush())
    return on_disk, packed / MiB, "gzip -6 estimate"


def median_ms(action: Callable[[], None], runs: int = RUNS) -> float:
    """Median wall time of ``action`` in milliseconds (one warm-up run first)."""
    action()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def run_quietly(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=120)


def tray_start_ms(command: list[str], env: dict[str, str]) -> float:
    """Launch the app and poll the X window tree until its icon sits inside trayer."""
    with tempfile.TemporaryDirectory() as data:
        start = time.perf_counter()
        app = subprocess.Popen([*command, "--data-dir", data], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < 30:
                if x11.icon_in_tray(x11.window_tree(env), f'"{bundle_rules.APP_NAME}"'):
                    return (time.perf_counter() - start) * 1000
                time.sleep(0.005)
            raise RuntimeError("the tray icon never appeared")
        finally:
            app.terminate()
            app.wait(timeout=10)


def with_tray_host(measure: Callable[[dict[str, str]], dict[str, float]]) -> dict[str, float]:
    """Run ``measure`` with an Xvfb + trayer session, or return nothing when they are missing."""
    if x11.missing_tools():
        return {}
    with x11.x_with_tray() as env:
        return measure(env)


def main() -> int:
    bundle = build.build()
    frozen_cli = [str(bundle / build.executable_name(bundle_rules.CLI_EXECUTABLE))]
    frozen_gui = [str(bundle / build.executable_name(bundle_rules.GUI_EXECUTABLE))]
    source = [sys.executable, "-m", "wellbeing_app"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("WELLBEING_DATA_DIR", None)

    on_disk, packed, how = sizes(bundle)
    print(f"bundle on disk      {on_disk:8.1f} MiB")
    print(f"download            {packed:8.1f} MiB  ({how}); budget {BUDGET_MB:.0f} MB "
          f"-> {packed / BUDGET_MB:.2f} of budget")

    rows: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as data:
        for label, args in (("--version", ["--version"]),
                            ("self-test", ["--data-dir", data, "self-test"])):
            rows[label] = (median_ms(lambda a=args: run_quietly([*source, *a], env)),
                           median_ms(lambda a=args: run_quietly([*frozen_cli, *a], env)))

    def tray(env_x: dict[str, str]) -> dict[str, float]:
        return {"source": statistics.median(tray_start_ms(source, env_x) for _ in range(RUNS)),
                "frozen": statistics.median(tray_start_ms(frozen_gui, env_x)
                                            for _ in range(RUNS))}

    tray_times = with_tray_host(tray)
    if tray_times:
        rows["start to tray icon"] = (tray_times["source"], tray_times["frozen"])

    print(f"\n{'median of ' + str(RUNS):22}{'source':>10}{'frozen':>10}{'frozen/source':>15}")
    for label, (src, frz) in rows.items():
        print(f"{label:22}{src:8.0f}ms{frz:8.0f}ms{frz / src:15.2f}")
    if not tray_times:
        print("start to tray icon: skipped (Xvfb, trayer or xwininfo missing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
