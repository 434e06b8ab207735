"""The file side of the coordinator exchange: Qt's own open/save dialogs, the atomic write, and
the one-sentence refusals.  ``ask_open_path``/``ask_save_path`` are module functions so tests can
stand in for the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from trustdesk.exchange.errors import Refusal

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def ask_open_path(parent: QWidget | None, title: str, kinds: str) -> Path | None:
    """Qt's own open dialog (the OS recent-files list never learns the name)."""
    from trustdesk.ui.kit.file_dialogs import open_file
    from trustdesk.ui.output.document_output import documents_folder

    return open_file(parent, title, documents_folder(), kinds)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, kinds: str) -> Path | None:
    from trustdesk.ui.kit.file_dialogs import save_file
    from trustdesk.ui.output.document_output import documents_folder

    path = save_file(parent, title, documents_folder() / suggested, kinds)
    if path is None:
        return None
    suffix = Path(suggested).suffix
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def write_file(path: Path, data: bytes) -> None:
    """Atomically, never through a planted link (worker thread)."""
    from trustdesk.vault.files import atomic_write_bytes

    atomic_write_bytes(path, data, 0o644)


def kind_text(kind: str) -> str:
    """A file of kind ``kind`` (a ``file_kinds.FileKind`` value), with its article and suffix."""
    return {
        "handover": translate("Exchange", "a handover file (.tdhandover)"),
        "backup": translate("Exchange", "a backup (.tdbackup)"),
        "intake": translate("Exchange", "an intake from the coordinator (.tdintake)"),
        "figures": translate("Exchange", "a trust person's figures file (.tdfigures)"),
        "card": translate("Exchange", "a trust person's contact card (.tdcard)"),
        "coordinator_card": translate("Exchange", "the coordinator's contact card (.tdcard)"),
        "pack": translate("Exchange", "an organisation pack (.zip)"),
    }.get(kind, "")


def not_kind_text(expected: str) -> str:
    """What the reader expected, denied: "not an intake"."""
    return {
        "intake": translate("Exchange", "not an intake"),
        "figures": translate("Exchange", "not a figures file"),
        "card": translate("Exchange", "not a trust person's contact card"),
        "coordinator_card": translate("Exchange", "not the coordinator's contact card"),
        "handover": translate("Exchange", "not a handover file"),
        "backup": translate("Exchange", "not a backup"),
        "pack": translate("Exchange", "not an organisation pack"),
    }.get(expected, translate("Exchange", "not of the kind asked for here"))


def where_it_opens(kind: str) -> str:
    """The screen where a file of kind ``kind`` is taken in: the trust person's TrustDesk or the desk."""
    return {
        "handover": translate("Exchange", "receive it in TrustDesk with Handover › Receive handover…"),
        "backup": translate("Exchange", "restore it with Restore from a backup… in TrustDesk's Settings"),
        "intake": translate("Exchange", "the trust person opens it in TrustDesk with Coordinator › Open an "
                                        "intake…"),
        "figures": translate("Exchange", "the coordinator merges it in the coordinator desk, tab Figures"),
        "card": translate("Exchange", "the coordinator adds it in the coordinator desk, tab Contact cards, "
                                      "with the fingerprint read out by phone"),
        "coordinator_card": translate("Exchange", "it travels inside the coordinator's organisation pack; "
                                                  "the trust person compares it with Coordinator › My contact "
                                                  "card"),
        "pack": translate("Exchange", "a trust person imports it on the Providers page (Import and export)"),
    }.get(kind, "")


def other_kind_text(found: str, expected: str) -> str:
    """The kind given, the kind expected, and where the given one opens: "This is a backup (.tdbackup), not an
    intake; restore it … Nothing was changed."."""
    return translate("Exchange", "This is %1, %2; %3. Nothing was changed.").replace(
        "%1", kind_text(found)).replace("%2", not_kind_text(expected)).replace("%3", where_it_opens(found))


def refusal_text(reason: Refusal, found: str | None = None, expected: str = "intake") -> str:
    """One sentence per refusal; every one ends in "nothing was changed" where that applies.  A TrustDesk
    file of another kind (``found``, a ``file_kinds.FileKind`` value) than ``expected`` is named, with
    where it opens (``other_kind_text``)."""
    from trustdesk.exchange.errors import Refusal

    if reason is Refusal.NOT_THIS_KIND and found and found != expected:
        return other_kind_text(found, expected)

    texts = {
        Refusal.NOT_THIS_KIND: translate("Exchange", "This is not a file of the expected kind. Nothing was changed."),
        Refusal.NEWER_FORMAT: translate(
            "Exchange", "This file was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk. "
                        "Nothing was changed."),
        Refusal.TOO_LARGE: translate("Exchange", "This file is far larger than such a file can be. "
                                                 "Nothing was changed."),
        Refusal.TRUNCATED: translate("Exchange", "This file is cut short (an interrupted copy or download?). "
                                                 "Ask for it again. Nothing was changed."),
        Refusal.WRONG_RECIPIENT: translate(
            "Exchange", "This file is meant for someone else: it was sealed for another key than yours. "
                        "Tell the coordinator. Nothing was changed."),
        Refusal.TAMPERED: translate("Exchange", "This file was changed on the way: its seal or signature does "
                                                "not match. Ask for it again. Nothing was changed."),
        Refusal.UNKNOWN_SENDER: translate(
            "Exchange", "This file was not signed by your coordinator's key. Do not use it; tell the coordinator "
                        "by phone. Nothing was changed."),
        Refusal.MALFORMED: translate("Exchange", "This file opens, but holds something TrustDesk does not accept. "
                                                 "Nothing was changed."),
        Refusal.REPLAYED: translate("Exchange", "This intake was already opened as a case. Nothing was changed."),
        Refusal.EXPIRED: translate("Exchange", "This intake has expired. Ask the coordinator for a new one. "
                                               "Nothing was changed."),
        Refusal.NO_KEY: translate("Exchange", "The coordinator's card is not here yet: it comes with your "
                                              "coordinator's pack. Nothing was changed."),
        Refusal.UNCONFIRMED: translate(
            "Exchange", "Compare the coordinator's fingerprint by phone first (Coordinator › My contact card). "
                        "Nothing was changed."),
        Refusal.FINGERPRINT_DIFFERS: translate(
            "Exchange", "The digits you heard are not this card's fingerprint: it was not trusted. Compare them "
                        "by phone again. Nothing was changed."),
        Refusal.FROM_THE_FUTURE: translate(
            "Exchange", "This file is dated after today: the clock of the computer that made it, or of this one, "
                        "is wrong. Ask for it again once the date is right. Nothing was changed."),
    }
    return texts[reason]
