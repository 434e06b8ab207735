"""The pack editor's knowledge cards: what the coordinator writes per knowledge domain, in Dutch and
French (``packs/knowledge.py``: a key, a language, a title, the domains and kinds of care it is about,
its public source, the text in Markdown).  A list of the cards, and the chosen card's fields beside it;
the domains and kinds are ticked from their allowed values."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import CareDomain, ProviderKind
from trustdesk.packs.draft import CARD_FIELDS
from trustdesk.packs.draft_check import CARD_KEY_CHARACTERS
from trustdesk.ui.desk.checklist import CheckList, join_values, name_languages, plain_label, split_values
from trustdesk.ui.desk.pack_issues import key_sentence
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates

CARD_LANGUAGES = ("nl", "fr")


class CardsEditor(Retranslates, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCards")
        self.cards: list[dict[str, str]] = []
        self.list = QListWidget(self)
        self.list.setObjectName("deskCardsList")
        self.add_button = named_button(self, "deskCardAdd", self.add_card)
        self.remove_button = named_button(self, "deskCardRemove", self.remove_card)
        self.key = guard_text(QLineEdit(self))
        self.key.setObjectName("deskCardKey")
        self.key.setMaxLength(63)
        self.language = QComboBox(self)
        self.language.setObjectName("deskCardLanguage")
        for code in CARD_LANGUAGES:
            self.language.addItem("", code)  # named in retranslate
        self.title = guard_text(QLineEdit(self))
        self.title.setObjectName("deskCardTitle")
        self.title.setMaxLength(200)
        self.source = guard_text(QLineEdit(self))
        self.source.setObjectName("deskCardSource")
        self.source.setMaxLength(500)
        self.domains = CheckList("deskCardDomains", self)
        self.kinds = CheckList("deskCardKinds", self)
        self.body = guard_text(QPlainTextEdit(self))
        self.body.setObjectName("deskCardBody")
        self.body.setTabChangesFocus(True)
        self.labels = {name: QLabel(self) for name in ("key", "language", "title", "source", "domains", "kinds",
                                                       "body")}
        for name, widget in (("key", self.key), ("language", self.language), ("title", self.title),
                             ("source", self.source), ("domains", self.domains), ("kinds", self.kinds),
                             ("body", self.body)):
            self.labels[name].setBuddy(widget)
        form = QFormLayout()
        for name in ("key", "language", "title", "source"):
            form.addRow(self.labels[name], getattr(self, name))
        ticks = QHBoxLayout()
        for name in ("domains", "kinds"):
            column = QVBoxLayout()
            column.addWidget(self.labels[name])
            column.addWidget(getattr(self, name))
            ticks.addLayout(column)
        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addLayout(ticks)
        fields.addWidget(self.labels["body"])
        fields.addWidget(self.body, 1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(fields, 2)
        self._loading = False
        self.list.currentRowChanged.connect(self._show)
        for edit in (self.key, self.title, self.source):
            edit.textChanged.connect(self._keep)
        self.body.textChanged.connect(self._keep)
        self.language.currentIndexChanged.connect(self._keep)
        self.domains.changed.connect(self._keep)
        self.kinds.changed.connect(self._keep)
        self.retranslate()
        self._show(-1)

    # -- the cards ----------------------------------------------------------------------------------

    def set_cards(self, cards: tuple[dict[str, str], ...]) -> None:
        self.cards = [{name: card.get(name, "") for name in CARD_FIELDS} for card in cards]
        self._fill_list()
        self.list.setCurrentRow(0 if self.cards else -1)
        self._show(self.list.currentRow())

    def rows(self) -> tuple[dict[str, str], ...]:
        """The cards with something in them (an empty new card is left out)."""
        return tuple(dict(self.cards[index]) for index in self.filled())

    def filled(self) -> list[int]:
        """The list's rows of the cards ``rows()`` gives, in order (a draft's card -> its row on screen)."""
        return [index for index, card in enumerate(self.cards)
                if any(card.get(name, "").strip() for name in ("key", "title", "body"))]

    def field_widget(self, name: str) -> QWidget:
        return {"key": self.key, "language": self.language, "title": self.title, "source": self.source,
                "domains": self.domains, "kinds": self.kinds, "body": self.body}.get(name, self.key)

    def label_texts(self) -> dict[str, str]:
        return {"key": self.tr("Key (file name):"), "language": self.tr("Language:"), "title": self.tr("Title:"),
                "source": self.tr("Public source:"), "domains": self.tr("Knowledge domains:"),
                "kinds": self.tr("Kinds of care (optional):"), "body": self.tr("Text (Markdown):")}

    def field_label(self, name: str) -> str:
        """A field's name as its label shows it (no colon, no mnemonic), in the language of now (asked
        while the labels may still be retranslating)."""
        return plain_label(self.label_texts().get(name, name))

    def card_label(self, index: int) -> str:
        return self._label(self.cards[index]) if 0 <= index < len(self.cards) else ""

    def add_card(self) -> None:
        language = self.language.currentData() or CARD_LANGUAGES[0]
        self.cards.append({**dict.fromkeys(CARD_FIELDS, ""), "language": language})
        self._fill_list()
        self.list.setCurrentRow(len(self.cards) - 1)
        self.key.setFocus()

    def remove_card(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.cards):
            del self.cards[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.cards) - 1))
            self._show(self.list.currentRow())

    def _label(self, card: dict[str, str]) -> str:
        name = f"{card.get('language', '')}/{card.get('key', '')}".strip("/")
        return f"{name} \u2013 {card['title']}" if card.get("title") else name or self.tr("(new card)")

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for card in self.cards:
            self.list.addItem(self._label(card))
        self.list.setCurrentRow(min(row, len(self.cards) - 1))
        self.list.blockSignals(False)

    def _show(self, row: int) -> None:
        card = self.cards[row] if 0 <= row < len(self.cards) else None
        self._loading = True
        self.key.setText(card["key"] if card else "")
        self.language.setCurrentIndex(max(0, self.language.findData(card["language"])) if card else 0)
        self.title.setText(card["title"] if card else "")
        self.source.setText(card["source"] if card else "")
        self.domains.set_values(split_values(card["domains"]) if card else [])
        self.kinds.set_values(split_values(card["kinds"]) if card else [])
        self.body.setPlainText(card["body"] if card else "")
        self._loading = False
        for widget in (self.key, self.language, self.title, self.source, self.domains, self.kinds, self.body,
                       self.remove_button):
            widget.setEnabled(card is not None)

    def _keep(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.cards):
            return
        self.cards[row] = {"key": self.key.text().strip(), "language": str(self.language.currentData()),
                           "title": self.title.text().strip(), "source": self.source.text().strip(),
                           "domains": join_values(self.domains.values()), "kinds": join_values(self.kinds.values()),
                           "body": self.body.toPlainText()}
        item = self.list.item(row)
        if item is not None:
            item.setText(self._label(self.cards[row]))

    def retranslate(self) -> None:
        from trustdesk.ui.directory.providers_model import kind_text
        from trustdesk.ui.kit.case_labels import care_choice_text

        self.domains.set_choices([(d.value, care_choice_text(d)) for d in CareDomain])
        self.kinds.set_choices([(k.value, kind_text(k)) for k in ProviderKind])
        row = self.list.currentRow()
        if 0 <= row < len(self.cards):
            self.domains.set_values(split_values(self.cards[row]["domains"]))
            self.kinds.set_values(split_values(self.cards[row]["kinds"]))
        texts = self.label_texts()
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.list.setAccessibleName(self.tr("Knowledge cards in the pack"))
        self.key.setAccessibleName(self.tr("Key of the card (its file name)"))
        # what a key may hold, said before anything is typed (and again by the check: pack_issues.key_rule)
        self.key.setPlaceholderText(self.tr("e.g. burnout-signals"))
        self.key.setToolTip(key_sentence(CARD_KEY_CHARACTERS))
        self.language.setAccessibleName(self.tr("Language of the card"))
        name_languages(self.language)
        self.title.setAccessibleName(self.tr("Title of the card"))
        self.source.setAccessibleName(self.tr("Public source of the card"))
        self.domains.setAccessibleName(self.tr("Knowledge domains of the card"))
        self.kinds.setAccessibleName(self.tr("Kinds of care the card is about"))
        self.body.setAccessibleName(self.tr("Text of the card, in Markdown"))
        for button, text in ((self.add_button, self.tr("Add a card")),
                             (self.remove_button, self.tr("Remove the chosen knowledge card"))):
            button.setText(text)
            button.setAccessibleName(text)
