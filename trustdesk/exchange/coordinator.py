"""The coordinator's desk, headless: a folder holding the coordinator's keys, the trust persons'
cards, the release ledger and an audit log.  (The coordinator desk UI can keep the same pieces in
its own vault later; this module is what the CLI uses today.)

    DIR/identity.key          the private keys: JSON, sealed under the desk passphrase by a key slot
                              (Argon2id with fixed parameters stored in the file; ``desk_key``)
    DIR/identity.age          the key file of desks made before (age, scrypt): still opened, and
                              rewritten as identity.key at its first successful open
    DIR/coordinator.tdcard    the coordinator's own card (public: goes into every pack)
    DIR/cards/<id>.tdcard     the trust persons' cards, each added after comparing its fingerprint
    DIR/releases/<YYYY-Qn>.json   quarters already released (frozen: never released again)
    DIR/audit.jsonl           one line per act, SHA-256 chained: keys made, cards added, intakes made
                              (the intake's random id, date, recipient only), merges; mode 0600
    DIR/desk.lock             empty: the write lock (``desk_lock.py``) -- the desk window and the
                              commands may both have the desk open, but write one at a time

No case data is kept here: an intake is written to the file the coordinator chose and only its
random id, date and recipient stay in the audit log -- never its free-text reference (which may
hold a name or a hospital).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from trustdesk.detail import QT_TRANSLATE_NOOP
from trustdesk.exchange import desk_key
from trustdesk.exchange.desk_lock import DeskLock, LockTimeout
from trustdesk.exchange.errors import ExchangeRejected, Refusal
from trustdesk.exchange.keys import (
    CARD_SUFFIX,
    ContactCard,
    Identity,
    Role,
    card_of,
    fingerprint_matches,
    heard_digits,
    parse_card,
)
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import Release
from trustdesk.vault import strict_json
from trustdesk.vault.errors import VaultError
from trustdesk.vault.files import atomic_write_bytes, ensure_private_dir, fsync_dir

SEALED_IDENTITY_FILE = "identity.key"
IDENTITY_FILE = "identity.age"  # the older form (age passphrase): read, then replaced by SEALED_IDENTITY_FILE
CARD_FILE = "coordinator" + CARD_SUFFIX
AUDIT_FILE = "audit.jsonl"
MAX_IDENTITY_BYTES = 16 * 1024
MAX_SCRYPT_LOG_N = 20  # identity.age: rage chose about 1 s of work (17-19); a file asking for more is refused
MIN_PASSPHRASE = 12
_GENESIS = "0" * 64


ALREADY_A_DESK = QT_TRANSLATE_NOOP("DeskDetail", "{folder} holds a coordinator identity already; it is never overwritten")
_NO_DESK = QT_TRANSLATE_NOOP("DeskDetail", "no coordinator desk in {folder}")


class DeskError(VaultError):
    """The desk cannot be opened or used (wrong passphrase, missing folder, damaged key file).  (A
    VaultError: a failure to tell the user about, not a bug.)"""


class DeskBusy(DeskError):
    """Another program (the desk window, a command) kept the desk's write lock for the whole wait;
    nothing was changed."""

    def __init__(self, folder: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "DeskDetail", "the coordinator desk in {folder} is busy: another program (the desk window or another "
                          "command) is writing to it. Try again in a moment; nothing was changed.").format(folder=folder))


SHORT_DIGITS = 10  # the short fingerprint's digits (keys.short_fingerprint: two groups of five)


class CardsMatch(DeskError):
    """No card, or more than one, answers to what was given (``matches``: those that do)."""

    def __init__(self, who: str, matches: list[ContactCard]) -> None:
        super().__init__(f"{len(matches)} cards match {who!r}")
        self.matches = matches


class SameName(DeskError):
    """A card whose name reads as the name of a card held already (``text_forms.skeleton``: case,
    accents, spaces and look-alike letters aside): added only when the coordinator says so
    (``same_name_ok``), since the two could not be told apart by name.  ``cards``: those held."""

    def __init__(self, card: ContactCard, cards: list[ContactCard]) -> None:
        held = "; ".join(f"{c.name} ({c.fingerprint})" for c in cards)
        super().__init__(f"a card named {card.name!r} ({card.fingerprint}) reads as the name of a card held "
                         f"already: {held}")
        self.card = card
        self.cards = cards


def digits_only(fingerprint: str) -> str:
    return "".join(c for c in fingerprint if c.isdigit())


def _owner_only(path: str, flags: int) -> int:
    """An ``open`` opener: the file is created 0600 whatever the umask, and an older 0644 one narrowed."""
    fd = os.open(path, flags, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


@dataclass
class CoordinatorDesk:
    folder: Path
    identity: Identity
    card: ContactCard
    _lock: DeskLock = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._lock = DeskLock(self.folder)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the desk's write lock for the block (re-entrant): DeskBusy when another process keeps it."""
        try:
            with self._lock.held():
                yield
        except LockTimeout:
            raise DeskBusy(self.folder) from None

    # -- set-up ----------------------------------------------------------------------------------

    @classmethod
    def init(cls, folder: Path, name: str, passphrase: str) -> CoordinatorDesk:
        folder = Path(folder)
        if (folder / SEALED_IDENTITY_FILE).exists() or (folder / IDENTITY_FILE).exists():
            raise DeskError(ALREADY_A_DESK.format(folder=folder))
        if len(passphrase) < MIN_PASSPHRASE:
            raise DeskError(QT_TRANSLATE_NOOP(
                "DeskDetail", "the desk passphrase needs at least {limit} characters").format(limit=MIN_PASSPHRASE))
        ensure_private_dir(folder)
        identity = Identity.generate()
        card = identity.card(name, Role.COORDINATOR)
        sealed = desk_key.seal(json.dumps(identity.to_json()).encode("ascii"), card.key_id, passphrase)
        desk = cls(folder, identity, card)
        with desk.writing():  # two set-ups of one folder at once: the second finds the first's key file
            if (folder / SEALED_IDENTITY_FILE).exists() or (folder / IDENTITY_FILE).exists():
                raise DeskError(ALREADY_A_DESK.format(folder=folder))
            atomic_write_bytes(folder / SEALED_IDENTITY_FILE, sealed)
            atomic_write_bytes(folder / CARD_FILE, card.to_bytes())
            desk.audit("desk_created", f"key {card.key_id[:16]}")
        return desk

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> CoordinatorDesk:
        """Open with the desk passphrase: ``identity.key`` (fixed Argon2id parameters from the file, bounded
        before any derivation: the same work on any machine, busy or not), else an older ``identity.age``,
        which is then rewritten as ``identity.key`` (the old file goes only once the new one opens)."""
        folder = Path(folder)
        try:
            card = parse_card((folder / CARD_FILE).read_bytes())
        except OSError as exc:
            raise DeskError(_NO_DESK.format(folder=folder)) from exc
        except ExchangeRejected as exc:
            raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "the desk's own card is damaged")) from exc
        if (folder / SEALED_IDENTITY_FILE).exists():
            identity = _open_key_file(folder / SEALED_IDENTITY_FILE, passphrase)
            legacy = False
        else:
            identity = _open_age_file(folder, passphrase)
            legacy = True
        if identity.key_id != card.key_id:
            raise DeskError(QT_TRANSLATE_NOOP(
                "DeskDetail", "coordinator.tdcard does not belong to the desk's key file"))
        desk = cls(folder, identity, card)
        if legacy:
            desk._migrate_key_file(passphrase)
        elif (folder / IDENTITY_FILE).exists():
            (folder / IDENTITY_FILE).unlink()  # left by a migration stopped after identity.key was written
        return desk

    def _migrate_key_file(self, passphrase: str) -> None:
        """identity.age -> identity.key (atomic write); identity.age is removed only after the new file
        has opened with the passphrase to this very key pair.  A failure leaves identity.age in use."""
        path = self.folder / SEALED_IDENTITY_FILE
        secret = json.dumps(self.identity.to_json()).encode("ascii")
        try:
            with self.writing():
                atomic_write_bytes(path, desk_key.seal(secret, self.card.key_id, passphrase))
                if _open_key_file(path, passphrase).key_id != self.identity.key_id:
                    raise DeskError(QT_TRANSLATE_NOOP(
                        "DeskDetail", "the rewritten key file does not hold the desk's key pair"))
                (self.folder / IDENTITY_FILE).unlink()
                fsync_dir(self.folder)
                self.audit("key_file_rewritten", "identity.age -> identity.key (Argon2id, fixed parameters)")
        except (OSError, DeskError):
            with contextlib.suppress(OSError):
                if (self.folder / IDENTITY_FILE).exists():
                    path.unlink()

    # -- trust persons' cards --------------------------------------------------------------------

    @property
    def cards_dir(self) -> Path:
        return self.folder / "cards"

    def add_card(self, data: bytes, fingerprint_heard: str, *, same_name_ok: bool = False) -> ContactCard:
        """Add a trust person's card once its fingerprint, read out by phone, matches.  Digits that
        cannot be a fingerprint: ``FingerprintMalformed`` (a ValueError: a usage error); other digits
        than the card's: FINGERPRINT_DIFFERS; a card whose self-signature fails: TAMPERED."""
        heard_digits(fingerprint_heard)  # a typo is said before anything about the card
        card = card_of(data, Role.TRUST_PERSON)  # the coordinator's own card: NOT_THIS_KIND, named
        if not fingerprint_matches(card, fingerprint_heard):
            raise ExchangeRejected(Refusal.FINGERPRINT_DIFFERS, "the digits heard are not this card's fingerprint")
        namesakes = self.namesakes(card)
        if namesakes and not same_name_ok:
            raise SameName(card, namesakes)
        with self.writing():
            ensure_private_dir(self.cards_dir)
            atomic_write_bytes(self.cards_dir / f"{card.key_id[:16]}{CARD_SUFFIX}", card.to_bytes())
            self.audit("card_added", f"{card.name}; key {card.key_id[:16]}"
                                     + (f"; same name as key {', '.join(c.key_id[:16] for c in namesakes)}, "
                                        "added as asked" if namesakes else ""))
        return card

    def remove_card(self, key_id: str) -> ContactCard:
        """A trust person's card no longer held (they stopped, or a new card replaces it): their later
        figures are refused and no intake goes to it.  DeskError when the desk holds no such card."""
        card = self.cards().get(key_id)
        if card is None:
            raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "the desk holds no such card"))
        with self.writing():
            (self.cards_dir / f"{card.key_id[:16]}{CARD_SUFFIX}").unlink()
            fsync_dir(self.cards_dir)
            self.audit("card_removed", f"{card.name}; key {card.key_id[:16]}")
        return card

    def namesakes(self, card: ContactCard) -> list[ContactCard]:
        """The cards held (another key) whose name reads as ``card``'s: case, accents, spaces and
        look-alike letters aside (``text_forms.skeleton``)."""
        from trustdesk.domain.text_forms import skeleton

        wanted = skeleton(card.name)
        return sorted((c for c in self.cards().values() if c.key_id != card.key_id and skeleton(c.name) == wanted),
                      key=lambda c: c.key_id)

    def cards(self) -> dict[str, ContactCard]:
        found: dict[str, ContactCard] = {}
        for path in sorted(self.cards_dir.glob(f"*{CARD_SUFFIX}")) if self.cards_dir.exists() else []:
            try:
                card = parse_card(path.read_bytes())
            except (OSError, ExchangeRejected):
                continue
            if card.role is Role.TRUST_PERSON:
                found[card.key_id] = card
        return found

    def find_card(self, who: str) -> ContactCard:
        """A trust person by key id prefix, exact name, or fingerprint digits: the whole fingerprint or its
        start from the short form shown everywhere (``keys.short_fingerprint``: two groups, 10 digits) on."""
        wanted = who.strip()
        digits = digits_only(wanted)
        matches = [c for c in self.cards().values()
                   if c.key_id.startswith(wanted.lower()) and len(wanted) >= 8
                   or (len(digits) >= SHORT_DIGITS and digits_only(c.fingerprint).startswith(digits))
                   or c.name == wanted]
        if len(matches) != 1:
            raise CardsMatch(who, sorted(matches, key=lambda c: c.name))
        return matches[0]

    # -- releases --------------------------------------------------------------------------------

    @property
    def releases_dir(self) -> Path:
        return self.folder / "releases"

    def released(self) -> dict[Quarter, Release]:
        found: dict[Quarter, Release] = {}
        for path in sorted(self.releases_dir.glob("*.json")) if self.releases_dir.exists() else []:
            try:
                release = Release.from_json(strict_json.loads(path.read_text("utf-8")))
            except (OSError, ValueError, KeyError, TypeError, IndexError):
                continue
            found[release.quarter] = release
        return found

    def freeze(self, release: Release) -> None:
        with self.writing():  # read, compare and write as one: another program may freeze the same quarter
            self._freeze(release)

    def _freeze(self, release: Release) -> None:
        ensure_private_dir(self.releases_dir)
        path = self.releases_dir / f"{release.quarter}.json"
        event = "quarter_released"
        if path.exists():
            from trustdesk.exchange.merge import may_replace

            kept = self.released().get(release.quarter)
            if kept is not None and may_replace(kept, release):
                event = "quarter_published_after_withheld"
            elif kept is not None and kept.total is None and release.total is None \
                    and release.sources > kept.sources:
                event = "quarter_withheld_again"  # nothing shown; a later publication must count them all
            else:
                return  # a published quarter never changes; a withheld one only as above
        atomic_write_bytes(path, json.dumps(release.to_json(), indent=1).encode("utf-8"))
        self.audit(event, f"{release.quarter}; {len(release.sources) or release.contributors or 0} trust persons")

    # -- audit -----------------------------------------------------------------------------------

    def audit_intake_sent(self, intake_id: str, recipient: ContactCard) -> None:
        """An intake was written: its random id and recipient only, never its free-text reference."""
        from trustdesk.exchange.intake import EVENT_SENT

        self.audit(EVENT_SENT, f"intake {intake_id}; to {recipient.name} (key {recipient.key_id[:16]})")

    def audit(self, event: str, detail: str = "") -> None:
        with self.writing():  # the chain is read, then one line appended: one writer at a time
            self._append_audit(event, detail)

    def _append_audit(self, event: str, detail: str) -> None:
        path = self.folder / AUDIT_FILE
        entries = self.audit_entries()
        previous = entries[-1]["hash"] if entries else _GENESIS
        entry: dict[str, Any] = {"seq": len(entries) + 1, "at": datetime.now().isoformat(timespec="seconds"),
                                 "event": event, "detail": detail, "prev": previous}
        entry["hash"] = _entry_hash(entry)
        with open(path, "a", encoding="utf-8", opener=_owner_only) as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def audit_entries(self) -> list[dict[str, Any]]:
        path = self.folder / AUDIT_FILE
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]

    def audit_intact(self) -> bool:
        previous = _GENESIS
        for index, entry in enumerate(self.audit_entries(), start=1):
            if entry.get("seq") != index or entry.get("prev") != previous or entry.get("hash") != _entry_hash(entry):
                return False
            previous = entry["hash"]
        return True


def _entry_hash(entry: dict[str, Any]) -> str:
    canonical = json.dumps([entry["seq"], entry["at"], entry["event"], entry["detail"], entry["prev"]],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _open_key_file(path: Path, passphrase: str) -> Identity:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key cannot be read")) from exc
    try:
        _key_id, secret = desk_key.open_sealed(raw, passphrase)
    except desk_key.DeskKeyError as exc:
        raise DeskError(exc.args[0]) from exc  # its words: a wrong passphrase, or what is damaged
    try:
        return Identity.from_json(json.loads(secret))
    except ValueError as exc:
        raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "identity.key does not hold a key pair")) from exc


def _open_age_file(folder: Path, passphrase: str) -> Identity:
    """The older key file: age's passphrase (scrypt) recipient, read with a fixed work ceiling
    (``age_scrypt``: rage judged the work against the machine's speed at that moment, and a busy machine
    refused the right passphrase -- on the very open that rewrites the file as identity.key)."""
    from trustdesk.exchange import age_scrypt

    try:
        sealed = (folder / IDENTITY_FILE).read_bytes()
    except OSError as exc:
        raise DeskError(_NO_DESK.format(folder=folder)) from exc
    if len(sealed) > MAX_IDENTITY_BYTES:
        raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "identity.age is too large"))
    try:
        plain = age_scrypt.decrypt(sealed, passphrase, max_log_n=MAX_SCRYPT_LOG_N)
    except age_scrypt.AgeFormatError as exc:  # a work factor above the ceiling too, refused before any work
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskDetail", "identity.age is not a passphrase-encrypted key file of this desk")) from exc
    except age_scrypt.AgeDecryptError as exc:
        raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "wrong passphrase, or identity.age is damaged")) from exc
    try:
        return Identity.from_json(json.loads(plain))
    except ValueError as exc:
        raise DeskError(QT_TRANSLATE_NOOP("DeskDetail", "identity.age does not hold a key pair")) from exc
