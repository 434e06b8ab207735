"""Counting work instead of timing it: a test that bounds how much Python runs cannot be made to pass or
fail by the machine's load (tests never assert on the wall clock; speed goals live in tests/benchmarks)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType


def statements(fn: Callable[[], object]) -> int:
    """Python statements run by ``fn()``."""
    count = 0

    def trace(_frame: FrameType, event: str, _arg: object) -> Callable[..., object]:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count
