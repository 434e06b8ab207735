"""Errors of the letter template engine: one class per kind of problem, each with a ``code`` the UI
maps to a translated message, the ``message`` (a ``trustdesk.detail.Detail``: the English words, said in
the reader's language by the app and the commands) and the template ``line`` when known."""

from __future__ import annotations

from dataclasses import dataclass

from trustdesk.detail import QT_TRANSLATE_NOOP


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
        return str(self.detail)

    @property
    def detail(self) -> str:
        """The problem with its line, as a detail to be said in the reader's language (``said_in``)."""
        if self.line:
            return QT_TRANSLATE_NOOP("TemplateDetail", "line {line}: {problem}").format(line=self.line,
                                                                                       problem=self.message)
        return self.message

    def as_error(self) -> TemplateError:
        cls = {"syntax": TemplateSyntaxProblem, "unknown_name": TemplateUnknownName,
               "forbidden": TemplateForbidden, "too_large": TemplateTooLarge}.get(self.code, TemplateError)
        return cls(self.message, self.line, self.name)
