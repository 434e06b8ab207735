"""A refused file said to the coordinator.  The trust person's sentences (``ui/exchange/exchange_files``)
tell the reader to "tell the coordinator" or to ask "your coordinator" for a newer TrustDesk; at the
desk the reader *is* the coordinator (outside tester: a figures file from a trust person whose card
the desk did not hold said "not signed by your coordinator's key").  Here each reason says what the
coordinator can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from trustdesk.exchange.errors import Refusal


def desk_refusal_text(reason: Refusal, found: str | None = None, expected: str = "") -> str:
    """``found``/``expected``: the kind of file given and the kind this screen reads (``file_kinds``
    values): another TrustDesk file is named, with where it opens."""
    from trustdesk.exchange.errors import Refusal
    from trustdesk.ui.exchange.exchange_files import other_kind_text, refusal_text

    if reason is Refusal.NOT_THIS_KIND and found and found != expected:
        return other_kind_text(found, expected)

    own = {
        Refusal.UNKNOWN_SENDER: QCoreApplication.translate(
            "DeskRefusal", "This file was signed by a trust person whose card the desk does not hold: add their "
                           "card (Contact cards, fingerprint compared by phone), then merge again. Nothing was "
                           "changed."),
        Refusal.WRONG_RECIPIENT: QCoreApplication.translate(
            "DeskRefusal", "This file was sealed for another coordinator's key, not this desk's: ask the trust "
                           "person to send it again with the card of your latest pack. Nothing was changed."),
        Refusal.NEWER_FORMAT: QCoreApplication.translate(
            "DeskRefusal", "This file was made by a newer TrustDesk than this desk: install the newer TrustDesk "
                           "here first. Nothing was changed."),
        Refusal.NOT_THIS_KIND: QCoreApplication.translate(
            "DeskRefusal", "This is not a file of the kind asked for here. Nothing was changed."),
    }
    if reason in own:
        return own[reason]
    if reason in (Refusal.REPLAYED, Refusal.EXPIRED, Refusal.NO_KEY, Refusal.UNCONFIRMED):  # a trust person's
        return QCoreApplication.translate("DeskRefusal", "This file cannot be used at the desk. Nothing was changed.")
    return refusal_text(reason)  # damaged, cut short, too large, dated after today: the same words
