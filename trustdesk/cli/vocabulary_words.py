"""A command's option read through the care vocabulary (packs/care_vocabulary.py): a value it does not
know is said in the command's language, naming the option and the allowed keys (exit 2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from trustdesk.cli import exits
from trustdesk.cli.words import translate

_T = TypeVar("_T")


def read_value(reader: Callable[[str], _T], text: str, option: str) -> _T:
    """``reader(text)``, or ``exits.BadInput`` with a sentence in the command's language."""
    from trustdesk.packs.care_vocabulary import UnknownValue

    try:
        return reader(text)
    except UnknownValue as exc:
        allowed = ", ".join(exc.allowed)
        if exc.theme:
            raise exits.BadInput(translate("cli", "{option} “{value}” is a theme of the directory, not a knowledge "
                                                  "domain; knowledge domains: {allowed}.").format(
                option=option, value=text, allowed=allowed)) from None
        raise exits.BadInput(translate("cli", "{option} “{value}” is not known; allowed: {allowed} (or any name "
                                              "TrustDesk shows for them, in Dutch, French or English).").format(
            option=option, value=text, allowed=allowed)) from None
