"""The cost curves' verdict (tests/benchmarks/curves.py): ours may not grow more than 1.5x its
baseline's growth, nor may our extra work over the baseline; the slack is absolute milliseconds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.benchmarks import curves
from tests.benchmarks.curves import GROWTH_AIM, SLACK_MS, growth_verdict
from tests.benchmarks.reference import GENERATOR
from trustdesk.vault import schema


def test_extra_work_growing_faster_than_the_baseline_fails() -> None:
    """Under the old rule (ours' growth only) ours 100 -> 1000 ms beside a baseline 10 -> 100 (10x each)
    passed: our own extra work, 90 -> 900 ms, grows 10x too — also passes, and rightly.  But ours
    50 -> 500 beside a baseline 45 -> 90 (2x): ours grows 10x, extra 5 -> 410: fails on both."""
    assert growth_verdict([100, 1000], [10, 100])[0]
    assert not growth_verdict([50, 500], [45, 90])[0]
    # ours grows within 1.5x the baseline's growth (1.5x), yet the extra grows 20x: the new rule fails it
    ours, base = [100.0, 195.0], [90.0, 130.0]
    assert ours[1] / ours[0] <= GROWTH_AIM * base[1] / base[0] + SLACK_MS / ours[0]  # the old rule passed it
    assert not growth_verdict(ours, base)[0]


def test_the_slack_is_absolute_milliseconds_not_a_ratio() -> None:
    """The slack is 2 ms on the last figure, whatever the first: 0.1 -> 5 ms beside a flat baseline
    fails (5 > 1.5 * 0.1 + 2), 0.1 -> 2 ms passes."""
    assert not growth_verdict([0.1, 5.0], [1.0, 1.0])[0]
    assert growth_verdict([0.1, 2.0], [0.05, 0.05])[0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.05, 5000), min_size=2, max_size=3), st.lists(st.floats(0.05, 5000), min_size=3,
                                                                          max_size=3))
def test_the_verdict_is_both_bounds(ours: list[float], base: list[float]) -> None:
    base = base[:len(ours)]
    allowed = GROWTH_AIM * base[-1] / base[0]
    extra0, extra1 = ours[0] - base[0], ours[-1] - base[-1]
    expected = ours[-1] <= allowed * ours[0] + SLACK_MS and extra1 <= allowed * max(0.0, extra0) + SLACK_MS
    assert growth_verdict(ours, base)[0] is expected


def test_100x_counts_as_there_only_with_a_current_vault(tmp_path: Path) -> None:
    assert not curves.has_100x(tmp_path)
    (tmp_path / "curve-100x").mkdir()
    (tmp_path / "curve-100x" / "vault.db").write_bytes(b"")
    meta = {"schema": schema.LATEST, "generator": GENERATOR}
    (tmp_path / "curve-100x.json").write_text(json.dumps({**meta, "generator": GENERATOR - 1}))
    assert not curves.has_100x(tmp_path)
    (tmp_path / "curve-100x.json").write_text(json.dumps(meta))
    assert curves.has_100x(tmp_path)


def test_make_bench_fails_the_100x_curves_when_their_vault_is_missing(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a 100x vault in the cache each curve has a 100x row that was not measured (the run fails and
    says how to make it); with one, the curves are drawn to 100x."""
    from tests.benchmarks import figures as figures_module
    from tests.benchmarks import reference
    from tests.benchmarks.__main__ import exit_code
    from tests.benchmarks.reference import ReferenceInfo

    def fake_measure(refs: list[ReferenceInfo], table: dict[str, curves.Curve], _runs: int) -> None:
        for curve in table.values():
            curve.ours = [10.0 * 10 ** i for i in range(len(refs))]
            curve.base = [5.0 * 10 ** i for i in range(len(refs))]

    ref = ReferenceInfo(tmp_path / "reference", "reference", {"cases": 1}, 1)
    monkeypatch.setattr(curves, "_measure", fake_measure)
    monkeypatch.setattr(reference, "for_run", lambda _scale, beside: beside)
    monkeypatch.setattr(figures_module, "OUTPUT_DIR", tmp_path)
    rows = curves.curves(ref)
    missing = [r for r in rows if r.figure.startswith("growth 1x->100x")]
    assert len(missing) == 4 and all(r.value is None and r.passed is False and "make bench-curves" in r.note
                                     for r in missing)
    assert exit_code(rows) == 1
    monkeypatch.setattr(curves, "has_100x", lambda _cache: True)
    rows = curves.curves(ref)
    assert [r.figure for r in rows if r.value is None] == []
    assert all(r.figure.startswith("growth 1x->100x") for r in rows) and exit_code(rows) == 0
