"""Screenshots of every main view in one language, to look at (French is longer; 200 % scale).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.i18n.screens --lang fr --out /tmp/shots/fr
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2732x1536x24" .venv/bin/python -m tests.i18n.screens ...

Builds a realistic throw-away vault (tests/i18n/sample.py) in a temp dir, removed afterwards.
"""

# ruff: noqa: I001, E402  (the PySide6 refcount fix must run before Qt loads)
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

keep_singletons_alive()  # before any Qt call (the PySide6 6.12 / Python 3.11 refcount fix)
from trustdesk.ui.kit.session_bus import no_bus_autolaunch

no_bus_autolaunch()  # no dbus-daemon left behind by a screenshot run
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.i18n.sample import populate
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.vault import KdfParams, Keychain, Vault

PASSPHRASE = "screens passphrase for the sample vault"


def settle(seconds: float = 0.6) -> None:
    """Let worker results (VaultOp) and layouts arrive."""
    end = time.monotonic() + seconds
    app = QApplication.instance()
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.02)


def grab(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def dialog_shot(make: Callable[[], QDialog], out: Path, name: str) -> None:
    dialog = make()
    dialog.show()
    grab(dialog, out, name)
    dialog.reject()
    dialog.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=("nl", "fr", "en"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--font-size", type=int, default=0, help="application font point size (large fonts)")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from trustdesk.ui.kit.look import apply_look

    apply_look(app)  # the app's own look: focus rings, the chosen row seen without focus
    if args.font_size:
        font = app.font()
        font.setPointSize(args.font_size)
        app.setFont(font)
    translations = Translations(app)
    translations.install(args.lang)
    tmp = Path(tempfile.mkdtemp(prefix="td-screens-"))
    try:
        _shots(app, tmp, out, args.lang)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _shots(app: QApplication, tmp: Path, out: Path, lang: str) -> None:
    from trustdesk.ui.shell.main_window import MainWindow
    from trustdesk.ui.case.referral_dialog import ReferralDialog
    from trustdesk.ui.kit.session import VaultSession
    from trustdesk.ui.shell.settings_dialog import SettingsDialog
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard

    locked_dir = tmp / "locked"
    Vault.create(locked_dir, PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams()).lock()
    unlock = UnlockWindow(locked_dir, keychain=Keychain.none())
    unlock.show()
    grab(unlock, out, "00-unlock")
    unlock.close()

    wizard = FirstRunWizard(tmp / "new", language=lang, keychain=Keychain.none(), kdf=KdfParams())
    wizard.show()
    grab(wizard, out, "01-wizard-welcome")
    wizard.next()
    grab(wizard, out, "02-wizard-new-or-restore")
    wizard.next()
    grab(wizard, out, "02-wizard-passphrase")
    wizard.close()

    vault = Vault.create(tmp / "vault", PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams())
    sample = populate(vault)
    session = VaultSession()
    session.open(vault)
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(session, prefs)
    window.show_first()  # as after unlocking: the first time maximized on a laptop's screen
    window.activateWindow()
    for index, key in enumerate(window.pages):
        window.show_page(key)
        grab(window, out, f"1{index}-page-{key}")
    window.show_page("cases")
    window.pages["cases"].table.setFocus()  # type: ignore[attr-defined]  # the keyboard user's view: the chosen row
    grab(window, out, "19-cases-list-focused")
    for name, case_id in (("nl", sample.dutch_case), ("fr", sample.french_case)):
        window.open_case(case_id)
        settle(1.0)
        view = window.pages["cases"].case_view  # type: ignore[attr-defined]
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            grab(window, out, f"2{tab}-case-{name}-tab{tab}")
        if view.contacts is not None:  # a new note, its form whole at 1366×768
            view.tabs.setCurrentWidget(view.contacts)
            view.contacts.new_contact()
            view.contacts.editor.notes_edit.setFocus()
            grab(window, out, f"29-case-{name}-new-note")
        if name == "nl":
            dialog_shot(lambda c=case_id: ReferralDialog(session, c, parent=window), out, "30-referral-dialog")
    window.show_page("cases")
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    dialog_shot(lambda: SettingsDialog(session, prefs, language=lang, parent=window), out, "31-settings")
    new_case = window.new_case()
    if isinstance(new_case, QDialog):
        grab(new_case, out, "32-new-case")
        new_case.reject()
    session.lock()
    settle(0.3)


if __name__ == "__main__":
    raise SystemExit(main())
