"""``trustdesk handover-verify FILE --code-stdin``: say what a ``.tdhandover`` file holds, headless.

A wrong code and a tampered file are one refusal (AES-GCM cannot tell the two apart).  Exit codes:
cli/exits.py ``CONTRACT`` ("handover-verify"), listed by --help.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.secret_input import NoSecret, missing_input, read_secret


def sentence(reason: str) -> str:
    """One plain sentence per refusal, in the command's language (the GUI says the same in the interface's)."""
    from trustdesk.cli.words import translate

    return {
        "not_a_handover": translate("cli", "this is not a TrustDesk handover file."),
        "wrong_code_or_tampered": translate("cli", "the code does not open this file, or the file was changed or "
                                                   "cut short on the way."),
        "malformed": translate("cli", "this handover file is damaged or incomplete."),
        "too_large": translate("cli", "this file is far larger than a handover can be."),
        "replayed": translate("cli", "this handover was already imported."),
        "newer_format": translate("cli", "this handover was made by a newer TrustDesk; update TrustDesk first."),
        "malformed_code": translate("cli", "that is not a handover code"),
    }.get(reason, translate("cli", "this file was refused."))


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import translate

    parser = CommandParser(prog="trustdesk handover-verify", contract="handover-verify", description=translate(
        "cli", "Say what a .tdhandover file holds, checked with its handover code; nothing is imported."))
    parser.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the .tdhandover file"))
    parser.add_argument("--code-stdin", action="store_true", help=translate(
        "cli", "read the handover code as one line from standard input"))
    args = parser.parse_args(list(argv))
    from trustdesk.cli.refusals import other_kind_sentence
    from trustdesk.cli.words import cannot_read, code_sentence, translate
    from trustdesk.exchange.keys import recognise
    from trustdesk.vault.files import read_outside_prefix
    from trustdesk.vault.handover import MAX_FILE_BYTES, HandoverReason, HandoverRejected, read_handover

    missing = missing_input(("handover file", args.file, False))  # said before any code is asked
    if missing:
        print(f"handover-verify: {missing}")
        return exits.MISSING
    try:
        data = read_outside_prefix(args.file, MAX_FILE_BYTES + 1)  # read_handover refuses what is too large
    except OSError as exc:
        print(f"handover-verify: {cannot_read(args.file, exc)}")
        return exits.code_for(exc)
    found = recognise(data)  # another TrustDesk file: named, with how it opens, before any code is asked
    if found is not None and found != "handover":
        print(f"handover-verify: {other_kind_sentence(found, 'handover', args.file)}")
        return exits.REFUSED
    try:
        code = read_secret(translate("cli", "Handover code: "), from_stdin=args.code_stdin,
                           option="--code-stdin").strip()
    except NoSecret as exc:
        print(f"handover-verify: {exc}")
        return exits.USAGE
    try:
        preview = read_handover(data, code)
    except HandoverRejected as exc:
        said = sentence(exc.reason.value)
        if exc.reason is HandoverReason.MALFORMED_CODE:
            said = f"{said}: {code_sentence(code) or exc.detail}."
        elif exc.reason is HandoverReason.NOT_A_HANDOVER:
            found = recognise(data)  # another TrustDesk file: named, with how it opens
            if found:
                said = other_kind_sentence(found, "handover", args.file)
        print(f"handover-verify: {said}")
        return exits.USAGE if exc.reason is HandoverReason.MALFORMED_CODE else exits.REFUSED
    from trustdesk.cli.backup_verify import table_word
    from trustdesk.cli.words import aligned, when_text

    rows: list[tuple[str, object]] = [
        (translate("cli", "made on"), _made_on(preview.created, when_text)),
        (translate("cli", "file id"), preview.file_id),
        (translate("cli", "sections"), ", ".join(section_word(s) for s in sorted(s.value for s in preview.sections))),
        (table_word("cases"), preview.case_count),
        *((table_word(key), preview.count(key)) for key in ("contacts", "referrals", "tasks"))]
    from trustdesk.cli.words import shown_path

    print("handover-verify: " + translate("cli", "OK {path}").format(path=shown_path(args.file)))
    print("\n".join(aligned(rows)))
    return exits.OK


def _made_on(created: str, when_text: Callable[..., str]) -> str:
    try:
        return when_text(datetime.fromisoformat(created))
    except ValueError:
        return created


def section_word(section: str) -> str:
    """A handover file's section, in the command's language."""
    from trustdesk.cli.words import translate

    return {"intake": translate("cli", "intake"), "risk": translate("cli", "current risk and safety plan"),
            "tasks": translate("cli", "open tasks"), "referrals": translate("cli", "referrals"),
            "notes": translate("cli", "contact notes"), "contacts": translate("cli", "contact notes")}.get(
                section, section)
