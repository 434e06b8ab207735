"""Staying current without a network: the release the coordinator's last pack announced.

TrustDesk never asks the internet whether a newer version exists.  A signed pack may announce the
current release (packs/release.py); when it is newer than this TrustDesk, the main window says so
calmly in its status bar — urgently when the newer release fixes a security problem — and points to
the coordinator, who hands out installers.  Settings shows this version, its build date and the
date of the last pack (``AboutBox``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.ui.shell.queries import ReleaseState, release_state

if TYPE_CHECKING:
    from trustdesk.packs.release import Notice

translate = QCoreApplication.translate



def notice_text(notice: Notice) -> str:
    if notice.urgent:
        return translate("ReleaseNotice", "⚠ TrustDesk %1 fixes a security problem. Ask your coordinator for it "
                                          "soon (you have %2).").replace("%1", notice.announced.version).replace(
            "%2", notice.running)
    return translate("ReleaseNotice", "A newer TrustDesk (%1) is available from your coordinator.").replace(
        "%1", notice.announced.version)


class ReleaseNotice(QLabel):
    """The status-bar line; hidden while this TrustDesk is current."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseNotice")
        self.session = session
        self.state: ReleaseState | None = None
        self.hide()

    def refresh(self) -> None:
        if self.session.is_unlocked:
            VaultOp(self, release_state, session=self.session).success(self._show).run_in_background()

    def _show(self, state: ReleaseState) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        notice = self.state.notice if self.state is not None else None
        if notice is None:
            self.hide()
            return
        self.setText(notice_text(notice))
        self.setAccessibleName(notice_text(notice))
        self.setStyleSheet("font-weight: bold;" if notice.urgent else "")
        self.show()


class AboutBox(QGroupBox):
    """Settings: this version, its build date, the last pack and its date."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.session = session
        self.state: ReleaseState | None = None
        self.labels = [QLabel(self) for _ in range(3)]
        self.values = [QLabel(self) for _ in range(3)]
        for name, value in zip(("aboutVersion", "aboutBuilt", "aboutPack"), self.values, strict=True):
            value.setObjectName(name)
            value.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("aboutNotice")
        self.notice.setWordWrap(True)
        form = QFormLayout(self)
        for label, value in zip(self.labels, self.values, strict=True):
            form.addRow(label, value)
        form.addRow(self.notice)
        self.retranslate()
        if session.is_unlocked:
            VaultOp(self, release_state, session=session).success(self._loaded).run()

    def _loaded(self, state: ReleaseState) -> None:
        self.state = state
        self.retranslate()

    def pack_text(self, state: ReleaseState) -> str:
        """The pack in use: its name, version, date and the key it was verified with; the built-in starter
        directory by name (the audit log lists it as an import too)."""
        from datetime import date

        from trustdesk.ui.kit.case_labels import date_text

        pack = state.pack
        if pack is None:
            return self.tr("no pack imported yet")
        if pack.builtin:
            return self.tr("the starter directory built into TrustDesk, version %1 (part of this installation, "
                           "no signature needed)").replace("%1", pack.version)
        try:
            made = date_text(date.fromisoformat(pack.created))
        except ValueError:
            made = pack.created
        text = self.tr("“%1” (%2, version %3, dated %4)").replace("%1", pack.title or pack.pack_id).replace(
            "%2", pack.pack_id).replace("%3", pack.version).replace("%4", made)
        if pack.signer:
            return text + "; " + self.tr("signed with key %1").replace("%1", pack.signer)
        return text

    def built_text(self, state: ReleaseState) -> str:
        """The build's date; a run from a source checkout says it is no release, and which commit it is."""
        from datetime import date

        from trustdesk.ui.kit.case_labels import date_text

        if state.build_date:
            return state.build_date
        checkout = state.checkout
        if checkout is None:
            return self.tr("development version (not released)")
        if not checkout.date:
            return self.tr("development version (not released), commit %1").replace("%1", checkout.commit)
        return self.tr("development version (not released), commit %1 of %2").replace(
            "%1", checkout.commit).replace("%2", date_text(date.fromisoformat(checkout.date)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("This TrustDesk"))
        for label, text in zip(self.labels, (self.tr("Version:"), self.tr("Built on:"), self.tr("Pack:")),
                               strict=True):
            label.setText(text)
        state = self.state
        if state is None:
            return
        self.values[0].setText(state.version)
        self.values[1].setText(self.built_text(state))
        self.values[2].setText(self.pack_text(state))
        if state.notice is not None:
            self.notice.setText(notice_text(state.notice))
        else:
            self.notice.setText(self.tr("TrustDesk never looks for updates on the internet; your coordinator's "
                                        "packs tell it when a newer version exists."))
