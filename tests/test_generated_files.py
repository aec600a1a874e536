"""Files made by scripts stay in step with their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def test_readme_capability_table_is_fresh():
    done = _run("scripts/capability_table.py", "--check")
    assert done.returncode == 0, done.stderr


def test_sync_twins_are_generated_from_async_sources():
    done = _run("scripts/unasync.py", "--check")
    assert done.returncode == 0, done.stderr


def test_readme_starts_with_the_two_commands():
    commands = [line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("bash ")][
        :2
    ]
    assert "examples/demo.py" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1].split("#")[0].strip() in ci, "CI must run the README's test command"
