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

# ruff: noqa: I001, E402  (the PySide6 refcount fix must run before Qt loads)
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

keep_singletons_alive()  # before any Qt call (the PySide6 6.12 / Python 3.11 refcount fix)
from trustdesk.ui.kit.session_bus import no_bus_autolaunch

no_bus_autolaunch()  # no dbus-daemon left behind by a screenshot run
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


def _session_window(tmp: Path, name: str, lang: str) -> tuple[Any, Any, Vault]:
    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.ui.shell.main_window import MainWindow

    vault = Vault.create(tmp / name, PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams())
    session = VaultSession()
    session.open(vault)
    prefs = Preferences(QSettings(str(tmp / f"prefs-{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(session, prefs)
    window.resize(1366, 740)
    window.move(0, 0)
    window.show()
    return session, window, vault


def handover(app: QApplication, tmp: Path, shots: Shots, lang: str, translations: Translations) -> None:
    from trustdesk.domain import Case, Contact, KnowledgeDomain, Referral, RiskLevel
    from trustdesk.ui.security import handover_dialogs, handover_receive
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog

    session_a, window_a, sender = _session_window(tmp, "sender", lang)
    for i, (alias, domain) in enumerate((("collega Gent", KnowledgeDomain.BURNOUT),
                                         ("assistent chirurgie", KnowledgeDomain.DEPRESSION),
                                         ("huisarts Lier", KnowledgeDomain.SUBSTANCE_ABUSE))):
        case = sender.cases.add(Case(code="", opened_on=date(2026, 2, 3 + 7 * i), doctor_name=f"Dr. {alias}",
                                     alias=alias, domains=frozenset({domain})))
        assert case.id is not None
        sender.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 1 + i, 10), risk=RiskLevel.MODERATE))
        sender.referrals.add(Referral(case_id=case.id, provider_name="Praktijk De Linde", reason="begeleiding"))
    target = tmp / "stick" / "overdracht.tdhandover"
    target.parent.mkdir()
    handover_dialogs.require_reauth = lambda *_a: True  # type: ignore[assignment]
    handover_dialogs.ask_save_path = lambda *_a: target  # type: ignore[assignment]
    dialog = HandOverDialog(session_a, window_a)
    dialog.show()
    settle(0.5)
    codes = sorted(c.code for c in sender.cases.list())
    dialog.set_chosen(set(codes[:2]))
    shots.screen("handover-picker")
    dialog.hand_over()
    wait_for(lambda: dialog.stack.currentIndex() == 1)
    shots.screen("handover-code")
    dialog.ask_close()
    dialog.successor.setText("Dr. Sofie Claes")
    shots.screen("handover-close-asks")
    dialog.close_handed_over()
    shots.screen("handover-closed-minimum")
    code = dialog.code.text()
    dialog.accept()

    session_b, window_b, receiver = _session_window(tmp, "receiver", lang)
    receiver.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    handover_receive.ask_open_path = lambda *_a: target  # type: ignore[assignment]
    receive = ReceiveHandoverDialog(session_b, window_b)
    receive.show()
    receive.choose_file()
    receive.code_edit.setText(code)
    receive.check()
    wait_for(lambda: receive.import_button.isEnabled())
    shots.screen("handover-receive-preview")
    receive.import_cases()
    shots.screen("handover-received-mapping")
    first = receive.imported[0]
    receive.accept()
    assert first.id is not None
    window_b.open_case(first.id)
    shots.screen("handover-received-case-was", 1.0)
    again = ReceiveHandoverDialog(session_b, window_b)
    again.show()
    again.choose_file()
    again.code_edit.setText(code)
    again.check()
    shots.screen("handover-replay-refused-at-once", 1.0)
    again.reject()
    window_b.show_page("audit")
    shots.screen("handover-receiver-audit", 1.5)
    window_a.raise_()
    window_a.show_page("audit")
    shots.screen("handover-sender-audit", 1.5)
    for session, window in ((session_a, window_a), (session_b, window_b)):
        session.lock()
        window.close()
    settle(0.3)


def conflict(app: QApplication, tmp: Path, shots: Shots, lang: str, translations: Translations) -> None:
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog
    from trustdesk.ui.shell.settings_dialog import SettingsDialog

    session, window, vault = _session_window(tmp, "conflict", lang)
    prefs = Preferences(QSettings(str(tmp / "prefs-c.ini"), QSettings.Format.IniFormat))
    settings = SettingsDialog(session, prefs, language=lang, parent=window)
    settings.show()
    shots.screen("conflict-settings-empty-affiliations", 1.0)
    settings.affiliations_box.edit.setPlainText("AZ Sint-Jan Brugge\nFaculteit Geneeskunde UGent")
    shots.screen("conflict-settings-not-saved-yet")
    settings.affiliations_box.save_button.click()
    shots.screen("conflict-settings-saved")
    settings.close()
    dialog = NewCaseDialog(session, window)
    dialog.show()
    dialog.form.workplace.setText("Huisartsenpraktijk, Brugge")
    shots.screen("conflict-town-only-not-flagged")
    dialog.form.workplace.setText("Sint-Jansziekenhuis Brugge, spoed")
    dialog.form.coordinator_ref.setText("ANI-2026-117")
    shots.screen("conflict-flagged-decide")
    dialog.conflict.give_back.setChecked(True)
    dialog.create_button.click()
    wait_for(lambda: dialog.created is not None)
    shots.screen("conflict-returned-note-for-coordinator", 1.0)
    if dialog.return_dialog is not None:
        dialog.return_dialog.accept()
    session.lock()
    window.close()
    settle(0.3)


def pack(app: QApplication, tmp: Path, shots: Shots, lang: str, translations: Translations) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tests.packs.pack_factory import base_members, signed
    from trustdesk.packs.installation import import_pack
    from trustdesk.packs.pack import verify_pack
    from trustdesk.packs.signing import raw_text
    from trustdesk.ui.directory.pack_import import PackImportDialog

    session, window, vault = _session_window(tmp, "pack", lang)
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    members = base_members(1)
    import json as _json

    document = _json.loads(members["manifest.json"])
    members["manifest.json"] = _json.dumps({**document, "next_key": raw_text(new.public_key())}).encode()
    data = signed(members, old)
    dialog = PackImportDialog(session, data, public_key=old.public_key(), parent=window)
    dialog.show()
    shots.screen("pack-import-announces-rotation", 1.0)
    dialog.reject()
    import_pack(vault, verify_pack(data, old.public_key()))
    window.show_page("templates")
    shots.screen("pack-templates-named-in-words", 1.5)
    page = window.pages["templates"]
    packed = next(t for t in page.templates if t.source.startswith("testpack@") and t.language.value == lang)
    page.select_template(packed.id)
    page.default_button.click()
    shots.screen("pack-template-made-default", 1.0)
    from trustdesk.ui.directory.pack_import import choose_pack_file
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        shots.screen("pack-file-dialog-translated", 0.8)
        dialog.reject()

    QTimer.singleShot(50, look)
    choose_pack_file(window)
    session.lock()
    window.close()
    settle(0.3)


FLOWS: dict[str, Callable[[QApplication, Path, Shots, str, Translations], None]] = {
    "new-laptop": new_laptop,
    "handover": handover,
    "conflict": conflict,
    "pack": pack,
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
