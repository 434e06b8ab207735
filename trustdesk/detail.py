"""A refusal's detail as a catalogue text and its values, said in the reader's language by the layer that shows it.

The code that refuses something (a pack's format, a letter template, the directory) imports no Qt, yet
what it says reaches a person: the desk, the app and the commands, in Dutch or French.  It says it with
``QT_TRANSLATE_NOOP("<Context>", "…{name}…").format(name=…)``: a ``Detail``, which *is* the English
sentence (a ``str``: logs, ``str(exc)``) and remembers its context, its catalogue text and its values.
The layer that shows it says it in the reader's language with ``said_in(detail, translate)``, where
``translate(context, text)`` is its catalogue look-up (``QCoreApplication.translate`` in the app and the
desk, ``cli.words.translate`` in the commands).  lupdate reads the ``QT_TRANSLATE_NOOP`` calls, so the
texts are in the app's own catalogues.  A value that is a detail itself is said so too; a plain value
(a file name, a key, what a person typed) stays as it is.

A module of its own at the top of the package, below every layer: it imports nothing of the project
and no Qt (``tests/unit/test_layers.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Detail(str):
    """An English detail that knows its catalogue ``context``, its catalogue ``text`` and its values (``params``)."""

    context: str
    text: str
    params: dict[str, Any]

    def __new__(cls, context: str, text: str, params: dict[str, Any] | None = None) -> Detail:
        try:  # "{{" in a text is a brace; a text waiting for its values (``format``) stays as written
            english = text.format(**(params or {}))
        except (KeyError, IndexError):
            english = text
        made = super().__new__(cls, english)
        made.context, made.text, made.params = context, text, dict(params or {})
        return made

    def format(self, *args: object, **params: Any) -> Detail:
        """The same catalogue text with these values (the English sentence is ``str(self)``)."""
        assert not args, "details take named values"
        return Detail(self.context, self.text, params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Detail:  # noqa: N802 - the name lupdate looks for
    """Marks a detail for the catalogues; it is said in a language by ``said_in``."""
    return Detail(context, text)


def said_in(detail: str, translate: Callable[[str, str], str]) -> str:
    """``detail`` in the reader's language: ``translate(context, text)`` is the reader's catalogue look-up
    (the app's ``QCoreApplication.translate``, a command's ``words.translate``); a value that is a detail
    itself is said so too; a plain string (a file name, what a person typed) stays as it is."""
    if not isinstance(detail, Detail):
        return detail
    values = {name: said_in(value, translate) if isinstance(value, Detail) else value
              for name, value in detail.params.items()}
    try:
        return (translate(detail.context, detail.text) or detail.text).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a value: the English is still right
        return str(detail)

