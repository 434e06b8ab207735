"""The letter template engine: Jinja2's immutable sandbox, hardened for hostile template text.

Templates are plain text (no HTML escaping).  ``trim_blocks`` and ``lstrip_blocks`` are on, so a
``{% if %}`` on its own line leaves no blank line behind.

The context is flat and documented (``CONTEXT_FIELDS``): seven names, each a plain ``dict`` of
strings (``today`` is a string); domain objects and the vault never enter the sandbox.

    {{ doctor.name }} {{ doctor.email }} {{ doctor.phone }} {{ doctor.workplace }}
    {{ doctor.profession }} {{ doctor.specialty }}
    {{ trust_person.name }} {{ trust_person.contact }}
    {{ provider.name }} {{ provider.organisation }} {{ provider.kind }} {{ provider.address }}
    {{ provider.phone }} {{ provider.email }} {{ provider.website }}
    {{ referral.reason }} {{ referral.consent_date }} {{ referral.consent_scope }}
    {{ case.code }} {{ case.opened_on }} {{ case.region }} {{ case.domains }} {{ case.language }}
    {{ contact.date }} {{ contact.agreements }}   (the latest contact; agreement notes only)
    {{ today }}

``validate(body)`` lists problems (syntax errors with their line, unknown names and fields,
forbidden tags) without rendering; ``render(body, context)`` returns the whole text or raises a
``TemplateError`` subclass: never half a letter.

Hardening beyond the sandbox (each has a test): no globals but a small ``range``; an allow-list of
filters and of callable methods; intercepted ``* ** % + / //`` with size checks; every loop, macro
call and string join is metered; a render stops after ``MAX_SECONDS`` or ``MAX_OUTPUT`` characters.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_BODY = 20_000  # characters of template text (a letter is about 2,000)
MAX_OUTPUT = 200_000  # characters of rendered text (also the cap on any single value)
MAX_SECONDS = 2.0
MAX_RANGE = 1_000
MAX_ITERATIONS = 100_000  # loop steps over the whole render
MAX_CALL_DEPTH = 30  # nested macro calls (recursion)
MAX_NESTING = 60  # depth of the parsed template (compiling deep expressions is slow, then fails)

CONTEXT_FIELDS: dict[str, tuple[str, ...] | None] = {
    "doctor": ("name", "email", "phone", "workplace", "profession", "specialty"),
    "trust_person": ("name", "contact"),
    "provider": ("name", "organisation", "kind", "address", "phone", "email", "website"),
    "referral": ("reason", "consent_date", "consent_scope"),
    "case": ("code", "opened_on", "region", "domains", "language"),
    "contact": ("date", "agreements"),  # the latest contact (agreement notes); empty in referral letters
    "today": None,  # a string
}
_ALLOWED_NAMES = frozenset(CONTEXT_FIELDS) | {"range"}
_TOO_DEEP = "the template nests too deeply"


# -- errors -------------------------------------------------------------------------------------


class TemplateError(Exception):
    """A template cannot be rendered. ``code`` lets the UI pick a translated message."""

    code = "runtime"

    def __init__(self, message: str, line: int | None = None, name: str = "") -> None:
        self.message = message
        self.line = line
        self.name = name
        super().__init__(f"line {line}: {message}" if line else message)


class TemplateSyntaxProblem(TemplateError):
    code = "syntax"


class TemplateUnknownName(TemplateError):
    code = "unknown_name"


class TemplateForbidden(TemplateError):
    code = "forbidden"


class TemplateTooLarge(TemplateError):
    code = "too_large"


class TemplateTooSlow(TemplateError):
    code = "too_slow"


class TemplateRuntimeProblem(TemplateError):
    code = "runtime"


@dataclass(frozen=True)
class TemplateProblem:
    code: str  # syntax | unknown_name | forbidden | too_large
    message: str
    line: int | None = None
    name: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message

    def as_error(self) -> TemplateError:
        cls = {"syntax": TemplateSyntaxProblem, "unknown_name": TemplateUnknownName,
               "forbidden": TemplateForbidden, "too_large": TemplateTooLarge}.get(self.code, TemplateError)
        return cls(self.message, self.line, self.name)


# -- the metering budget of one render -----------------------------------------------------------


@dataclass
class _Budget:
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


_BUDGET: ContextVar[_Budget | None] = ContextVar("trustdesk_template_budget", default=None)


def _budget() -> _Budget:
    # Outside a render (a filter called while compiling) a fresh budget applies.
    return _BUDGET.get() or _Budget(deadline=time.monotonic() + MAX_SECONDS)


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


class _Meter(NodeTransformer):
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


_ENV = _LetterEnvironment()


# -- validation -----------------------------------------------------------------------------------


def _nesting(tree: nodes.Node) -> int:
    """Depth of the parsed template, walked without recursion; stops once past the limit."""
    deepest = 0
    stack: list[tuple[nodes.Node, int]] = [(tree, 1)]
    while stack and deepest <= MAX_NESTING:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest


def _parse(body: str) -> tuple[nodes.Template | None, list[TemplateProblem]]:
    if len(body) > MAX_BODY:
        return None, [TemplateProblem("too_large", f"the template is longer than {MAX_BODY} characters")]
    try:
        tree = _ENV.parse(body)
        if _nesting(tree) > MAX_NESTING:
            return None, [TemplateProblem("syntax", _TOO_DEEP)]
        return tree, []
    except TemplateSyntaxError as exc:
        return None, [TemplateProblem("syntax", exc.message or str(exc), exc.lineno)]
    except RecursionError:
        return None, [TemplateProblem("syntax", _TOO_DEEP)]
    except Exception as exc:  # the lexer can fail on odd input (huge numbers, ...)
        return None, [TemplateProblem("syntax", f"the template cannot be read: {exc}")]


def _walk(tree: nodes.Node) -> list[nodes.Node]:
    """Every node, without recursion (Node.find_all is a recursive generator: slow when deep)."""
    found: list[nodes.Node] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(node.iter_child_nodes())
    found.reverse()
    return found


def _undeclared(tree: nodes.Template) -> set[str]:
    """``jinja2.meta.find_undeclared_variables`` without its constant-folding pass, which is
    quadratic in expression depth (a 50 kB template of nested sums took 39 s)."""
    codegen = meta.TrackingCodeGenerator(tree.environment)  # type: ignore[arg-type]
    codegen.optimizer = None
    codegen.visit(tree)
    return set(codegen.undeclared_identifiers)


def _static_problems(tree: nodes.Template) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    every = _walk(tree)
    for tag in every:
        if not isinstance(tag, nodes.Extends | nodes.Include | nodes.Import | nodes.FromImport):
            continue
        problems.append(TemplateProblem("forbidden", f"{{% {type(tag).__name__.lower()} %}} "
                                        "is not available in letters", tag.lineno))
    for node in every:
        if isinstance(node, nodes.Filter) and node.name not in FILTERS:
            problems.append(TemplateProblem("unknown_name", f"unknown filter '{node.name}' "
                                            f"(available: {', '.join(sorted(FILTERS))})", node.lineno, node.name))
    if problems:
        return problems
    names = [n for n in every if isinstance(n, nodes.Name)]
    try:
        unknown = _undeclared(tree) - _ALLOWED_NAMES
    except TemplateSyntaxError as exc:
        return [TemplateProblem("syntax", exc.message or str(exc), exc.lineno)]
    for node in names:
        if node.name == "self" and node.ctx == "load":
            problems.append(TemplateProblem("forbidden", "'self' is not available in letters", node.lineno, "self"))
            break
    for name in sorted(unknown):
        line = next((n.lineno for n in names if n.name == name), None)
        known = ", ".join(CONTEXT_FIELDS)
        problems.append(TemplateProblem("unknown_name", f"unknown name '{name}' (known: {known})",
                                        line, name))
    assigned = {n.name for n in names if n.ctx in ("store", "param")}
    for access in every:
        if not isinstance(access, nodes.Getattr | nodes.Getitem):
            continue
        if isinstance(access, nodes.Getattr):
            attr: Any = access.attr
        elif isinstance(access.arg, nodes.Const):
            attr = access.arg.value
        else:
            continue
        if isinstance(attr, str) and attr.startswith("_"):
            problems.append(TemplateProblem("forbidden", "names starting with _ "
                                            "are not available in letters", access.lineno, attr))
            continue
        target = access.node
        if isinstance(target, nodes.Name) and target.name not in assigned:
            fields = CONTEXT_FIELDS.get(target.name)
            if fields is not None and attr not in fields:
                problems.append(TemplateProblem(
                    "unknown_name", f"'{target.name}' has no field '{attr}' "
                    f"(known: {', '.join(fields)})", access.lineno, f"{target.name}.{attr}"))
    problems.sort(key=lambda p: p.code != "forbidden")  # the most serious first, stable otherwise
    return problems


def validate(body: str) -> list[TemplateProblem]:
    """Every problem found without rendering; an empty list means the template can be used."""
    try:
        return _validate(body)
    except RecursionError:
        return [TemplateProblem("syntax", _TOO_DEEP)]


def _validate(body: str) -> list[TemplateProblem]:
    tree, problems = _parse(body)
    if tree is None:
        return problems
    problems = _static_problems(tree)
    if not problems:
        try:
            _ENV.compile(tree)
        except TemplateSyntaxError as exc:
            problems.append(TemplateProblem("syntax", exc.message or str(exc), exc.lineno))
        except Exception as exc:
            problems.append(TemplateProblem("syntax", f"the template cannot be read: {exc}"))
    return problems


# -- rendering ------------------------------------------------------------------------------------


def _compile(body: str) -> Any:
    try:
        return _compile_checked(body)
    except RecursionError:
        raise TemplateSyntaxProblem(_TOO_DEEP) from None


def _compile_checked(body: str) -> Any:
    tree, problems = _parse(body)
    if tree is None or problems:
        raise problems[0].as_error()
    problems = _static_problems(tree)
    if problems:
        raise problems[0].as_error()
    _Meter().visit(tree)
    try:
        code = _ENV.compile(tree)
        return _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None))
    except TemplateSyntaxError as exc:
        raise TemplateSyntaxProblem(exc.message or str(exc), exc.lineno) from None
    except TemplateError:
        raise
    except Exception as exc:
        raise TemplateSyntaxProblem(f"the template cannot be read: {exc}") from None


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _check_context(context: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in context.items():
        if isinstance(value, Mapping):
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                raise TypeError(f"context[{name!r}] must map strings to strings")
            clean[name] = dict(value)
        elif isinstance(value, str):
            clean[name] = value
        else:
            raise TypeError(f"context[{name!r}] must be a string or a dict of strings")
    return clean


def render(body: str, context: Mapping[str, Any]) -> str:
    """The filled-in letter, whole, or a ``TemplateError`` with a clear message."""
    clean = _check_context(context)
    template = _compile(body)
    budget = _Budget(deadline=time.monotonic() + MAX_SECONDS)
    token = _BUDGET.set(budget)
    chunks: list[str] = []
    size = 0
    stream = template.generate(clean)
    try:
        for chunk in stream:
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateTooLarge(f"the letter is longer than {MAX_OUTPUT} characters")
            budget.check_time()
            chunks.append(chunk)
    except TemplateError as exc:
        if exc.line is None:
            exc.line = _template_line(exc.__traceback__)
        raise
    except SecurityError as exc:
        raise TemplateForbidden(f"not allowed in letters: {exc}", _template_line(exc.__traceback__)) from None
    except UndefinedError as exc:
        raise TemplateUnknownName(f"unknown name or field: {exc.message}", _template_line(exc.__traceback__)) \
            from None
    except RecursionError:
        raise TemplateTooLarge("the template nests too deeply (a macro calling itself?)") from None
    except MemoryError:
        raise TemplateTooLarge("the template needs too much memory") from None
    except Exception as exc:
        raise TemplateRuntimeProblem(f"the template cannot be filled in: {exc}",
                                     _template_line(exc.__traceback__)) from None
    finally:
        stream.close()
        _BUDGET.reset(token)
    return "".join(chunks)


@dataclass(frozen=True)
class RenderResult:
    """For live previews: the text, or the problem to show instead."""

    text: str = ""
    problems: list[TemplateProblem] = field(default_factory=list)


def preview(body: str, context: Mapping[str, Any]) -> RenderResult:
    problems = validate(body)
    if problems:
        return RenderResult(problems=problems)
    try:
        return RenderResult(text=render(body, context))
    except TemplateError as exc:
        return RenderResult(problems=[TemplateProblem(exc.code, exc.message, exc.line, exc.name)])
