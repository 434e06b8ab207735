"""Runs inside a private mount namespace with a small tmpfs (see test_full_disk.py).

    python tests/reliability/full_disk_child.py <tmpfs dir> <pristine vault dir> <out dir> <mode> <free bytes>...

For each free-space level: a fresh copy of the pristine vault on the tmpfs, the tmpfs filled up to
that many free bytes, then the operation of ``mode``; the space is freed again and the outcome
checked.  One JSON line per level on stdout.

mode passphrase: unlock, fill, change the passphrase; then which passphrase opens the vault and
     whether a fresh backup opens with exactly that one.
mode unlock: fill, then unlock; what unlock did (opened writable / read-only / refused), and
     whether any file changed or appeared.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OLD, NEW = "the old full-disk passphrase", "the new full-disk passphrase"


def fill(directory: Path, free: int) -> Path:
    """Fill the file system of ``directory`` until only ``free`` bytes are left."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for chunk in (b"\0" * 65536, b"\0" * 4096, b"\0" * 512):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, chunk)
        size = os.lseek(fd, 0, os.SEEK_CUR)
        os.ftruncate(fd, max(0, size - free))
    finally:
        os.close(fd)
    return filler


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def main() -> int:
    from tests.kdf_answers import install_from_environment
    from trustdesk.vault import Keychain, Vault, VaultCorrupted, VaultError, WrongPassphrase

    install_from_environment()  # the test run's Argon2id answers (a test process; the app never does this)
    from trustdesk.vault.backup import BackupService
    from trustdesk.vault.restore import inspect_backup

    mount, pristine, out, mode = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    keychain = Keychain.none()
    for level in (int(x) for x in sys.argv[5:]):
        for child in mount.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        data = mount / "data"
        shutil.copytree(pristine, data)
        report: dict[str, object] = {"free": level}
        if mode == "passphrase":
            vault = Vault.unlock(data, OLD, keychain=keychain)
            filler = fill(mount, level)
            try:
                vault.change_passphrase(OLD, NEW)
                report["outcome"] = "ok"
            except VaultError as exc:
                report["outcome"] = f"raised {type(exc).__name__}"
            with contextlib.suppress(VaultError):
                vault.lock()
            filler.unlink()
            opens = []
            for passphrase in (OLD, NEW):
                try:
                    Vault.unlock(data, passphrase, keychain=keychain).lock()
                    opens.append(passphrase)
                except WrongPassphrase:
                    pass
            report["opens"] = ["old" if p == OLD else "new" for p in opens]
            if len(opens) == 1:
                current, other = opens[0], (NEW if opens[0] == OLD else OLD)
                vault = Vault.unlock(data, current, keychain=keychain)
                target = BackupService(vault).backup_to(out / f"level-{level}.tdbackup").path
                vault.lock()
                ok = inspect_backup(target, passphrase=current).verified
                try:
                    inspect_backup(target, passphrase=other)
                    ok = False
                except WrongPassphrase:
                    pass
                report["backup_opens_with_current_only"] = ok
        elif mode == "readonly":  # a read-only medium: remount the tmpfs read-only, then unlock
            import subprocess

            before = snapshot(data)
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
            try:
                Vault.unlock(data, OLD, keychain=keychain).lock()
                report["outcome"] = "opened"
            except VaultError as exc:
                report["outcome"] = f"raised {type(exc).__name__}: {exc}"
                report["corrupted"] = isinstance(exc, VaultCorrupted)
            report["unchanged"] = snapshot(data) == before
            subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        else:  # unlock on a full disk
            before = snapshot(data)
            filler = fill(mount, level)
            try:
                vault = Vault.unlock(data, OLD, keychain=keychain)
                report["outcome"] = "read-only" if vault.read_only else "writable"
                report["reason"] = vault.read_only_reason
                report["cases"] = len(vault.cases.list())
                try:
                    vault.settings.set("full-disk-probe", 1)
                    report["write"] = "ok"
                except VaultError as exc:
                    report["write"] = type(exc).__name__
                vault.lock()
            except VaultError as exc:
                report["outcome"] = f"raised {type(exc).__name__}: {exc}"
            after = snapshot(data)
            report["files_before"] = sorted(before)
            report["files_after"] = sorted(after)
            report["unchanged"] = before == after
            filler.unlink()
        print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
