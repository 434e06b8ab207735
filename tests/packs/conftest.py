"""Pack and provider-CSV fixtures: signing keys and a signed-pack factory."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pack_factory import base_members, signed


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="session")
def other_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def make_pack(signing_key: Ed25519PrivateKey) -> Callable[..., bytes]:
    def make(members: dict[str, bytes] | None = None, version: int = 1) -> bytes:
        return signed(base_members(version) if members is None else members, signing_key)
    return make
