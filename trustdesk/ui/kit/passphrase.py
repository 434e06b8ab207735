"""Choosing a passphrase: two fields, a strength meter with words (never colour alone), a minimum length.

Used by the first-run wizard, the recovery path of the unlock window and the settings dialog.
``zxcvbn`` and the vault's minimum length are imported on first use, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

MAX_SCORE = 4


def minimum_length() -> int:
    from trustdesk.vault import MIN_PASSPHRASE_LENGTH

    return MIN_PASSPHRASE_LENGTH


def strength(passphrase: str) -> int:
    """zxcvbn's score 0 (very weak) .. 4 (very strong); only the first 100 characters are judged."""
    if not passphrase:
        return 0
    from zxcvbn import zxcvbn

    return int(zxcvbn(passphrase[:100])["score"])


class PassphraseFields(QWidget):
    """New passphrase + repeat, with strength indication. ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "new") -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setObjectName(f"{prefix}PassphraseEdit")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName(f"{prefix}PassphraseRepeatEdit")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName(f"{prefix}PassphraseStrengthMeter")
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.verdict.setObjectName(f"{prefix}PassphraseVerdict")
        self.verdict.setWordWrap(True)

        self._first_label = QLabel(self)
        self._first_label.setBuddy(self.first)
        self._second_label = QLabel(self)
        self._second_label.setBuddy(self.second)
        form = QFormLayout()
        form.addRow(self._first_label, self.first)
        form.addRow(self._second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.verdict)

        self._score = 0
        self._seen = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.retranslate()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def score(self) -> int:
        return self._score

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return len(text) >= minimum_length() and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def judge(self) -> None:
        """Show the verdict now (callers that are past start-up need not wait for the first show)."""
        self._seen = True
        self._update()

    def retranslate(self) -> None:
        self._first_label.setText(self.tr("New &passphrase:"))
        self._second_label.setText(self.tr("&Repeat it:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        if self._seen:
            self._update()

    def _verdict_text(self) -> str:
        text = self.first.text()
        if not text:
            return self.tr("Use at least %n characters; a few unrelated words are easy to remember and hard "
                           "to guess.", "", minimum_length())
        if len(text) < minimum_length():
            return self.tr("Too short: at least %n characters.", "", minimum_length())
        words = (self.tr("Strength: very weak."), self.tr("Strength: weak."), self.tr("Strength: fair."),
                 self.tr("Strength: strong."), self.tr("Strength: very strong."))
        sentence = words[self._score]
        if self.second.text() and self.second.text() != text:
            sentence += " " + self.tr("The two passphrases are not the same yet.")
        elif self._score < 2:
            sentence += " " + self.tr("Add another unusual word to make it stronger.")
        return sentence

    def _update(self) -> None:
        self._score = strength(self.first.text()) if self.first.text() else 0
        self.meter.setValue(self._score if self.first.text() else 0)
        self.meter.setAccessibleDescription(self._verdict_text())
        self.verdict.setText(self._verdict_text())
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._seen:  # first judged when seen: keeps zxcvbn and the vault off the start-up path
            self._seen = True
            self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
