"""``trustdesk audit-verify``: check the vault's audit log (SHA-256 hash chain) headless.

    python -m trustdesk audit-verify [--data-dir DIR] [--passphrase-stdin | --recovery-code-stdin]

Opens the vault in DIR (default: the app's data folder, platformdirs ``user_data_dir("TrustDesk")``)
with this computer's keychain (a passphrase-only vault needs none), walks the whole chain and
reports "chain intact, N entries" or the first entry that does not verify.  Opening the vault
appends its usual ``unlock`` entry first, so N counts that one too.

It also compares the log with its head record (``audit-head.json``, kept outside the table and
checked as the vault opens, before anything is appended): a log that ends before the entry its head
names was cut off (or lost its last changes) and is reported as TRUNCATED; a head record that was
deleted, does not verify, or is older than the log's last commit allows (an old copy put back) is
reported as such — the end of the log can no longer be proved.  Either way the open records an
``audit_gap`` entry, so later runs still say it (exit 4) after the head is written anew.

TrustDesk open on this vault is refused (1): the command takes the app's instance lock and stops before
asking anything.  Exit codes: cli/exits.py ``CONTRACT`` ("audit-verify"), listed by --help; 4 is intact
now, but the log records an earlier gap (``audit_gap`` entries).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.words import default_data_dir

if TYPE_CHECKING:
    from trustdesk.vault import Vault
    from trustdesk.vault.audit_head import HeadCheck

EXIT_INTACT, EXIT_BROKEN, EXIT_SECRET, EXIT_USAGE, EXIT_VAULT, EXIT_GAPS = (
    exits.OK, exits.REFUSED, exits.REFUSED, exits.USAGE, exits.MISSING, exits.GAPS)


def _parser() -> argparse.ArgumentParser:
    from trustdesk.cli.words import translate

    parser = CommandParser(prog="trustdesk audit-verify", contract="audit-verify", description=translate(
        "cli", "Check the vault's audit log: its hash chain, and its end against the head record kept beside it. "
               "Opening the vault adds its usual unlock entry first. TrustDesk must be closed on this vault."))
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR", help=translate(
        "cli", "the vault's folder (default: the app's)"))
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--passphrase-stdin", action="store_true", help=translate(
        "cli", "read the passphrase as one line from standard input"))
    source.add_argument("--recovery-code-stdin", action="store_true", help=translate(
        "cli", "read the recovery code as one line from standard input"))
    return parser


def main(argv: Sequence[str] = ()) -> int:
    args = _parser().parse_args(list(argv))
    data_dir: Path = args.data_dir or default_data_dir()

    from trustdesk.cli.instance import InstanceBusy, busy_sentence, instance_lock
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.cli.words import translate
    from trustdesk.vault.paths import vault_exists

    missing = missing_input(("vault folder", data_dir, True))  # said before the passphrase is asked
    if missing is None and not vault_exists(data_dir):
        missing = translate("cli", "there is no vault in {folder}.").format(folder=data_dir)
    if missing:
        print(f"audit-verify: {missing}")
        return EXIT_VAULT
    try:
        with instance_lock(data_dir):  # never beside the app (or another command) on this vault
            return _verify(args, data_dir)
    except InstanceBusy:
        print(f"audit-verify: {busy_sentence(data_dir)}")
        return EXIT_BROKEN


def _verify(args: argparse.Namespace, data_dir: Path) -> int:
    from trustdesk.cli.secret_input import NoSecret, read_secret
    from trustdesk.cli.words import code_sentence, translate, vault_problem
    from trustdesk.vault import DeviceSecretMissing, Keychain, Vault, VaultError, WrongPassphrase
    from trustdesk.vault.errors import MalformedCode

    try:
        secret = read_secret(translate("cli", "Passphrase: "), from_stdin=args.passphrase_stdin or
                             args.recovery_code_stdin, option="--passphrase-stdin (or --recovery-code-stdin)")
    except NoSecret as exc:
        print(f"audit-verify: {exc}")
        return EXIT_USAGE
    try:
        if args.recovery_code_stdin:
            vault = Vault.unlock_with_recovery_code(data_dir, secret, keychain=Keychain())
        else:
            vault = Vault.unlock(data_dir, secret, keychain=Keychain())
    except DeviceSecretMissing:
        print("audit-verify: " + translate("cli", "this computer's keychain does not hold the key that belongs "
                                                  "with the passphrase; use --recovery-code-stdin with your "
                                                  "recovery code."))
        return EXIT_SECRET
    except MalformedCode:  # the shared parse (keyslots.open_recovery_slot): a typo, not a wrong code
        print("audit-verify: " + translate("cli", "that is not a recovery code: {problem}.").format(
            problem=code_sentence(secret)))
        return EXIT_USAGE
    except WrongPassphrase:
        sentence = (translate("cli", "that recovery code does not open the vault in {folder}.")
                    if args.recovery_code_stdin else
                    translate("cli", "that passphrase does not open the vault in {folder}."))
        print("audit-verify: " + sentence.format(folder=data_dir))
        return EXIT_SECRET
    except VaultError as exc:
        print(f"audit-verify: {vault_problem(data_dir, exc)}")
        return EXIT_BROKEN
    return _report(vault)


def _report(vault: Vault) -> int:
    from trustdesk.cli.words import decimal_text, translate, when_text
    from trustdesk.vault.audit import AuditEvent

    if vault.log_kept_aside is not None:  # said first: the open found a damaged write-ahead log
        print("audit-verify: " + translate("cli", "the vault's write-ahead log was damaged or cut short; before "
                                                  "anything was written, a copy of the vault with that log (still "
                                                  "encrypted) was kept aside as {folder}.").format(
                                                      folder=vault.log_kept_aside))
    try:
        started = time.perf_counter()
        state = vault.audit.verify()
        seconds = time.perf_counter() - started
        check = vault.head_check
        gaps = vault.audit.entries(event=AuditEvent.AUDIT_GAP)
    finally:
        vault.lock()
    head_line = _head_line(check)
    if state.intact and not (check is not None and check.alarm):
        print("audit-verify: " + translate("cli", "chain intact, %n entr(y/ies) ({seconds} s); {head}", "", state.entries).format(
            seconds=decimal_text(seconds), head=head_line))
        if gaps:
            print("audit-verify: " + translate("cli", "the log records %n earlier gap(s); the last, entry #{seq} "
                                                      "({at}): {detail}", "", len(gaps)).format(
                seq=gaps[0].seq, at=when_text(gaps[0].at), detail=gaps[0].detail))
            return EXIT_GAPS
        return EXIT_INTACT
    if state.intact:
        assert check is not None
        label = "TRUNCATED" if check.truncated else f"HEAD RECORD {check.status.value.upper().replace('_', ' ')}"
        print("audit-verify: " + translate("cli", "chain {label}: {head}; recorded as an audit_gap entry").format(
            label=label, head=head_line))
        return EXIT_BROKEN
    print("audit-verify: " + translate("cli", "chain BROKEN at entry {seq} (%n entr(y/ies) before it verified); "
                                              "{head}", "", state.entries).format(seq=state.first_broken,
                                                                                  head=head_line))
    return EXIT_BROKEN


def _head_line(check: HeadCheck | None) -> str:
    from trustdesk.cli.words import translate
    from trustdesk.vault.audit_head import HeadStatus

    if check is None:
        return translate("cli", "head record not checked")
    last = f"#{check.last.seq}" if check.last else translate("cli", "no entry")
    if check.status is HeadStatus.MISSING_TAIL and check.head is not None:
        return translate("cli", "the log ended at {last} but its head record names #{seq} ({at}); entries "
                                "missing: {missing}").format(last=last, seq=check.head.seq, at=check.head.at,
                                                          missing=check.missing)
    if check.status is HeadStatus.REWRITTEN and check.head is not None:
        return translate("cli", "entry #{seq} differs from the one its head record names: the log was rewritten"
                         ).format(seq=check.head.seq)
    if check.status is HeadStatus.NO_HEAD:
        return translate("cli", "no head record yet (a vault from before it; it is written with the next entry)")
    if check.status is HeadStatus.DELETED:
        return translate("cli", "the head record was deleted (the vault has written one before): the log ends at "
                                "{last}; later entries could have been removed without a trace").format(last=last)
    if check.status is HeadStatus.UNVERIFIABLE:
        return translate("cli", "the head record does not verify (edited, replaced or damaged): the log ends at "
                                "{last}; later entries could have been removed without a trace").format(last=last)
    if check.status is HeadStatus.ROLLED_BACK and check.head is not None:
        return translate("cli", "the head record names #{seq} ({at}), older than the log's last commit allows: an "
                                "old copy was put back; the log ends at {last}").format(
                                    seq=check.head.seq, at=check.head.at, last=last)
    if check.status is HeadStatus.AHEAD and check.head is not None:
        return translate("cli", "head record at #{seq} verified, the log's last commit ({last}) ended before it "
                                "was written").format(seq=check.head.seq, last=last)
    return translate("cli", "head record at {last} verified").format(last=last)
