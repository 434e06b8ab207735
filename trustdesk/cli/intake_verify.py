"""``trustdesk intake-verify FILE``: check a ``.tdintake`` file with the trust person's vault, headless.

    python -m trustdesk intake-verify FILE [--data-dir DIR] [--passphrase-stdin] [--show-contact]

Opens the vault (its usual ``unlock`` audit entry is the only write), opens the file with this
installation's key and the coordinator's confirmed card, and says what it holds, the doctor's
workplace with the conflict-of-interest check against the vault's affiliations included; it imports
nothing.  Contact details are printed only with ``--show-contact``.

Exit codes (the same for every command, cli/exits.py): 0 sound and not yet imported; 1 refused (the
reason is printed as one word: wrong_recipient, tampered, replayed, expired, truncated, too_large,
unknown_sender, malformed, no_key, unconfirmed, …), a wrong passphrase, a missing keychain secret or a
vault that cannot be opened, or TrustDesk open on this vault (the command takes the app's
instance lock); a file of another kind is named ("this is a handover file (.tdhandover), …") before
any passphrase is asked; 2 bad usage or no passphrase given; 3 no such file, no vault folder or no
vault in it (every missing one is named).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.cli import exits, plain
from trustdesk.cli.parser import CommandParser

if TYPE_CHECKING:
    from trustdesk.exchange.errors import ExchangeRejected
    from trustdesk.exchange.intake import IntakePreview

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_MISSING = exits.OK, exits.REFUSED, exits.USAGE, exits.MISSING


def main(argv: Sequence[str] = ()) -> int:
    parser = CommandParser(prog="trustdesk intake-verify", description=plain(__doc__),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--data-dir", type=Path, default=None, help="the vault's folder (default: the app's)")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from stdin")
    parser.add_argument("--show-contact", action="store_true", help="also print the doctor's contact details")
    args = parser.parse_args(list(argv))

    from trustdesk.cli.instance import InstanceBusy, busy_sentence, instance_lock
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.cli.words import cannot_read, default_data_dir, translate
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
    form = preview.form
    print(f"intake-verify: OK {args.file.name}")
    print(f"  intake id   {preview.intake_id}")
    print(f"  made on     {preview.created}, valid until {preview.expires.isoformat()}")
    print(f"  signed by   {preview.sender.name} ({preview.sender.fingerprint})")
    print(f"  reference   {form.coordinator_ref}")
    print(f"  who called  {form.initiator.value}; language {form.language.value}; "
          f"region {form.region.value if form.region else '-'}")
    print(f"  domains     {', '.join(sorted(d.value for d in form.domains)) or '-'}")
    print(f"  contact     {form.contact_mode.value}; {form.contact_when or '-'}; "
          f"consent {'yes' if form.consent_to_contact else 'no'}")
    # The workplace is not a contact detail: it travels without consent, for the conflict-of-interest
    # check, so it is always shown, with the check against this trust person's own affiliations.
    print(f"  workplace   {form.workplace or '-'}")
    if form.workplace.strip():
        from trustdesk.domain.conflicts import overlaps

        found = overlaps(affiliations, [form.workplace])
        if found:
            print(f"  CONFLICT    the workplace {found[0].workplace!r} overlaps your affiliation "
                  f"{found[0].affiliation!r}: return the case to the coordinator if you cannot take it")
        elif affiliations:
            print("  conflict    none of your affiliations overlaps the workplace")
        else:
            print("  conflict    not checked: no affiliations are set in this vault (Settings)")
    if args.show_contact and form.consent_to_contact:
        print(f"  doctor      {form.doctor_name or '-'}; {form.doctor_phone or '-'}; {form.doctor_email or '-'}")
    return EXIT_OK


def _refused(exc: ExchangeRejected, path: Path | None = None) -> int:
    from trustdesk.cli.refusals import refusal_sentence
    from trustdesk.cli.words import translate

    sentence = refusal_sentence(exc.reason.value, expected="intake", found=exc.found, path=path)
    refused = translate("cli", "REFUSED")
    print(f"intake-verify: {refused} ({exc.reason.value}): {sentence}")
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
