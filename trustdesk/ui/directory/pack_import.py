"""Importing an organisation pack (issue 7): choose a file, verify it with the key pinned in this
build, show what it holds and what would change, then import it in ONE transaction.

Refusals (unsigned, tampered, wrong key, older version, malformed, …) are told in one translated
sentence and change nothing.  A build without a pinned key says so plainly and imports nothing.
At first run, ``offer_bundled_pack`` offers the pack a coordinator bundled into the installer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.packs.errors import PackRejected, RejectReason
from trustdesk.ui.directory.queries import (
    PackCheck,
    check_pack,
    install_first_run_content,
    read_pack_file,
)
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from trustdesk.packs.installation import InstallReport, SyncCounts
    from trustdesk.vault import Vault

PINNED = object()  # "the key pinned in this build"



def reject_text(reason: RejectReason) -> str:
    """One translated sentence per RejectReason; each ends by saying that nothing changed."""
    texts = {
        RejectReason.UNSIGNED: QCoreApplication.translate(
            "PackImport", "This pack is not signed, so TrustDesk cannot know who made it. "
                                  "It was not imported; nothing was changed."),
        RejectReason.BAD_SIGNATURE: QCoreApplication.translate(
            "PackImport", "This pack was changed after it was signed (or the file is damaged). "
                                       "It was not imported; nothing was changed."),
        RejectReason.WRONG_KEY: QCoreApplication.translate(
            "PackImport", "This pack was signed by someone other than your coordinator. "
                                   "It was not imported; nothing was changed."),
        RejectReason.NO_TRUSTED_KEY: QCoreApplication.translate(
            "PackImport", "This build of TrustDesk has no coordinator key, so it cannot import "
                                        "organisation packs. Ask your coordinator for the installer that "
                                        "belongs with your organisation. Nothing was changed."),
        RejectReason.MALFORMED: QCoreApplication.translate(
            "PackImport", "This file is not a valid organisation pack. It was not imported; "
                                   "nothing was changed."),
        RejectReason.OLDER_VERSION: QCoreApplication.translate(
            "PackImport", "A newer version of this pack is already imported. This older version "
                                       "was not imported; nothing was changed."),
        RejectReason.ALREADY_IMPORTED: QCoreApplication.translate(
            "PackImport", "This version of the pack is already imported. Nothing was changed."),
        RejectReason.TOO_LARGE: QCoreApplication.translate(
            "PackImport", "This pack is larger than TrustDesk accepts. It was not imported; "
                                   "nothing was changed."),
        RejectReason.UNSAFE_PATH: QCoreApplication.translate(
            "PackImport", "This pack holds files with unsafe names. It was not imported; "
                                     "nothing was changed."),
        RejectReason.TOO_MANY_FILES: QCoreApplication.translate(
            "PackImport", "This pack holds too many files. It was not imported; nothing was changed."),
        RejectReason.NEWER_FORMAT: QCoreApplication.translate(
            "PackImport", "This pack was made by a newer TrustDesk. Ask your coordinator for the newer TrustDesk, "
                          "then import the pack again. It was not imported; nothing was changed."),
    }
    return texts[reason]


def damaged_key_text() -> str:
    return QCoreApplication.translate(
        "PackImport", "The coordinator key of this build is damaged, so no pack can be checked. Reinstall TrustDesk. "
              "Nothing was changed.")



def counts_text(counts: SyncCounts) -> str:
    parts = [QCoreApplication.translate("PackImport", "%n new", "", counts.added)]
    if counts.updated:
        parts.append(QCoreApplication.translate(
            "PackImport", "%n updated", "", counts.updated))
    if counts.kept_edited:
        parts.append(QCoreApplication.translate(
            "PackImport", "%n changed by you, kept as you left them", "", counts.kept_edited))
    if counts.removed:
        parts.append(QCoreApplication.translate(
            "PackImport", "%n no longer in the pack, removed", "", counts.removed))
    if counts.dismissed:
        parts.append(QCoreApplication.translate(
            "PackImport", "%n you deleted, not brought back", "", counts.dismissed))
    return ", ".join(parts)


def plan_text(check: PackCheck) -> str:
    pack, plan = check.pack, check.plan
    title = pack.manifest.title or pack.id
    lines = [
        QCoreApplication.translate(
            "PackImport", "Organisation pack \u201c%1\u201d (%2), version %3, made on %4.").replace("%1", title)
        .replace("%2", pack.id).replace("%3", str(pack.version)).replace("%4", pack.manifest.created),
        QCoreApplication.translate(
            "PackImport", "Signed with your coordinator's key (%1).").replace("%1", pack.key_id),
        QCoreApplication.translate(
            "PackImport", "Providers: %n in the pack; %2.", "", len(pack.providers))
        .replace("%2", counts_text(plan.providers)),
        QCoreApplication.translate(
            "PackImport", "Letter templates: %n in the pack; %2.", "", len(pack.templates))
        .replace("%2", counts_text(plan.templates)),
    ]
    if pack.helplines is not None:
        lines.append(QCoreApplication.translate(
            "PackImport", "Help lines: %1 (they replace the current list).").replace("%1", str(len(pack.helplines))))
    if pack.knowledge is not None:
        lines.append(QCoreApplication.translate(
            "PackImport", "Knowledge cards: %1 (they replace the current cards).").replace("%1", str(len(pack.knowledge))))
    if pack.manifest.next_key:
        from trustdesk.packs.signing import key_id, raw_public_key

        successor = raw_public_key(pack.manifest.next_key)
        lines.append(QCoreApplication.translate(
            "PackImport", "Your coordinator changes keys: after this import, only packs signed with the new key "
                          "(%1) are accepted.").replace("%1", key_id(successor) if successor else "?"))
    if plan.confirmed_card_kept and pack.coordinator_card is not None:
        from trustdesk.exchange.local import short_fingerprint

        lines.append(QCoreApplication.translate(
            "PackImport", "Warning: this pack carries a DIFFERENT coordinator card (%1…) than the one you compared "
                          "by phone (%2…). Your confirmed card stays and keeps working; the new one is kept beside "
                          "it, unconfirmed. Call your coordinator on the number you know before you confirm it "
                          "(Coordinator › My contact card).").replace(
            "%1", short_fingerprint(pack.coordinator_card)).replace("%2", plan.confirmed_card_kept))
    elif plan.coordinator_card_changed and pack.coordinator_card is not None:
        lines.append(QCoreApplication.translate(
            "PackImport", "A new card of your coordinator, fingerprint %1: compare it by phone before intakes and "
                          "figures use it (Coordinator › My contact card).").replace(
            "%1", pack.coordinator_card.fingerprint))
    if pack.release is not None:
        lines.append(QCoreApplication.translate(
            "PackImport", "Current TrustDesk release: %1 of %2.").replace("%1", pack.release.version).replace(
            "%2", pack.release.date))
    lines.append(QCoreApplication.translate(
        "PackImport", "Your own entries and everything you changed stay as they are."))
    return "\n".join(lines)


def report_text(report: InstallReport) -> str:
    return QCoreApplication.translate(
        "PackImport", "Imported. Providers: %1. Letter templates: %2.").replace("%1", counts_text(report.providers)) \
        .replace("%2", counts_text(report.templates))


class PackImportDialog(ClosesOnLock, Retranslates, QDialog):
    """Verify a pack file, show what it holds, import on confirmation. ``report`` after Import."""

    def __init__(self, session: VaultSession, data: bytes, *, public_key: Any = PINNED,
                 parent: QWidget | None = None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pack_import_dialog")
        self.session = session
        self.first_run = first_run
        self.check: PackCheck | None = None
        self.refusal: RejectReason | None = None
        self.report: InstallReport | None = None
        self.setMinimumWidth(520)

        self.title = QLabel(self)
        self.title.setObjectName("pack_title")
        self.text = QLabel(self)
        self.text.setObjectName("pack_text")
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("pack_buttons")
        self.import_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("pack_import")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("pack_cancel")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.close_on_lock(session)

        self._key_problem = ""
        pinned = public_key is PINNED
        key = self._pinned_key() if pinned else public_key
        if not self._key_problem:
            try:  # PackRejected is not a vault failure: it comes out of run() itself
                VaultOp(self, lambda v: check_pack(v, data, key, follow_rotation=pinned), session=session).success(
                    self._checked).failure(self._failed).run()
            except PackRejected as exc:
                self.refusal = exc.reason
        self.retranslate()

    def _pinned_key(self) -> Ed25519PublicKey | None:
        from trustdesk.packs.bundled import pinned_public_key

        try:
            return pinned_public_key()
        except (ValueError, OSError):
            self._key_problem = damaged_key_text()
            return None

    def _checked(self, check: PackCheck) -> None:
        self.check = check

    def _failed(self, _exc: BaseException, sentence: str) -> None:
        self._key_problem = sentence

    @property
    def refused_text(self) -> str:
        if self._key_problem:
            return self._key_problem
        return reject_text(self.refusal) if self.refusal is not None else ""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import organisation pack"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the pack"))
        self.cancel_button.setAccessibleName(self.tr("Do not import"))
        self.text.setAccessibleName(self.tr("What the pack holds"))
        if self.report is not None:
            self.title.setText(self.tr("The pack was imported."))
            self.text.setText(report_text(self.report))
        elif self.check is not None:
            self.title.setText(self.tr("Your coordinator published this organisation pack:") if self.first_run
                               else self.tr("Import this organisation pack?"))
            self.text.setText(plan_text(self.check))
        else:
            self.title.setText(self.tr("This pack cannot be imported."))
            self.text.setText(self.refused_text)
        self.import_button.setEnabled(self.check is not None and self.report is None)
        self.import_button.setVisible(self.check is not None)
        self.cancel_button.setText(self.tr("Cancel") if self.check is not None else self.tr("Close"))

    def confirm(self) -> None:
        check = self.check
        if check is None:
            return
        from trustdesk.packs.installation import import_pack

        def store(vault: Vault) -> InstallReport:
            return import_pack(vault, check.pack)

        try:
            VaultOp(self, store, session=self.session).success(self._imported).failure(self._failed).run()
        except PackRejected as exc:  # e.g. imported meanwhile from another window
            self.check = None
            self.refusal = exc.reason
            self.retranslate()

    def _imported(self, report: InstallReport) -> None:
        self.report = report
        self.accept()


def choose_pack_file(parent: QWidget) -> Path | None:
    """Qt's own dialog (labels from Qt's catalogue, in the interface's language), starting in the
    user's Documents folder (not the process's working folder); its history is forgotten after."""
    from trustdesk.ui.kit.file_dialogs import open_file
    from trustdesk.ui.output.document_output import documents_folder

    return open_file(
        parent, QCoreApplication.translate("PackImport", "Import organisation pack"), documents_folder(),
        QCoreApplication.translate("PackImport", "Organisation packs (*.zip *.tdpack);;All files (*)"))



def pack_import_dialog(session: VaultSession, parent: QWidget, path: Path | None = None) -> PackImportDialog | None:
    """File chooser -> verification -> the confirmation dialog (for the page to open: Page.open_dialog)."""
    path = path or choose_pack_file(parent)
    if path is None:
        return None
    try:
        data = read_pack_file(path)
    except OSError:
        data = b""
    return PackImportDialog(session, data, parent=parent)


def offer_bundled_pack(session: VaultSession, parent: QWidget | None) -> PackImportDialog | None:
    """First run: the pack bundled with this build, when there is one not yet imported."""
    from trustdesk.packs.bundled import bundled_pack

    try:
        data = bundled_pack()
    except OSError:
        return None
    if data is None:
        return None
    dialog = PackImportDialog(session, data, parent=parent, first_run=True)
    if dialog.refusal == RejectReason.ALREADY_IMPORTED:
        dialog.deleteLater()
        return None
    dialog.open()
    return dialog



def first_run_setup(session: VaultSession, parent: QWidget | None) -> PackImportDialog | None:
    """Right after the wizard created the vault: starter content, then the bundled pack (asked first)."""
    if not session.is_unlocked:
        return None
    VaultOp(session, install_first_run_content).run()
    return offer_bundled_pack(session, parent)
