"""What a build ships beside the code: the starter directory, the pinned pack key, a bundled pack.

``resources/`` sits next to the ``trustdesk`` package in a checkout, and under the bundle root
(``sys._MEIPASS``) in a PyInstaller build.  The pinned key is ``resources/pack_pubkey.pem``; a build
without it accepts no organisation packs (``make installer-linux PACK_PUBKEY=...`` drops it there).
"""

from __future__ import annotations

import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from trustdesk.packs.signing import load_public_key

PUBKEY_NAME = "pack_pubkey.pem"
STARTER_CSV = ("directory", "starter_providers.csv")
BUNDLED_PACK = ("packs", "initial.zip")  # put there by installer/trustdesk.spec (TRUSTDESK_PACK)


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def starter_directory_csv() -> bytes:
    return resources_dir().joinpath(*STARTER_CSV).read_bytes()


def pinned_public_key(root: Path | None = None) -> Ed25519PublicKey | None:
    """The pack key this build trusts, or None.  A present but broken file is an error, not None:
    a build that meant to pin a key must not quietly accept nothing (or anything)."""
    path = (root or resources_dir()) / PUBKEY_NAME
    if not path.is_file():
        return None
    return load_public_key(path.read_bytes())


def bundled_pack(root: Path | None = None) -> bytes | None:
    """The organisation pack a coordinator bundled into this build (offered at first run), or None.
    Still to be checked with ``verify_pack(data, pinned_public_key())`` like any other pack."""
    path = (root or resources_dir()).joinpath(*BUNDLED_PACK)
    return path.read_bytes() if path.is_file() else None
