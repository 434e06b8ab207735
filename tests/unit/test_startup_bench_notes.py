"""The start-up figure's note gives our CPU to the window over each other program's (the load-proof companion
of the wall-clock ratios), computed from the medians it lists, without starting anything."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.benchmarks import startup

OURS = f"TrustDesk ({Path(sys.executable).name})"
milliseconds = st.floats(min_value=1, max_value=5000, allow_nan=False)


@given(milliseconds, milliseconds, milliseconds, milliseconds)
def test_cpu_ratios_are_ours_over_each_other(ours: float, bare: float, keepassxc: float, frozen: float) -> None:
    cpu = {OURS: ours, "BareWindow (python)": bare, "KeePassXC (keepassxc)": keepassxc,
           "TrustDesk (trustdesk)": frozen}
    note = startup._cpu_ratios(cpu)  # noqa: SLF001
    assert f"CPU ratio vs BareWindow {ours / bare:.2f}" in note
    assert f"CPU ratio vs KeePassXC {ours / keepassxc:.2f}" in note
    assert "vs TrustDesk" not in note  # the frozen build is ours too, not a baseline


@given(st.dictionaries(st.sampled_from(["BareWindow (python)", "KeePassXC (keepassxc)"]), milliseconds))
def test_no_ratio_without_our_own_figure(cpu: dict[str, float]) -> None:
    assert startup._cpu_ratios(cpu) == ""  # noqa: SLF001


def test_load_is_a_number_or_unknown() -> None:
    load = startup._load()  # noqa: SLF001
    assert load == "?" or float(load) >= 0
