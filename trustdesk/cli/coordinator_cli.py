"""``trustdesk coordinator``: the coordinator's keys, the trust persons' cards and intakes (headless).

    python -m trustdesk coordinator init DESK --name NAME [--passphrase-stdin]
    python -m trustdesk coordinator card DESK [--out FILE]          (the card to put in packs; no passphrase)
    python -m trustdesk coordinator add-card DESK CARD.tdcard --fingerprint "DIGITS READ BY PHONE"
    python -m trustdesk coordinator cards DESK
    python -m trustdesk coordinator intake DESK --to WHO --ref REF --initiator doctor|colleague|family|other
            --language nl|fr|en|de [--region PROVINCE] [--domain D ...] [--profession P]
            [--contact-mode phone|video|in_person|written] [--when TEXT] [--workplace TEXT]
            [--consent [--name N] [--phone P] [--email E] | --consent --contact-stdin]
            [--valid-days 30] --out FILE.tdintake

DESK is the coordinator's folder (exchange/coordinator.py); its private keys are encrypted with the
desk passphrase (asked with getpass, or one line on stdin).  WHO is a trust person's exact card
name, fingerprint digits, or the first 8+ hex digits of the key id.  Contact details are accepted
only with --consent.  Exit codes (the same for every command, cli/exits.py): 0 done; 1 refused or failed
(a wrong desk passphrase, a refused card or file); 2 bad usage or malformed input (no passphrase given,
an invalid value); 3 a desk folder or card file that is not there or cannot be read (every one named at
once, before the passphrase is asked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from trustdesk.cli import exits, plain
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.refusals import refusal_sentence
from trustdesk.cli.secret_input import NoSecret, missing_input, read_secret

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.keys import ContactCard

_E = TypeVar("_E", bound=StrEnum)


def passphrase(from_stdin: bool, *, confirm: bool = False) -> str:
    """The desk passphrase (NoSecret without a terminal and without --passphrase-stdin)."""
    text = read_secret("Desk passphrase: ", from_stdin=from_stdin, option="--passphrase-stdin")
    if confirm and not from_stdin and read_secret("Same passphrase again: ", from_stdin=False,
                                                  option="--passphrase-stdin") != text:
        raise ValueError("the two passphrases differ")
    return text


def desk_inputs(folder: Path) -> list[tuple[str, Path, bool]]:
    """What an existing desk needs on disk, for ``missing_input``: the folder, and in it the key file and
    the card (a folder without them is "no coordinator desk", said before the passphrase is asked)."""
    from trustdesk.exchange.coordinator import CARD_FILE, IDENTITY_FILE, SEALED_IDENTITY_FILE

    if not folder.is_dir():
        return [("desk folder", folder, True)]
    key_file = folder / (IDENTITY_FILE if (folder / IDENTITY_FILE).exists() else SEALED_IDENTITY_FILE)  # the older form, or ours
    return [("coordinator desk key file", key_file, False),
            ("coordinator desk card", folder / CARD_FILE, False)]


def _inputs(args: argparse.Namespace) -> list[tuple[str, Path, bool]]:
    """Every file or folder the command reads (``init`` makes its folder: none; ``card`` reads only the card)."""
    if args.command == "init":
        return []
    folder = Path(args.desk)
    needed = desk_inputs(folder)
    if args.command == "card" and folder.is_dir():
        needed = needed[-1:]
    if args.command == "add-card":
        needed.append(("trust person's card", Path(args.card), False))
    return needed


def open_desk(folder: Path, from_stdin: bool) -> CoordinatorDesk:
    from trustdesk.exchange.coordinator import CoordinatorDesk

    return CoordinatorDesk.open(folder, passphrase(from_stdin))


def _init(args: argparse.Namespace) -> int:
    from trustdesk.domain.passphrase_strength import desk_passphrase_problem
    from trustdesk.exchange.coordinator import MIN_PASSPHRASE, CoordinatorDesk

    secret = passphrase(args.passphrase_stdin, confirm=True)
    problem = desk_passphrase_problem(secret, MIN_PASSPHRASE)  # the rule of the desk's set-up window
    if problem:
        raise ValueError(problem)
    desk = CoordinatorDesk.init(Path(args.desk), args.name, secret)
    print(f"coordinator desk made in {args.desk}")
    print(f"  card         {Path(args.desk) / 'coordinator.tdcard'} (put it in every pack)")
    print(f"  fingerprint  {desk.card.fingerprint}")
    return exits.OK


def _card(args: argparse.Namespace) -> int:
    from trustdesk.exchange.coordinator import CARD_FILE
    from trustdesk.exchange.keys import parse_card

    data = (Path(args.desk) / CARD_FILE).read_bytes()
    card = parse_card(data)
    if args.out:
        from trustdesk.vault.files import atomic_write_bytes

        atomic_write_bytes(Path(args.out), data, mode=0o644)  # a public key card
    print(f"{card.name}\n  fingerprint  {card.fingerprint}\n  key id       {card.key_id}")
    return exits.OK


def _add_card(args: argparse.Namespace) -> int:
    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    card = desk.add_card(Path(args.card).read_bytes(), args.fingerprint)
    print(f"card added: {card.name} ({card.fingerprint})")
    return exits.OK


def _cards(args: argparse.Namespace) -> int:
    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    for card in sorted(desk.cards().values(), key=lambda c: c.name):
        print(f"{card.key_id[:16]}  {card.fingerprint}  {card.name}")
    return exits.OK


def _choice(kind: type[_E], text: str) -> _E:
    """A value of a small fixed list; the error lists them (never a Python class name)."""
    try:
        return kind(text.strip().lower())
    except ValueError:
        raise ValueError(f"'{text}' is not allowed here; allowed: {', '.join(e.value for e in kind)}") from None


def _recipient(desk: CoordinatorDesk, who: str) -> ContactCard:
    """The trust person's card for --to; when none or several match, the error lists the known cards."""
    from trustdesk.exchange.coordinator import DeskError

    try:
        return desk.find_card(who)
    except DeskError:
        cards = sorted(desk.cards().values(), key=lambda c: c.name)
        known = "; ".join(f"{c.name} ({c.fingerprint})" for c in cards) or "none yet (add one with add-card)"
        raise DeskError(f"no single trust person's card matches {who!r} (give the name, the fingerprint or "
                        f"8+ characters of the key id); known cards: {known}") from None


def _intake(args: argparse.Namespace) -> int:
    from trustdesk.domain.enums import ContactMode, Initiator, Language, Profession
    from trustdesk.exchange.intake import IntakeForm, make_intake
    from trustdesk.packs.care_vocabulary import knowledge_domain, province
    from trustdesk.vault.files import atomic_write_bytes

    desk = open_desk(Path(args.desk), args.passphrase_stdin)  # first line of stdin: the passphrase
    name, phone, email = args.name, args.phone, args.email
    if args.contact_stdin:  # next line: {"name": ..., "phone": ..., "email": ...}, kept out of shell history
        details = json.loads((sys.stdin.readline() if sys.stdin is not None else "") or "{}")
        if not isinstance(details, dict) or set(details) - {"name", "phone", "email"} or not all(
                isinstance(v, str) for v in details.values()):
            raise ValueError('--contact-stdin expects one line {"name": …, "phone": …, "email": …}')
        name, phone, email = details.get("name", ""), details.get("phone", ""), details.get("email", "")
    form = IntakeForm(
        coordinator_ref=args.ref, initiator=Initiator(args.initiator), language=Language(args.language),
        region=province(args.region) if args.region else None,
        domains=frozenset(knowledge_domain(d) for d in args.domain), profession=_choice(Profession, args.profession),
        contact_mode=_choice(ContactMode, args.contact_mode), contact_when=args.when, consent_to_contact=args.consent,
        doctor_name=name, doctor_phone=phone, doctor_email=email, workplace=args.workplace)
    if form.problems():
        raise ValueError(f"the intake cannot be made: {'; '.join(form.problem_sentences())}")
    out = Path(args.out)
    if out.exists():
        raise ValueError(f"{out} exists already")
    recipient = _recipient(desk, args.to)
    data, intake_id = make_intake(form, desk.identity, recipient, valid_days=args.valid_days)
    atomic_write_bytes(out, data)
    desk.audit_intake_sent(intake_id, recipient)
    print(f"intake written: {out} for {recipient.name} ({recipient.fingerprint}); id {intake_id}")
    return exits.OK


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="trustdesk coordinator", description=plain(__doc__),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init", help="make the coordinator's key pair and card")
    init.add_argument("desk")
    init.add_argument("--name", required=True)
    card = sub.add_parser("card", help="show (and copy) the coordinator's card")
    card.add_argument("desk")
    card.add_argument("--out")
    add = sub.add_parser("add-card", help="add a trust person's card after comparing its fingerprint")
    add.add_argument("desk")
    add.add_argument("card")
    add.add_argument("--fingerprint", required=True, help="the digits the trust person read out by phone")
    cards = sub.add_parser("cards", help="list the trust persons' cards")
    cards.add_argument("desk")
    intake = sub.add_parser("intake", help="make a .tdintake for a trust person")
    intake.add_argument("desk")
    intake.add_argument("--to", required=True)
    intake.add_argument("--ref", required=True)
    intake.add_argument("--initiator", required=True, choices=["doctor", "colleague", "family", "other"])
    intake.add_argument("--language", required=True, choices=["nl", "fr", "en", "de"])
    intake.add_argument("--region", default="")
    intake.add_argument("--domain", action="append", default=[])
    intake.add_argument("--profession", default="physician")
    intake.add_argument("--contact-mode", default="phone")
    intake.add_argument("--when", default="")
    intake.add_argument("--workplace", default="", help="the doctor's workplace: the trust person's TrustDesk checks "
                        "it against their own affiliations (conflict of interest)")
    intake.add_argument("--consent", action="store_true", help="the doctor explicitly agreed to be contacted")
    intake.add_argument("--name", default="")
    intake.add_argument("--phone", default="")
    intake.add_argument("--email", default="")
    intake.add_argument("--contact-stdin", action="store_true", help='read the contact details as one JSON line '
                        '{"name", "phone", "email"} from stdin (after the passphrase): not in shell history')
    intake.add_argument("--valid-days", type=int, default=30)
    intake.add_argument("--out", required=True)
    for command in (init, add, cards, intake):
        command.add_argument("--passphrase-stdin", action="store_true", help="read the desk passphrase from stdin")
    return parser


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
        print(f"coordinator: {refusal_sentence(exc.reason.value, expected='card', found=exc.found)}",
              file=sys.stderr)
        return exits.REFUSED
    except (DeskError, NoSecret, ValueError, OSError) as exc:
        print(f"coordinator: {said(exc)}", file=sys.stderr)
        return exits.code_for(exc)
