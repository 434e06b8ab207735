"""A case's knowledge cards: what the coordinator wrote about the case's domains (burn-out,
addiction, …), beside the case.  The cards come from the last organisation pack that carried any,
else from the defaults shipped with TrustDesk; they are shown only through the safe Markdown view
(``ui/kit/markdown_view.py``), in the interface's language when the card exists in it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import Language
from trustdesk.domain.knowledge import KnowledgeCard, cards_for, general_cards
from trustdesk.ui.case.queries import CaseKnowledge, load_knowledge
from trustdesk.ui.kit.case_labels import care_domain_text
from trustdesk.ui.kit.case_tab import follow_session, refresh_tab
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.markdown_view import SafeMarkdownView
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault.events import Change, Table

KEY_ROLE = Qt.ItemDataRole.UserRole


def interface_language() -> Language:
    try:
        return Language(QLocale().name()[:2])
    except ValueError:
        return Language.EN


class KnowledgeButton(Retranslates, QPushButton):
    """Beside the case's domains in its header: opens the Knowledge tab (hidden without domains)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_knowledge")
        self.setFlat(True)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Knowledge cards \u203a"))
        self.setAccessibleName(self.tr("Knowledge cards about the case's domains"))


class KnowledgeTab(Retranslates, QWidget):
    loaded = Signal()

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledge_tab")
        self.session = session
        self.case_id = case_id
        self.knowledge = CaseKnowledge((), ())
        self.shown: list[KnowledgeCard] = []
        self.intro = QLabel(self)
        self.intro.setObjectName("knowledge_intro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("knowledge_list")
        self.view = guard_text(SafeMarkdownView(self))
        self.view.setObjectName("knowledge_card")
        self.source = QLabel(self)
        self.source.setObjectName("knowledge_source")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.source)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.list.currentRowChanged.connect(self._show)
        follow_session(self, self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.concerns(self.case_id, Table.CASES, Table.CONTACTS):
            self.refresh()

    def refresh(self) -> None:
        refresh_tab(self, lambda vault: load_knowledge(vault, self.case_id), self._fill)

    def _fill(self, knowledge: CaseKnowledge) -> None:
        self.knowledge = knowledge
        self._fill_list()

    def _fill_list(self) -> None:
        chosen = self.list.currentItem().data(KEY_ROLE) if self.list.currentItem() is not None else None
        # the case's language first (a Dutch case shows its Dutch cards first), then the reader's
        languages = (*((self.knowledge.language,) if self.knowledge.language else ()), interface_language())
        self.shown = (cards_for(self.knowledge.cards, self.knowledge.domains, *languages)
                      + general_cards(self.knowledge.cards, *languages))
        self.list.blockSignals(True)
        self.list.clear()
        for card in self.shown:
            themes = ", ".join(care_domain_text(d) for d in self.knowledge.domains if d in card.domains) \
                or self.tr("The care offer")
            item = QListWidgetItem(f"{themes}\n{card.title}", self.list)
            item.setData(KEY_ROLE, card.key)
            if card.key == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.shown:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())
        self.retranslate()

    def _show(self, row: int) -> None:
        card = self.shown[row] if 0 <= row < len(self.shown) else None
        if card is None:
            self.view.clear()
            self.source.clear()
            return
        self.view.show_markdown(card.body)
        self.source.setText(self.tr("Source: %1").replace("%1", card.source) if card.source else "")

    def titles(self) -> list[str]:
        return [card.title for card in self.shown]

    def clear(self) -> None:
        self.knowledge = CaseKnowledge((), ())
        self.shown = []
        self.list.clear()
        self.view.clear()
        self.source.clear()

    def retranslate(self) -> None:
        if not self.knowledge.domains:
            self.intro.setText(self.tr("Choose the case's knowledge domains (Details) to see what the coordinator "
                                       "wrote about them."))
        elif not any(card.domains for card in self.shown):
            self.intro.setText(self.tr("No knowledge card about these domains yet; below, the care offer in "
                                       "general."))
        else:
            self.intro.setText(self.tr("What the coordinator wrote about this case's domains. Links are shown, "
                                       "never opened."))
        self.list.setAccessibleName(self.tr("Knowledge cards for this case"))
        self.view.setAccessibleName(self.tr("The chosen knowledge card"))

    def on_language_change(self) -> None:
        # The translators change before the locale does (Translations.install): pick the cards'
        # language once this event is over.
        self.retranslate()
        QTimer.singleShot(0, self, self._fill_list)
