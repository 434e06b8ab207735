"""``trustdesk pack``: the coordinator's tools for organisation packs (headless).

    python -m trustdesk pack keygen OUT_PRIVATE.pem OUT_PUBLIC.pem [--passphrase-stdin]
    python -m trustdesk pack build SRC_DIR OUT.zip [--key PRIVATE.pem [--passphrase-stdin]]
            [--coordinator-card DESK/coordinator.tdcard]
            [--release-version 0.3.0 [--release-date D] [--security-release] [--installer FILE ...]]
    python -m trustdesk pack sign PACK.zip --key PRIVATE.pem [--out SIGNED.zip] [--passphrase-stdin]
    python -m trustdesk pack verify PACK.zip [--pubkey PUBLIC.pem]
    python -m trustdesk pack preview PACK.zip [--pubkey PUBLIC.pem] [--lang nl|fr]
    python -m trustdesk pack build SRC_DIR OUT.zip --key CURRENT.pem --announce-key NEW_PUBLIC.pem
    python -m trustdesk pack verify NEXT.zip --pubkey CURRENT_PUBLIC.pem --after ROTATION.zip

Trying a pack with your own key, before any installer exists (nothing is installed, nothing else
trusts that key): ``keygen`` a test pair, ``build --key`` with it, then ``verify --pubkey`` and
``preview --pubkey`` with its public half.  ``preview`` shows what TrustDesk would show: the
directory as the Providers page lists it and every letter template rendered for a made-up case.

Changing the signing key (rotation) without new installers: ``keygen`` the new pair, then build the
next pack with ``--key`` the CURRENT key and ``--announce-key`` the NEW public key.  Each trust
person's TrustDesk checks it with the key it trusts now and, once it is imported, trusts only the
new key.  A pack announcing a key but signed with any other key is refused like any forged pack.
Try the whole chain before publishing: ``verify NEXT.zip --pubkey CURRENT_PUBLIC.pem --after
ROTATION.zip`` checks the rotation pack with the current key, then the next pack with the key it
announced -- what every TrustDesk will do.

The private key is a PEM file encrypted with a passphrase (asked twice with getpass, or one line
on stdin).  ``verify`` without ``--pubkey`` uses the key pinned in this build
(resources/pack_pubkey.pem).  Exit codes (the same for every command, cli/exits.py): 0 done; 1 refused
or failed (a pack that does not verify, a template that cannot be used, a wrong key passphrase); 2 bad
usage or malformed input (a short passphrase, a file that is not a key); 3 a file or folder that is not
there or cannot be read (every one named at once, before any passphrase is asked).
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

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def _passphrase(from_stdin: bool, *, confirm: bool) -> bytes:
    from trustdesk.cli.secret_input import NoSecret, read_secret

    try:
        text = read_secret("Passphrase for the pack signing key: ", from_stdin=from_stdin,
                           option="--passphrase-stdin")
        if not from_stdin and confirm and read_secret("Same passphrase again: ", from_stdin=False,
                                                      option="--passphrase-stdin") != text:
            raise ValueError("the two passphrases differ")
    except NoSecret as exc:
        raise ValueError(str(exc)) from None
    if len(text) < 12:
        raise ValueError("the signing key's passphrase needs at least 12 characters")
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
    from trustdesk.packs.signing import generate_key_pair, key_id, load_public_key

    private, public = Path(args.private), Path(args.public)
    for path in (private, public):
        if path.exists():
            raise ValueError(f"{path} exists already; keys are never overwritten")
    private_pem, public_pem = generate_key_pair(_passphrase(args.passphrase_stdin, confirm=True))
    _write_new(private, private_pem, 0o600)
    _write_new(public, public_pem, 0o644)
    from trustdesk.packs.signing import raw_text

    key = load_public_key(public_pem)
    print(f"pack keys written: {private} (keep it secret and backed up), {public} (key id {key_id(key)})")
    print(f"  to announce it as your next key (manifest next_key): {raw_text(key)}")
    return exits.OK


def _private_key(args: argparse.Namespace) -> Ed25519PrivateKey:
    from trustdesk.packs.signing import load_private_key

    pem = Path(args.key).read_bytes()
    passphrase = _passphrase(args.passphrase_stdin, confirm=False)
    try:
        return load_private_key(pem, passphrase)
    except ValueError as exc:  # a wrong passphrase (or not a key file): refused, not a usage error
        raise exits.Refused(str(exc)) from None


def _build(args: argparse.Namespace) -> int:
    from trustdesk.packs.pack import build_pack, sign_pack

    data, pack = build_pack(Path(args.src), _extra_members(args), next_key=_announced(args))
    if args.key:
        data = sign_pack(data, _private_key(args))
    _write_atomic(Path(args.out), data)
    state = "signed" if args.key else "unsigned; sign it with `pack sign`"
    print(f"pack built: {args.out} ({pack.manifest.source}, {len(pack.providers)} providers, "
          f"{len(pack.templates)} templates, {state})")
    if pack.manifest.next_key:
        print(f"  announces the next signing key {_announced_id(pack.manifest.next_key)}: once imported, "
              "TrustDesk accepts only packs signed with it")
    return exits.OK


def _announced(args: argparse.Namespace) -> str:
    from trustdesk.packs.signing import load_public_key, raw_text

    if not getattr(args, "announce_key", None):
        return ""
    if not args.key:
        raise ValueError("--announce-key needs --key: the announcement is signed with the current key")
    return raw_text(load_public_key(Path(args.announce_key).read_bytes()))


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
        extra["coordinator.tdcard"] = Path(args.coordinator_card).read_bytes()
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
        raise ValueError("--installer, --release-date and --security-release go with --release-version")
    return extra


def _sign(args: argparse.Namespace) -> int:
    from trustdesk.packs.pack import sign_pack

    target = Path(args.out or args.pack)
    _write_atomic(target, sign_pack(Path(args.pack).read_bytes(), _private_key(args)))
    print(f"pack signed: {target}")
    return exits.OK


def _read_pack(path: str) -> bytes:
    """A pack from outside: a regular file, at most the archive limit read (more is refused unread,
    never loaded whole into memory first)."""
    from trustdesk.packs.archive import DEFAULT_LIMITS
    from trustdesk.packs.errors import PackRejected, RejectReason
    from trustdesk.vault.files import read_outside_prefix

    data = read_outside_prefix(Path(path), DEFAULT_LIMITS.archive_bytes + 1)
    if len(data) > DEFAULT_LIMITS.archive_bytes:
        raise PackRejected(RejectReason.TOO_LARGE, f"a pack is at most {DEFAULT_LIMITS.archive_bytes} bytes")
    return data


def _key_source(args: argparse.Namespace) -> str:
    return f"the key in {args.pubkey}" if args.pubkey else "the key pinned in this build"


def _rejected(args: argparse.Namespace, exc: Exception, what: str) -> int:
    """One sentence for a refused pack; a wrong key names the key it was checked with and where it came from."""
    from trustdesk.packs.errors import PackRejected, RejectReason

    assert isinstance(exc, PackRejected)
    detail = exc.detail
    if exc.reason is RejectReason.WRONG_KEY:
        detail = detail.replace("the key it was checked with", _key_source(args))
    print(f"pack REJECTED ({exc.reason.value}): {what}{detail}")
    return exits.REFUSED


def _checking_key(args: argparse.Namespace) -> Ed25519PublicKey | int | None:
    """The key a pack is checked with: --pubkey (else the pinned one), moved along the rotation chain of
    the earlier packs given with --after (oldest first), exactly as a trust person's TrustDesk moves
    along when it imports them: each must verify with the key trusted so far; a pack announcing a
    successor hands the trust on to it.  Returns the key, or an int exit code after a refusal."""
    from trustdesk.packs.bundled import pinned_public_key
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import verify_pack
    from trustdesk.packs.signing import key_id, load_public_key, raw_public_key

    key = load_public_key(Path(args.pubkey).read_bytes()) if args.pubkey else pinned_public_key()
    for earlier in args.after or ():
        try:
            pack = verify_pack(_read_pack(earlier), key)
        except PackRejected as exc:
            return _rejected(args, exc, f"the earlier pack {earlier} does not verify, so the chain breaks there: ")
        successor = raw_public_key(pack.manifest.next_key) if pack.manifest.next_key else None
        if successor is not None:
            print(f"  {earlier}: signed by key {pack.key_id}, announces key {key_id(successor)}; trusted from here on")
            key = successor
        else:
            print(f"  {earlier}: signed by key {pack.key_id}, announces no new key")
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
        return _rejected(args, exc, "")
    helplines = "no" if pack.helplines is None else str(len(pack.helplines))
    print(f"pack OK: {pack.manifest.source}, {len(pack.providers)} providers, {len(pack.templates)} templates, "
          f"{helplines} helplines, signed by key {pack.key_id}")
    if pack.knowledge is not None:
        print(f"  {len(pack.knowledge)} knowledge cards")
    if pack.manifest.next_key:
        print(f"  announces the next signing key {_announced_id(pack.manifest.next_key)}")
    return exits.OK


def _preview(args: argparse.Namespace) -> int:
    """The pack as TrustDesk would show it: verified first, then the directory and each template
    rendered for a made-up case (the same sandboxed engine and context as the app's previews)."""
    from trustdesk.documents.letter_context import sample_context
    from trustdesk.documents.templates import preview
    from trustdesk.packs.errors import PackRejected
    from trustdesk.packs.pack import verify_pack

    key = _checking_key(args)
    if isinstance(key, int):
        return key
    try:
        pack = verify_pack(_read_pack(args.pack), key)
    except PackRejected as exc:
        return _rejected(args, exc, "")
    print(f"pack {pack.manifest.source} \u201c{pack.manifest.title or pack.id}\u201d, signed by key {pack.key_id}")
    print(f"\n== Directory: {len(pack.providers)} providers ==")
    for provider in sorted(pack.providers, key=lambda p: p.name.casefold()):
        languages = ",".join(sorted(lang.value for lang in provider.languages))
        kind = provider.kind.value if provider.kind else "-"
        regions = ",".join(sorted(r.value for r in provider.regions)) or provider.region
        domains = ",".join(sorted(d.value for d in provider.domains))
        print(f"  {provider.name}  [{kind}; {regions or '-'}; {languages or '-'}; {domains or '-'}]  {provider.phone}")
    if pack.knowledge is not None:
        print(f"\n== Knowledge cards: {len(pack.knowledge)} ==")
        for card in pack.knowledge:
            domains = ",".join(sorted(d.value for d in card.domains)) or "general"
            print(f"  {card.language.value}/{card.key}: {card.title}  [{domains}]  source: {card.source or '-'}")
    if pack.helplines is not None:
        print(f"\n== Help lines: {len(pack.helplines)} ==")
        for line in pack.helplines:
            print(f"  {line.name}: {line.number}")
    shown = [t for t in pack.templates if not args.lang or t.language.value == args.lang]
    print(f"\n== Letter templates: {len(shown)} (rendered for a made-up case) ==")
    failed = 0
    for template in shown:
        result = preview(template.body, sample_context(template.language))
        print(f"\n--- {template.name}  ({template.source_key}) ---")
        if result.problems:
            failed += 1
            print("  CANNOT BE USED: " + "; ".join(str(p) for p in result.problems))
        else:
            print(result.text)
    return exits.REFUSED if failed else exits.OK


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="trustdesk pack", description="Organisation packs: keys, build, "
                                     "sign, verify.")
    sub = parser.add_subparsers(dest="command", required=True)
    keygen = sub.add_parser("keygen", help="create an Ed25519 key pair (private key passphrase-protected)")
    keygen.add_argument("private")
    keygen.add_argument("public")
    build = sub.add_parser("build", help="zip a pack source folder (validated), optionally signing it")
    build.add_argument("src")
    build.add_argument("out")
    build.add_argument("--key", help="sign with this private key right away")
    build.add_argument("--coordinator-card", help="put this coordinator card (.tdcard) in the pack")
    build.add_argument("--release-version", help="announce this TrustDesk release in the pack (release.json)")
    build.add_argument("--release-date", help="the release's date (default: today)")
    build.add_argument("--security-release", action="store_true", help="the release fixes a security problem")
    build.add_argument("--installer", action="append", default=[], help="an installer of the release (its "
                       "SHA-256 goes into release.json); repeat for each platform")
    sign = sub.add_parser("sign", help="sign (or re-sign) a pack zip")
    sign.add_argument("pack")
    sign.add_argument("--key", required=True)
    sign.add_argument("--out", help="write here instead of replacing PACK")
    verify = sub.add_parser("verify", help="check a pack as the app will")
    verify.add_argument("pack")
    verify.add_argument("--pubkey", help="public key PEM (default: the key pinned in this build)")
    show = sub.add_parser("preview", help="verify, then show the directory and every template rendered as the "
                                          "app would")
    show.add_argument("pack")
    show.add_argument("--pubkey", help="public key PEM (default: the key pinned in this build)")
    show.add_argument("--lang", choices=("nl", "fr", "en", "de"), help="only the templates in this language")
    build.add_argument("--announce-key", help="announce this NEW public key as the successor of --key")
    for command in (verify, show):
        command.add_argument("--after", action="append", metavar="EARLIER.zip",
                             help="an earlier pack of the rotation chain, oldest first (repeat): each is "
                                  "checked with the key trusted so far and hands the trust on to the key it "
                                  "announces, as TrustDesk does on import")
    for command in (keygen, build, sign):
        command.add_argument("--passphrase-stdin", action="store_true",
                             help="read the key passphrase as one line from stdin")
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
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.cli.words import said
    from trustdesk.packs.errors import PackRejected

    args = _parser().parse_args(list(argv))
    run = {"keygen": _keygen, "build": _build, "sign": _sign, "verify": _verify, "preview": _preview}[args.command]
    missing = missing_input(*_inputs(args))  # every missing input at once, before any passphrase is asked
    if missing:
        print(f"pack: {missing}", file=sys.stderr)
        return exits.MISSING
    try:
        return run(args)
    except PackRejected as exc:
        print(f"pack: refused ({exc.reason.value}): {exc.detail}", file=sys.stderr)
        return exits.REFUSED
    except (exits.CommandFailed, ValueError, OSError) as exc:
        print(f"pack: {said(exc)}", file=sys.stderr)
        return exits.code_for(exc)
