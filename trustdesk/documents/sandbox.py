"""The hardened Jinja2 sandbox letters are filled in with (used by ``templates``).

On top of Jinja2's ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``:

- no globals but a bounded ``range``; an allow-list of small filters and of callable methods;
- ``* ** % + / //`` intercepted with size checks (no constant folding at compile time either:
  the optimiser is off, being quadratic in expression depth);
- every loop (``Meter`` rewrites ``for`` to iterate through ``_td_iter``), ``~`` join, macro call
  and buffer join is metered against the ``Budget`` of the current render: time, loop steps,
  call depth and text size;
- only text and numbers can be printed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.runtime import LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from trustdesk.documents.template_errors import TemplateForbidden, TemplateTooLarge, TemplateTooSlow

MAX_BODY = 20_000  # characters of template text (a letter is about 2,000)
MAX_OUTPUT = 200_000  # characters of rendered text (also the cap on any single value)
MAX_SECONDS = 2.0
MAX_RANGE = 1_000
MAX_ITERATIONS = 100_000  # loop steps over the whole render
MAX_CALL_DEPTH = 30  # nested macro calls (recursion)
MAX_NESTING = 60  # depth of the parsed template (compiling deep expressions is slow, then fails)


@dataclass
class Budget:
    deadline: float
    iterations: int = 0
    depth: int = 0

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateTooSlow(f"the template takes longer than {MAX_SECONDS:g} s to fill in (an endless loop?)")

    def step(self) -> None:
        self.iterations += 1
        if self.iterations > MAX_ITERATIONS:
            raise TemplateTooLarge(f"loops in the template run more than {MAX_ITERATIONS} times")
        if self.iterations % 64 == 0:
            self.check_time()


BUDGET: ContextVar[Budget | None] = ContextVar("trustdesk_template_budget", default=None)


def _budget() -> Budget:
    # Outside a render (a filter called while compiling) a fresh budget applies.
    return BUDGET.get() or Budget(deadline=time.monotonic() + MAX_SECONDS)


_SCALARS = (str, int, float, bool)


def _check_text(value: str) -> str:
    if len(value) > MAX_OUTPUT:
        raise TemplateTooLarge(f"a text in the template grows beyond {MAX_OUTPUT} characters")
    return value


def _scalar(value: Any, what: str) -> Any:
    if isinstance(value, Undefined):
        str(value)  # StrictUndefined raises its own clear error
    if value is None or not isinstance(value, _SCALARS):
        raise TemplateForbidden(f"{what} works on text and numbers only, not on {type(value).__name__}")
    if isinstance(value, str):
        _check_text(value)
    return value


def _finalize(value: Any) -> Any:
    _budget().check_time()
    return _scalar(value, "printing a value")


def _bounded_join(parts: Any) -> str:
    items = list(parts)
    if sum(len(p) for p in items) > MAX_OUTPUT:
        raise TemplateTooLarge(f"the text grows beyond {MAX_OUTPUT} characters")
    _budget().check_time()
    return "".join(items)


def _td_concat(*parts: Any) -> str:
    return _bounded_join(str(_scalar(p, "joining with ~")) for p in parts)


def _td_iter(value: Any) -> Iterator[Any]:
    budget = _budget()
    for item in value:
        budget.step()
        yield item


def _range(*args: Any) -> range:
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise TemplateForbidden("range() takes whole numbers")
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateTooLarge(f"range() is limited to {MAX_RANGE} numbers")
    return numbers


# -- filters: an allow-list of small, bounded implementations ------------------------------------


def _text_filter(func: Callable[[str], str]) -> Callable[[Any], str]:
    def apply(value: Any) -> str:
        return _check_text(func(str(_scalar(value, "this filter"))))
    return apply


def _default(value: Any, default_value: Any = "", boolean: bool = False) -> Any:
    if isinstance(value, Undefined) or (boolean and not value):
        return default_value
    return value


def _length(value: Any) -> int:
    if isinstance(value, Undefined):
        str(value)
    return len(value)


def _join(value: Any, separator: str = "") -> str:
    sep = str(_scalar(separator, "join"))
    items = [str(_scalar(v, "join")) for v in _td_iter(value)]
    return _bounded_join(_interleave(items, sep))


def _interleave(items: list[str], separator: str) -> list[str]:
    out: list[str] = []
    for index, item in enumerate(items):
        if index:
            out.append(separator)
        out.append(item)
    return out


def _truncate(value: Any, length: int = 255, killwords: bool = False, end: str = "...") -> str:
    text = str(_scalar(value, "truncate"))
    if not isinstance(length, int) or length < 0:
        raise TemplateForbidden("truncate() takes a positive whole number")
    if len(text) <= length:
        return text
    cut = text[: max(length - len(end), 0)]
    if not killwords and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + end


def _round(value: Any, precision: int = 0) -> float:
    if not isinstance(value, int | float) or not isinstance(precision, int) or not 0 <= precision <= 10:
        raise TemplateForbidden("round() works on numbers")
    return round(float(value), precision)


def _first(value: Any) -> Any:
    for item in _td_iter(value):
        return item
    return StrictUndefined(hint="first() of an empty list")


def _last(value: Any) -> Any:
    items = list(_td_iter(value))
    return items[-1] if items else StrictUndefined(hint="last() of an empty list")


FILTERS: dict[str, Callable[..., Any]] = {
    "upper": _text_filter(str.upper),
    "lower": _text_filter(str.lower),
    "title": _text_filter(str.title),
    "capitalize": _text_filter(str.capitalize),
    "trim": _text_filter(str.strip),
    "wordcount": lambda v: len(str(_scalar(v, "wordcount")).split()),
    "default": _default,
    "d": _default,
    "length": _length,
    "count": _length,
    "join": _join,
    "truncate": _truncate,
    "round": _round,
    "first": _first,
    "last": _last,
    "string": lambda v: str(_scalar(v, "string")),
}

_CALLABLE_METHODS: dict[type, frozenset[str]] = {
    str: frozenset({"upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip", "startswith",
                    "endswith", "split", "splitlines", "casefold", "count", "find", "isdigit", "isalpha",
                    "isspace", "isupper", "islower"}),
    dict: frozenset({"get", "keys", "values", "items"}),
    list: frozenset({"index", "count"}),
    tuple: frozenset({"index", "count"}),
    LoopContext: frozenset({"cycle", "changed"}),
}
_HELPERS = (_range, _td_iter, _td_concat)


def _may_call(obj: Any) -> bool:
    if isinstance(obj, Macro | LoopContext) or any(obj is helper for helper in _HELPERS):
        return True
    owner = getattr(obj, "__self__", None)
    for kind, names in _CALLABLE_METHODS.items():
        if isinstance(owner, kind):
            return getattr(obj, "__name__", "") in names
    return False


def _numbers_bounded(*values: Any) -> bool:
    return all(not isinstance(v, int) or v.bit_length() <= 128 for v in values)


class _LetterEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+", "/", "//"})

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=False, finalize=_finalize,
                         trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                         optimized=False)  # constant folding is quadratic in expression depth
        self.globals.clear()  # no cycler, joiner, namespace, lipsum, dict
        self.globals.update({"range": _range, "_td_iter": _td_iter, "_td_concat": _td_concat})
        self.filters = dict(FILTERS)
        self.concat = _bounded_join  # type: ignore[method-assign]

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        budget = _budget()
        budget.check_time()
        if not _may_call(__obj):
            name = getattr(__obj, "__name__", type(__obj).__name__)
            raise TemplateForbidden(f"calling {name}() is not allowed in letters")
        budget.depth += 1
        try:
            if budget.depth > MAX_CALL_DEPTH:
                raise TemplateTooLarge(f"macros call each other more than {MAX_CALL_DEPTH} levels deep "
                                       "(a macro calling itself?)")
            return super().call(__context, __obj, *args, **kwargs)
        finally:
            budget.depth -= 1

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        _budget().check_time()
        sequences = (str, list, tuple)
        if operator_name == "%" and isinstance(left, str):
            raise TemplateForbidden("text formatting with % is not available; use ~ to join text")
        if operator_name == "*":
            seq, times = (left, right) if isinstance(left, sequences) else (right, left)
            if isinstance(seq, sequences) and isinstance(times, int) and len(seq) * max(times, 0) > MAX_OUTPUT:
                raise TemplateTooLarge(f"a repeated text grows beyond {MAX_OUTPUT} characters")
        if operator_name == "+" and isinstance(left, sequences) and isinstance(right, sequences) \
                and len(left) + len(right) > MAX_OUTPUT:
            raise TemplateTooLarge(f"a text grows beyond {MAX_OUTPUT} characters")
        if operator_name == "**" and (not isinstance(right, int | float) or abs(right) > 64
                                      or not isinstance(left, int | float) or abs(left) > 10**6):
            raise TemplateTooLarge("this power is too large for a letter")
        if not _numbers_bounded(left, right):
            raise TemplateTooLarge("this number is too large for a letter")
        return self.binop_table[operator_name](left, right)


class Meter(NodeTransformer):
    """Rewrites the parsed template so every loop and every ``~`` join goes through the budget."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.Name("_td_iter", "load", lineno=node.lineno), [node.iter], [], None, None,
                               lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return nodes.Call(nodes.Name("_td_concat", "load", lineno=node.lineno), list(node.nodes), [], None, None,
                          lineno=node.lineno)


ENV = _LetterEnvironment()


@contextmanager
def metered() -> Iterator[Budget]:
    """The budget of one render, seen by every metered operation in this thread or task."""
    budget = Budget(deadline=time.monotonic() + MAX_SECONDS)
    token = BUDGET.set(budget)
    try:
        yield budget
    finally:
        BUDGET.reset(token)
