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

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError

from trustdesk.documents import sandbox
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
    "TemplateTooLarge", "TemplateTooSlow", "TemplateUnknownName", "preview", "render", "validate",
]


CONTEXT_FIELDS: dict[str, tuple[str, ...] | None] = {
    "doctor": ("name", "email", "phone", "workplace", "profession", "specialty"),
    "trust_person": ("name", "title", "role", "contact", "riziv"),
    "provider": ("name", "organisation", "kind", "address", "phone", "email", "website"),
    "referral": ("reason", "consent_date", "consent_scope"),
    "case": ("code", "opened_on", "region", "domains", "language"),
    "contact": ("date", "agreements"),  # the latest contact (agreement notes); empty in referral letters
    "today": None,  # a string
}
_ALLOWED_NAMES = frozenset(CONTEXT_FIELDS) | {"range"}
_TOO_DEEP = "the template nests too deeply"


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
        tree = ENV.parse(body)
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
            ENV.compile(tree)
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
    Meter().visit(tree)
    try:
        code = ENV.compile(tree)
        return ENV.template_class.from_code(ENV, code, ENV.make_globals(None))
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
    chunks: list[str] = []
    size = 0
    with metered() as budget:
        stream = template.generate(clean)
        try:
            for chunk in stream:
                size += len(chunk)
                if size > sandbox.MAX_OUTPUT:
                    raise TemplateTooLarge(f"the letter is longer than {sandbox.MAX_OUTPUT} characters")
                budget.check_time()
                chunks.append(chunk)
        except TemplateError as exc:
            if exc.line is None:
                exc.line = _template_line(exc.__traceback__)
            raise
        except SecurityError as exc:
            raise TemplateForbidden(f"not allowed in letters: {exc}", _template_line(exc.__traceback__)) from None
        except UndefinedError as exc:
            raise TemplateUnknownName(f"unknown name or field: {exc.message}",
                                      _template_line(exc.__traceback__)) from None
        except RecursionError:
            raise TemplateTooLarge("the template nests too deeply (a macro calling itself?)") from None
        except MemoryError:
            raise TemplateTooLarge("the template needs too much memory") from None
        except Exception as exc:
            raise TemplateRuntimeProblem(f"the template cannot be filled in: {exc}",
                                         _template_line(exc.__traceback__)) from None
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
