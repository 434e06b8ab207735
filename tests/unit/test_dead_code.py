"""No dead code: vulture finds nothing in trustdesk/ and tests/ beyond tests/vulture_whitelist.py
(names only Qt, reportlab or pytest call).  Delete what it finds, or whitelist it with a reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-m", "vulture", "trustdesk", "tests", "tests/vulture_whitelist.py",
           "--min-confidence", "60", "--exclude", "tests/benchmarks"]


def test_vulture_finds_no_dead_code() -> None:
    result = subprocess.run(COMMAND, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text("def used() -> int:\n    return 1\n\n\ndef never_called() -> int:\n"
                                        "    return 2\n\n\nprint(used())\n")
    result = subprocess.run([sys.executable, "-m", "vulture", str(tmp_path), "--min-confidence", "60"],
                            capture_output=True, text=True, timeout=60)
    assert "never_called" in result.stdout and "used'" not in result.stdout
