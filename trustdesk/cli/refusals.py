"""One plain sentence per refused coordinator-exchange file, in the command's language (the GUI says the
same in the interface's language); a file of another TrustDesk kind is named, with where it opens."""

from __future__ import annotations

import shlex
from pathlib import Path

from trustdesk.cli.words import shown_path, translate


def refusal_sentence(reason: str, *, expected: str = "", found: str | None = None, path: Path | None = None) -> str:
    """The sentence for ``reason`` (an exchange ``Refusal`` value).  For ``not_this_kind`` with ``found``
    (a ``file_kinds.FileKind`` value) the sentence says what the file is and where it opens instead."""
    if reason == "not_this_kind" and found:
        return f"{not_expected(expected)} {what_it_is(found, path)}"
    sentences = {
        "not_this_kind": translate("cli", "this is not a TrustDesk file of the expected kind."),
        "newer_format": translate("cli", "this file was made by a newer TrustDesk; update TrustDesk first."),
        "too_large": translate("cli", "this file is far larger than such a file can be."),
        "truncated": translate("cli", "this file is cut short (an interrupted copy or download?); ask for it again."),
        "wrong_recipient": translate("cli", "this file was sealed for someone else's key, not for this one."),
        "tampered": translate("cli", "the card file was altered: its signature does not match its keys. Ask the "
                                     "trust person for the card again.") if expected == "card" else
        translate("cli", "this file was changed on the way: its seal or signature does not match. Ask for it "
                         "again."),
        "fingerprint_differs": translate("cli", "the digits differ from this card's fingerprint: the card was not "
                                                "added. Compare them with the trust person again."),
        "from_the_future": translate("cli", "this file is dated after this computer's clock: the clock of the "
                                            "computer that made it, or of this one, is wrong."),
        "unknown_sender": translate("cli", "this file was signed by a key that is not trusted here."),
        "malformed": translate("cli", "this file opens but holds something the format does not allow."),
        "replayed": translate("cli", "this file was already imported."),
        "expired": translate("cli", "this file has expired; ask the coordinator for a new one."),
        "no_key": translate("cli", "the key this needs is not set up here yet."),
        "unconfirmed": translate("cli", "the coordinator's card has not been compared by phone yet."),
    }
    return sentences.get(reason, translate("cli", "this file was refused."))


def not_expected(expected: str) -> str:
    """"This file is not an intake." (``expected``: a FileKind value; "" for no kind in particular)."""
    return {
        "intake": translate("cli", "This file is not an intake."),
        "figures": translate("cli", "This file is not a figures file."),
        "card": translate("cli", "This file is not a contact card."),
        "handover": translate("cli", "This file is not a handover file."),
        "backup": translate("cli", "This file is not a backup."),
        "pack": translate("cli", "This file is not an organisation pack."),
    }.get(expected, translate("cli", "This file is not of the expected kind."))


def what_it_is(found: str, path: Path | None = None) -> str:
    """What a TrustDesk file of kind ``found`` is, in human words, and how it is opened: a command line
    that runs as printed (``suggested_command``: this program, that file, the options in effect)."""
    sentences = {
        "handover": translate("cli", "It is a handover file (.tdhandover): receive it in TrustDesk with Handover › "
                                     "Receive handover…, or check it with: {command}"),
        "backup": translate("cli", "It is a backup (.tdbackup): restore it in TrustDesk with Restore from a "
                                   "backup…, or check it with: {command}"),
        "intake": translate("cli", "It is an intake from the coordinator (.tdintake): open it in TrustDesk with "
                                   "Coordinator › Open an intake…, or check it with: {command}"),
        "figures": translate("cli", "It is a figures file (.tdfigures) for the coordinator: the coordinator merges "
                                    "it with: {command}"),
        "card": translate("cli", "It is a contact card (.tdcard): the coordinator adds it with: {command}"),
        "pack": translate("cli", "It is an organisation pack (.zip): import it in TrustDesk, or check it with: "
                                 "{command}"),
    }
    return sentences.get(found, "").format(command=suggested_command(found, path))


def suggested_command(found: str, path: Path | None = None) -> str:
    """The command that checks (or takes) a file of kind ``found``, runnable as printed: how this program
    was started (``words.program``), the file's full path (quoted for the shell), and the options of the
    command in effect that the other one needs too (``words.given_option``): the vault folder
    (``--data-dir``, else the one the command used), reading the secret from standard input (when the
    command read its own secret there, a script: the other one's from there too), the desk
    folder, the public key.  What is not known stays an upper-case placeholder (DIR, DESK, DIGITS)."""
    from trustdesk.cli.words import default_data_dir, given_option, program

    file = shlex.quote(shown_path(path)) if path is not None else "FILE"
    stdin = any(given_option(o) is not None for o in ("--passphrase-stdin", "--code-stdin", "--recovery-code-stdin"))
    desk = given_option("--desk")
    parts: dict[str, list[str]] = {
        "handover": ["handover-verify", file] + (["--code-stdin"] if stdin else []),
        "backup": ["backup-verify", file] + (["--passphrase-stdin"] if stdin else []),
        "intake": ["intake-verify", file, "--data-dir", shlex.quote(shown_path(given_option("--data-dir")
                                                                                or default_data_dir()))]
                  + (["--passphrase-stdin"] if stdin else []),
        "figures": ["figures", "merge", file, "--out", "DIR", "--desk",
                    shlex.quote(shown_path(desk)) if desk else "DESK"] + (["--passphrase-stdin"] if stdin else []),
        "card": ["coordinator", "add-card", "DESK", file, "--fingerprint", "DIGITS"],
        "pack": ["pack", "verify", file] + (["--pubkey", shlex.quote(shown_path(pubkey))]
                                            if (pubkey := given_option("--pubkey")) else []),
    }
    return " ".join([program(), *parts.get(found, [])])
