"""Machine output never follows the desktop language: CSV, JSON and --json are byte-identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

COMMANDS = [
    ["export", "--format", "csv"],
    ["export", "--format", "json"],
    ["calls", "--json"],
    ["stats", "--json"],
    ["stats", "--json", "--range", "1y"],
    ["settings", "--json"],
    ["exercises", "--json"],
    ["exercise-sessions", "--json"],
    ["reminders", "--json", "--day", "2026-11-24"],
]
#: Runs every command in one interpreter and prints each one's exact bytes, framed.
DRIVER = """
import contextlib, io, json, sys
from wellbeing_app.main import main
for argv in json.loads(sys.argv[1]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    sys.stdout.buffer.write(repr((argv, code, out.getvalue())).encode("utf-8") + b"\\n")
"""


def _outputs(data_dir: Path, language: dict[str, str]) -> bytes:
    import json

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(language, WELLBEING_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-c", DRIVER, json.dumps(COMMANDS)], env=env,
                            capture_output=True, check=True, timeout=120)
    return result.stdout


def test_exports_and_json_are_identical_in_english_and_german(tmp_path: Path) -> None:
    from wellbeing_app.main import main

    assert main(["--data-dir", str(tmp_path), "demo-data", "--days", "60", "--seed", "3"]) == 0
    english = _outputs(tmp_path, {"LANG": "C"})
    for language in ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
                     {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr"}):
        assert _outputs(tmp_path, language) == english
    assert english.count(b", 0, ") == len(COMMANDS)  # every command ran and succeeded
