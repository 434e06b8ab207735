"""The keyboard journey of issue 18, in the real app, for tests/e2e/test_keyboard_journey.py.

    python tests/e2e/journey_child.py DATA_DIR SHOTS_DIR LANG BACKUP_DIR   (xcb, DISPLAY of an Xvfb)

Starts the app through its real entry point (``trustdesk.cli.main``: hardening, no session bus, the
shell's first-run wizard) and, from the first window on, presses keys only (tests/e2e/journey_driver.py):
first run (language, passphrase, recovery code, profile, backup folder) -> new case -> note with an
explicit risk -> task -> provider -> referral with consent -> signed letter -> summary preview ->
print -> lock/unlock back to the same case and tab -> search.  Keeps a screenshot of every step in
SHOTS_DIR and prints one JSON line: keys, characters, seconds, what was seen.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tests.e2e.journey_driver import Journey, Keys, Step, Until, alt, shot, visible

RUNNING: list[Journey] = []
PASSPHRASE = "lindeboom aan de schelde waait"
TEXTS = {  # what the trust person types, in the journey's language
    "nl": {"name": "Dr. An Peeters", "title": "huisarts", "contact": "0470 12 34 56",
           "note": "Belde na een nachtdienst, slaapt slecht. Spreekt over een fout bij een patiënt.",
           "task": "Terugbellen na het gesprek met de werkgever", "provider": "Dr. Els Jacobs",
           "reason": "Begeleiding na een incident op de dienst", "search": "nachtdienst",
           "scope": "naam en telefoonnummer"},
    "fr": {"name": "Dr Anne Lambert", "title": "médecin généraliste", "contact": "0470 12 34 56",
           "note": "A appelé après une garde de nuit, dort mal. Parle d’une erreur avec un patient.",
           "task": "Rappeler après l’entretien avec l’employeur", "provider": "Dr Marc Dubois",
           "reason": "Accompagnement après un incident dans le service", "search": "garde",
           "scope": "nom et numéro de téléphone"},
}


def active(name: str) -> bool:
    window = QApplication.activeWindow()
    return window is not None and window.objectName() == name


def modal_other(*names: str) -> bool:
    """A modal dialog other than ``names`` is up and has the focus."""
    modal = QApplication.activeModalWidget()
    return modal is not None and modal.objectName() not in names and QApplication.activeWindow() is modal


def journey(j: Journey, lang: str, shots: Path, backup: Path, seen: dict[str, object]) -> Iterator[Step]:
    t = TEXTS[lang]
    count = [0]

    def snap(name: str) -> None:
        count[0] += 1
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        seen.setdefault("shots", []).append(shot(window, shots, f"{lang}-{count[0]:02d}-{name}"))  # type: ignore[union-attr]

    def case_view() -> QWidget:
        return visible("mainWindow").pages["cases"].case_view  # type: ignore[union-attr, attr-defined, no-any-return]

    # -- first run ----------------------------------------------------------------------------------
    yield Until(lambda: active("firstRunWizard"), "the first-run wizard")
    snap("wizard-language")
    yield Keys("Return")  # the language given on the command line is chosen
    yield Until(lambda: visible("startPage"), "new vault or restore")
    yield Keys("Return")  # a new vault
    yield Until(lambda: visible("passphrasePage"), "passphrase page")
    yield Keys.typed(PASSPHRASE, "Tab")
    yield Keys.typed(PASSPHRASE)
    snap("wizard-passphrase")
    yield Keys("Return")
    yield Until(lambda: visible("recoveryPage") and visible("recoveryCodeLabel").text(), "the recovery code", 90)
    snap("wizard-recovery")
    yield alt("recoveryCodeConfirm")
    yield Until(lambda: visible("recoveryCodeConfirm").isChecked(), "the recovery code acknowledged", 5)  # type: ignore[union-attr]
    yield Keys("Return")
    yield Until(lambda: visible("profilePage"), "profile page")
    yield Keys.typed(t["name"], "Tab")
    yield Keys.typed(t["title"], "Tab")
    yield Keys.typed(t["contact"])
    snap("wizard-profile")
    yield Keys("Return")
    yield Until(lambda: visible("backupPage"), "backup page")
    yield alt("wizardBackupChoose")
    yield Until(lambda: modal_other("firstRunWizard"), "the folder dialog")
    snap("wizard-backup-folder")
    yield Keys.typed(str(backup), "Return")
    yield Until(lambda: active("firstRunWizard") and visible("wizardBackupFolder").text(), "the folder chosen")  # type: ignore[union-attr]
    seen["backup_folder"] = visible("wizardBackupFolder").text()  # type: ignore[union-attr]
    snap("wizard-backup")
    yield Keys("Return")  # Start using TrustDesk
    yield Until(lambda: active("mainWindow"), "the main window", 30)
    j.mark("main window")
    snap("today")

    # -- a new case and its first note ----------------------------------------------------------------
    yield Keys("Ctrl+N")
    yield Until(lambda: active("new_case_dialog"), "the new-case dialog")
    snap("new-case")
    yield Keys("Return")  # the defaults are a valid case
    yield Until(lambda: active("mainWindow") and visible("contacts_tab"), "the new case open", 30)
    seen["note_focus"] = QApplication.focusWidget().objectName()  # type: ignore[union-attr]
    yield Keys.typed(t["note"])
    yield alt("contact_risk")
    yield Keys("Down", "Down")  # not assessed -> no risk -> low

    def editor() -> object:
        return visible("contacts_tab").editor  # type: ignore[union-attr]

    yield Until(lambda: editor().stored_contact is not None  # type: ignore[attr-defined]
                and editor().stored_contact.risk.value == "low"  # type: ignore[attr-defined]
                and editor().stored_contact.notes == t["note"]  # type: ignore[attr-defined]
                and not editor().autosave.pending, "the note saved with its risk", 30)  # type: ignore[attr-defined]
    j.mark("first saved note")
    seen["case_code"] = visible("case_code").text()  # type: ignore[union-attr]
    seen["save_status"] = visible("contact_save_status").text()  # type: ignore[union-attr]
    snap("first-note")

    # -- a task ------------------------------------------------------------------------------------------
    yield Keys("Ctrl+Tab", "Ctrl+Tab")
    yield Until(lambda: visible("tasks_tab"), "the tasks tab")
    yield alt("task_new")
    yield Until(lambda: active("task_dialog"), "the task dialog")
    snap("task")
    seen["task_case"] = visible("task_case").text()  # type: ignore[union-attr]
    yield Keys.typed(t["task"], "Return")
    yield Until(lambda: active("mainWindow") and visible("task_list").count() == 1, "the task listed")  # type: ignore[union-attr]

    # -- a provider --------------------------------------------------------------------------------------
    yield Keys("Ctrl+3")
    yield Until(lambda: visible("providers_new"), "the providers page")
    snap("providers")
    yield alt("providers_new")
    yield Until(lambda: active("provider_dialog"), "the provider dialog")
    yield Keys.typed(t["provider"])
    snap("provider")
    yield Keys("Return")
    yield Until(lambda: active("mainWindow") and not visible("provider_dialog"), "the provider saved")

    # -- back to the case: a referral with consent, its signed letter ------------------------------------
    yield Keys("Ctrl+2")
    yield Until(lambda: visible("cases_table"), "the case list")
    yield Keys("Return")  # the case left a moment ago is the chosen row
    yield Until(lambda: visible("contacts_tab"), "the case open again")
    yield Keys("Right")  # the tab bar has the focus: the next tab
    yield Until(lambda: visible("referral_new"), "the referrals tab")
    yield alt("referral_new")
    yield Until(lambda: active("referral_dialog"), "the referral dialog")
    yield Keys.typed(t["provider"].split()[-1], "Down")  # search the directory, down to what it found
    yield alt("referral_reason")
    yield Keys.typed(t["reason"])
    yield alt("referral_consent")
    yield Until(lambda: visible("referral_consent").isChecked(), "consent recorded", 5)  # type: ignore[union-attr]
    yield alt("referral_consent_scope")  # a consent says what it covers
    yield Keys.typed(t["scope"])
    snap("referral")
    yield Keys("Return")
    yield Until(lambda: active("mainWindow") and visible("referral_list").model().rowCount() == 1,  # type: ignore[union-attr]
                "the referral listed")
    yield alt("referral_write_letter")
    yield Until(lambda: active("letter_dialog") and visible("letter_text").toPlainText(), "the letter")  # type: ignore[union-attr]
    seen["letter"] = visible("letter_text").toPlainText()  # type: ignore[union-attr]
    snap("letter")
    yield Keys("Return")
    yield Until(lambda: active("mainWindow") and not visible("letter_dialog"), "the letter kept")

    # -- the case summary: preview, print ------------------------------------------------------------------
    yield Keys("Ctrl+Tab", "Ctrl+Tab")
    yield Until(lambda: visible("documents_preview"), "the documents tab")
    yield alt("documents_preview")
    yield Until(lambda: active("pdfPreviewDialog"), "the preview", 60)
    snap("preview")
    j.manager.shown.clear()
    yield Keys("Ctrl+P")
    yield Until(lambda: modal_other("pdfPreviewDialog"), "the confirmation")
    snap("print-confirm")
    seen["print_notice"] = bool(visible("reauthNotice"))
    yield Keys.typed(PASSPHRASE, "Return")
    yield Until(lambda: modal_other("pdfPreviewDialog", "reauthDialog"), "the print dialog")
    snap("print-dialog")
    yield Keys("Return")
    yield Until(lambda: active("pdfPreviewDialog") and visible("pdfPreviewStatus").text(), "printed", 60)  # type: ignore[union-attr]
    seen["print_windows"] = [name for name in j.manager.shown if name not in ("printProgress",)]
    seen["print_status"] = visible("pdfPreviewStatus").text()  # type: ignore[union-attr]
    snap("printed")
    yield Keys("Escape")
    yield Until(lambda: active("mainWindow"), "the preview closed")
    seen["before_lock"] = [case_view().case_id, case_view().tabs.currentIndex()]  # type: ignore[attr-defined]

    # -- lock, unlock: back where we were ---------------------------------------------------------------
    yield Keys("Ctrl+L")
    yield Until(lambda: active("unlockWindow"), "the unlock window", 60)
    snap("locked")
    yield Keys.typed(PASSPHRASE, "Return")
    yield Until(lambda: active("mainWindow") and visible("documents_preview"), "back in the case", 90)
    seen["after_unlock"] = [case_view().case_id, case_view().tabs.currentIndex()]  # type: ignore[attr-defined]
    snap("unlocked")

    # -- search ----------------------------------------------------------------------------------------
    yield Keys("Ctrl+F")
    yield Until(lambda: active("search_dialog"), "the search")
    yield Keys.typed(t["search"])
    yield Until(lambda: visible("search_results").model().rowCount() > 0, "a search result", 30)  # type: ignore[union-attr]
    snap("search")
    yield Keys("Return")
    yield Until(lambda: active("mainWindow") and visible("contacts_tab")
                and visible("contact_notes").toPlainText() == t["note"], "the note found")  # type: ignore[union-attr]
    snap("found")
    j.mark("end")


def main() -> int:
    data_dir, shots, lang, backup = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    shots.mkdir(parents=True, exist_ok=True)
    from trustdesk.ui.shell import shell as shell_module

    seen: dict[str, object] = {}
    real_start = shell_module.Shell.start

    def start(self: shell_module.Shell) -> QWidget:
        window = real_start(self)

        def end(failure: str | None) -> None:
            seen.update(failure=failure, keys=j.keys, chars=j.chars, marks=j.marks, log=j.log[-25:])
            print(json.dumps(seen, ensure_ascii=False), flush=True)
            QApplication.quit()

        j = Journey(lambda jj: journey(jj, lang, shots, backup, seen), end)
        RUNNING.append(j)  # kept alive while the app runs
        j.begin()
        return window

    shell_module.Shell.start = start  # type: ignore[method-assign]
    from trustdesk.cli import main as cli_main

    return cli_main(["--data-dir", str(data_dir), "--lang", lang])


if __name__ == "__main__":
    sys.exit(main())
