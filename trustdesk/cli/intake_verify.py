"""``trustdesk intake-verify FILE``: check a ``.tdintake`` file with the trust person's vault, headless.

    python -m trustdesk intake-verify FILE [--data-dir DIR] [--passphrase-stdin] [--show-contact]

Opens the vault (its usual ``unlock`` audit entry is the only write), opens the file with this
installation's key and the coordinator's confirmed card, and says what it holds, the doctor's
workplace with the conflict-of-interest check against the vault's affiliations included; it imports
nothing.  Contact details are printed only with ``--show-contact``.

A refusal's reason is said in a sentence of the command's language (cli/refusals.py), never as a code
such as wrong_recipient or tampered; a file of another
kind is named ("this is a handover file (.tdhandover), …") with a command that checks it, runnable as
printed, before any passphrase is asked.  Everything is said in the command's language.  Exit codes:
cli/exits.py ``CONTRACT`` ("intake-verify"), listed by --help.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser

if TYPE_CHECKING:
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.intake import IntakePreview

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_MISSING = exits.OK, exits.REFUSED, exits.USAGE, exits.MISSING


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import translate

    parser = CommandParser(prog="trustdesk intake-verify", contract="intake-verify", description=translate(
        "cli", "Check a .tdintake file with this trust person's vault and say what it holds; nothing is imported. "
               "Contact details are shown only with --show-contact."))
    parser.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the .tdintake file"))
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR", help=translate(
        "cli", "the vault's folder (default: the app's)"))
    parser.add_argument("--passphrase-stdin", action="store_true", help=translate(
        "cli", "read the passphrase as one line from standard input"))
    parser.add_argument("--show-contact", action="store_true", help=translate(
        "cli", "also show the doctor's contact details"))
    args = parser.parse_args(list(argv))

    from trustdesk.cli.instance import InstanceBusy, busy_sentence, instance_lock
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.cli.words import cannot_read, default_data_dir
    from trustdesk.exchange import envelope
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.intake import KIND, MAX_BYTES
    from trustdesk.vault.files import read_outside_prefix
    from trustdesk.vault.paths import vault_exists

    data_dir: Path = args.data_dir or default_data_dir()
    # Every missing input at once, before the passphrase is asked.
    missing = missing_input(("intake file", args.file, False), ("vault folder", data_dir, True))
    if missing is None and not vault_exists(data_dir):
        missing = translate("cli", "there is no vault in {folder}.").format(folder=data_dir)
    if missing:
        print(f"intake-verify: {missing}")
        return EXIT_MISSING
    try:
        data = read_outside_prefix(args.file, MAX_BYTES + 4096 + 1)  # open_intake refuses what is too large
    except OSError as exc:
        print(f"intake-verify: {cannot_read(args.file, exc)}")
        return exits.code_for(exc)
    try:  # a TrustDesk file of another kind is named before any passphrase is asked
        envelope.check_layout(KIND, data, max_bytes=MAX_BYTES)
    except ExchangeRejected as exc:
        if exc.found:
            return _refused(exc, args.file)  # (anything else is refused with the vault open, as open_intake checks it again)
    try:
        with instance_lock(data_dir):  # never beside the app (or another command) on this vault
            result = _open(args, data, data_dir)
    except InstanceBusy:
        print(f"intake-verify: {busy_sentence(data_dir)}")
        return EXIT_REFUSED
    if isinstance(result, int):
        return result
    preview, affiliations = result
    _show(args, preview, affiliations)
    return EXIT_OK


def _show(args: argparse.Namespace, preview: IntakePreview, affiliations: list[str]) -> None:
    """What the intake holds, label and value, in the command's language (values as documents print them)."""
    from trustdesk.cli.words import aligned, shown_path, spoken_language, translate, when_text
    from trustdesk.documents.labels import Labels

    words = Labels(spoken_language())
    form = preview.form
    rows: list[tuple[str, object]] = [
        (translate("cli", "intake id"), preview.intake_id),
        (translate("cli", "made on"), translate("cli", "{made}, valid until {until}").format(
            made=_made(preview.created), until=when_text(preview.expires))),
        (translate("cli", "signed by"), f"{preview.sender.name} ({preview.sender.fingerprint})"),
        (translate("cli", "reference"), form.coordinator_ref),
        (translate("cli", "who called"), words.enum(form.initiator)),
        (translate("cli", "language"), words.enum(form.language)),
        (translate("cli", "profession"), words.enum(form.profession)),  # as `coordinator intake --profession` set it
        (translate("cli", "region"), words.enum(form.region) if form.region else "-"),
        (translate("cli", "domains"), ", ".join(words.enum(d) for d in sorted(form.domains)) or "-"),
        (translate("cli", "contact"), ", ".join([words.enum(form.contact_mode), form.contact_when or "-",
                                                  translate("cli", "consent: {answer}").format(
                                                      answer=words.yes_no(form.consent_to_contact))])),
        # The workplace is not a contact detail: it travels without consent, for the conflict-of-interest
        # check, so it is always shown, with the check against this trust person's own affiliations.
        (translate("cli", "workplace"), form.workplace or "-"),
    ]
    if form.workplace.strip():
        from trustdesk.domain.conflicts import overlaps

        found = overlaps(affiliations, [form.workplace])
        if found:
            rows.append((translate("cli", "CONFLICT"), translate(
                "cli", "the workplace “{workplace}” overlaps your affiliation “{affiliation}”: return the case to "
                       "the coordinator if you cannot take it").format(workplace=found[0].workplace,
                                                                        affiliation=found[0].affiliation)))
        elif affiliations:
            rows.append((translate("cli", "conflict"), translate(
                "cli", "none of your affiliations overlaps the workplace")))
        else:
            rows.append((translate("cli", "conflict"), translate(
                "cli", "not checked: no affiliations are set in this vault (Settings)")))
    if args.show_contact and form.consent_to_contact:
        rows.append((translate("cli", "doctor"), f"{form.doctor_name or '-'}, {form.doctor_phone or '-'}, "
                                                 f"{form.doctor_email or '-'}"))
    print("intake-verify: " + translate("cli", "OK {path}").format(path=shown_path(args.file)))
    print("\n".join(aligned(rows)))


def _made(created: object) -> str:
    from datetime import date, datetime

    from trustdesk.cli.words import when_text

    if isinstance(created, date | datetime):
        return when_text(created)
    try:
        return when_text(datetime.fromisoformat(str(created)))
    except ValueError:
        return str(created)


def _refused(exc: ExchangeRejected, path: Path | None = None) -> int:
    from trustdesk.cli.refusals import refusal_sentence
    from trustdesk.cli.words import translate

    sentence = refusal_sentence(exc.reason.value, expected="intake", found=exc.found, path=path)
    refused = translate("cli", "REFUSED")
    print(f"intake-verify: {refused}: {sentence}")  # the reason in words only (no code in a sentence)
    return EXIT_REFUSED


def _open(args: argparse.Namespace, data: bytes, data_dir: Path) -> tuple[IntakePreview, list[str]] | int:
    """The intake opened with the vault in ``data_dir`` (the instance lock held) and this trust person's
    affiliations (for the conflict check), or an exit code."""
    from trustdesk.cli.secret_input import NoSecret, read_secret
    from trustdesk.cli.words import translate, vault_problem
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.intake import open_intake
    from trustdesk.vault import DeviceSecretMissing, Keychain, Vault, VaultError, WrongPassphrase
    from trustdesk.vault.settings import CONFLICT_AFFILIATIONS

    try:
        secret = read_secret(translate("cli", "Passphrase: "), from_stdin=args.passphrase_stdin,
                             option="--passphrase-stdin")
    except NoSecret as exc:
        print(f"intake-verify: {exc}")
        return EXIT_USAGE
    try:
        vault = Vault.unlock(data_dir, secret, keychain=Keychain())
    except (DeviceSecretMissing, WrongPassphrase):
        print("intake-verify: " + translate("cli", "the passphrase does not open the vault in {folder} on this "
                                                   "computer.").format(folder=data_dir))
        return EXIT_REFUSED
    except VaultError as exc:
        print(f"intake-verify: {vault_problem(data_dir, exc)}")
        return EXIT_REFUSED
    try:
        preview = open_intake(vault, data)
        return preview, [str(v) for v in vault.settings.value(CONFLICT_AFFILIATIONS) if str(v).strip()]
    except ExchangeRejected as exc:
        return _refused(exc)
    finally:
        vault.lock()
