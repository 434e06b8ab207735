"""The benchmark code runs at a tiny scale in every `make test`, so it never rots."""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.__main__ import run


def test_benchmarks_run_at_smoke_scale(tmp_path: Path) -> None:
    results = run("smoke", tmp_path / "cache", tmp_path / "bench.json")
    broken = [f.figure for f in results if f.value is None and f.passed is not None]
    assert not broken, f"figures that failed to measure: {broken}"
    assert (tmp_path / "bench.json").exists()
    assert {f.figure for f in results} >= {"unlock (KDF + open)", "search p95 (30 queries)"}
    # a figure without a baseline in the same run says plainly that it is absolute (issue 20, goal 5)
    unsaid = [f.figure for f in results if f.value is not None and f.baseline is None and "absolute" not in f.aim]
    assert not unsaid, f"absolute figures whose aim does not say so: {unsaid}"
