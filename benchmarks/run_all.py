"""Run every benchmark script and print its figures (not a test: nothing here fails)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SKIP = {"run_all.py", "minimal_tray_app.py"}

for script in sorted(HERE.glob("*.py")):
    if script.name in SKIP:
        continue
    print(f"\n== {script.stem} ==", flush=True)
    # As modules from the root, so the scripts can import tests.support.
    subprocess.run([sys.executable, "-m", f"benchmarks.{script.stem}"], cwd=ROOT, check=False)
