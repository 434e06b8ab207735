"""The acute header's crisis lines (domain.safety.header_crisis_lines): whatever the directory and the
plan hold, the public helplines are shown, the count of the ones left out is exact, and none is said to be
"in the safety plan" of a case without one (outside tester: "(and 223 more in the safety plan)" above
"No safety plan yet.")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trustdesk.domain.safety import default_professionals, header_crisis_lines

LINE = st.integers(0, 60).map(lambda n: f"Praktijk {n:04}: 02 00{n:04}")


@given(directory=st.lists(LINE, max_size=40), plan=st.none() | st.lists(LINE, max_size=12),
       limit=st.integers(0, 10), language=st.sampled_from(["nl", "fr"]))
def test_the_header_counts_right_and_never_claims_a_missing_plan(
        directory: list[str], plan: list[str] | None, limit: int, language: str) -> None:
    public = default_professionals(language).splitlines()
    header = header_crisis_lines(public, None if plan is None else "\n".join(plan), directory, limit)
    every = set(public) | set(directory) | set(plan or [])
    assert set(public) <= set(header.shown)  # the physicians' helpline is never left out
    assert len(header.shown) == len(set(header.shown)) <= max(limit, len(public))
    assert len(header.shown) + header.in_plan + header.in_directory == len(every)
    if plan is None:
        assert header.in_plan == 0
    else:
        assert set(plan) <= set(header.shown) or header.in_plan > 0
        assert header.in_plan == len(set(plan) - set(header.shown))
