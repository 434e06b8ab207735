"""`make bench` fails when a figure misses its aim: the harness's exit code, without measuring anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.benchmarks import __main__ as bench
from tests.benchmarks.figures import Figure
from tests.benchmarks.reference import ReferenceInfo

verdicts = st.lists(st.sampled_from([True, False, None, "unmeasured", "informational", "unmeasured-none"]),
                    min_size=1, max_size=8)


def _figures(kinds: list[object]) -> list[Figure]:
    """A made-up row per kind: judged (True/False), measured but unjudged (None), informational, not
    measured with a failing verdict, or not measured with no verdict (the old 'no build' rows)."""
    out = []
    for i, kind in enumerate(kinds):
        value = None if kind in ("unmeasured", "unmeasured-none") else 1.0
        passed = {"unmeasured": False, "unmeasured-none": None, "informational": None}.get(kind, kind)  # type: ignore[call-overload]
        aim = "informational" if kind == "informational" else "aim"
        out.append(Figure(f"figure {i}", value, "ms", 1.0, 1.0, aim, passed))
    return out


@settings(max_examples=80, deadline=None)
@given(verdicts)
def test_exit_code_is_zero_only_when_every_figure_is_measured_and_judged_or_informational(kinds: list[object]) -> None:
    expected = 0 if all(k is True or k == "informational" for k in kinds) else 1
    assert bench.exit_code(_figures(kinds)) == expected


def test_a_row_never_measured_fails_the_run_whatever_its_verdict() -> None:
    """The old rule let a row with no value and no verdict pass (footprint's 'no build', start-up's
    'no bundle installed')."""
    for passed in (None, False, True):
        row = Figure("one-folder bundle / .deb", None, "MB", None, None, "<= 150 MB (absolute)", passed,
                     "NO BUILD: make installer-test")
        assert bench.exit_code([row]) == 1
        assert bench.verdicts([row])["not measured"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30), st.booleans(), st.booleans())
def test_a_row_without_baseline_must_say_absolute(aim: str, has_baseline: bool, absolute: bool) -> None:
    aim = aim.replace("absolute", "").replace("informational", "").lower() + (" (absolute)" if absolute else "")
    row = Figure("f", 1.0, "ms", 1.0 if has_baseline else None, None, aim, True)
    assert bench.exit_code([row]) == (0 if has_baseline or absolute else 1)


def test_an_informational_row_must_say_so() -> None:
    assert bench.exit_code([Figure("search p50", 1.0, "ms", 1.0, 1.0, "-", None)]) == 1
    assert bench.exit_code([Figure("search p50", 1.0, "ms", 1.0, 1.0, "informational (p95 is judged)", None)]) == 0


@pytest.mark.parametrize("kinds, code", [([True, "informational"], 0), ([True, None], 1), ([True, False], 1),
                                         (["informational", "unmeasured"], 1), ([True, "unmeasured-none"], 1)])
def test_main_exits_nonzero_when_a_figure_misses_its_aim(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: list[object], code: int) -> None:
    def fake_figure(_ref: ReferenceInfo) -> list[Figure]:
        return _figures(kinds)

    def broken_figure(_ref: ReferenceInfo) -> list[Figure]:
        raise RuntimeError("cannot measure")

    fake_figure.__name__ = "fake"
    monkeypatch.setattr(bench, "_reference",
                        lambda scale, cache: (ReferenceInfo(tmp_path, scale, {"cases": 0}, 0), 0.0))
    monkeypatch.setattr(bench, "FIGURES", [fake_figure])
    out = tmp_path / "bench.json"
    assert bench.main(["--scale", "reference", "--cache", str(tmp_path), "--out", str(out)]) == code
    assert [row["passed"] for row in json.loads(out.read_text())["figures"]] == [
        f.passed for f in _figures(kinds)]
    # a figure that raises is a failure too, and the others still run
    broken_figure.__name__ = "broken"
    monkeypatch.setattr(bench, "FIGURES", [broken_figure, fake_figure])
    assert bench.main(["--scale", "reference", "--cache", str(tmp_path), "--out", str(out)]) == 1
