"""Knowledge cards in a signed pack: the default cards travel in a pack and come out the same, an older
pack without cards still loads and keeps the cards there are, and a damaged card refuses the pack
(PackRejected, never another error, nothing written)."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pack_factory import base_members, dump, signed

from trustdesk.domain.enums import CareDomain, Language
from trustdesk.packs.bundled import resources_dir, starter_directory_csv
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.installation import import_pack, knowledge_cards
from trustdesk.packs.knowledge import default_cards, parse_card
from trustdesk.packs.pack import verify_pack
from trustdesk.vault import Vault

CARD = "---\ntitle: Burn-out\ndomains: burnout, tweede slachtoffer\nsource: test\n---\nTekst **vet**.\n"


def default_pack_members(version: int = 1) -> dict[str, bytes]:
    """The default content as a coordinator would ship it: the starter directory and the default cards."""
    root = resources_dir() / "knowledge"
    members = {f"knowledge/{p.relative_to(root).as_posix()}": p.read_bytes() for p in sorted(root.glob("*/*.md"))}
    providers = starter_directory_csv()  # it has the key column packs need
    return {"manifest.json": json.dumps({"format": 1, "id": "testpack", "version": version, "created": "2026-12-06",
                                         "languages": ["nl", "fr"], "title": "Standaardpakket"}).encode(),
            "providers.csv": providers, **members}


def test_the_default_cards_travel_in_a_signed_pack(vault: Vault, signing_key: Ed25519PrivateKey) -> None:
    data = signed(default_pack_members(), signing_key)
    started = time.perf_counter()
    pack = verify_pack(data, signing_key.public_key())
    verify_ms = (time.perf_counter() - started) * 1000
    assert pack.knowledge is not None and set(pack.knowledge) == set(default_cards())
    report = import_pack(vault, pack)
    assert report.knowledge == len(default_cards())
    assert set(knowledge_cards(vault)) == set(default_cards())
    print(f"default pack: {len(data)} bytes signed, {len(pack.knowledge)} cards, verified in {verify_ms:.0f} ms")
    assert len(data) < 64 * 1024


def test_an_older_pack_without_cards_loads_and_keeps_the_cards(vault: Vault,
                                                               signing_key: Ed25519PrivateKey) -> None:
    members = base_members(1)
    members["knowledge/nl/eigen.md"] = CARD.encode()
    import_pack(vault, verify_pack(signed(members, signing_key), signing_key.public_key()))
    (card,) = knowledge_cards(vault)
    assert card.key == "eigen" and card.domains == {CareDomain.BURNOUT, CareDomain.SECOND_VICTIM}
    older = verify_pack(signed(base_members(2), signing_key), signing_key.public_key())  # no knowledge/ at all
    assert older.knowledge is None
    report = import_pack(vault, older)
    assert report.knowledge is None and knowledge_cards(vault) == [card]


def test_without_any_pack_the_default_cards_show(vault: Vault) -> None:
    assert set(knowledge_cards(vault)) == set(default_cards())


BAD = [
    "title: geen header\n",  # no header
    "---\ntitle: x\n",  # header never closed
    "---\ntitle: x\nauthor: y\n---\nTekst\n",  # unknown field
    "---\ntitle: x\ndomains: astrologie\n---\nTekst\n",  # unknown domain
    "---\ntitle: x\nkinds: sjamaan\n---\nTekst\n",  # unknown kind
    "---\ndomains: burnout\n---\nTekst\n",  # no title
    "---\ntitle: x\n---\n   \n",  # no text
    "---\ntitle: x\ntitle: y\n---\nTekst\n",  # twice
    "---\ntitle: x\n---\nTekst \x07 met bel\n",  # control character
]


def test_damaged_cards_refuse_the_whole_pack_and_change_nothing(vault: Vault,
                                                                 signing_key: Ed25519PrivateKey) -> None:
    before = dump(vault)
    for text in BAD:
        members = {**base_members(1), "knowledge/nl/kaart.md": text.encode()}
        try:
            verify_pack(signed(members, signing_key), signing_key.public_key())
        except PackRejected:
            pass
        else:
            raise AssertionError(f"accepted: {text!r}")
    for name in ("knowledge/xx/kaart.md", "knowledge/de/kaart.md", "knowledge/nl/Kaart met spatie.md",
                 "knowledge/nl/kaart.txt"):
        members = {**base_members(1), name: CARD.encode()}
        try:
            verify_pack(signed(members, signing_key), signing_key.public_key())
        except PackRejected:
            pass
        else:
            raise AssertionError(f"accepted: {name}")
    assert dump(vault) == before


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: ("---\n" + t).encode()),
                     st.text(max_size=300).map(lambda t: f"---\ntitle: {t}\n---\n{t}".encode())))
def test_any_bytes_are_a_card_or_a_refusal(raw: bytes) -> None:
    try:
        card = parse_card("knowledge/nl/kaart.md", raw, frozenset({Language.NL}))
    except PackRejected:
        return
    assert card.title and card.body.strip() and card.language is Language.NL


def test_the_coordinator_builds_a_pack_with_the_default_cards_from_a_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`pack build` takes a knowledge/ folder like any other member; `pack preview` lists the cards."""
    from trustdesk.cli import main as cli_main

    src = tmp_path / "src"
    for name, content in default_pack_members().items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(content)
    passphrase = "coordinator passphrase 2026\n"
    private, public, out = tmp_path / "k.pem", tmp_path / "p.pem", tmp_path / "pack.zip"

    def run(*argv: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(passphrase))
        return cli_main(["pack", *argv])

    assert run("keygen", str(private), str(public), "--passphrase-stdin") == 0
    assert run("build", str(src), str(out), "--key", str(private), "--passphrase-stdin") == 0
    assert run("verify", str(out), "--pubkey", str(public)) == 0
    assert f"{len(default_cards())} knowledge cards" in capsys.readouterr().out
    assert run("preview", str(out), "--pubkey", str(public)) == 0
    shown = capsys.readouterr().out
    assert f"== Knowledge cards: {len(default_cards())} ==" in shown and "nl/hulplijn" in shown
