"""Screenshots of the rare days, each flow across separate data folders, to look at (whole screen):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.i18n.rare_days --lang nl --out /tmp/rare/nl

- new laptop: first run -> "restore from a backup" -> the restore wizard (file, secret, preview, done)
  -> the unlock window -> the main window -> Settings (after a backup); a second restore -> the offer
  to remove the kept-aside copy;
- handover: the case picker, the code and the close question, the receiver's preview and result, a
  received case's header, the audit log on both sides;
- conflict of interest: Settings' affiliations, the new-case dialog's panel, the note for the coordinator;
- a coordinator's pack: the import preview with the pack's key, template names, the default template.

Everything happens in a temp dir, removed afterwards.  Fast key derivation (the KDF floor).
"""

# ruff: noqa: I001  (trustdesk.ui first: the PySide6 workaround must run before Qt loads)
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import trustdesk.ui  # noqa: F401  (PySide6 refcount workaround, before any Qt call)
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.vault import KdfParams, Keychain, Vault

PASSPHRASE = "screens passphrase for the rare days"


def settle(seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    app = QApplication.instance()
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.02)


def wait_for(condition: Callable[[], Any], seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there")
        settle(0.05)


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def screen(self, name: str, seconds: float = 0.5) -> Path:
        """The whole screen, as a person sees it (windows off-screen or overlapping show)."""
        settle(seconds)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)
        return path


def _old_laptop(root: Path) -> tuple[Path, list[str]]:
    from trustdesk.domain import Case, Contact, KnowledgeDomain, RiskLevel
    from trustdesk.vault.backup import BackupService

    old = Vault.create(root / "old-laptop", PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams())
    codes = []
    for i, name in enumerate(("Dr. An Peeters", "Dr. Luc Janssens", "Dr. Marie Dubois")):
        case = old.cases.add(Case(code="", opened_on=date(2026, 3, 2 + i), doctor_name=name,
                                  domains=frozenset({KnowledgeDomain.BURNOUT})))
        assert case.id is not None
        old.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 9, 10), risk=RiskLevel.LOW))
        codes.append(case.code)
    (root / "stick").mkdir()
    BackupService(old).backup_to(root / "stick" / "TrustDesk-backup.tdbackup")
    old.lock()
    return root / "stick" / "TrustDesk-backup.tdbackup", codes


def new_laptop(app: QApplication, tmp: Path, shots: Shots, lang: str, translations: Translations) -> None:
    from trustdesk.ui.shell.shell import Shell

    backup, _codes = _old_laptop(tmp)
    prefs = Preferences(QSettings(str(tmp / "prefs-new.ini"), QSettings.Format.IniFormat))
    shell = Shell(app, tmp / "new-laptop", prefs, translations, keychain=Keychain.none(), kdf=KdfParams())
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    shots.screen("new-laptop-first-run-language")
    wizard.next()
    shots.screen("new-laptop-first-run-choice")
    wizard.start_page.restore.setChecked(True)
    wizard.next()
    restore = shell.restore_wizard
    assert restore is not None
    shots.screen("new-laptop-restore-file")
    restore.file_edit.setText(str(backup))
    restore.next()
    restore.secret.setText(PASSPHRASE)
    shots.screen("new-laptop-restore-passphrase")
    restore.next()
    wait_for(lambda: restore.page == 2)
    shots.screen("new-laptop-restore-preview")
    restore.confirm.setChecked(True)
    restore.next()
    wait_for(lambda: restore.page == 3)
    shots.screen("new-laptop-restore-done")
    restore.next()  # Close
    wait_for(lambda: shell.unlock_window is not None and shell.unlock_window.isVisible())
    shots.screen("new-laptop-unlock")
    unlock = shell.unlock_window
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    shots.screen("new-laptop-main-window", 1.0)
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    shots.screen("new-laptop-settings-knows-last-backup", 1.0)
    (tmp / "stick2").mkdir()
    box = dialog.backup_box
    box.back_up_to(tmp / "stick2" / "after-a-backup-on-the-new-laptop.tdbackup")
    wait_for(lambda: box.now_button.isEnabled() and bool(box.message.text()), 30)
    shots.screen("new-laptop-settings-after-a-backup", 1.0)
    # a second restore (over the restored vault): the old one is kept aside, offered for removal
    dialog.restore_requested.emit()
    restore = shell.restore_wizard
    assert restore is not None
    restore.file_edit.setText(str(backup))
    restore.next()
    restore.use_code.setChecked(False)
    restore.secret.setText(PASSPHRASE)
    restore.next()
    wait_for(lambda: restore.page == 2)
    restore.confirm.setChecked(True)
    restore.next()
    wait_for(lambda: restore.page == 3)
    shots.screen("new-laptop-second-restore-done-kept-aside")
    restore.next()
    unlock = shell.unlock_window
    assert unlock is not None
    wait_for(lambda: unlock.isVisible())
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    wait_for(lambda: shell.kept_aside_offer is not None and shell.kept_aside_offer.isVisible())
    shots.screen("new-laptop-offer-to-remove-kept-aside", 1.5)
    offer = shell.kept_aside_offer
    offer.grab().save(str(shots.out / "12b-offer-itself.png"))  # type: ignore[union-attr]
    offer.remove_button.click()  # type: ignore[union-attr]
    settle(0.5)
    shots.screen("new-laptop-kept-aside-removed")
    offer.accept()  # type: ignore[union-attr]
    shell.quit()
    for window in app.topLevelWidgets():
        window.close()
    settle(0.3)


FLOWS: dict[str, Callable[[QApplication, Path, Shots, str, Translations], None]] = {
    "new-laptop": new_laptop,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=("nl", "fr", "en"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--flow", action="append", choices=sorted(FLOWS), help="default: every flow")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    translations = Translations(app)
    translations.install(args.lang)
    for name in args.flow or list(FLOWS):
        tmp = Path(tempfile.mkdtemp(prefix=f"td-rare-{name}-"))
        try:
            FLOWS[name](app, tmp, Shots(out / name), args.lang, translations)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    _ = QWidget  # (kept for flows that build bare widgets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
