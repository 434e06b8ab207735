"""``trustdesk coordinator``: the coordinator's keys, the trust persons' cards and intakes (headless).

    python -m trustdesk coordinator init DESK --name NAME [--passphrase-stdin]
    python -m trustdesk coordinator card DESK [--out FILE]          (the card to put in packs; no passphrase)
    python -m trustdesk coordinator add-card DESK CARD.tdcard [--fingerprint "DIGITS READ BY PHONE"] [--same-name-ok]
    python -m trustdesk coordinator cards DESK
    python -m trustdesk coordinator intake DESK --to WHO --ref REF --initiator doctor|colleague|family|other
            --language nl|fr|en|de [--region PROVINCE] [--domain D ...] [--profession P]
            [--contact-mode phone|video|in_person|written] [--when TEXT] [--workplace TEXT]
            [--consent [--name N] [--phone P] [--email E] | --consent --contact-stdin]
            [--valid-days 30] --out FILE.tdintake

DESK is the coordinator's folder (exchange/coordinator.py); its private keys are encrypted with the
desk passphrase (asked with getpass, or one line on stdin).  WHO is a trust person's exact card
name, fingerprint digits, or the first 8+ hex digits of the key id.  Contact details are accepted
only with --consent.  --region, --domain, --initiator, --language, --profession and --contact-mode
read a value's key or any name TrustDesk shows for it, in Dutch, French or English
(packs/care_vocabulary.py).  Every message and --help text is said in the command's language.
Exit codes: one table for every subcommand (cli/exits.py ``CONTRACT``, listed by each --help).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.refusals import refusal_sentence
from trustdesk.cli.secret_input import NoSecret, missing_input, read_secret
from trustdesk.cli.words import aligned, shown_path, translate

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.keys import ContactCard


def passphrase(from_stdin: bool, *, confirm: bool = False) -> str:
    """The desk passphrase (NoSecret without a terminal and without --passphrase-stdin)."""
    text = read_secret(translate("cli", "Desk passphrase: "), from_stdin=from_stdin, option="--passphrase-stdin")
    if confirm and not from_stdin and read_secret(translate("cli", "Same passphrase again: "), from_stdin=False,
                                                  option="--passphrase-stdin") != text:
        raise exits.BadInput(translate("cli", "the two passphrases differ."))
    return text


def located(folder: Path) -> Path:
    """The desk FOLDER stands for: itself, or its ``desk`` folder made by the app's first run with
    ``--data-dir FOLDER`` (one rule with the app: exchange/desk_place.py)."""
    from trustdesk.exchange.desk_place import desk_place

    return desk_place(folder, new_in_subfolder=False)


def desk_inputs(folder: Path) -> list[tuple[str, Path, bool]]:
    """What an existing desk needs on disk, for ``missing_input``: the folder, and in it the key file and
    the card (a folder without them is "no coordinator desk", said before the passphrase is asked)."""
    from trustdesk.exchange.coordinator import CARD_FILE, IDENTITY_FILE, SEALED_IDENTITY_FILE

    folder = located(folder)
    if not folder.is_dir():
        return [("desk folder", folder, True)]
    key_file = folder / (IDENTITY_FILE if (folder / IDENTITY_FILE).exists() else SEALED_IDENTITY_FILE)  # the older form, or ours
    return [("coordinator desk key file", key_file, False),
            ("coordinator desk card", folder / CARD_FILE, False)]


def _inputs(args: argparse.Namespace) -> list[tuple[str, Path, bool]]:
    """Every file or folder the command reads (``init`` makes its folder: none; ``card`` reads only the card)."""
    if args.command == "init":
        return []
    folder = located(Path(args.desk))
    needed = desk_inputs(folder)
    if args.command == "card" and folder.is_dir():
        needed = needed[-1:]
    if args.command == "add-card":
        needed.append(("trust person's card", Path(args.card), False))
    return needed


def desk_sentence(exc: Exception, folder: Path) -> str:
    """Why the desk in ``folder`` did not open or do what was asked, in the command's language (the
    exchange layer's ``DeskError`` holds a ``trustdesk.detail.Detail``: English for logs, said here)."""
    from trustdesk.detail import said_in
    from trustdesk.exchange.coordinator import DeskBusy

    text = str(exc)
    detail = exc.args[0] if exc.args and isinstance(exc.args[0], str) else text
    where = shown_path(folder)
    if isinstance(exc, DeskBusy):
        return said_in(detail, translate)
    if "wrong passphrase" in text:
        return translate("cli", "the passphrase does not open the coordinator desk in {folder}.").format(folder=where)
    if "holds a coordinator identity already" in text:
        return translate("cli", "{folder} holds a coordinator desk already; it is never overwritten.").format(
            folder=where)
    if text.startswith("no coordinator desk"):
        return translate("cli", "there is no coordinator desk in {folder}.").format(folder=where)
    if "needs at least" in text:
        return translate("cli", "the desk passphrase is too short.")
    return translate("cli", "the coordinator desk in {folder} is damaged or incomplete; nothing was changed ({detail})."
                     ).format(folder=where, detail=said_in(detail, translate))


def open_desk(folder: Path, from_stdin: bool) -> CoordinatorDesk:
    from trustdesk.exchange.coordinator import CoordinatorDesk, DeskError

    folder = located(folder)
    secret = passphrase(from_stdin)
    try:
        return CoordinatorDesk.open(folder, secret)
    except DeskError as exc:
        raise exits.Refused(desk_sentence(exc, folder)) from None


def _init(args: argparse.Namespace) -> int:
    from trustdesk.domain.passphrase_strength import desk_passphrase_problem
    from trustdesk.exchange.coordinator import (
        ALREADY_A_DESK,
        CARD_FILE,
        MIN_PASSPHRASE,
        CoordinatorDesk,
        DeskError,
    )
    from trustdesk.exchange.desk_place import existing_desk

    made = existing_desk(Path(args.desk))  # a desk the app made in DESK/desk counts: never a second key pair
    if made is not None:
        raise exits.Refused(desk_sentence(DeskError(ALREADY_A_DESK.format(folder=made)), made))
    secret = passphrase(args.passphrase_stdin, confirm=True)
    if desk_passphrase_problem(secret, MIN_PASSPHRASE):  # the rule of the desk's set-up window
        raise exits.BadInput(
            translate("cli", "the desk passphrase needs at least %n character(s).", "", MIN_PASSPHRASE)
            if len(secret) < MIN_PASSPHRASE else
            translate("cli", "the desk passphrase is too easy to guess (a repeated character, a common word or a "
                             "known pattern); use a few unrelated words."))
    folder = Path(args.desk)
    try:
        desk = CoordinatorDesk.init(folder, args.name, secret)
    except DeskError as exc:
        raise exits.Refused(desk_sentence(exc, folder)) from None
    print(translate("cli", "coordinator desk made in {folder}").format(folder=shown_path(folder)))
    print("\n".join(aligned([
        (translate("cli", "card"), translate("cli", "{path} (put it in every pack)").format(
            path=shown_path(folder / CARD_FILE))),
        (translate("cli", "fingerprint"), desk.card.fingerprint)])))
    return exits.OK


def _card(args: argparse.Namespace) -> int:
    from trustdesk.exchange.coordinator import CARD_FILE
    from trustdesk.exchange.keys import parse_card

    data = (located(Path(args.desk)) / CARD_FILE).read_bytes()
    card = parse_card(data)
    print(card.name)
    print("\n".join(aligned([(translate("cli", "fingerprint"), card.fingerprint),
                              (translate("cli", "key id"), card.key_id)])))
    if args.out:
        from trustdesk.vault.files import atomic_write_bytes

        atomic_write_bytes(Path(args.out), data, mode=0o644)  # a public key card
        print(translate("cli", "card written: {path}").format(path=shown_path(Path(args.out))))
    return exits.OK


def _add_card(args: argparse.Namespace) -> int:
    from trustdesk.cli.words import translate
    from trustdesk.exchange.errors import ExchangeRejected, Refusal
    from trustdesk.exchange.keys import FINGERPRINT_GROUPS, GROUP_DIGITS, FingerprintMalformed, heard_digits

    found = _kind_of(Path(args.card))  # another kind of file (the coordinator's own card…): said before anything is asked
    if found:
        raise ExchangeRejected(Refusal.NOT_THIS_KIND, "not a trust person's card", found=found)
    if args.fingerprint is None:  # the digits are read out by phone while this runs: asked on the terminal
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise exits.BadInput(translate("cli", "give the digits the trust person reads out by phone with "
                                                  "--fingerprint \"40218 77310 …\" (standard input is not a "
                                                  "terminal to ask them on)."))
        args.fingerprint = input(translate("cli", "Fingerprint the trust person reads out by phone: "))
    try:  # a typo is a usage error, said before the passphrase is asked
        heard_digits(args.fingerprint)
    except FingerprintMalformed:
        raise exits.BadInput(translate("cli", "a fingerprint is 6 groups of 5 digits, as the trust person reads it "
                                              "out (\"40218 77310 …\"); “{given}” is not one.").format(
            given=args.fingerprint)) from None
    assert (FINGERPRINT_GROUPS, GROUP_DIGITS) == (6, 5), "the sentence above says the format"
    from trustdesk.exchange.coordinator import SameName

    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    held_before = set(desk.cards())
    try:
        card = desk.add_card(Path(args.card).read_bytes(), args.fingerprint, same_name_ok=args.same_name_ok)
    except SameName as exc:  # two trust persons one could not tell apart by name: only when asked
        held = "; ".join(f"{c.name} ({c.fingerprint})" for c in exc.cards)
        raise exits.Refused(translate(
            "cli", "WARNING: a card named {name} ({fingerprint}) is held already under the same name: {held}. "
                   "The card was not added. If this is another trust person with the same name, add it again "
                   "with --same-name-ok; every list and merge then tells them apart by fingerprint.").format(
            name=exc.card.name, fingerprint=exc.card.fingerprint, held=held)) from None
    if card.key_id in held_before:  # the same card again: said, not "added" a second time
        print(translate("cli", "this card was held already: {name} ({fingerprint}); nothing changed.").format(
            name=card.name, fingerprint=card.fingerprint))
        return exits.OK
    print(translate("cli", "card added: {name} ({fingerprint})").format(name=card.name, fingerprint=card.fingerprint))
    return exits.OK


def _cards(args: argparse.Namespace) -> int:
    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    cards = sorted(desk.cards().values(), key=lambda c: c.name)
    for card in cards:
        print(f"{card.key_id[:16]}  {card.fingerprint}  {card.name}")
    if not cards:
        print(translate("cli", "no trust person's card yet (add one with add-card)"))
    return exits.OK


def _recipient(desk: CoordinatorDesk, who: str) -> ContactCard:
    """The trust person's card for --to; when none or several match, the error lists the known cards."""
    from trustdesk.exchange.coordinator import CardsMatch

    try:
        return desk.find_card(who)
    except CardsMatch as exc:
        if exc.matches:  # several: which ones, and how to tell them apart
            raise exits.Refused(translate("cli", "several trust persons' cards match “{who}”: {cards}; give more of "
                                                 "the fingerprint.").format(
                who=who, cards="; ".join(f"{c.name} ({c.fingerprint})" for c in exc.matches))) from None
        cards = sorted(desk.cards().values(), key=lambda c: c.name)
        known = "; ".join(f"{c.name} ({c.fingerprint})" for c in cards) or translate(
            "cli", "none yet (add one with add-card)")
        raise exits.Refused(translate("cli", "no trust person's card matches “{who}” (give the name, the "
                                             "fingerprint, its first two groups or 8+ characters of the key id); "
                                             "known cards: {known}.").format(who=who, known=known)) from None


def _intake(args: argparse.Namespace) -> int:
    from trustdesk.cli.exits import check_output
    from trustdesk.cli.vocabulary_words import read_value
    from trustdesk.exchange.intake import MAX_VALID_DAYS, IntakeForm, make_intake
    from trustdesk.packs import care_vocabulary as vocabulary
    from trustdesk.vault.files import atomic_write_bytes

    out = Path(args.out)
    if out.exists():
        raise exits.BadInput(translate("cli", "{path} exists already; it is never overwritten.").format(
            path=shown_path(out)))
    check_output(out)  # a missing folder is named, never made (one rule for every --out)
    if not 1 <= args.valid_days <= MAX_VALID_DAYS:  # said with the value given, in the command's language
        raise exits.BadInput(translate("cli", "--valid-days {given}: the number of days an intake stays valid goes from 1 to {most}.").format(
            given=args.valid_days, most=MAX_VALID_DAYS))
    initiator = read_value(vocabulary.initiator, args.initiator, "--initiator")
    language = read_value(vocabulary.language, args.language, "--language")
    region = read_value(vocabulary.province, args.region, "--region") if args.region else None
    domains = frozenset(read_value(vocabulary.knowledge_domain, d, "--domain") for d in args.domain)
    profession = read_value(vocabulary.profession, args.profession, "--profession")
    contact_mode = read_value(vocabulary.contact_mode, args.contact_mode, "--contact-mode")
    desk = open_desk(Path(args.desk), args.passphrase_stdin)  # first line of stdin: the passphrase
    name, phone, email = args.name, args.phone, args.email
    if args.contact_stdin:  # next line: {"name": ..., "phone": ..., "email": ...}, kept out of shell history
        try:
            details = json.loads((sys.stdin.readline() if sys.stdin is not None else "") or "{}")
        except ValueError:
            details = None
        if not isinstance(details, dict) or set(details) - {"name", "phone", "email"} or not all(
                isinstance(v, str) for v in details.values()):
            raise exits.BadInput(translate("cli", '--contact-stdin expects one line {"name": …, "phone": …, '
                                                  '"email": …}.'))
        name, phone, email = details.get("name", ""), details.get("phone", ""), details.get("email", "")
    form = IntakeForm(coordinator_ref=args.ref, contact_when=args.when, consent_to_contact=args.consent,
                      doctor_name=name, doctor_phone=phone, doctor_email=email, workplace=args.workplace,
                      initiator=initiator, language=language, region=region, domains=domains, profession=profession,
                      contact_mode=contact_mode)
    if form.problems():
        raise exits.BadInput(translate("cli", "the intake cannot be made: {problems}.").format(
            problems="; ".join(_problem(name) for name in dict.fromkeys(form.problems()))))
    recipient = _recipient(desk, args.to)
    data, intake_id = make_intake(form, desk.identity, recipient, valid_days=args.valid_days)
    atomic_write_bytes(out, data)
    desk.audit_intake_sent(intake_id, recipient)
    print(translate("cli", "intake written: {path} for {name} ({fingerprint}); id {id}").format(
        path=shown_path(out), name=recipient.name, fingerprint=recipient.fingerprint, id=intake_id))
    return exits.OK


def _problem(field: str) -> str:
    from trustdesk.exchange.intake import LIMITS

    return {
        "coordinator_ref": translate("cli", "the coordinator reference (--ref) is empty or longer than 40 characters"),
        "initiator": translate("cli", "who called (--initiator) cannot be the coordinator"),
        "consent_to_contact": translate("cli", "contact details (name, phone, e-mail) were given without the "
                                               "doctor's consent (contact details need --consent)"),
    }.get(field) or translate("cli", "{field} is longer than %n character(s) or holds a control character", "",
                              LIMITS.get(field, 0)).format(field=field)


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="trustdesk coordinator", contract="coordinator", description=translate(
        "cli", "The coordinator's desk: its keys and card, the trust persons' cards, intakes. DESK is the "
               "coordinator's folder; its private keys are encrypted with the desk passphrase."))
    sub = parser.add_subparsers(dest="command", required=True, title=translate("cli", "subcommands"),
                                metavar="{init,card,add-card,cards,intake}")
    said = {
        "init": translate("cli", "make the coordinator's key pair and card in a new desk folder"),
        "card": translate("cli", "show (and copy) the coordinator's card: no passphrase needed"),
        "add-card": translate("cli", "add a trust person's card, once its fingerprint was compared by phone"),
        "cards": translate("cli", "list the trust persons' cards"),
        "intake": translate("cli", "make a .tdintake file for a trust person"),
    }
    made = {name: sub.add_parser(name, help=text, description=text, contract=f"coordinator {name}")
            for name, text in said.items()}
    desk_help = translate("cli", "the coordinator's desk folder")
    for command in made.values():
        command.add_argument("desk", metavar="DESK", help=desk_help)
    init, card, add, cards, intake = (made[n] for n in said)
    init.add_argument("--name", required=True, help=translate("cli", "the coordinator's name on the card"))
    card.add_argument("--out", metavar="FILE", help=translate("cli", "also copy the card to this file"))
    add.add_argument("card", metavar="CARD.tdcard", help=translate("cli", "the trust person's card"))
    add.add_argument("--fingerprint", help=translate(
        "cli", "the digits the trust person read out by phone (not given: asked on the terminal)"))
    add.add_argument("--same-name-ok", action="store_true", help=translate(
        "cli", "add the card although a card held already has the same name (another trust person)"))
    _intake_options(intake)
    for command in (init, add, cards, intake):
        command.add_argument("--passphrase-stdin", action="store_true", help=translate(
            "cli", "read the desk passphrase as one line from standard input"))
    return parser


def _intake_options(intake: argparse.ArgumentParser) -> None:
    names = translate("cli", "a key or a name TrustDesk shows, in Dutch, French or English")
    intake.add_argument("--to", required=True, metavar="WHO", help=translate(
        "cli", "the trust person: the card's exact name, its fingerprint, or 8+ characters of its key id"))
    intake.add_argument("--ref", required=True, help=translate("cli", "the coordinator's reference"))
    intake.add_argument("--initiator", required=True, metavar="WHO_CALLED", help=translate(
        "cli", "who called: doctor, colleague, family, other ({names})").format(names=names))
    intake.add_argument("--language", required=True, metavar="LANGUAGE", help=translate(
        "cli", "the doctor's language: nl, fr, en, de ({names})").format(names=names))
    intake.add_argument("--region", default="", metavar="PROVINCE", help=translate(
        "cli", "the province ({names})").format(names=names))
    intake.add_argument("--domain", action="append", default=[], metavar="DOMAIN", help=translate(
        "cli", "a knowledge domain ({names}); repeat for several").format(names=names))
    intake.add_argument("--profession", default="physician", help=translate(
        "cli", "physician, physician_in_training or student ({names})").format(names=names))
    intake.add_argument("--contact-mode", default="phone", metavar="MODE", help=translate(
        "cli", "phone, video, in_person or written ({names})").format(names=names))
    intake.add_argument("--when", default="", help=translate("cli", "when the doctor wishes to be contacted"))
    intake.add_argument("--workplace", default="", help=translate(
        "cli", "the doctor's workplace: the trust person's TrustDesk checks it against their own affiliations "
               "(conflict of interest)"))
    intake.add_argument("--consent", action="store_true", help=translate(
        "cli", "the doctor explicitly agreed to be contacted"))
    intake.add_argument("--name", default="", help=translate("cli", "the doctor's name (only with --consent)"))
    intake.add_argument("--phone", default="", help=translate("cli", "the doctor's phone (only with --consent)"))
    intake.add_argument("--email", default="", help=translate("cli", "the doctor's e-mail (only with --consent)"))
    intake.add_argument("--contact-stdin", action="store_true", help=translate(
        "cli", 'read the contact details as one JSON line {"name", "phone", "email"} from standard input (after '
               "the passphrase): never in the shell's history"))
    intake.add_argument("--valid-days", type=int, default=30, metavar="DAYS", help=translate(
        "cli", "how many days the intake can be opened (default: 30)"))
    intake.add_argument("--out", required=True, metavar="FILE.tdintake", help=translate(
        "cli", "the intake file to write"))


def _kind_of(path: Path) -> str | None:
    """The kind of TrustDesk file ``path`` is when it is no trust person's card (the coordinator's own card
    is another kind: ``FileKind.COORDINATOR_CARD``)."""
    from trustdesk.exchange.file_kinds import FileKind
    from trustdesk.exchange.keys import recognise
    from trustdesk.vault.files import read_outside_prefix

    try:
        found = recognise(read_outside_prefix(path, 64 * 1024))
    except OSError:
        return None
    return None if found in (None, FileKind.CARD) else str(found.value)


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import said
    from trustdesk.exchange.coordinator import DeskError
    from trustdesk.exchange.errors import ExchangeRejected

    args = _parser().parse_args(list(argv))
    run = {"init": _init, "card": _card, "add-card": _add_card, "cards": _cards, "intake": _intake}[args.command]
    missing = missing_input(*_inputs(args))  # every missing input at once, before the passphrase is asked
    if missing:
        print(f"coordinator: {missing}", file=sys.stderr)
        return exits.MISSING
    try:
        return run(args)
    except ExchangeRejected as exc:
        card = Path(args.card) if args.command == "add-card" else None
        found = exc.found or (_kind_of(card) if card is not None else None)
        reason = "not_this_kind" if found else exc.reason.value
        sentence = refusal_sentence(reason, expected="card", found=found, path=card, desk=located(Path(args.desk)))
        print(f"coordinator: {sentence}", file=sys.stderr)
        return exits.REFUSED
    except DeskError as exc:
        print(f"coordinator: {desk_sentence(exc, Path(args.desk))}", file=sys.stderr)
        return exits.REFUSED
    except (exits.CommandFailed, NoSecret, ValueError, OSError) as exc:
        print(f"coordinator: {said(exc)}", file=sys.stderr)
        return exits.code_for(exc)
