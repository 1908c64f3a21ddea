"""Sensed workload: a day's figures from a year of call spans, and idle wake-ups in a shift.

    .venv/bin/python -m benchmarks.workload_benchmark [--per-day 60] [--wakeup-seconds 60]

Part one builds a year of detected calls (60 a day, every day) plus tough calls, then times
``workload_of_day`` and ``run_reset_earned`` (medians; budget 5 ms). Part two (Linux, needs
Xvfb and PulseAudio) runs the minimal tray app and the real app side by side during an all-day
shift with microphone detection, with span recording on and off, idle and during a call
(``parecord`` on a null sink), and counts each process's context switches per second.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.trends_benchmark import median_ms  # run as a module from the root (run_all.py)
from wellbeing_app.domain.demo.demo_history import DemoCall, demo_history
from wellbeing_app.domain.demo.demo_spans import demo_spans
from wellbeing_app.domain.settings.declaration import Settings
from wellbeing_app.domain.workload.call_span import SpanSource
from wellbeing_app.platform.resources import load_catalog
from wellbeing_app.store.journal import DB_FILENAME, Journal
from wellbeing_app.usecases.workload import run_reset_earned, workload_of_day

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 24)
BUDGET_MS = 5.0
RUNS = 9  # timings per figure (the median is reported)
ROOT = Path(__file__).resolve().parents[1]


def build(path: Path, per_day: int) -> int:
    journal = Journal.open(path)
    spans = demo_spans(TODAY, 365, per_day, seed=11, zone=ZONE, weekends=True)
    stored = journal.call_spans.import_spans([(s, e, SpanSource.MICROPHONE) for s, e in spans])
    calls = demo_history(end=TODAY, days=365, per_day=5, seed=11, zone=ZONE,
                         categories=load_catalog().category_ids)
    journal.import_calls((c.draft, c.at) for c in calls if isinstance(c, DemoCall))
    journal.close()
    return stored


def bench_day(path: Path) -> None:
    journal = Journal.open(path)
    settings = Settings()
    days = [TODAY - timedelta(days=k) for k in (0, 1, 30, 100, 200, 364)]
    now = datetime.combine(TODAY, clock_time(17, 45), ZONE)
    per_day = [median_ms(functools.partial(workload_of_day, journal, d, now, ZONE, settings),
                         RUNS) for d in days]
    figures = workload_of_day(journal, TODAY, now, ZONE, settings)
    reset_at = datetime.combine(TODAY, clock_time(12, 0), ZONE)
    reset = median_ms(lambda: run_reset_earned(journal, reset_at, settings, None), RUNS)
    spans = len(journal.call_spans.spans())
    journal.close()
    worst = max(per_day)
    print(f"{spans:,} call spans over 365 days; today: {figures.calls_handled} calls handled, "
          f"{figures.talk_minutes} min talk, {figures.back_to_back} back to back, longest run "
          f"{figures.longest_run_calls} calls")
    print(f"day's workload: median {statistics.median(per_day):.2f} ms, worst day "
          f"{worst:.2f} ms (budget {BUDGET_MS} ms, {worst / BUDGET_MS:.2f} of it)")
    print(f"earned-reset check at a call's end: {reset:.2f} ms")


def context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def _pulse(tmp: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH":
           str(runtime / "pulse")}
    env.pop("PULSE_SERVER", None)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=fake"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            break
        time.sleep(0.1)
    return server, env


def _start_apps(tmp: Path, env: dict[str, str]) -> dict[str, subprocess.Popen[bytes]]:
    wellbeing = str(Path(sys.executable).parent / "wellbeing")
    apps: dict[str, subprocess.Popen[bytes]] = {}
    for name, record in (("recording spans", "true"), ("spans off (as before)", "false")):
        data = tmp / name.split()[0]
        for key, value in (("shifts", "mon-sun 00:00-24:00"), ("record_call_spans", record),
                           ("micro_break_enabled", "false"), ("pulse_check_in", "false"),
                           ("wind_down", "false"), ("weekly_stress_question", "false"),
                           ("after_call_note", "false")):
            subprocess.run([wellbeing, "--data-dir", str(data), "settings", "set", key, value],
                           env=env, check=True, capture_output=True)
        apps[name] = subprocess.Popen([wellbeing, "--data-dir", str(data)], env=env)
    apps["minimal tray app"] = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "minimal_tray_app.py")], env=env)
    return apps


def _rates(apps: dict[str, subprocess.Popen[bytes]], seconds: float) -> dict[str, float]:
    before = {n: context_switches(p.pid) for n, p in apps.items()}
    time.sleep(seconds)
    return {n: (context_switches(p.pid) - before[n]) / seconds for n, p in apps.items()}


def bench_wakeups(seconds: float) -> None:
    missing = [t for t in ("Xvfb", "trayer", "pulseaudio", "pactl", "parecord")
               if shutil.which(t) is None]
    if missing or not sys.platform.startswith("linux"):
        print(f"wake-ups: skipped (needs Linux and {', '.join(missing)})")
        return
    from tests.support.x11 import x_with_tray  # run as a module from the root (run_all.py)

    with tempfile.TemporaryDirectory(prefix="workload-wake-") as scratch, \
            x_with_tray() as x_env:
        tmp = Path(scratch)
        server, pulse_env = _pulse(tmp)
        env = {**x_env, **{k: pulse_env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")}}
        apps = _start_apps(tmp, env)
        try:
            time.sleep(8)  # start-up, first detector look, then idle
            idle = _rates(apps, seconds)
            recorder = subprocess.Popen(["parecord", "--device=fake.monitor",
                                         str(tmp / "call.wav")], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(3)
            on_call = _rates(apps, seconds)
            recorder.terminate()
            recorder.wait()
        finally:
            for process in apps.values():
                process.terminate()
                process.wait(timeout=10)
            server.terminate()
            server.wait(timeout=10)
    print(f"wake-ups (context switches per second over {seconds:.0f} s, in a shift with "
          "microphone detection):")
    for name in apps:
        print(f"  {name:24} idle {idle[name]:.2f}/s   during a call {on_call[name]:.2f}/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-day", type=int, default=60)
    parser.add_argument("--wakeup-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workload-bench-") as scratch:
        path = Path(scratch) / DB_FILENAME
        begin = time.perf_counter()
        build(path, args.per_day)
        print(f"built in {time.perf_counter() - begin:.1f} s")
        bench_day(path)
    if args.wakeup_seconds > 0:
        bench_wakeups(args.wakeup_seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
