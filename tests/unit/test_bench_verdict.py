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

verdicts = st.lists(st.sampled_from([True, False, None, "unmeasured"]), min_size=1, max_size=8)


def _figures(kinds: list[object]) -> list[Figure]:
    return [Figure(f"figure {i}", None if kind == "unmeasured" else 1.0, "ms", 1.0, 1.0, "aim",
                   False if kind == "unmeasured" else kind)  # type: ignore[arg-type]
            for i, kind in enumerate(kinds)]


@settings(max_examples=60, deadline=None)
@given(verdicts)
def test_exit_code_is_nonzero_exactly_when_a_figure_misses_or_is_unmeasured(kinds: list[object]) -> None:
    expected = 1 if any(k is False or k == "unmeasured" for k in kinds) else 0
    assert bench.exit_code(_figures(kinds)) == expected


@pytest.mark.parametrize("kinds, code", [([True, None], 0), ([True, False], 1), ([None, "unmeasured"], 1)])
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
        False if k == "unmeasured" else k for k in kinds]
    # a figure that raises is a failure too, and the others still run
    broken_figure.__name__ = "broken"
    monkeypatch.setattr(bench, "FIGURES", [broken_figure, fake_figure])
    assert bench.main(["--scale", "reference", "--cache", str(tmp_path), "--out", str(out)]) == 1
