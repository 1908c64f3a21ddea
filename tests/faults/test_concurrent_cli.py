"""4 streams × 50 ``wellbeing log`` processes at once on a fresh folder: every id, every row."""

from __future__ import annotations

import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.faults.conftest import WELLBEING, cli_env
from wellbeing_app.store.journal import DB_FILENAME

STREAMS = 4
PER_STREAM = 50


def one_stream(data_dir: Path, stream: int) -> list[subprocess.CompletedProcess[bytes]]:
    results = []
    for n in range(PER_STREAM):
        results.append(subprocess.run(
            [*WELLBEING, "--data-dir", str(data_dir), "log", "--stress", str((stream + n) % 11)],
            env=cli_env(), capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
            check=False))
    return results


def test_parallel_logs_on_a_fresh_folder_lose_nothing(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "fresh"
    with ThreadPoolExecutor(STREAMS) as pool:
        streams = list(pool.map(lambda s: one_stream(data_dir, s), range(STREAMS)))
    results = [result for stream in streams for result in stream]
    errors = [r.stderr.decode(errors="replace") for r in results if r.returncode or r.stderr]
    ids = [int(r.stdout) for r in results if r.returncode == 0]
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        rows = conn.execute("SELECT id FROM calls").fetchall()
    conn.close()
    assert errors == []
    assert len(ids) == STREAMS * PER_STREAM == len(set(ids))
    assert sorted(ids) == sorted(row[0] for row in rows)
    with capsys.disabled():
        print(f"\n[faults] parallel CLI: {STREAMS} × {PER_STREAM} `wellbeing log` processes, "
              f"{len(ids)} ids, {len(rows)} rows, {len(errors)} errors")
