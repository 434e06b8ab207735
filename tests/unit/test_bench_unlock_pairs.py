"""The stall drive's unlock overhead can only pass honestly (tests/benchmarks/unlock_pairs.py), and the
installed bundle's start figure is not judged on a stale build (tests/benchmarks/startup.py).  Made-up
numbers fed to the judging code; the old rule passed a negative overhead, never alternated the order
and judged a stale .deb like a fresh one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.benchmarks import startup
from tests.benchmarks.unlock_pairs import OwnDerivation, UnlockPair, app_ready, baseline_first, judge_unlock

PAIRED = "unlock -> first page shown, over the KDF alone"
DIRECT = "unlock -> first page shown, less its own derivation"
DATA = "unlock -> Today shows its data, over the KDF alone"


def _pairs(overheads_ms: list[float], kdf_ms: list[float], own_ms: list[float] | None = None,
           ready: bool = True, first: list[bool] | None = None) -> list[UnlockPair]:
    own_ms = own_ms if own_ms is not None else kdf_ms
    first = first if first is not None else [baseline_first(i) for i in range(len(overheads_ms))]
    return [UnlockPair((o + own) / 1000, (o + own + 100) / 1000, 0.005, k / 1000, own / 1000, f, ready)
            for o, k, own, f in zip(overheads_ms, kdf_ms, own_ms, first, strict=True)]


def _by_name(pairs: list[UnlockPair]) -> dict[str, object]:
    return {f.figure: f for f in judge_unlock(pairs)}


@given(st.integers(2, 8).flatmap(lambda n: st.lists(st.floats(-400, -1), min_size=n, max_size=n)))
def test_a_negative_overhead_never_passes(overheads: list[float]) -> None:
    # the baseline longer than the whole unlock: what the old rule (overhead <= 50) passed
    figures = {f.figure: f for f in judge_unlock(_pairs(overheads, [1000.0] * len(overheads)))}
    for name in (PAIRED, DIRECT, DATA if max(overheads) < -100 else PAIRED):
        assert figures[name].passed is False
        assert "MEASUREMENT FAILED" in figures[name].note


@given(st.lists(st.floats(0, 50), min_size=2, max_size=8), st.floats(300, 1500))
def test_fair_pairs_within_the_aim_pass_both_figures(overheads: list[float], kdf: float) -> None:
    figures = _by_name(_pairs(overheads, [kdf] * len(overheads)))
    assert figures[PAIRED].passed is True and figures[DIRECT].passed is True  # type: ignore[attr-defined]


@given(st.lists(st.floats(51, 500), min_size=2, max_size=8))
def test_over_the_aim_fails_without_a_measurement_fault(overheads: list[float]) -> None:
    figures = _by_name(_pairs(overheads, [800.0] * len(overheads)))
    assert figures[PAIRED].passed is False and "MEASUREMENT FAILED" not in figures[PAIRED].note  # type: ignore[attr-defined]


@given(st.floats(0, 40), st.floats(0.26, 0.9), st.booleans())
def test_a_baseline_far_from_the_unlocks_own_derivation_fails(overhead: float, off: float, longer: bool) -> None:
    own = 800.0
    kdf = own * (1 + off) if longer else own * (1 - off)
    figures = _by_name(_pairs([overhead] * 6, [kdf] * 6, [own] * 6))
    for name in (PAIRED, DIRECT):
        assert figures[name].passed is False and "like-for-like" in figures[name].note  # type: ignore[attr-defined]


@given(st.integers(2, 8), st.booleans())
def test_the_same_order_in_every_pair_fails(n: int, first: bool) -> None:
    figures = _by_name(_pairs([10.0] * n, [800.0] * n, first=[first] * n))
    assert figures[PAIRED].passed is False and "alternate" in figures[PAIRED].note  # type: ignore[attr-defined]


@given(st.integers(2, 8))
def test_the_driver_alternates_the_order(n: int) -> None:
    order = [baseline_first(i) for i in range(n)]
    assert all(a != b for a, b in zip(order, order[1:], strict=False))


def test_pairs_started_before_the_app_was_ready_or_without_the_own_derivation_fail() -> None:
    not_ready = _by_name(_pairs([10.0] * 6, [800.0] * 6, ready=False))
    assert not_ready[PAIRED].passed is False and "start-up work" in not_ready[PAIRED].note  # type: ignore[attr-defined]
    pairs = _pairs([10.0] * 6, [800.0] * 6)
    unseen = [UnlockPair(p.unlock_s, p.data_s, p.unpainted_s, p.kdf_alone_s, None, p.baseline_first, True)
              for p in pairs]
    figures = _by_name(unseen)
    assert figures[PAIRED].passed is False and figures[DIRECT].passed is False  # type: ignore[attr-defined]


@given(st.lists(st.floats(-40, 40), min_size=6, max_size=6), st.floats(60, 200))
def test_the_direct_figure_judges_the_unlock_less_its_own_derivation(jitter: list[float], direct: float) -> None:
    # the baseline matches the own derivation on the median but each unlock carries `direct` ms over its own
    own = [800.0 + j for j in jitter]
    figures = _by_name(_pairs([direct] * 6, [800.0] * 6, own))
    assert figures[DIRECT].passed is False  # type: ignore[attr-defined]


def test_own_derivation_times_the_call_the_unlock_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.vault import keyslots

    monkeypatch.setattr(keyslots, "argon2id", lambda *_args: b"k" * 32)  # the real one, stood in for
    real = keyslots.argon2id

    def unlock() -> str:  # as keyslots.open_slot does: the module's argon2id, looked up at the call
        assert keyslots.argon2id(b"secret", b"salt", keyslots.KdfParams()) == b"k" * 32
        return "done"

    own = OwnDerivation()
    with own.watching():
        result, took = own.during(unlock)
        assert result == "done" and took is not None and took > 0
        _, none = own.during(lambda: None)
        assert none is None
    assert keyslots.argon2id is real


@pytest.mark.parametrize("changed, why", [(None, "stale build: the bundle names no commit"),
                                          (3, "stale build: 3 app files changed since abc"),
                                          (0, "built from abc; no app file changed since")])
@given(f=st.floats(0.1, 1.0), k=st.floats(0.5, 3.0))
def test_the_deb_start_figure_never_passes_on_a_stale_build(changed: int | None, why: str, f: float,
                                                            k: float) -> None:
    b = 2 * f  # ours far within the aims: only staleness can fail it
    figures = startup.deb_figures(f, b, k + f, Path("/opt/x"), True, (changed, why), "median of 5")
    for figure in figures:
        if changed == 0:
            assert figure.passed is True and "stale" not in figure.figure
        else:
            assert figure.passed is False and "(stale build)" in figure.figure and why in figure.note


@given(warmed=st.booleans(), warmer=st.sampled_from(["none", "running", "done"]), frame=st.booleans(),
       page=st.booleans())
def test_a_pair_waits_for_the_warm_up_the_warmer_and_the_prebuilt_frame(warmed: bool, warmer: str, frame: bool,
                                                                        page: bool) -> None:
    from types import SimpleNamespace

    from trustdesk.ui.kit import qt_types

    made = None if warmer == "none" else SimpleNamespace(running=warmer == "running")
    shell = SimpleNamespace(_warmed=warmed, main_frame=SimpleNamespace(current_key=lambda: "today" if page else None)
                            if frame else None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(qt_types, "_WARMER", made)
        assert app_ready(shell) is (warmed and warmer == "done" and frame and page)
        assert qt_types._WARMER is made  # asking started nothing
