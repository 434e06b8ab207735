"""The trust person's profile: who signs the letters (name, title, contact line, RIZIV/INAMI number).

``ProfileFields`` is the form (used by the first-run wizard, which stores it once the vault exists);
``ProfileBox`` wraps it for Settings with its own *Save*.  The profile lives in the vault settings
(``vault.settings.profile()``), so it travels with backups and never sits in plain text on disk.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.models import TrustPersonProfile
from trustdesk.ui.kit.appearance import sized_for
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession


class ProfileFields(Retranslates, QWidget):
    """Four line edits; ``profile()`` reads them, ``set_profile()`` fills them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "profile") -> None:
        super().__init__(parent)
        self.name = guard_text(QLineEdit(self))
        self.title = guard_text(QLineEdit(self))
        self.contact = guard_text(QLineEdit(self))
        self.riziv = guard_text(QLineEdit(self))
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, edit, name in zip(self.labels, (self.name, self.title, self.contact, self.riziv),
                                     ("name", "title", "contact", "riziv"), strict=True):
            edit.setObjectName(f"{prefix}_{name}")
            edit.setMaxLength(200)
            sized_for(edit, {"riziv": "number"}.get(name, name))  # a long title shows whole
            edit.textChanged.connect(self.changed)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.retranslate()

    def profile(self) -> TrustPersonProfile:
        return TrustPersonProfile(name=self.name.text().strip(), title=self.title.text().strip(),
                                  contact=self.contact.text().strip(), riziv=self.riziv.text().strip())

    def set_profile(self, profile: TrustPersonProfile) -> None:
        for edit, value in ((self.name, profile.name), (self.title, profile.title), (self.contact, profile.contact),
                            (self.riziv, profile.riziv)):
            edit.setText(value)

    def retranslate(self) -> None:
        texts = (
            (self.tr("Na&me:"), self.tr("Your name as you sign letters"), self.tr("Dr. An Peeters")),
            (self.tr("&Title:"), self.tr("Your title or discipline"), self.tr("general practitioner")),
            (self.tr("Contact lin&e:"), self.tr("Phone number and e-mail address for letters"),
             self.tr("0470 12 34 56 · name@example.be")),
            (self.tr("RI&ZIV/INAMI number:"), self.tr("RIZIV/INAMI number (optional)"), self.tr("optional")),
        )
        for label, edit, (text, accessible, placeholder) in zip(
                self.labels, (self.name, self.title, self.contact, self.riziv), texts, strict=True):
            label.setText(text)
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(placeholder)


class ProfileBox(Retranslates, QGroupBox):
    """Settings → *Letters are signed by*: the profile, with *Save*."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBox")
        self.session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields = ProfileFields(self, prefix="settings_profile")
        self.state = QLabel(self)
        self.state.setObjectName("profileState")
        self.state.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("profileSave")
        self.save_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addLayout(row)
        self._stored = TrustPersonProfile()
        self.fields.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        VaultOp(self, lambda vault: vault.settings.profile(), session=session).success(self._loaded).run()

    def _loaded(self, profile: TrustPersonProfile) -> None:
        self._stored = profile
        self.fields.set_profile(profile)
        self.state.clear()
        self.save_button.setEnabled(False)

    def unsaved(self) -> bool:
        """Whether the fields hold a profile that *Save profile* has not stored yet."""
        return self.fields.profile() != self._stored

    def _edited(self) -> None:
        changed = self.unsaved()
        self.save_button.setEnabled(changed)
        self.state.setText(self.tr("Not saved yet.") if changed else "")

    def save(self) -> None:
        wanted = self.fields.profile()
        if wanted == self._stored or not self.session.is_unlocked:
            return
        VaultOp(self, lambda vault: vault.settings.set_profile(wanted), session=self.session).success(
            lambda _none: self._saved(wanted)).failure(lambda _exc, message: self.state.setText(message)).run()

    def _saved(self, profile: TrustPersonProfile) -> None:
        self._stored = profile
        self.save_button.setEnabled(self.fields.profile() != profile)
        self.state.setText(self.tr("✓ Saved: your letters are signed with it."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Letters are signed by"))
        self.intro.setText(self.tr("Your name, title and contact line close every letter, with your role as trust "
                                   "person under your name. The RIZIV/INAMI number is printed only if you enter it."))
        self.save_button.setText(self.tr("Sa&ve profile"))
        self.save_button.setAccessibleName(self.tr("Save your profile"))
