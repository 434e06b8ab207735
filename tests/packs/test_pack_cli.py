"""`trustdesk pack`: keygen, build, sign and verify as the coordinator runs them."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest
from pack_factory import base_members

from trustdesk.cli import main as cli_main
from trustdesk.packs.bundled import BUNDLED_PACK, PUBKEY_NAME, bundled_pack, pinned_public_key
from trustdesk.packs.pack import verify_pack
from trustdesk.packs.signing import load_public_key

PASS = "coordinator passphrase 2026"


def _run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = PASS + "\n") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli_main(["pack", *argv])


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    private, public = tmp_path / "pack.key.pem", tmp_path / "pack.pub.pem"
    assert _run(monkeypatch, "keygen", str(private), str(public), "--passphrase-stdin") == 0
    return private, public


@pytest.fixture
def source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    for name, content in base_members().items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(content)
    (src / ".DS_Store").write_bytes(b"junk the builder leaves out")
    return src


def test_keygen_protects_the_private_key_and_never_overwrites(keys: tuple[Path, Path],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    private, public = keys
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"ENCRYPTED" in private.read_bytes()
    load_public_key(public.read_bytes())
    before = private.read_bytes()
    assert _run(monkeypatch, "keygen", str(private), str(public.with_name("x.pem")), "--passphrase-stdin") == 2
    assert private.read_bytes() == before
    assert _run(monkeypatch, "keygen", str(private.with_name("a")), str(public.with_name("b")),
                "--passphrase-stdin", stdin="short\n") == 2


def test_build_sign_verify(keys: tuple[Path, Path], source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    private, public = keys
    out = tmp_path / "pack.zip"
    assert _run(monkeypatch, "build", str(source), str(out)) == 0
    assert _run(monkeypatch, "verify", str(out), "--pubkey", str(public)) == 1
    assert "REJECTED: " in (said := capsys.readouterr().out) and "(unsigned)" not in said
    assert _run(monkeypatch, "sign", str(out), "--key", str(private), "--passphrase-stdin") == 0
    assert _run(monkeypatch, "verify", str(out), "--pubkey", str(public)) == 0
    assert "pack OK: testpack@1, 3 providers, 2 templates, 1 helpline," in capsys.readouterr().out
    pack = verify_pack(out.read_bytes(), load_public_key(public.read_bytes()))
    assert pack.version == 1
    # one step, and reproducible: the same source gives the same bytes
    again, third = tmp_path / "again.zip", tmp_path / "third.zip"
    assert _run(monkeypatch, "build", str(source), str(again), "--key", str(private), "--passphrase-stdin") == 0
    assert _run(monkeypatch, "build", str(source), str(third), "--key", str(private), "--passphrase-stdin") == 0
    assert again.read_bytes() == third.read_bytes() == out.read_bytes()


def test_wrong_passphrase_and_bad_source_fail_cleanly(keys: tuple[Path, Path], source: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    private, _ = keys
    out = tmp_path / "pack.zip"
    assert _run(monkeypatch, "build", str(source), str(out), "--key", str(private), "--passphrase-stdin",
                stdin="not the passphrase\n") == 1
    assert not out.exists()
    (source / "manifest.json").write_text(json.dumps({"id": "x", "version": 0}))
    assert _run(monkeypatch, "build", str(source), str(out)) == 2  # the source folder is input: malformed input
    said = capsys.readouterr().err
    assert "(malformed)" not in said and "the pack breaks the pack format" in said
    assert not out.exists()


def test_pinned_key_is_read_from_resources(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    assert pinned_public_key(tmp_path / "empty") is None
    (tmp_path / PUBKEY_NAME).write_bytes(keys[1].read_bytes())
    pinned = pinned_public_key(tmp_path)
    assert pinned is not None and pinned == load_public_key(keys[1].read_bytes())
    (tmp_path / PUBKEY_NAME).write_bytes(b"garbage")
    with pytest.raises(ValueError):
        pinned_public_key(tmp_path)


def test_a_bundled_pack_is_found_where_the_installer_puts_it(tmp_path: Path) -> None:
    assert bundled_pack(tmp_path) is None
    target = tmp_path.joinpath(*BUNDLED_PACK)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"PK zip bytes")
    assert bundled_pack(tmp_path) == b"PK zip bytes"
