"""The letter template engine: Jinja2's immutable sandbox, hardened for hostile template text.

Templates are plain text (no HTML escaping).  ``trim_blocks`` and ``lstrip_blocks`` are on, so a
``{% if %}`` on its own line leaves no blank line behind.

The context is flat and documented (``CONTEXT_FIELDS``): seven names, each a plain ``dict`` of
strings (``today`` is a string); domain objects and the vault never enter the sandbox.

    {{ doctor.name }} {{ doctor.email }} {{ doctor.phone }} {{ doctor.workplace }}
    {{ doctor.profession }} {{ doctor.specialty }}
    {{ trust_person.name }} {{ trust_person.title }} {{ trust_person.role }} {{ trust_person.contact }}
    {{ trust_person.riziv }}
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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError

from trustdesk.detail import QT_TRANSLATE_NOOP, Detail
from trustdesk.documents import sandbox
from trustdesk.documents.jinja_words import quoted, syntax_detail
from trustdesk.documents.sandbox import (
    ENV,
    FILTERS,
    MAX_BODY,
    MAX_NESTING,
    MAX_OUTPUT,
    MAX_SECONDS,
    Meter,
    metered,
)
from trustdesk.documents.template_errors import (
    TemplateError,
    TemplateForbidden,
    TemplateProblem,
    TemplateRuntimeProblem,
    TemplateSyntaxProblem,
    TemplateTooLarge,
    TemplateTooSlow,
    TemplateUnknownName,
)

__all__ = [
    "CONTEXT_FIELDS", "FILTERS", "MAX_BODY", "MAX_NESTING", "MAX_OUTPUT", "MAX_SECONDS", "RenderResult",
    "TemplateError", "TemplateForbidden", "TemplateProblem", "TemplateRuntimeProblem", "TemplateSyntaxProblem",
    "TemplateTooLarge", "TemplateTooSlow", "TemplateUnknownName", "fields_used", "preview", "render", "validate",
]


CONTEXT_FIELDS: dict[str, tuple[str, ...] | None] = {
    "doctor": ("name", "named", "email", "phone", "workplace", "profession", "specialty"),
    "trust_person": ("name", "title", "role", "contact", "riziv"),
    "provider": ("name", "organisation", "kind", "address", "phone", "email", "website"),
    "referral": ("reason", "consent_date", "consent_scope"),
    "case": ("code", "opened_on", "region", "domains", "language"),
    "contact": ("date", "agreements"),  # the latest contact (agreement notes); empty in referral letters
    "today": None,  # a string
}
_ALLOWED_NAMES = frozenset(CONTEXT_FIELDS) | {"range"}
_TOO_DEEP = QT_TRANSLATE_NOOP("TemplateDetail", "the template nests too deeply")
_UNREADABLE = QT_TRANSLATE_NOOP("TemplateDetail", "the template cannot be read")
_NOT_IN_LETTERS = QT_TRANSLATE_NOOP("TemplateDetail", "{what} is not available in letters")


def _syntax(exc: TemplateSyntaxError) -> TemplateProblem:
    """Jinja's syntax error as a problem in the catalogue's words (``jinja_words``)."""
    return TemplateProblem("syntax", syntax_detail(exc.message or str(exc)), exc.lineno)


def _refused(exc: SecurityError) -> Detail:
    """What the sandbox refused: the attribute or method named, never Jinja's English."""
    found = re.search(r"attribute '([^']*)'|'([^']*)' (?:of|is)", str(exc))
    if found:
        return _NOT_IN_LETTERS.format(what=quoted(found[1] or found[2]))
    return QT_TRANSLATE_NOOP("TemplateDetail", "something letters do not allow")


def _undefined(exc: UndefinedError) -> Detail:
    """A name or field that is not there when the letter is filled in (a loop's or a macro's variable)."""
    found = re.search(r"has no attribute '([^']*)'|'([^']*)' is undefined", exc.message or "")
    if found and found[1] is not None:
        return QT_TRANSLATE_NOOP("TemplateDetail", "this value has no field {field}").format(field=quoted(found[1]))
    if found:
        return QT_TRANSLATE_NOOP("TemplateDetail", "unknown name {name}").format(name=quoted(found[2]))
    return QT_TRANSLATE_NOOP("TemplateDetail", "a name or field letters do not know")


def _failed(exc: Exception) -> Detail:
    """Why filling in stopped, by the kind of failure: Python's own words are never shown."""
    if isinstance(exc, ZeroDivisionError):
        return QT_TRANSLATE_NOOP("TemplateDetail", "a division by zero")
    if isinstance(exc, TypeError | ValueError):
        return QT_TRANSLATE_NOOP("TemplateDetail", "a value of the wrong kind (text where a number is needed, "
                                                   "or the wrong number of values given to a filter?)")
    return QT_TRANSLATE_NOOP("TemplateDetail", "an unexpected failure")


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
        return None, [TemplateProblem("too_large", QT_TRANSLATE_NOOP(
            "TemplateDetail", "the template is longer than {limit} characters").format(limit=MAX_BODY))]
    try:
        tree = ENV.parse(body)
        if _nesting(tree) > MAX_NESTING:
            return None, [TemplateProblem("syntax", _TOO_DEEP)]
        return tree, []
    except TemplateSyntaxError as exc:
        return None, [_syntax(exc)]
    except RecursionError:
        return None, [TemplateProblem("syntax", _TOO_DEEP)]
    except Exception:  # the lexer can fail on odd input (huge numbers, ...)
        return None, [TemplateProblem("syntax", _UNREADABLE)]


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
        problems.append(TemplateProblem("forbidden", _NOT_IN_LETTERS.format(
            what=quoted(f"{{% {type(tag).__name__.lower()} %}}")), tag.lineno))
    for node in every:
        if isinstance(node, nodes.Filter) and node.name not in FILTERS:
            problems.append(TemplateProblem("unknown_name", QT_TRANSLATE_NOOP(
                "TemplateDetail", "unknown filter {name}; the filters: {known}").format(
                name=quoted(node.name), known=", ".join(sorted(FILTERS))), node.lineno, node.name))
    if problems:
        return problems
    names = [n for n in every if isinstance(n, nodes.Name)]
    try:
        unknown = _undeclared(tree) - _ALLOWED_NAMES
    except TemplateSyntaxError as exc:
        return [_syntax(exc)]
    for node in names:
        if node.name == "self" and node.ctx == "load":
            problems.append(TemplateProblem("forbidden", _NOT_IN_LETTERS.format(what=quoted("self")), node.lineno,
                                            "self"))
            break
    for name in sorted(unknown):
        line = next((n.lineno for n in names if n.name == name), None)
        known = ", ".join(CONTEXT_FIELDS)
        problems.append(TemplateProblem("unknown_name", QT_TRANSLATE_NOOP(
            "TemplateDetail", "unknown name {name}; the names: {known}").format(name=quoted(name), known=known),
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
            problems.append(TemplateProblem("forbidden", QT_TRANSLATE_NOOP(
                "TemplateDetail", "names starting with {underscore} are not available in letters").format(
                underscore=quoted("_")), access.lineno, attr))
            continue
        target = access.node
        if isinstance(target, nodes.Name) and target.name not in assigned:
            fields = CONTEXT_FIELDS.get(target.name)
            if fields is not None and attr not in fields:
                problems.append(TemplateProblem("unknown_name", QT_TRANSLATE_NOOP(
                    "TemplateDetail", "unknown field {field}; the fields of {name}: {known}").format(
                    name=quoted(target.name), field=quoted(f"{target.name}.{attr}"), known=", ".join(fields)),
                    access.lineno,
                    f"{target.name}.{attr}"))
    problems.sort(key=lambda p: p.code != "forbidden")  # the most serious first, stable otherwise
    return problems


def fields_used(body: str) -> set[tuple[str, str]]:
    """The (name, field) pairs a template reads ("case", "code"); empty when it cannot be read."""
    tree, problems = _parse(body)
    if tree is None or problems:
        return set()
    used: set[tuple[str, str]] = set()
    for node in _walk(tree):
        if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
            used.add((node.node.name, node.attr))
        elif (isinstance(node, nodes.Getitem) and isinstance(node.node, nodes.Name)
              and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)):
            used.add((node.node.name, node.arg.value))
    return used


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
            ENV.compile(tree)
        except TemplateSyntaxError as exc:
            problems.append(_syntax(exc))
        except Exception:
            problems.append(TemplateProblem("syntax", _UNREADABLE))
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
    Meter().visit(tree)
    try:
        code = ENV.compile(tree)
        return ENV.template_class.from_code(ENV, code, ENV.make_globals(None))
    except TemplateSyntaxError as exc:
        raise _syntax(exc).as_error() from None
    except TemplateError:
        raise
    except Exception:
        raise TemplateSyntaxProblem(_UNREADABLE) from None


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
    chunks: list[str] = []
    size = 0
    with metered() as budget:
        stream = template.generate(clean)
        try:
            for chunk in stream:
                size += len(chunk)
                if size > sandbox.MAX_OUTPUT:
                    raise TemplateTooLarge(QT_TRANSLATE_NOOP(
                        "TemplateDetail", "the letter is longer than {limit} characters").format(limit=sandbox.MAX_OUTPUT))
                budget.check_time()
                chunks.append(chunk)
        except TemplateError as exc:
            if exc.line is None:
                exc.line = _template_line(exc.__traceback__)
            raise
        except SecurityError as exc:
            raise TemplateForbidden(_refused(exc), _template_line(exc.__traceback__)) from None
        except UndefinedError as exc:
            raise TemplateUnknownName(_undefined(exc), _template_line(exc.__traceback__)) from None
        except RecursionError:
            raise TemplateTooLarge(QT_TRANSLATE_NOOP(
                "TemplateDetail", "the template nests too deeply (a macro calling itself?)")) from None
        except MemoryError:
            raise TemplateTooLarge(QT_TRANSLATE_NOOP("TemplateDetail", "the template needs too much memory")) from None
        except Exception as exc:
            raise TemplateRuntimeProblem(_failed(exc), _template_line(exc.__traceback__)) from None
        finally:
            stream.close()
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
