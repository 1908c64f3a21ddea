"""Team view over 500 agents × 52 weeks of signed files: full validation and report time.

Budget (DESIGN.md §6): ≤ 2 s including signature checks. Prints figures and the ratio to budget.
Run: .venv/bin/python benchmarks/team_benchmark.py [--agents 500] [--weeks 52]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.weekly_summary import ExerciseRecord, build_summary, summary_payload
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.report_format import report_to_html
from wellbeing_app.team.signed_envelope import signed_text
from wellbeing_app.team.summary_writer import summary_file_name
from wellbeing_app.team.verified_cache import VerifiedCache

BUDGET_S = 2.0
CATEGORIES = ("hostile", "abusive", "repeat_unresolved", "miscommunication", "urgent", "other")


def populate(folder: Path, agents: int, weeks: int, seed: int = 1) -> int:
    """Write one signed summary per agent and week (plain writes: setup is not measured)."""
    rng = random.Random(seed)
    first = IsoWeek(2025, 48)
    week_list = [first]
    while len(week_list) < weeks:
        week_list.append(IsoWeek.containing(week_list[-1].sunday + (week_list[-1].sunday -
                                                                    week_list[-1].monday) / 6))
    for _ in range(agents):
        key = AgentKey.ephemeral()
        for week in week_list:
            calls = [(rng.randint(2, 10), tuple(rng.sample(CATEGORIES, rng.randint(0, 2))))
                     for _ in range(rng.randint(0, 12))]
            exercises = [ExerciseRecord(rng.uniform(1, 5), rng.randint(4, 9), rng.randint(1, 6))
                         for _ in range(rng.randint(0, 4))]
            summary = build_summary(agent_id=key.agent_id, week=week,
                                    created_utc="2026-11-23T08:00:00Z", calls=calls,
                                    exercises=exercises, anonymous=True, display_name=None)
            (folder / summary_file_name(key.agent_id, week)).write_text(
                signed_text(summary_payload(summary), key))
    return agents * weeks


def measure(folder: Path, epsilon: float | None, cache: VerifiedCache | None = None) -> float:
    start = time.perf_counter()
    report = build_team_report(folder, 10, epsilon, reader=FolderReader(cache=cache))
    elapsed = time.perf_counter() - start
    assert not report.rejected and len(report.weeks) > 0
    return elapsed


def verify_floor(count: int) -> float:
    """Seconds one core needs for ``count`` bare Ed25519 checks: the cold path's floor."""
    key = AgentKey.ephemeral()
    message = b"x" * 600
    signature = key.sign(message)
    public = Ed25519PublicKey.from_public_bytes(key.public_bytes)
    start = time.perf_counter()
    for _ in range(count):
        public.verify(signature, message)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="team-bench-") as scratch:
        folder = Path(scratch)
        start = time.perf_counter()
        files = populate(folder, args.agents, args.weeks)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"setup: {files:,} files, {size / 1e6:.1f} MB, made in "
              f"{time.perf_counter() - start:.1f} s; {os.cpu_count()} CPUs")
        plain = [measure(folder, None) for _ in range(args.runs)]
        noisy = [measure(folder, 1.0) for _ in range(args.runs)]
        cache_file = Path(scratch + "-cache.bin")
        measure(folder, None, VerifiedCache(cache_file))
        warm = [measure(folder, None, VerifiedCache(cache_file)) for _ in range(args.runs)]
        cache_file.unlink()
        report = build_team_report(folder, 10, None)
        start = time.perf_counter()
        page = report_to_html(report, {}, "bench")
        html_s = time.perf_counter() - start
    for label, runs in (("cold: read+verify+validate+aggregate", plain),
                        ("cold, with noise ε=1", noisy),
                        ("warm: signatures seen before (cache), all else re-checked", warm)):
        best, median = min(runs), statistics.median(runs)
        print(f"{label}: best {best:.2f} s, median {median:.2f} s "
              f"({files / median:,.0f} files/s); ratio to the 2 s budget {median / BUDGET_S:.2f}")
    print(f"HTML report: {len(page) / 1e3:.0f} kB in {html_s * 1000:.0f} ms")
    floor = verify_floor(files)
    print(f"floor: {files:,} bare Ed25519 verifications take {floor:.2f} s on one core "
          f"({floor / os.cpu_count() if os.cpu_count() else floor:.2f} s spread over all cores)")


if __name__ == "__main__":
    main()
