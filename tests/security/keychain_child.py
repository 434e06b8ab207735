"""The real-keychain test body, run inside ``dbus-run-session`` with gnome-keyring unlocked.

    python -m tests.security.keychain_child <data_dir>

Prints one JSON object: the backend ``Keychain()`` discovered and what each step did.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

PASSPHRASE = "a real keychain passphrase"


def run(data_dir: Path) -> dict[str, Any]:
    import keyring

    from trustdesk.domain import Case
    from trustdesk.vault import DeviceSecretMissing, Keychain, Vault
    from trustdesk.vault.keychain import SERVICE

    result: dict[str, Any] = {}
    keychain = Keychain()
    result["backend"] = keychain.backend_name
    result["available"] = keychain.available
    vault = Vault.create(data_dir, PASSPHRASE, keychain=keychain)
    result["passphrase_only"] = vault.passphrase_only
    code, vault_id = vault.recovery_code, vault.vault_id
    assert code is not None
    vault.cases.add(Case(code="", opened_on=date.today(), doctor_name="Dr. Keychain"))
    vault.lock()
    result["stored_in_keychain"] = keyring.get_password(SERVICE, vault_id) is not None

    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain())  # a fresh discovery, as after a restart
    result["reopened"] = [c.doctor_name for c in vault.cases.list()] == ["Dr. Keychain"]
    vault.lock()

    keyring.delete_password(SERVICE, vault_id)
    try:
        Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain()).lock()
        result["after_delete"] = "opened"
    except DeviceSecretMissing:
        result["after_delete"] = "DeviceSecretMissing"
    vault = Vault.unlock_with_recovery_code(data_dir, code, keychain=Keychain())
    result["recovery"] = [c.doctor_name for c in vault.cases.list()] == ["Dr. Keychain"]
    vault.reset_passphrase(PASSPHRASE)  # a new device secret goes into the keychain
    vault.lock()
    Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain()).lock()
    result["reset"] = True
    return result


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]))), flush=True)
