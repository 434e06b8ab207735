"""``trustdesk pack``: the coordinator's tools for organisation packs (headless).

    python -m trustdesk pack keygen OUT_PRIVATE.pem OUT_PUBLIC.pem [--passphrase-stdin]
    python -m trustdesk pack build SRC_DIR OUT.zip [--key PRIVATE.pem [--passphrase-stdin]]
            [--coordinator-card DESK/coordinator.tdcard]
            [--release-version 0.3.0 [--release-date D] [--security-release] [--installer FILE ...]]
    python -m trustdesk pack sign PACK.zip --key PRIVATE.pem [--out SIGNED.zip] [--passphrase-stdin]
    python -m trustdesk pack verify PACK.zip [--pubkey PUBLIC.pem]
    python -m trustdesk pack preview PACK.zip [--pubkey PUBLIC.pem] [--template-lang nl|fr|en|de] [--lang nl|fr|en]
    python -m trustdesk pack build SRC_DIR OUT.zip --key CURRENT.pem --announce-key NEW_PUBLIC.pem
    python -m trustdesk pack verify NEXT.zip --pubkey CURRENT_PUBLIC.pem --after ROTATION.zip

Trying a pack with your own key, before any installer exists (nothing is installed, nothing else
trusts that key): ``keygen`` a test pair, ``build --key`` with it, then ``verify --pubkey`` and
``preview --pubkey`` with its public half.  ``preview`` shows what TrustDesk would show: the
directory as the Providers page lists it and every letter template rendered for a made-up case.

Changing the signing key (rotation) without new installers: ``keygen`` the new pair, then build the
next pack with ``--key`` the CURRENT key and ``--announce-key`` the NEW public key.  Each trust
person's TrustDesk checks it with the key it trusts now and, once it is imported, trusts only the
new key.  ``verify NEXT.zip --pubkey CURRENT_PUBLIC.pem --after ROTATION.zip`` checks the chain.

The private key is a PEM file encrypted with a passphrase (asked twice with getpass, or one line
on stdin).  ``verify`` without ``--pubkey`` uses the key pinned in this build
(resources/pack_pubkey.pem).  Every message and the ``--help`` texts are said in the command's
language (cli/words.py).  Exit codes: one table for every subcommand (cli/exits.py ``CONTRACT``,
listed by each subcommand's --help): a fault in the pack source folder or the pack to sign is
malformed input (2), a pack that does not verify is refused (1).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.words import shown_path, translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def _passphrase(from_stdin: bool, *, confirm: bool) -> bytes:
    from trustdesk.cli.secret_input import read_secret

    text = read_secret(translate("cli", "Passphrase for the pack signing key: "), from_stdin=from_stdin,
                       option="--passphrase-stdin")
    if not from_stdin and confirm and read_secret(translate("cli", "Same passphrase again: "), from_stdin=False,
                                                  option="--passphrase-stdin") != text:
        raise exits.BadInput(translate("cli", "the two passphrases differ."))
    if len(text) < 12:
        raise exits.BadInput(translate("cli", "the signing key's passphrase needs at least 12 characters."))
    return text.encode("utf-8")


def _write_new(path: Path, content: bytes, mode: int) -> None:
    """Create ``path`` (never overwrite, never through a link) with ``mode`` set before any byte is written."""
    from trustdesk.vault.files import create_new

    with os.fdopen(create_new(path, mode), "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _write_atomic(path: Path, content: bytes) -> None:
    from trustdesk.vault.files import atomic_write_bytes

    atomic_write_bytes(path, content, mode=0o644)  # a pack is public


def _keygen(args: argparse.Namespace) -> int:
    from trustdesk.packs.signing import generate_key_pair, key_id, load_public_key, raw_text

    private, public = Path(args.private), Path(args.public)
    for path in (private, public):
        if path.exists():
            raise exits.BadInput(translate("cli", "{path} exists already; keys are never overwritten.").format(
                path=shown_path(path)))
    private_pem, public_pem = generate_key_pair(_passphrase(args.passphrase_stdin, confirm=True))
    _write_new(private, private_pem, 0o600)
    _write_new(public, public_pem, 0o644)
    key = load_public_key(public_pem)
    print(translate("cli", "pack keys written: {private} (keep it secret and backed up), {public} (key id {key})").format(
        private=shown_path(private), public=shown_path(public), key=key_id(key)))
    print("  " + translate("cli", "to announce it as your next key (manifest next_key): {key}").format(key=raw_text(key)))
    return exits.OK


def _private_key(args: argparse.Namespace) -> Ed25519PrivateKey:
    from trustdesk.packs.signing import load_private_key

    pem = Path(args.key).read_bytes()
    if b"PRIVATE KEY" not in pem:
        raise exits.BadInput(translate("cli", "{path} is not a private key (PEM) file.").format(
            path=shown_path(Path(args.key))))
    passphrase = _passphrase(args.passphrase_stdin, confirm=False)
    try:
        return load_private_key(pem, passphrase)
    except ValueError:  # a wrong passphrase: refused, not a usage error
        raise exits.Refused(translate("cli", "the passphrase does not open the signing key {path}.").format(
            path=shown_path(Path(args.key)))) from None


def _public_key(path: str) -> Ed25519PublicKey:
    from trustdesk.packs.signing import load_public_key

    try:
        return load_public_key(Path(path).read_bytes())
    except ValueError:
        raise exits.BadInput(translate("cli", "{path} is not a public key (PEM) file.").format(
            path=shown_path(Path(path)))) from None


def _build(args: argparse.Namespace) -> int:
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import build_pack, sign_pack

    try:  # the source folder is the coordinator's own input: a fault in it is malformed input (2)
        data, pack = build_pack(Path(args.src), _extra_members(args), next_key=_announced(args))
    except PackRejected as exc:
        raise _input_fault(exc) from None
    if args.key:
        data = sign_pack(data, _private_key(args))
    _write_atomic(Path(args.out), data)
    state = translate("cli", "signed") if args.key else translate("cli", "unsigned; sign it with `pack sign`")
    print(translate("cli", "pack built: {path} ({source}, {providers}, {templates}, {state})").format(
        path=shown_path(Path(args.out)), source=pack.manifest.source, providers=_providers(len(pack.providers)),
        templates=_templates(len(pack.templates)), state=state))
    if pack.manifest.next_key:
        print("  " + translate("cli", "announces the next signing key {key}: once imported, TrustDesk accepts only "
                                      "packs signed with it").format(key=_announced_id(pack.manifest.next_key)))
    return exits.OK


def _providers(count: int) -> str:
    return translate("cli", "%n provider(s)", "", count)


def _templates(count: int) -> str:
    return translate("cli", "%n template(s)", "", count)


def _input_fault(exc: Exception) -> exits.BadInput:
    from trustdesk.cli.pack_words import rejected_sentence
    from trustdesk.packs.errors import PackRejected

    assert isinstance(exc, PackRejected)
    return exits.BadInput(rejected_sentence(exc))  # the reason in words, never its code


def _announced(args: argparse.Namespace) -> str:
    from trustdesk.packs.signing import raw_text

    if not getattr(args, "announce_key", None):
        return ""
    if not args.key:
        raise exits.BadInput(translate("cli", "--announce-key needs --key: the announcement is signed with the "
                                              "current key."))
    return raw_text(_public_key(args.announce_key))


def _announced_id(text: str) -> str:
    from trustdesk.packs.signing import key_id, raw_public_key

    key = raw_public_key(text)
    return key_id(key) if key is not None else "?"


def _extra_members(args: argparse.Namespace) -> dict[str, bytes]:
    """coordinator.tdcard from --coordinator-card; release.json from --release-version and friends."""
    import hashlib
    import json
    from datetime import date

    extra: dict[str, bytes] = {}
    if args.coordinator_card:
        from trustdesk.cli.refusals import other_kind_sentence
        from trustdesk.exchange.file_kinds import FileKind
        from trustdesk.exchange.keys import recognise

        card = Path(args.coordinator_card).read_bytes()
        found = recognise(card[:64 * 1024])  # a trust person's card (or another file) is named, not "malformed"
        if found is not None and found is not FileKind.COORDINATOR_CARD:
            raise exits.BadInput(other_kind_sentence(found.value, "coordinator_card", Path(args.coordinator_card)))
        extra["coordinator.tdcard"] = card
    if args.release_version:
        installers = []
        for name in args.installer:
            digest = hashlib.sha256()
            with open(name, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            installers.append({"file": Path(name).name, "sha256": digest.hexdigest()})
        extra["release.json"] = json.dumps({
            "version": args.release_version, "date": args.release_date or date.today().isoformat(),
            "security": bool(args.security_release), "installers": installers}, indent=1).encode("utf-8")
    elif args.installer or args.security_release or args.release_date:
        raise exits.BadInput(translate("cli", "--installer, --release-date and --security-release go with "
                                              "--release-version."))
    return extra


def _sign(args: argparse.Namespace) -> int:
    from trustdesk.packs.archive import read_members
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import parse_members, sign_pack

    target = Path(args.out or args.pack)
    data = Path(args.pack).read_bytes()
    try:  # the pack to sign is the coordinator's own: a fault in it is malformed input (2), before the passphrase
        members = read_members(data)
        members.pop("signature.json", None)
        parse_members(members)
    except PackRejected as exc:
        raise _input_fault(exc) from None
    _write_atomic(target, sign_pack(data, _private_key(args)))
    print(translate("cli", "pack signed: {path}").format(path=shown_path(target)))
    return exits.OK


def _read_pack(path: str) -> bytes:
    """A pack from outside: a regular file, at most the archive limit read (more is refused unread,
    never loaded whole into memory first)."""
    from trustdesk.packs.archive import DEFAULT_LIMITS
    from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason
    from trustdesk.vault.files import read_outside_prefix

    data = read_outside_prefix(Path(path), DEFAULT_LIMITS.archive_bytes + 1)
    if len(data) > DEFAULT_LIMITS.archive_bytes:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "a pack is at most {limit} bytes").format(limit=DEFAULT_LIMITS.archive_bytes))
    return data


def _key_source(args: argparse.Namespace) -> str:
    if args.pubkey:
        return translate("cli", "the key in {path}").format(path=shown_path(Path(args.pubkey)))
    return translate("cli", "the key pinned in this build")


def _rejected(args: argparse.Namespace, exc: Exception, where: str = "") -> int:
    """One sentence for a refused pack; a wrong key names the key it was checked with and where it came from."""
    from trustdesk.cli.pack_words import rejected_sentence
    from trustdesk.packs.errors import PackRejected

    assert isinstance(exc, PackRejected)
    print(translate("cli", "pack REJECTED: {where}{sentence}").format(  # in words, no reason code
        where=where, sentence=other_kind(Path(args.pack)) if not where and other_kind(Path(args.pack))
        else rejected_sentence(exc, key_source=_key_source(args))))
    return exits.REFUSED


def other_kind(path: Path) -> str:
    """For a TrustDesk file of another kind given as a pack: what it is and the command that opens it
    (the one table of kinds, cli/refusals.py); "" otherwise."""
    from trustdesk.cli.refusals import other_kind_sentence
    from trustdesk.exchange.file_kinds import FileKind
    from trustdesk.exchange.keys import recognise

    try:
        with open(path, "rb") as handle:
            found = recognise(handle.read(64 * 1024))
    except OSError:
        return ""
    return "" if found in (None, FileKind.PACK) else other_kind_sentence(found.value, "pack", path)


def _checking_key(args: argparse.Namespace) -> Ed25519PublicKey | int | None:
    """The key a pack is checked with: --pubkey (else the pinned one), moved along the rotation chain of
    the earlier packs given with --after (oldest first), exactly as a trust person's TrustDesk moves
    along when it imports them: each must verify with the key trusted so far; a pack announcing a
    successor hands the trust on to it.  Returns the key, or an int exit code after a refusal."""
    from trustdesk.packs.bundled import pinned_public_key
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import verify_pack
    from trustdesk.packs.signing import key_id, raw_public_key

    key = _public_key(args.pubkey) if args.pubkey else pinned_public_key()
    for earlier in args.after or ():
        try:
            pack = verify_pack(_read_pack(earlier), key)
        except PackRejected as exc:
            return _rejected(args, exc, translate("cli", "the earlier pack {path} does not verify, so the chain "
                                                         "breaks there: ").format(path=shown_path(Path(earlier))))
        successor = raw_public_key(pack.manifest.next_key) if pack.manifest.next_key else None
        if successor is not None:
            print("  " + translate("cli", "{path}: signed by key {key}, announces key {next}; trusted from here on").format(
                path=shown_path(Path(earlier)), key=pack.key_id, next=key_id(successor)))
            key = successor
        else:
            print("  " + translate("cli", "{path}: signed by key {key}, announces no new key").format(
                path=shown_path(Path(earlier)), key=pack.key_id))
    return key


def _verify(args: argparse.Namespace) -> int:
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import verify_pack

    key = _checking_key(args)
    if isinstance(key, int):
        return key
    try:
        pack = verify_pack(_read_pack(args.pack), key)
    except PackRejected as exc:
        return _rejected(args, exc)
    helplines = translate("cli", "no helplines") if pack.helplines is None else translate(
        "cli", "%n helpline(s)", "", len(pack.helplines))
    print(translate("cli", "pack OK: {source}, {providers}, {templates}, {helplines}, signed by key {key}").format(
        source=pack.manifest.source, providers=_providers(len(pack.providers)),
        templates=_templates(len(pack.templates)), helplines=helplines, key=pack.key_id))
    if pack.knowledge is not None:
        print("  " + translate("cli", "%n knowledge card(s)", "", len(pack.knowledge)))
    if pack.manifest.next_key:
        print("  " + translate("cli", "announces the next signing key {key}").format(
            key=_announced_id(pack.manifest.next_key)))
    return exits.OK


def _preview(args: argparse.Namespace) -> int:
    """The pack as TrustDesk would show it: verified first, then the directory and each template
    rendered for a made-up case (the same sandboxed engine and context as the app's previews)."""
    from trustdesk.cli.pack_preview import show
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import verify_pack

    key = _checking_key(args)
    if isinstance(key, int):
        return key
    try:
        pack = verify_pack(_read_pack(args.pack), key)
    except PackRejected as exc:
        return _rejected(args, exc)
    return exits.REFUSED if show(pack, args.lang) else exits.OK


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="trustdesk pack", contract="pack", description=translate(
        "cli", "Organisation packs: make a signing key, build, sign, check and preview a pack."))
    sub = parser.add_subparsers(dest="command", required=True, title=translate("cli", "subcommands"),
                                metavar="{keygen,build,sign,verify,preview}")
    said = {
        "keygen": translate("cli", "create an Ed25519 key pair (the private key protected by a passphrase)"),
        "build": translate("cli", "zip a pack source folder (checked as TrustDesk checks it), signing it with --key"),
        "sign": translate("cli", "sign (or sign again) a pack zip"),
        "verify": translate("cli", "check a pack as TrustDesk will"),
        "preview": translate("cli", "check a pack, then show its directory and every template rendered as TrustDesk "
                                    "would"),
    }
    made = {name: sub.add_parser(name, help=text, description=text, contract=f"pack {name}")
            for name, text in said.items()}
    keygen, build, sign, verify, show = (made[n] for n in said)
    keygen.add_argument("private", metavar="PRIVATE.pem", help=translate("cli", "the private key file to make"))
    keygen.add_argument("public", metavar="PUBLIC.pem", help=translate("cli", "the public key file to make"))
    build.add_argument("src", metavar="SRC_DIR", help=translate("cli", "the pack source folder"))
    build.add_argument("out", metavar="OUT.zip", help=translate("cli", "the pack file to write"))
    build.add_argument("--key", metavar="PRIVATE.pem", help=translate("cli", "sign with this private key right away"))
    build.add_argument("--coordinator-card", metavar="CARD", help=translate(
        "cli", "put this coordinator card (.tdcard) in the pack"))
    build.add_argument("--release-version", metavar="VERSION", help=translate(
        "cli", "announce this TrustDesk release in the pack (release.json)"))
    build.add_argument("--release-date", metavar="DATE", help=translate("cli", "the release's date (default: today)"))
    build.add_argument("--security-release", action="store_true", help=translate(
        "cli", "the release fixes a security problem"))
    build.add_argument("--installer", action="append", default=[], metavar="FILE", help=translate(
        "cli", "an installer of the release (its SHA-256 goes into release.json); repeat for each platform"))
    build.add_argument("--announce-key", metavar="NEW_PUBLIC.pem", help=translate(
        "cli", "announce this NEW public key as the successor of --key"))
    sign.add_argument("pack", metavar="PACK.zip", help=translate("cli", "the pack to sign"))
    sign.add_argument("--key", required=True, metavar="PRIVATE.pem", help=translate("cli", "the private key"))
    sign.add_argument("--out", metavar="SIGNED.zip", help=translate("cli", "write here instead of replacing PACK.zip"))
    for command in (verify, show):
        command.add_argument("pack", metavar="PACK.zip", help=translate("cli", "the pack to check"))
        command.add_argument("--pubkey", metavar="PUBLIC.pem", help=translate(
            "cli", "the public key (default: the key pinned in this build)"))
        command.add_argument("--after", action="append", metavar="EARLIER.zip", help=translate(
            "cli", "an earlier pack of the key rotation chain, oldest first (repeat): each is checked with the key "
                   "trusted so far and hands the trust on to the key it announces, as TrustDesk does on import"))
    show.add_argument("--template-lang", dest="lang", choices=("nl", "fr", "en", "de"), help=translate(
        "cli", "only the templates in this language"))
    for command in (keygen, build, sign):
        command.add_argument("--passphrase-stdin", action="store_true", help=translate(
            "cli", "read the key passphrase as one line from standard input"))
    return parser


def _inputs(args: argparse.Namespace) -> list[tuple[str, Path, bool]]:
    """Every file or folder the subcommand reads, for the shared ``missing_input`` check."""
    files: list[tuple[str, str | None]] = []
    folders: list[tuple[str, str]] = []
    if args.command == "build":
        folders.append(("pack source folder", args.src))
        files += [("private key", args.key), ("coordinator card", args.coordinator_card),
                  ("public key to announce", args.announce_key), *(("installer", i) for i in args.installer)]
    elif args.command == "sign":
        files += [("pack", args.pack), ("private key", args.key)]
    elif args.command in ("verify", "preview"):
        files += [*(("earlier pack", a) for a in args.after or ()), ("pack", args.pack), ("public key", args.pubkey)]
    return [(what, Path(p), True) for what, p in folders] + [(what, Path(p), False) for what, p in files if p]


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.pack_words import rejected_sentence
    from trustdesk.cli.secret_input import NoSecret, missing_input
    from trustdesk.cli.words import said
    from trustdesk.packs.errors import PackRejected

    args = _parser().parse_args(list(argv))
    run = {"keygen": _keygen, "build": _build, "sign": _sign, "verify": _verify, "preview": _preview}[args.command]
    missing = missing_input(*_inputs(args))  # every missing input at once, before any passphrase is asked
    if missing:
        print(f"pack: {missing}", file=sys.stderr)
        return exits.MISSING
    from trustdesk.cli.words import output_problem

    outputs = {"keygen": [args.private, args.public] if args.command == "keygen" else [],
               "build": [getattr(args, "out", None)], "sign": [getattr(args, "out", None)]}.get(args.command, [])
    problems = [problem for out in outputs if out and (problem := output_problem(out))]
    if problems:  # one rule with every --out: a missing folder is named, never made (before any passphrase)
        print("pack: " + " ".join(dict.fromkeys(problems)), file=sys.stderr)
        return exits.MISSING
    try:
        return run(args)
    except PackRejected as exc:  # a pack read from outside that does not check out
        named = other_kind(Path(args.pack)) if getattr(args, "pack", None) else ""
        print("pack: " + translate("cli", "refused: {sentence}").format(
            sentence=named or rejected_sentence(exc)), file=sys.stderr)
        return exits.REFUSED
    except (exits.CommandFailed, NoSecret, ValueError, OSError) as exc:
        print(f"pack: {said(exc)}", file=sys.stderr)
        return exits.code_for(exc)
