"""Team sharing over 500 agents × 52 weeks: the aggregator's run and the lead's report time.

Budget (DESIGN.md §6): the lead's report on aggregate reports ≤ 0.5 s. The aggregator (IT's
scheduled task) decrypts and verifies every sealed file; its time is printed, not budgeted.
Run: .venv/bin/python benchmarks/team_benchmark.py [--agents 500] [--weeks 52] [--named 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from wellbeing_app.domain.iso_week import IsoWeek
from wellbeing_app.domain.team.roster import Roster
from wellbeing_app.domain.team.weekly_summary import ExerciseRecord, WeeklySummary, build_summary
from wellbeing_app.team.admin_key import AdminKey
from wellbeing_app.team.agent_key import AgentKey
from wellbeing_app.team.aggregator import Aggregator, AggregatorPolicy
from wellbeing_app.team.aggregator_key import AggregatorKey
from wellbeing_app.team.aggregator_state import AggregatorState, state_path
from wellbeing_app.team.folder_reader import FolderReader
from wellbeing_app.team.report_builder import build_team_report
from wellbeing_app.team.report_format import report_to_html
from wellbeing_app.team.roster_file import write_roster
from wellbeing_app.team.share_files import named_file, sealed_file
from wellbeing_app.team.verified_cache import VerifiedCache

REPORT_BUDGET_S = 0.5
CATEGORIES = ("hostile", "abusive", "repeat_unresolved", "miscommunication", "urgent", "other")


def week_list(count: int) -> list[IsoWeek]:
    first = IsoWeek(2025, 48)
    return [IsoWeek.containing(first.monday + timedelta(weeks=n)) for n in range(count)]


def figures(rng: random.Random, key: AgentKey, week: IsoWeek) -> WeeklySummary:
    calls = [(rng.randint(2, 10), tuple(rng.sample(CATEGORIES, rng.randint(0, 2))))
             for _ in range(rng.randint(0, 12))]
    exercises = [ExerciseRecord(rng.uniform(1, 5), rng.randint(4, 9), rng.randint(1, 6))
                 for _ in range(rng.randint(0, 4))]
    return build_summary(agent_id=key.agent_id, week=week, created_utc="2026-11-23T08:00:00Z",
                         calls=calls, exercises=exercises, anonymous=True, display_name=None)


def populate(folder: Path, agents: int, weeks: list[IsoWeek], named: int,
             aggregator: AggregatorKey, admin: AdminKey) -> int:
    """Sealed files of every enrolled agent and week, plus named files of ``named`` agents."""
    rng = random.Random(1)
    keys = [AgentKey.ephemeral() for _ in range(agents)]
    write_roster(folder, Roster.empty().enroll([k.public_bytes for k in keys],
                                               "2025-11-20T08:00:00Z"), admin)
    written = 0
    for index, key in enumerate(keys):
        secret = os.urandom(32)
        for week in weeks:
            summary = figures(rng, key, week)
            files = [sealed_file(summary, week, key, secret, aggregator.public)]
            if index < named:
                files.append(named_file(summary, week, key, f"Agent {index}"))
            for file in files:
                (folder / file.name).write_text(file.text)
                written += 1
    return written


def timed_report(folder: Path, aggregator: AggregatorKey, cache: VerifiedCache | None) -> float:
    start = time.perf_counter()
    report = build_team_report(folder, aggregator.public, "bench", FolderReader(cache=cache))
    elapsed = time.perf_counter() - start
    assert not report.rejected and report.weeks, report.rejected[:3]
    return elapsed


def summary_line(label: str, runs: list[float], budget: float | None = None) -> str:
    best, median = min(runs), statistics.median(runs)
    ratio = f"; ratio to the {budget:g} s budget {median / budget:.2f}" if budget else ""
    return f"{label}: best {best:.3f} s, median {median:.3f} s{ratio}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--named", type=int, default=20, help="agents who also share by name")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    aggregator, admin = AggregatorKey.generate(), AdminKey.generate()
    weeks = week_list(args.weeks)
    with tempfile.TemporaryDirectory(prefix="team-bench-") as scratch:
        folder, state_dir = Path(scratch) / "team", Path(scratch) / "it"
        folder.mkdir()
        state_dir.mkdir()
        start = time.perf_counter()
        files = populate(folder, args.agents, weeks, args.named, aggregator, admin)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"setup: {files:,} files ({args.agents} agents × {args.weeks} weeks sealed, "
              f"{args.named} of them also named), {size / 1e6:.1f} MB, made in "
              f"{time.perf_counter() - start:.1f} s; {os.cpu_count()} CPUs")
        state = AggregatorState.load(state_path(state_dir, folder), folder)
        policy = AggregatorPolicy(10, 1.0, "bench")
        run = Aggregator(folder, aggregator, admin.public, state, policy, "2026-11-30T08:00:00Z")
        start = time.perf_counter()
        result = run.run(weeks[-1].sunday + timedelta(days=3))
        aggregate_s = time.perf_counter() - start
        assert len(result.weeks) == args.weeks and all(o.counted == args.agents
                                                       for o in result.weeks)
        start = time.perf_counter()
        again = Aggregator(folder, aggregator, admin.public, state, policy,
                           "2026-11-30T09:00:00Z").run(weeks[-1].sunday + timedelta(days=3))
        rerun_s = time.perf_counter() - start
        assert again.weeks == ()
        cold = [timed_report(folder, aggregator, None) for _ in range(args.runs)]
        cache_file = Path(scratch) / "cache.bin"
        timed_report(folder, aggregator, VerifiedCache(cache_file))
        warm = [timed_report(folder, aggregator, VerifiedCache(cache_file))
                for _ in range(args.runs)]
        for path in folder.glob("summary-*.json"):
            path.unlink()
        reports_only = [timed_report(folder, aggregator, None) for _ in range(args.runs)]
        report = build_team_report(folder, aggregator.public, "bench")
        start = time.perf_counter()
        page = report_to_html(report, {}, "bench")
        html_s = time.perf_counter() - start
    sealed = args.agents * args.weeks
    print(f"aggregate: {sealed:,} sealed files opened, verified, counted; {args.weeks} weekly "
          f"reports signed and written in {aggregate_s:.2f} s ({sealed / aggregate_s:,.0f} "
          f"files/s)")
    print(f"aggregate again (every week already published, nothing re-drawn): {rerun_s:.2f} s")
    print(summary_line(f"report, cold ({args.weeks} reports + {args.named * args.weeks:,} "
                       "named files verified; sealed files only listed)", cold, REPORT_BUDGET_S))
    print(summary_line("report, warm (named signatures cached)", warm, REPORT_BUDGET_S))
    print(summary_line(f"report on aggregate reports only ({args.weeks} reports)", reports_only,
                       REPORT_BUDGET_S))
    print(f"HTML report: {len(page) / 1e3:.0f} kB in {html_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
