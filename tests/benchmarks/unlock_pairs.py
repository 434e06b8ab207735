"""The stall drive's unlock overhead, measured so that it can only pass honestly (tests/benchmarks/stalls.py).

Each pair is one unlock (click -> the main window with Today painted) and one derivation of the same key
alone, under the same driver.  What made the old figure pass by artefact, and what this module does instead:

- The baseline always ran first: on a shared machine it came out longer than the app's own derivation in
  11 of 12 pairs, so the overhead went negative and "passed".  The order now alternates across the pairs.
- The derivation varies by 150-200 ms between runs, which swamps a 50 ms aim with a few pairs.  The app's
  own derivation is timed inside each unlock too (``OwnDerivation`` wraps ``keyslots.argon2id``, the function
  the unlock worker calls) and "unlock less its own derivation" is a second judged figure with the same aim.
- A fixed wait after the start let the app's start-up work (the warm-up, the main window's frame built
  while the unlock window waits) fall into a baseline.  Each pair now starts once ``app_ready`` holds.
- A negative overhead, a baseline far from the unlock's own derivation, a pair started before the app was
  ready or an unlock whose own derivation was not seen: the measurement failed, never a pass.
- Six pairs could not tell the figure from its aim.  Each pair's overhead carries two derivations' noise
  (the unlock's own and the baseline's).  Pairing cancels the part that follows the machine's load (within
  a pair the two correlate 0.1-0.8 from run to run, 160 pairs at load 3-8); the rest is per derivation:
  back to back under steady load, the difference of two neighbours varies as much as that of two far
  apart (lag 1, 2, 4, 8: sd 646, 673, 700, 709 ms, independent 647), so a tighter pairing cancels no more
  of it; only more derivations do.  On
  a quiet machine the median of 6 went 34-69 ms over seven runs (sd 12 ms: ~26 ms per pair), while the
  true overhead sat 5-15 ms from the aim: the noise band of that median (90%: +-20 ms; its distribution-
  free interval is the whole range of the six) was wider than the distance it had to judge.
  ``UNLOCK_PAIRS`` = 20 brings the band to +-12 ms (P(a median over the aim | true overhead 13 ms under
  it) 14% -> 3%, tests/unit/test_bench_unlock_pairs.py), ~35 s more of the stall drive.  Each figure's
  note gives its median's interval and says when a run cannot tell the figure from the aim.
"""

from __future__ import annotations

import math
import statistics
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from tests.benchmarks.figures import Figure

UNLOCK_OVERHEAD_AIM_MS = 50
UNLOCK_PAIRS = 20  # see the module's note: with 6 the median's noise band was wider than its distance to the aim
QUIET_PAIR_SD_MS = 26.0  # one pair's overhead varies this much on a quiet machine (measured: see the note)
TODAY_DATA_AIM_MS = 500  # Today of a 5,000-case vault read in a worker (the 300 ms for the cases list + tasks)
BASELINE_TOLERANCE = 0.25  # the baseline's median within 25% of the unlock's own derivations' median
INTERVAL_LEVEL = 0.9  # the noise band printed with each median: an interval holding the true median this often
READY_TIMEOUT_S = 60.0  # the app's start-up work not done by then: the pair is not a fair one


def baseline_first(index: int) -> bool:
    """Whether pair ``index`` derives the baseline before its unlock: alternately, so that whatever a
    moment of the shared machine does to the first or second of two runs falls on both alike."""
    return index % 2 == 0


def app_ready(shell: Any) -> bool:
    """The app's own start-up work is done: the warm-up's imports are in, the lazily made widget
    classes are made, and the main window's frame is prebuilt with its first page (what the app does
    while the unlock window waits, ``Shell._prepare_later``); none of it may fall inside a pair."""
    from trustdesk.ui.kit import qt_types

    warmer, frame = qt_types._WARMER, shell.main_frame  # noqa: SLF001 - read only (asking would start it)
    return (bool(getattr(shell, "_warmed", False)) and warmer is not None and not warmer.running
            and frame is not None and frame.current_key() is not None)


class OwnDerivation:
    """Times every call of ``keyslots.argon2id`` (the unlock worker's derivation), in the process, and
    the CPU the UI thread (the one that made this) used meanwhile: the app's work and the driver's,
    which lengthens a derivation whose lanes run on every core."""

    def __init__(self) -> None:
        self.took: list[float] = []
        self.ui_cpu: list[float] = []
        self._lock = threading.Lock()
        self._ui_clock = time.pthread_getcpuclockid(threading.get_ident())

    @contextmanager
    def watching(self) -> Iterator[OwnDerivation]:
        from trustdesk.vault import keyslots

        real = keyslots.argon2id

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0, cpu = time.perf_counter(), time.clock_gettime(self._ui_clock)
            try:
                return real(*args, **kwargs)
            finally:
                with self._lock:
                    self.took.append(time.perf_counter() - t0)
                    self.ui_cpu.append(time.clock_gettime(self._ui_clock) - cpu)

        keyslots.argon2id = timed  # type: ignore[assignment]
        try:
            yield self
        finally:
            keyslots.argon2id = real  # type: ignore[assignment]

    def during(self, action: Callable[[], object]) -> tuple[object, float | None]:
        """Run ``action`` (an unlock, to its first page) and return the one derivation made meanwhile
        (None when there was not exactly one)."""
        with self._lock:
            self.took.clear()
            self.ui_cpu.clear()
        result = action()
        with self._lock:
            seen = list(self.took)
        return result, seen[0] if len(seen) == 1 else None

    def ui_cpu_during(self) -> float | None:
        """The UI thread's CPU seconds during the one derivation of the last ``during`` (None: not one)."""
        with self._lock:
            return self.ui_cpu[0] if len(self.ui_cpu) == 1 else None


@dataclass(frozen=True)
class UnlockPair:
    unlock_s: float  # click on Unlock -> the main window with its first page painted
    data_s: float  # click -> Today shows what it read
    unpainted_s: float  # of unlock_s: the window visible, not yet painted
    kdf_alone_s: float  # the same key derived alone, under the same driver (the baseline)
    own_kdf_s: float | None  # the app's own derivation inside this unlock (None: not seen)
    baseline_first: bool  # the baseline ran before the unlock
    ready: bool  # the app's start-up work was done and the frame prebuilt before the pair
    ui_cpu_s: float | None = None  # the UI thread's CPU during the app's own derivation (the driver's included)


def _invalid(pairs: list[UnlockPair]) -> list[str]:
    """Why these pairs measure nothing fair (empty: they do)."""
    why: list[str] = []
    if not pairs:
        return ["no pairs"]
    if not all(p.ready for p in pairs):
        why.append(f"{sum(not p.ready for p in pairs)} pairs started before the app's start-up work was done "
                   f"(warm-up, frame prebuilt) within {READY_TIMEOUT_S:.0f} s")
    if len(pairs) > 1 and len({p.baseline_first for p in pairs}) < 2:
        why.append("the baseline ran on the same side of every unlock (the order must alternate)")
    own = [p.own_kdf_s for p in pairs if p.own_kdf_s is not None]
    if len(own) < len(pairs):
        why.append(f"the unlock's own derivation not seen in {len(pairs) - len(own)} pairs")
    if own:
        kdf, inside = statistics.median(p.kdf_alone_s for p in pairs), statistics.median(own)
        if abs(kdf - inside) > BASELINE_TOLERANCE * inside:
            why.append(f"the baseline's median {kdf * 1000:.0f} ms is over {BASELINE_TOLERANCE:.0%} from the "
                       f"unlock's own derivation's {inside * 1000:.0f} ms: not a like-for-like baseline")
    return why


def median_interval(values: Sequence[float], level: float = INTERVAL_LEVEL) -> tuple[float, float]:
    """A distribution-free interval for the median of what ``values`` were drawn from: the order
    statistics x(k) and x(n+1-k) with the largest k for which P(k <= B <= n-k) >= ``level``, B ~
    Binomial(n, 1/2) (no assumption about the noise's shape).  Too few values for the level: the
    whole range."""
    ordered, n = sorted(values), len(values)
    if not ordered:
        raise ValueError("no values")
    below = 0.0  # P(B <= k - 1), accumulated
    k = 0
    for j in range(n // 2 + 1):
        below += math.comb(n, j) / 2 ** n
        if 1 - 2 * below < level:
            break
        k = j + 1
    k = max(k, 1)
    return ordered[k - 1], ordered[n - k]


def _ui_cpu(pairs: list[UnlockPair]) -> str:
    """What stretches the app's own derivation: the UI thread's CPU meanwhile (its lanes use every core)."""
    seen = [p.ui_cpu_s for p in pairs if p.ui_cpu_s is not None]
    return (f"; the UI thread's CPU during the app's own derivation: median {statistics.median(seen) * 1000:.1f} ms "
            f"(the driver's poll and watchdog included)" if seen else "")


def _band(low: float, high: float, aim: float) -> str:
    """The median's noise band, said against the aim."""
    side = ("the aim above it" if high <= aim else "the aim below it" if low > aim
            else "the aim inside it: this run cannot tell the figure from the aim")
    return f"{INTERVAL_LEVEL:.0%} interval of the median {low:.0f} to {high:.0f} ms, {side}"


def _verdict(overhead_ms: float, aim_ms: float, invalid: list[str]) -> tuple[bool, str]:
    why = list(invalid)
    if overhead_ms < 0:
        why.insert(0, f"negative overhead {overhead_ms:.0f} ms: the baseline was longer than the whole unlock")
    if why:
        return False, "MEASUREMENT FAILED: " + "; ".join(why) + ". "
    return overhead_ms <= aim_ms, ""


def judge_unlock(pairs: list[UnlockPair]) -> list[Figure]:
    """Three figures: unlock over the paired KDF alone, unlock less its own derivation (both with the
    ≤ 50 ms aim, both must pass) and Today's data over the KDF alone."""
    invalid = _invalid(pairs)
    if not pairs:
        return [Figure("unlock -> first page shown, over the KDF alone", None, "ms", None, None,
                       f"overhead <= {UNLOCK_OVERHEAD_AIM_MS} ms", False, "MEASUREMENT FAILED: no pairs")]
    n = len(pairs)
    order = f"{sum(p.baseline_first for p in pairs)} of {n} with the baseline first"
    unlock, data = statistics.median(p.unlock_s for p in pairs), statistics.median(p.data_s for p in pairs)
    kdf = statistics.median(p.kdf_alone_s for p in pairs)
    paired = statistics.median(p.unlock_s - p.kdf_alone_s for p in pairs) * 1000
    low, high = median_interval([(p.unlock_s - p.kdf_alone_s) * 1000 for p in pairs])
    data_paired = statistics.median(p.data_s - p.kdf_alone_s for p in pairs) * 1000
    own = [p for p in pairs if p.own_kdf_s is not None]
    passed, why = _verdict(paired, UNLOCK_OVERHEAD_AIM_MS, invalid)
    figures = [Figure(
        "unlock -> first page shown, over the KDF alone", unlock * 1000, "ms", kdf * 1000, unlock / kdf,
        f"overhead <= {UNLOCK_OVERHEAD_AIM_MS} ms", passed,
        f"{why}overhead {paired:.0f} ms (median of {n} unlocks, each less the KDF alone timed beside it; {order}; "
        f"{_band(low, high, UNLOCK_OVERHEAD_AIM_MS)}), "
        f"real Shell (click -> main window with Today painted: a turn after its first paint event; visible but "
        f"not yet painted for a median {statistics.median(p.unpainted_s for p in pairs) * 1000:.0f} ms of it)"
        f"{_ui_cpu(pairs)}")]
    if own:
        inside = statistics.median(p.own_kdf_s for p in own if p.own_kdf_s is not None)
        direct = statistics.median(p.unlock_s - p.own_kdf_s for p in own if p.own_kdf_s is not None) * 1000
        spread = sorted(round((p.unlock_s - (p.own_kdf_s or 0)) * 1000) for p in own)
        passed, why = _verdict(direct, UNLOCK_OVERHEAD_AIM_MS, invalid)
        figures.append(Figure(
            "unlock -> first page shown, less its own derivation", unlock * 1000, "ms", inside * 1000,
            unlock / inside, f"overhead <= {UNLOCK_OVERHEAD_AIM_MS} ms", passed,
            f"{why}overhead {direct:.0f} ms (median of {len(own)} unlocks, each less the keyslots.argon2id call "
            f"its own worker made, timed in-process; {_band(*median_interval(spread), UNLOCK_OVERHEAD_AIM_MS)}; "
            f"each: {spread} ms)"))
    else:
        figures.append(Figure("unlock -> first page shown, less its own derivation", None, "ms", None, None,
                              f"overhead <= {UNLOCK_OVERHEAD_AIM_MS} ms", False,
                              "MEASUREMENT FAILED: the unlock's own derivation was never seen"))
    passed, why = _verdict(data_paired, TODAY_DATA_AIM_MS, invalid)
    figures.append(Figure(
        "unlock -> Today shows its data, over the KDF alone", data * 1000, "ms", kdf * 1000, data / kdf,
        f"overhead <= {TODAY_DATA_AIM_MS} ms", passed,
        f"{why}overhead {data_paired:.0f} ms (paired as above); Today is read in a worker after the window is up"))
    return figures
