"""Run many ``wellbeing`` commands in one Windows process whose stdout Python set up itself.

Starting Windows CPython under Wine costs seconds, so the stage runs each redirection mode once:
this driver calls the real entry point for every command on the process's own redirected
stdout and stderr, marks where each command's output starts, and records exit codes and any
exception in a JSON file.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

from wellbeing_app.main import main

MARK = "\n=== wellbeing command {index} ===\n"


def run_all(commands: list[list[str]]) -> list[dict[str, object]]:
    """Run each command; never stop at one that fails."""
    results: list[dict[str, object]] = []
    for index, argv in enumerate(commands):
        sys.stdout.write(MARK.format(index=index))
        sys.stdout.flush()
        try:
            code: object = main(argv)
            error = ""
        except SystemExit as leave:
            code, error = leave.code, ""
        except Exception:  # noqa: BLE001 - recorded and reported by the test, never swallowed
            code, error = None, traceback.format_exc()
        sys.stdout.flush()
        results.append({"argv": argv, "code": code, "error": error})
    return results


if __name__ == "__main__":
    wanted = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    Path(sys.argv[2]).write_text(json.dumps(run_all(wanted)), encoding="utf-8")
