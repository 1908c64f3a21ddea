"""Run every benchmark script and print its figures (not a test: nothing here fails)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"run_all.py", "minimal_tray_app.py"}

for script in sorted(HERE.glob("*.py")):
    if script.name in SKIP:
        continue
    print(f"\n== {script.stem} ==", flush=True)
    subprocess.run([sys.executable, str(script)], check=False)
