"""A command's option read through the care vocabulary (packs/care_vocabulary.py): a value it does not
know is said in the command's language, naming the option, the closest value ("did you mean …?") and the
allowed values as a coordinator reads them -- the label in the command's language, with the key a file or
a command may carry: "Psychologue (psychologist)" (exit 2)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from trustdesk.cli import exits
from trustdesk.cli.words import spoken_language, translate

_T = TypeVar("_T")


def allowed_words(kind: type[StrEnum] | None, keys: Iterable[str]) -> str:
    """The allowed values, labelled in the command's language: "Burn-out (burnout), Depressie (depression)"."""
    from trustdesk.packs.care_vocabulary import labelled

    keys = list(keys)
    return labelled(kind, keys, spoken_language()) if kind is not None else ", ".join(keys)


def suggestion_words(kind: type[StrEnum] | None, keys: Iterable[str]) -> str:
    """" Did you mean Psychologue (psychologist)?" for the closest values, "" when there is none."""
    from trustdesk.packs.care_vocabulary import labelled

    keys = list(keys)
    if kind is None or not keys:
        return ""
    said = translate("cli", " or ").join(labelled(kind, [key], spoken_language()) for key in keys)
    return translate("cli", "Did you mean {values}?").format(values=said)


def read_value(reader: Callable[[str], _T], text: str, option: str) -> _T:
    """``reader(text)``, or ``exits.BadInput`` with a sentence in the command's language."""
    from trustdesk.packs.care_vocabulary import UnknownValue

    try:
        return reader(text)
    except UnknownValue as exc:
        allowed = allowed_words(exc.kind, exc.allowed)
        if exc.theme:
            raise exits.BadInput(translate("cli", "{option} “{value}” is a theme of the directory, not a knowledge "
                                                  "domain; knowledge domains: {allowed}.").format(
                option=option, value=text, allowed=allowed)) from None
        said = translate("cli", "{option} “{value}” is not known.").format(option=option, value=text)
        suggestion = suggestion_words(exc.kind, exc.suggestions)
        raise exits.BadInput(" ".join(filter(None, (said, suggestion, translate(
            "cli", "Allowed: {allowed} (or any name TrustDesk shows for them, in Dutch, French or English).").format(
            allowed=allowed))))) from None
