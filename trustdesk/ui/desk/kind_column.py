"""The directory's Kind column: chosen from the kinds of provider, by their names in the desk's
language, and kept as the value the pack carries ("psychologist").  Typed as free text, a Dutch
coordinator's "Peercoaching / teamtraject" (the kind's own name on screen) was refused as an
unknown kind, and only the English values were said to be allowed.  A value typed before (an older
draft: "psycholoog") still shows as typed, and the check still names it when the pack cannot read it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from trustdesk.domain.enums import ProviderKind

_KINDS = {kind.value: kind for kind in ProviderKind}


def kind_name(value: str) -> str:
    """A stored kind as the screen shows it: its name, or the text as typed when it is no kind."""
    from trustdesk.ui.directory.providers_model import kind_text

    kind = _KINDS.get(value.strip())
    return kind_text(kind) if kind is not None else value


class KindDelegate(QStyledItemDelegate):
    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:  # noqa: N802 - Qt API
        return kind_name(str(value or ""))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        from trustdesk.ui.directory.providers_model import kind_text

        combo = QComboBox(parent)
        combo.setObjectName("deskProviderKindChoice")
        for kind in ProviderKind:
            combo.addItem(kind_text(kind), kind.value)
        combo.setAccessibleName(self.tr("Kind of provider"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or "").strip())))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
