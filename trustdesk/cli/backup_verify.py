"""``trustdesk backup-verify FILE``: check a ``.tdbackup`` headless and say what it holds.

Asks the passphrase on the terminal (no echo), or reads it from the first line of stdin with
``--passphrase-stdin``; ``--recovery-code-stdin`` reads a recovery code instead.  The backup is
fully opened: seal, checksum, ``cipher_integrity_check``, ``integrity_check`` and row counts.

Exit codes: cli/exits.py ``CONTRACT`` ("backup-verify"), listed by --help.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.secret_input import NoSecret, missing_input, read_secret

SHOWN = ("cases", "contacts", "referrals", "tasks", "providers", "templates")


def _secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    if args.recovery_code_stdin:
        return None, read_secret("", from_stdin=True, option="--recovery-code-stdin")
    from trustdesk.cli.words import translate

    return read_secret(translate("cli", "Passphrase: "), from_stdin=args.passphrase_stdin,
                       option="--passphrase-stdin (or --recovery-code-stdin)"), None


def _other_kind(path: Path) -> str | None:
    """The kind of TrustDesk file ``path`` is when it is not a backup (its first bytes only), or None."""
    from trustdesk.exchange.file_kinds import FileKind
    from trustdesk.exchange.keys import recognise
    from trustdesk.vault.files import read_outside_prefix

    try:
        found = recognise(read_outside_prefix(path, 64 * 1024))
    except OSError:
        return None
    return None if found in (None, FileKind.BACKUP) else found


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import translate

    parser = CommandParser(prog="trustdesk backup-verify", contract="backup-verify", description=translate(
        "cli", "Check a .tdbackup file through and through (seal, checksum, database checks) and say what it "
               "holds; it is opened with its passphrase or the recovery code."))
    parser.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the .tdbackup file"))
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--passphrase-stdin", action="store_true", help=translate(
        "cli", "read the passphrase as one line from standard input"))
    source.add_argument("--recovery-code-stdin", action="store_true", help=translate(
        "cli", "read the recovery code as one line from standard input"))
    args = parser.parse_args(list(argv))

    from trustdesk.cli.refusals import other_kind_sentence
    from trustdesk.cli.words import cannot_read, code_sentence, translate
    from trustdesk.vault import VaultError, WrongPassphrase
    from trustdesk.vault.backup_file import BackupFailed
    from trustdesk.vault.files import read_outside_prefix
    from trustdesk.vault.keyslots import code_problem
    from trustdesk.vault.restore import inspect_backup

    missing = missing_input(("backup file", args.file, False))  # said before any secret is asked
    if missing:
        print(f"backup-verify: {missing}")
        return exits.MISSING
    try:
        read_outside_prefix(args.file, 16)
    except OSError as exc:
        print(f"backup-verify: {cannot_read(args.file, exc)}")
        return exits.code_for(exc)
    found = _other_kind(args.file)  # another TrustDesk file: named, with how it opens, before any secret is asked
    if found:
        print(f"backup-verify: {other_kind_sentence(found, 'backup', args.file)}")
        return exits.REFUSED
    try:
        passphrase, code = _secret(args)
    except NoSecret as exc:
        print(f"backup-verify: {exc}")
        return exits.USAGE
    if code is not None and code_problem(code):  # a typo, told apart from a wrong code
        print("backup-verify: " + translate("cli", "that is not a recovery code: {problem}.").format(
            problem=code_sentence(code)))
        return exits.USAGE
    try:
        info = inspect_backup(args.file, passphrase=passphrase, recovery_code=code)
    except WrongPassphrase:
        print("backup-verify: " + (translate("cli", "that recovery code does not open this backup.") if code is not None
                                   else translate("cli", "that passphrase does not open this backup (it needs the "
                                                         "one you had when it was made).")))
        return exits.REFUSED
    except FileNotFoundError:
        print(f"backup-verify: {cannot_read(args.file, FileNotFoundError())}")
        return exits.MISSING
    except VaultError as exc:
        said = translate("cli", "this backup is damaged or is not a TrustDesk backup.")
        found = _other_kind(args.file)
        if found:  # another TrustDesk file: named, with how it opens
            said = other_kind_sentence(found, "backup", args.file)
        elif isinstance(exc, BackupFailed) or "disk" in str(exc):
            said = translate("cli", "this backup could not be checked: is the disk full?")
        print(f"backup-verify: {said}")
        return exits.REFUSED
    from trustdesk.cli.words import aligned, when_text

    opens = [word for word, ok in ((translate("cli", "passphrase"), info.has_passphrase_slot),
                                   (translate("cli", "recovery code"), info.has_recovery_slot)) if ok]
    rows: list[tuple[str, object]] = [
        (translate("cli", "made on"), when_text(info.created, seconds=True)),
        (translate("cli", "vault"), info.vault_id), (translate("cli", "schema"), info.schema),
        (translate("cli", "size"), translate("cli", "%n byte(s)", "", info.size)),
        *((table_word(table), info.count(table)) for table in SHOWN),
        (translate("cli", "opens with"), ", ".join(opens))]
    from trustdesk.cli.words import shown_path

    print("backup-verify: " + translate("cli", "OK {path}").format(path=shown_path(args.file)))
    print("\n".join(aligned(rows)))
    return exits.OK


def table_word(table: str) -> str:
    """What a vault table holds, in the command's language (a count's label)."""
    from trustdesk.cli.words import translate

    return {"cases": translate("cli", "cases"), "contacts": translate("cli", "contacts"),
            "referrals": translate("cli", "referrals"), "tasks": translate("cli", "tasks"),
            "providers": translate("cli", "providers"), "templates": translate("cli", "templates")}.get(table, table)
