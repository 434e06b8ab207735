"""What kind of TrustDesk file some bytes are, from their first bytes alone (nothing is decrypted or
trusted): so a refusal can say "this is a handover file, not an intake" instead of "not this kind".

The kinds and their signs: a handover starts with ``TDHANDOVER``; intakes and figures with their own
``TRUSTDESK-…`` line (``envelope.magic``); a backup and an organisation pack are zip files holding
``backup.json`` and ``manifest.json``; a contact card is a small JSON document of kind
``trustdesk-card``, a trust person's (``CARD``) or the coordinator's (``COORDINATOR_CARD``: its ``role``),
since each is taken in at another place -- named only when its self-signature (which covers the role)
holds (``keys.recognise``): an altered card is no kind, and its reader says it was altered.  A file that shows none of these is ``None`` (not a TrustDesk
file we know).  Every reader of such files names the kind it expects and, given another, says which
kind it was given and where that one opens (cli/refusals.py, ui/exchange/exchange_files.py).
"""

from __future__ import annotations

import json
from enum import StrEnum

ZIP_SIGN = b"PK\x03\x04"
HANDOVER_SIGN = b"TDHANDOVER\n"  # = trustdesk.vault.handover.MAGIC (tests/exchange/test_file_kinds.py)
CARD_SIGN = b'"trustdesk-card"'
_LOOK = 64 * 1024  # zip member names are in the first local header and in the central directory at the end


class FileKind(StrEnum):
    HANDOVER = "handover"
    BACKUP = "backup"
    INTAKE = "intake"
    FIGURES = "figures"
    CARD = "card"  # a trust person's contact card
    COORDINATOR_CARD = "coordinator_card"  # the coordinator's contact card (it travels inside a pack)
    PACK = "pack"


SUFFIXES = {FileKind.HANDOVER: ".tdhandover", FileKind.BACKUP: ".tdbackup", FileKind.INTAKE: ".tdintake",
            FileKind.FIGURES: ".tdfigures", FileKind.CARD: ".tdcard", FileKind.COORDINATOR_CARD: ".tdcard", FileKind.PACK: ".zip"}


def claimed_kind(data: bytes) -> FileKind | None:
    """The kind of TrustDesk file ``data`` claims to be (by its signature only), or None: a card-looking
    document by its ``role`` as written, unchecked -- readers name a file's kind with ``keys.recognise``,
    which names a card only when its self-signature (covering the role) holds."""
    if data.startswith(HANDOVER_SIGN):
        return FileKind.HANDOVER
    head, sep, _ = data[:64].partition(b"\n")
    if sep and head.startswith(b"TRUSTDESK-"):
        claimed = head[len(b"TRUSTDESK-"):].decode("ascii", "replace").lower()
        return {"intake": FileKind.INTAKE, "figures": FileKind.FIGURES}.get(claimed)
    if data.startswith(ZIP_SIGN):
        names = data[:_LOOK] + data[-_LOOK:]  # (the end may be cut off: a command reads only a file's head)
        first = data[30:30 + int.from_bytes(data[26:28], "little")]  # the first member's name
        if b"backup.json" in names or first == b"vault.db":
            return FileKind.BACKUP
        if b"manifest.json" in names:
            return FileKind.PACK
        return None
    if len(data) <= _LOOK and data.lstrip()[:1] == b"{" and CARD_SIGN in data:  # a card is a few hundred bytes
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        if isinstance(document, dict) and document.get("kind") == "trustdesk-card":
            return FileKind.COORDINATOR_CARD if document.get("role") == "coordinator" else FileKind.CARD
    return None

