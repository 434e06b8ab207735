"""``trustdesk keychain``: which OS keychain this TrustDesk would use, and which backends it sees.

For support and for the installer test (the frozen bundle must find keyring's real OS backends,
which keyring discovers through entry points in its package metadata).  Prints:

    keychain: keyring.backends.SecretService.Keyring (used)
    backend: keyring.backends.SecretService.Keyring priority=5.0
    ...

``--probe`` also stores, reads back and deletes a throwaway random entry (service ``TrustDesk-probe``),
which proves the keychain really works; it never touches a vault's device secret.
Exit codes: cli/exits.py ``CONTRACT`` ("keychain"), listed by --help: 1 is no keychain TrustDesk
accepts (passphrase-only), or the probe failed.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser

PROBE_SERVICE = "TrustDesk-probe"


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _probe(backend: Any) -> str:
    user = f"probe-{secrets.token_hex(8)}"
    value = secrets.token_urlsafe(24)
    try:
        backend.set_password(PROBE_SERVICE, user, value)
        ok = backend.get_password(PROBE_SERVICE, user) == value
        backend.delete_password(PROBE_SERVICE, user)
    except Exception as exc:  # report any keychain failure in one line
        return f"FAIL {exc}"  # the keychain's own words; never an exception's class name
    return "OK" if ok else "FAIL the value read back differs"


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.words import translate

    parser = CommandParser(prog="trustdesk keychain", contract="keychain", description=translate(
        "cli", "Which keychain of the operating system TrustDesk would use, and which ones it sees (for support)."))
    parser.add_argument("--probe", action="store_true", help=translate(
        "cli", "also store, read back and delete a throwaway entry (never a vault's secret)"))
    args = parser.parse_args(list(argv))

    import keyring
    import keyring.backend

    from trustdesk.vault.keychain import is_allowed_backend

    try:
        chosen: Any = keyring.get_keyring()
    except Exception as exc:  # a broken keychain stack is "no keychain"
        print(f"keychain: none ({exc})")
        return exits.REFUSED
    allowed = is_allowed_backend(chosen)
    print(f"keychain: {_qualname(chosen)} ({'used' if allowed else 'not accepted: passphrase-only'})")
    for backend in sorted(keyring.backend.get_all_keyring(), key=_qualname):
        try:
            priority = f"{float(backend.priority):g}"
        except Exception:
            priority = "unavailable"
        print(f"backend: {_qualname(backend)} priority={priority}")
    if args.probe and allowed:
        result = _probe(chosen)
        print(f"probe: {result}")
        if result != "OK":
            return exits.REFUSED
    return exits.OK if allowed else exits.REFUSED
