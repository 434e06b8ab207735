"""One key for "new item of this tab": Alt+N on every tab of a case that makes items of its own.

A case's tabs that make something -- a contact, a referral, a task, a score -- each have a button for it,
and its Alt letter was the catalogue's choice: Alt+N made a contact on one tab and a referral on another,
Alt+U a task in Dutch, Alt+S a score (outside tester).  ``new_item(button, text, tooltip)`` gives the
button its text with the Alt letter on its N -- the first word that starts with N, else the first N, else
"(N)" added, whatever letter the translation marked -- and a tooltip that names the key.  No other control
of a case tab takes N (``tests/i18n/test_mnemonics.py`` walks every tab of every case in nl, fr and en).
The buttons carry the property ``NEW_ITEM`` so the check finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

from trustdesk.ui.kit.appearance import without_mnemonic

NEW_ITEM_LETTER = "n"
NEW_ITEM = "new_item"  # the property that marks a tab's "new item" button


def new_item_key() -> str:
    """The key, as the platform writes it ("Alt+N")."""
    return QKeySequence(f"Alt+{NEW_ITEM_LETTER.upper()}").toString(QKeySequence.SequenceFormat.NativeText)


def with_new_item_letter(text: str) -> str:
    """``text`` with its one Alt letter on N: at the first word that starts with N, else the first N,
    else "(N)" is added ('&&', a literal ampersand, stays)."""
    plain = without_mnemonic(text)
    scan = plain.replace("&&", "\0\0")  # a literal ampersand is no place for the letter
    words = [i for i, c in enumerate(scan) if c.lower() == NEW_ITEM_LETTER and (i == 0 or not scan[i - 1].isalnum())]
    anywhere = [i for i, c in enumerate(scan) if c.lower() == NEW_ITEM_LETTER]
    if not anywhere:
        return f"{plain} (&{NEW_ITEM_LETTER.upper()})"
    at = (words or anywhere)[0]
    return plain[:at] + "&" + plain[at:]


def new_item(button: QAbstractButton, text: str, tooltip: str) -> None:
    """Make ``button`` its tab's "new item" button: ``text`` with Alt+N, ``tooltip`` with the key after it."""
    button.setText(with_new_item_letter(text))
    button.setToolTip(QCoreApplication.translate("NewItem", "{what} ({key})").format(what=tooltip,
                                                                                     key=new_item_key()))
    button.setProperty(NEW_ITEM, True)
