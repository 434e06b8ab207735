"""The hardened Jinja2 sandbox letters are filled in with (used by ``templates``).

On top of Jinja2's ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``:

- no globals but a bounded ``range``; an allow-list of small filters and of callable methods;
- ``* ** % + / //`` intercepted with size checks (no constant folding at compile time either:
  the optimiser is off, being quadratic in expression depth);
- every loop (``Meter`` rewrites ``for`` to iterate through ``_td_iter``), ``~`` join, macro call
  and buffer join is metered against the ``Budget`` of the current render: time, loop steps,
  call depth and text size;
- memory: every value the template *makes* (the result of a method call, a filter, an operator, a
  slice, a join, a list/tuple/dict literal, a macro) is charged, in bytes as Python holds it
  (``sys.getsizeof`` of the value and of its items), against ``MAX_ALLOCATED`` for the whole
  render.  The sum of all allocations bounds the peak, whatever the template keeps in ``set``
  variables (a 20 KB template used to split 200 K-character strings into lists 400 times: >1 GB);
- time: a watchdog raises ``TemplateTooSlow`` *inside* the rendering thread at the deadline (an
  asynchronous exception, delivered at the next bytecode), so the budget holds between metered
  operations too; no single operation can run long, as every value is capped in size;
- only text and numbers can be printed.

Templates from packs, the trust person's own and the live preview all render through here.
"""

from __future__ import annotations

import ctypes
import sys
import threading
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

from trustdesk.detail import QT_TRANSLATE_NOOP
from trustdesk.documents.jinja_words import quoted
from trustdesk.documents.template_errors import TemplateForbidden, TemplateTooLarge, TemplateTooSlow

MAX_BODY = 20_000  # characters of template text (a letter is about 2,000)
MAX_OUTPUT = 200_000  # characters of rendered text (also the cap on any single value)
MAX_SECONDS = 2.0
MAX_RANGE = 1_000
MAX_ITERATIONS = 100_000  # loop steps over the whole render
MAX_CALL_DEPTH = 30  # nested macro calls (recursion)
MAX_NESTING = 60  # depth of the parsed template (compiling deep expressions is slow, then fails)
MAX_ALLOCATED = 64 * 1024 * 1024  # bytes of values made during one render (a real letter: well under 1 MB)


_SLOW = QT_TRANSLATE_NOOP("TemplateDetail", "the template takes longer than {limit} s to fill in (an endless loop?)")


@dataclass
class Budget:
    deadline: float
    iterations: int = 0
    depth: int = 0
    allocated: int = 0

    def charge(self, value: Any) -> Any:
        """Count what ``value`` holds against MAX_ALLOCATED; returns it unchanged."""
        self.allocated += _cost(value)
        if self.allocated > MAX_ALLOCATED:
            raise TemplateTooLarge(QT_TRANSLATE_NOOP(
                "TemplateDetail", "the template makes more than {limit} MB of text and lists while it is filled in").format(
                limit=MAX_ALLOCATED // (1024 * 1024)))
        return value

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateTooSlow(_SLOW.format(limit=f"{MAX_SECONDS:g}"))

    def step(self) -> None:
        self.iterations += 1
        if self.iterations > MAX_ITERATIONS:
            raise TemplateTooLarge(QT_TRANSLATE_NOOP(
                "TemplateDetail", "loops in the template run more than {limit} times").format(limit=MAX_ITERATIONS))
        if self.iterations % 64 == 0:
            self.check_time()


BUDGET: ContextVar[Budget | None] = ContextVar("trustdesk_template_budget", default=None)


def _cost(value: Any) -> int:
    """Bytes ``value`` holds as Python keeps it: the object and, for a container, its items (one
    level: every container the template makes is charged when it is made, so nested ones are
    already counted).  ``map`` keeps it in C: a 200 K-item list costs a few milliseconds."""
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(map(sys.getsizeof, value.keys())) + sum(map(sys.getsizeof, value.values()))
    elif isinstance(value, list | tuple | set | frozenset):
        size += sum(map(sys.getsizeof, value))
    return size


def _charge(value: Any) -> Any:
    return _budget().charge(value)


def _budget() -> Budget:
    # Outside a render (a filter called while compiling) a fresh budget applies.
    return BUDGET.get() or Budget(deadline=time.monotonic() + MAX_SECONDS)


_SCALARS = (str, int, float, bool)


def _check_text(value: str) -> str:
    if len(value) > MAX_OUTPUT:
        raise TemplateTooLarge(_GROWS.format(limit=MAX_OUTPUT))
    return value


_GROWS = QT_TRANSLATE_NOOP("TemplateDetail", "a text in the template grows beyond {limit} characters")


def _scalar(value: Any, what: str) -> Any:
    """``value`` when it is text or a number; ``what`` is the filter or operation as the template writes it."""
    if isinstance(value, Undefined):
        str(value)  # StrictUndefined raises its own clear error
    if value is None or not isinstance(value, _SCALARS):
        raise TemplateForbidden(QT_TRANSLATE_NOOP(
            "TemplateDetail", "{what} works on text and numbers only").format(what=quoted(what)))
    if isinstance(value, str):
        _check_text(value)
    return value


def _finalize(value: Any) -> Any:
    _budget().check_time()
    return _scalar(value, "{{ … }}")


def _bounded_join(parts: Any) -> str:
    items = list(parts)
    if sum(len(p) for p in items) > MAX_OUTPUT:
        raise TemplateTooLarge(_GROWS.format(limit=MAX_OUTPUT))
    budget = _budget()
    budget.check_time()
    joined = "".join(items)
    budget.charge(joined)
    return joined


def _td_concat(*parts: Any) -> str:
    return _bounded_join(str(_scalar(p, "~")) for p in parts)


def _td_iter(value: Any) -> Iterator[Any]:
    budget = _budget()
    for item in value:
        budget.step()
        yield item


def _td_make(value: Any) -> Any:
    """A list, tuple or dict the template writes out literally: charged when made."""
    return _charge(value)


def _range(*args: Any) -> range:
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise TemplateForbidden(QT_TRANSLATE_NOOP("TemplateDetail", "{name} takes whole numbers").format(
            name=quoted("range()")))
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateTooLarge(QT_TRANSLATE_NOOP("TemplateDetail", "{name} is limited to {limit} numbers").format(
            name=quoted("range()"), limit=MAX_RANGE))
    return numbers


# -- filters: an allow-list of small, bounded implementations ------------------------------------


def _text_filter(func: Callable[[str], str], name: str) -> Callable[[Any], str]:
    def apply(value: Any) -> str:
        return _check_text(func(str(_scalar(value, "|" + name))))
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
    sep = str(_scalar(separator, "|join"))
    items = [str(_scalar(v, "|join")) for v in _td_iter(value)]
    return _bounded_join(_interleave(items, sep))


def _interleave(items: list[str], separator: str) -> list[str]:
    out: list[str] = []
    for index, item in enumerate(items):
        if index:
            out.append(separator)
        out.append(item)
    return out


def _truncate(value: Any, length: int = 255, killwords: bool = False, end: str = "...") -> str:
    text = str(_scalar(value, "|truncate"))
    if not isinstance(length, int) or length < 0:
        raise TemplateForbidden(QT_TRANSLATE_NOOP("TemplateDetail", "{name} takes a positive whole number").format(
            name=quoted("truncate()")))
    if len(text) <= length:
        return text
    cut = text[: max(length - len(end), 0)]
    if not killwords and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + end


def _round(value: Any, precision: int = 0) -> float:
    if not isinstance(value, int | float) or not isinstance(precision, int) or not 0 <= precision <= 10:
        raise TemplateForbidden(QT_TRANSLATE_NOOP("TemplateDetail", "{name} works on numbers only").format(
            name=quoted("round()")))
    return round(float(value), precision)


def _first(value: Any) -> Any:
    for item in _td_iter(value):
        return item
    return StrictUndefined(hint="first() of an empty list")


def _last(value: Any) -> Any:
    items = list(_td_iter(value))
    return items[-1] if items else StrictUndefined(hint="last() of an empty list")


def _charged(func: Callable[..., Any]) -> Callable[..., Any]:
    def apply(*args: Any, **kwargs: Any) -> Any:
        return _charge(func(*args, **kwargs))
    return apply


_FILTERS: dict[str, Callable[..., Any]] = {
    "upper": _text_filter(str.upper, "upper"),
    "lower": _text_filter(str.lower, "lower"),
    "title": _text_filter(str.title, "title"),
    "capitalize": _text_filter(str.capitalize, "capitalize"),
    "trim": _text_filter(str.strip, "trim"),
    "wordcount": lambda v: len(str(_scalar(v, "|wordcount")).split()),
    "default": _default,
    "d": _default,
    "length": _length,
    "count": _length,
    "join": _join,
    "truncate": _truncate,
    "round": _round,
    "first": _first,
    "last": _last,
    "string": lambda v: str(_scalar(v, "|string")),
}
FILTERS: dict[str, Callable[..., Any]] = {name: _charged(func) for name, func in _FILTERS.items()}

_CALLABLE_METHODS: dict[type, frozenset[str]] = {
    str: frozenset({"upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip", "startswith",
                    "endswith", "split", "splitlines", "casefold", "count", "find", "isdigit", "isalpha",
                    "isspace", "isupper", "islower"}),
    dict: frozenset({"get", "keys", "values", "items"}),
    list: frozenset({"index", "count"}),
    tuple: frozenset({"index", "count"}),
    LoopContext: frozenset({"cycle", "changed"}),
}
_HELPERS = (_range, _td_iter, _td_concat, _td_make)


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
        self.globals.update({"range": _range, "_td_iter": _td_iter, "_td_concat": _td_concat,
                             "_td_make": _td_make})
        self.filters = dict(FILTERS)
        self.concat = _bounded_join  # type: ignore[method-assign]

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        budget = _budget()
        budget.check_time()
        if not _may_call(__obj):
            # the method as the template names it (an attribute the sandbox hid is an Undefined of that name)
            name = getattr(__obj, "_undefined_name", None) or getattr(__obj, "__name__", None) or "…"
            raise TemplateForbidden(QT_TRANSLATE_NOOP(
                "TemplateDetail", "calling {name} is not allowed in letters").format(name=quoted(f"{name}()")))
        budget.depth += 1
        try:
            if budget.depth > MAX_CALL_DEPTH:
                raise TemplateTooLarge(QT_TRANSLATE_NOOP(
                    "TemplateDetail", "macros call each other more than {limit} levels deep (a macro calling "
                                      "itself?)").format(limit=MAX_CALL_DEPTH))
            return budget.charge(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        return _charge(value) if isinstance(argument, slice) else value

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        _budget().check_time()
        sequences = (str, list, tuple)
        if operator_name == "%" and isinstance(left, str):
            raise TemplateForbidden(QT_TRANSLATE_NOOP(
                "TemplateDetail", "text formatting with {percent} is not available; use {tilde} to join text").format(
                percent=quoted("%"), tilde=quoted("~")))
        if operator_name == "*":
            seq, times = (left, right) if isinstance(left, sequences) else (right, left)
            if isinstance(seq, sequences) and isinstance(times, int) and len(seq) * max(times, 0) > MAX_OUTPUT:
                raise TemplateTooLarge(_GROWS.format(limit=MAX_OUTPUT))
        if operator_name == "+" and isinstance(left, sequences) and isinstance(right, sequences) \
                and len(left) + len(right) > MAX_OUTPUT:
            raise TemplateTooLarge(_GROWS.format(limit=MAX_OUTPUT))
        if operator_name == "**" and (not isinstance(right, int | float) or abs(right) > 64
                                      or not isinstance(left, int | float) or abs(left) > 10**6):
            raise TemplateTooLarge(QT_TRANSLATE_NOOP("TemplateDetail", "this number is too large for a letter"))
        if not _numbers_bounded(left, right):
            raise TemplateTooLarge(QT_TRANSLATE_NOOP("TemplateDetail", "this number is too large for a letter"))
        return _charge(self.binop_table[operator_name](left, right))


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

    def _made(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.Name("_td_make", "load", lineno=node.lineno), [node], [], None, None,
                          lineno=node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:  # noqa: N802
        return self._made(node)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:  # noqa: N802
        if node.ctx != "load":  # the target of a for loop or a set: nothing is made
            return self.generic_visit(node) or node
        return self._made(node)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:  # noqa: N802
        return self._made(node)


ENV = _LetterEnvironment()


class _Deadline(TemplateTooSlow):
    """Raised inside the rendering thread by the watchdog (an exception *class* is all
    ``PyThreadState_SetAsyncExc`` takes, hence the fixed message)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(_SLOW.format(limit=f"{MAX_SECONDS:g}"))


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)


class _Watchdog:
    """Raises ``_Deadline`` in one thread at ``deadline``, unless stopped first (never after)."""

    def __init__(self, deadline: float) -> None:
        self._thread_id = threading.get_ident()
        self._lock = threading.Lock()
        self._active = True
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                _set_async_exc(self._thread_id, _Deadline)

    def stop(self) -> None:
        with self._lock:
            self._active = False
        self._timer.cancel()


@contextmanager
def metered() -> Iterator[Budget]:
    """The budget of one render, seen by every metered operation in this thread or task, and a
    watchdog that stops the render at its deadline wherever it is."""
    budget = Budget(deadline=time.monotonic() + MAX_SECONDS)
    token = BUDGET.set(budget)
    watchdog = _Watchdog(budget.deadline + 0.05)  # metered checks normally fire first, with a line number
    try:
        yield budget
    finally:
        watchdog.stop()
        BUDGET.reset(token)
