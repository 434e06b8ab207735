"""numpy (and pyqtgraph, which brought it) are not part of TrustDesk at run time: importing every
module of the app, painting both charts and making every kind of PDF loads neither (numpy + OpenBLAS
were ~42 MB of the frozen bundle).  Run in a fresh interpreter so the test runner's own imports
(hypothesis, the test helpers) do not count."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NEVER = ("numpy", "pyqtgraph", "wordfreq")

PROBE = r"""
import importlib, pkgutil, sys
from datetime import date, datetime, timedelta
from trustdesk.ui.kit.refcount_fix import keep_singletons_alive
keep_singletons_alive()
from PySide6.QtWidgets import QApplication
app = QApplication([])
import trustdesk
for info in pkgutil.walk_packages(trustdesk.__path__, "trustdesk."):
    if info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
from trustdesk.documents.activity import ActivityReport, ActivityRow, ActivityTable
from trustdesk.documents.activity_pdf import activity_report_pdf
from trustdesk.domain.enums import RiskLevel
from trustdesk.domain.scores import Instrument, Score
from trustdesk.ui.reports.activity_chart import ActivityChart
from trustdesk.ui.safety.queries import TimelineData
from trustdesk.ui.safety.timeline_chart import TimelineChart
table = ActivityTable("month", (ActivityRow("2026-01", 12), ActivityRow("2026-02", None)))
chart = ActivityChart(); chart.resize(400, 60); chart.show_table(table, ["jan", "feb"], 24); chart.grab()
timeline = TimelineChart(); timeline.resize(800, 400)
timeline.show_data(TimelineData([(datetime(2026, 1, 5), RiskLevel.HIGH)], [Score(1, Instrument.PHQ9, 12, date(2026, 1, 9))]))
timeline.grab()
activity_report_pdf(ActivityReport("2026-01", "2026-02", ActivityRow("cases", 12), (table,)), "nl")
from trustdesk.ui.kit.passphrase import strength
strength("paars konijn springt")
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in {NEVER})))
"""


def test_no_numpy_pyqtgraph_or_wordfreq_is_imported_at_run_time() -> None:
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    code = PROBE.replace("{NEVER}", repr(set(NEVER)))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert loaded == "", f"loaded at run time: {loaded[:300]}"
    assert "numpy" not in result.stdout  # (the probe prints the names it found, none expected)

