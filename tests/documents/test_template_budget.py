"""The template sandbox has a real memory budget and a real deadline (trustdesk/documents/sandbox.py).

Hostile templates come from a generator: big strings built with ``*``, split, sliced, joined,
upper-cased, put in list/tuple/dict literals, repeated in loops and macros, and kept alive in
``set`` variables.  Every one that passes validation either renders or stops with a
TemplateError; the memory Python traces while it renders stays under the budget (plus the few
MB a render needs anyway), and it never runs much past the deadline.

Before: a 1 KB template of 40 ``{% set bN = a.split() %}`` took 182 MB, and 400 of them (10 KB)
317 MB before the time check caught it at 2.7 s (> 1 GB on a faster machine); now it stops at
the 64 MB allocation budget.
"""

from __future__ import annotations

import threading
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.documents import sandbox, templates
from trustdesk.documents.template_errors import TemplateError, TemplateTooLarge, TemplateTooSlow

SLACK_BYTES = 24 * 1024 * 1024  # what a render needs besides the values it makes (compiled code, frames)
SLACK_SECONDS = 1.5  # the deadline is delivered at the next bytecode, then the values made are freed


def _render(body: str, context: dict[str, object] | None) -> str:
    try:
        templates.render(body, context or {})
    except TemplateTooSlow:
        return "TemplateTooSlow"
    except TemplateError as exc:
        return type(exc).__name__
    return "rendered"


def _measure(body: str, context: dict[str, object] | None = None) -> tuple[str, int, float]:
    """(outcome, traced peak bytes during a render, seconds of another, untraced render: tracing
    every allocation slows a render several times over, which the deadline would then hide)."""
    compiling = time.monotonic()
    templates._compile(body)  # render() compiles before its budget starts: that time is taken off
    compile_seconds = time.monotonic() - compiling
    started = time.monotonic()
    outcome = _render(body, context)
    elapsed = time.monotonic() - started - compile_seconds
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        _render(body, context)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return outcome, peak, elapsed


def _split_bomb(count: int) -> str:
    return '{% set a = "xy " * 66000 %}' + "".join(f"{{% set b{i} = a.split() %}}" for i in range(count)) + "ok"


@pytest.mark.parametrize("count", [200])
def test_the_reported_template_stops_at_the_memory_budget(count: int) -> None:
    body = _split_bomb(count)
    assert not templates.validate(body) and len(body) <= sandbox.MAX_BODY
    outcome, peak, elapsed = _measure(body)
    assert outcome in ("TemplateTooLarge", "TemplateTooSlow")  # memory first on a quick machine
    assert peak < sandbox.MAX_ALLOCATED + SLACK_BYTES, f"{peak / 1e6:.0f} MB"
    assert elapsed < sandbox.MAX_SECONDS + SLACK_SECONDS


# -- a generator of hostile templates ----------------------------------------------------------

MAKERS = [
    '"{w} " * {k}', "{v}.split()", "{v}.splitlines()", "{v}.upper()", "{v}.title()", "{v} ~ {u}", "{v}[1:]",
    "{v}[::-1]", "[{v}, {u}, {v}]", "({v}, {u})", '{{"a": {v}, "b": {u}}}', "{v}|join", "{v}|join(' ')",
    "{v} * 2", "{v} + {u}", "m({v})", "{v}|upper", "{v}|truncate(100000)", "({v} ~ ' ') * 3",
]


@st.composite
def hostile(draw: st.DrawFn) -> str:
    names = ["s0"]
    lines = ['{% macro m(x) %}{{ x }}{{ x }}{% endmacro %}',
             '{% set s0 = "' + draw(st.sampled_from(["ab", "xy z", "é", "🚑"])) + ' " * '
             + str(draw(st.integers(1, 60_000))) + " %}"]
    for index in range(draw(st.integers(1, 120))):
        template = draw(st.sampled_from(MAKERS))
        expr = template.format(w=draw(st.sampled_from(["ab", "q"])), k=draw(st.integers(1, 90_000)),
                               v=draw(st.sampled_from(names)), u=draw(st.sampled_from(names)))
        name = f"s{index + 1}"
        statement = f"{{% set {name} = {expr} %}}"
        if draw(st.integers(0, 5)) == 0:  # repeated in a loop (values made there are made again each time)
            statement = "{% for i in range(" + str(draw(st.integers(1, 1000))) + ") %}" + statement + "{% endfor %}"
        else:
            names.append(name)
        lines.append(statement)
    if draw(st.booleans()):
        lines.append("{{ " + draw(st.sampled_from(names)) + " }}")
    return "\n".join(lines)[:sandbox.MAX_BODY]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=hostile())
def test_hostile_templates_stay_within_the_budget(body: str) -> None:
    if templates.validate(body):
        return  # refused before rendering: nothing to measure
    outcome, peak, elapsed = _measure(body)
    assert peak < sandbox.MAX_ALLOCATED + SLACK_BYTES, f"{outcome}: {peak / 1e6:.0f} MB"
    assert elapsed < sandbox.MAX_SECONDS + SLACK_SECONDS, f"{outcome}: {elapsed:.2f} s"


def test_a_real_letter_is_far_below_the_budget() -> None:
    body = ("Geachte collega,\n\n{% for i in range(40) %}{{ doctor.name }} — {{ (referral.reason ~ ' ') * 3 }}\n"
            "{% endfor %}{{ [1, 2, 3]|join(', ') }}\nMet collegiale groeten")
    outcome, peak, _ = _measure(body, {"doctor": {"name": "Dr. Peeters"}, "referral": {"reason": "uitputting"}})
    assert outcome == "rendered" and peak < 4 * 1024 * 1024


def test_the_deadline_holds_between_metered_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    """A render busy in work the meters do not see (here: a filter that sleeps in Python) is stopped
    by the watchdog at the deadline, not when it next reaches a metered operation."""
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.3)

    def slow(value: object) -> str:
        end = time.monotonic() + 3.0
        while time.monotonic() < end:  # 3 s of Python-level work, no metered call inside
            pass
        return str(value)

    monkeypatch.setitem(sandbox.ENV.filters, "slow", slow)
    monkeypatch.setitem(sandbox.FILTERS, "slow", slow)
    started = time.monotonic()
    with pytest.raises(TemplateTooSlow):
        templates.render("{{ doctor.name|slow }}", {"doctor": {"name": "Dr. Peeters"}})
    assert time.monotonic() - started < 0.3 + SLACK_SECONDS


def test_no_deadline_fires_after_the_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many short renders near the deadline: the watchdog never raises outside a render."""
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.02)
    for _ in range(200):
        try:
            templates.render("{% for i in range(1000) %}{{ i }}{% endfor %}", {})
        except TemplateError:
            pass
    end = time.monotonic() + 0.2
    while time.monotonic() < end:  # Python work after the renders: a late watchdog would raise here
        pass
    assert threading.active_count() < 20  # timers are cancelled, not piling up


def test_budgets_are_per_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three renders that each make ~5 MB all pass under an 8 MB budget (a budget shared between
    renders would refuse the second); one that makes ~10 MB is refused."""
    monkeypatch.setattr(sandbox, "MAX_ALLOCATED", 8 * 1024 * 1024)
    for _ in range(3):
        assert templates.render(_split_bomb(1), {}) == "ok"
    with pytest.raises(TemplateTooLarge):
        templates.render(_split_bomb(3), {})
