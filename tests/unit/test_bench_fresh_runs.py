"""Every `make bench` run measures the same, cold: a fresh copy of the cached vaults per run (the
cache never written), deleted at the end, and the figures that build Qt state or drive the app each
in a fresh child process (tests/benchmarks/__main__.py, reference.working_copy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import __main__ as bench
from tests.benchmarks import reference
from tests.benchmarks.figures import Figure
from tests.benchmarks.reference import GENERATOR, ReferenceInfo, working_copy
from trustdesk.vault import schema


def _fake_cache(cache: Path, scale: str = "reference") -> None:
    (cache / scale).mkdir(parents=True)
    (cache / scale / "vault.db").write_bytes(b"cached pages")
    (cache / f"{scale}.json").write_text(json.dumps({
        "counts": {"cases": 5}, "big_case_id": 3, "seconds": 1.0, "schema": schema.LATEST,
        "generator": GENERATOR, "heavy_note": [1, 2]}))


@pytest.fixture
def no_unlock(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    settled: list[Path] = []
    monkeypatch.setattr(reference, "settle", settled.append)
    return settled


def test_a_run_measures_its_own_copy_and_leaves_the_cache_as_it_was(tmp_path: Path, no_unlock: list[Path],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    _fake_cache(cache)
    seen: list[ReferenceInfo] = []

    def writes(ref: ReferenceInfo) -> list[Figure]:  # a figure that unlocks and saves: writes its vault
        seen.append(ref)
        (ref.data_dir / "vault.db").write_bytes(b"audit rows and a rewritten note")
        return [Figure("f", 1.0, "ms", 1.0, 1.0, "aim", True)]

    writes.__name__ = "writes"
    for _ in range(2):
        bench.run("reference", cache, tmp_path / "out.json", [writes])
    first, second = seen
    assert (cache / "reference" / "vault.db").read_bytes() == b"cached pages"  # the cache: never written
    assert cache not in first.data_dir.parents and first.data_dir != second.data_dir  # a copy per run
    assert not first.data_dir.exists() and not second.data_dir.exists()  # deleted at the end of its run
    assert cache / "reference" not in no_unlock  # the cached vault is not even opened
    assert reference.WORK is None


def test_a_copy_is_made_once_per_run(tmp_path: Path, no_unlock: list[Path]) -> None:
    cache, work = tmp_path / "cache", tmp_path / "work"
    _fake_cache(cache)
    work.mkdir()
    ref, _ = working_copy("reference", cache, work)
    (ref.data_dir / "vault.db").write_bytes(b"written by a figure")
    again, _ = working_copy("reference", cache, work)  # a later figure, or a child process, of the same run
    assert again.data_dir == ref.data_dir and (again.data_dir / "vault.db").read_bytes() == b"written by a figure"
    assert (ref.big_case_id, ref.heavy_note, ref.counts) == (3, (1, 2), {"cases": 5})


def test_qt_figures_and_the_stall_drive_run_in_a_fresh_child(tmp_path: Path, no_unlock: list[Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The stall drive ran in the harness's process after the case list, a case opened, a PDF and a
    backup (first case and first preview warm); now each such figure runs in a child of its own."""
    assert {"stalls", "case_list", "open_case", "summary_pdf", "curves"} <= bench.IN_CHILD
    cache = tmp_path / "cache"
    _fake_cache(cache)
    children: list[str] = []

    def child(name: str, scale: str, cache: Path) -> list[Figure]:
        assert reference.WORK is not None and reference.WORK.exists()
        children.append(name)
        return [Figure(name, 1.0, "ms", 1.0, 1.0, "aim", True)]

    def here(_ref: ReferenceInfo) -> list[Figure]:
        return [Figure("here", 1.0, "ms", 1.0, 1.0, "aim", True)]

    def stalls(_ref: ReferenceInfo) -> list[Figure]:
        raise AssertionError("the stall drive ran in the harness's own process")

    here.__name__ = "unlock"
    monkeypatch.setattr(bench, "in_child", child)
    results = bench.run("reference", cache, tmp_path / "out.json", [here, stalls])
    assert children == ["stalls"] and [f.figure for f in results] == ["here", "stalls"]


def test_a_child_that_fails_is_a_failed_figure(tmp_path: Path, no_unlock: list[Path]) -> None:
    """A child that dies without writing its rows: the figure is reported unmeasured and the run fails."""
    cache = tmp_path / "cache"
    _fake_cache(cache)

    def stalls(_ref: ReferenceInfo) -> list[Figure]:
        raise AssertionError("not in this process")

    results = bench.run("reference", cache, tmp_path / "out.json", [stalls])  # the child cannot open the fake vault
    assert [(f.figure, f.value, f.passed) for f in results] == [("stalls", None, False)]
    assert bench.exit_code(results) == 1
