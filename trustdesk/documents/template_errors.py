"""Errors of the letter template engine: one class per kind of problem, each with a ``code`` the UI
maps to a translated message, the English ``message`` and the template ``line`` when known."""

from __future__ import annotations

from dataclasses import dataclass


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
