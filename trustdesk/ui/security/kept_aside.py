"""After a restore, the vault that was replaced stays in the data folder as ``kept-aside-<time>/``.
Once the restored vault has opened (the first unlock after the restore), this dialog says where the
old copy is and offers to remove it; "keep it" leaves it (the destroy dialog and Settings name it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.screen import fit_to_screen
from trustdesk.ui.kit.session import Operation


class KeptAsideOffer(Retranslates, QDialog):
    def __init__(self, data_dir: Path, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptAsideOffer")
        self.setAutoFillBackground(True)
        self.data_dir, self.folder = Path(data_dir), Path(folder)
        self.removed = False
        self.text = QLabel(self)
        self.text.setObjectName("keptAsideText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("keptAsideMessage")
        self.message.setWordWrap(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("keptAsideRemove")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keptAsideKeep")
        self.keep_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.remove_button.clicked.connect(self.remove)
        self.keep_button.clicked.connect(self.accept)
        self.retranslate()
        fit_to_screen(self, 560, 300)

    def show_over_parent(self) -> None:
        self.open()
        self.raise_()
        self.activateWindow()

    def remove(self) -> None:
        from trustdesk.vault.restore import remove_kept_aside

        data_dir, folder = self.data_dir, self.folder
        self.remove_button.setEnabled(False)
        Operation(self, lambda: remove_kept_aside(data_dir, folder)).success(self._removed).failure(
            self._failed).run()

    def _removed(self, _none: object) -> None:
        self.removed = True
        self.message.setText(self.tr("The old copy is removed."))
        self.keep_button.setText(self.tr("&Close"))
        self.keep_button.setAccessibleName(self.tr("Close"))

    def _failed(self, _exc: BaseException, sentence: str) -> None:
        self.remove_button.setEnabled(True)
        self.message.setText(self.tr("The old copy could not be removed: %1").replace("%1", sentence))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The vault from before the restore"))
        self.text.setText(self.tr(
            "Your restored vault opens. The vault this computer had before the restore is still kept aside, "
            "encrypted, in:\n\n%1\n\nIt holds every case it held then, including cases you may since have "
            "closed or destroyed. Remove it now, unless you still need something from it.").replace(
            "%1", str(self.folder)))
        self.text.setAccessibleName(self.text.text())
        if not self.removed:
            self.keep_button.setText(self.tr("&Keep it for now"))
            self.keep_button.setAccessibleName(self.tr("Keep the old copy for now"))
        self.remove_button.setText(self.tr("&Remove the old copy"))
        self.remove_button.setAccessibleName(self.tr("Remove the old copy of the vault"))
