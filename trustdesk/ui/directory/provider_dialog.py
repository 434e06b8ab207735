"""Add or edit one provider of the directory.

Saving an entry that came from a pack or the starter directory marks it ``edited``: later imports of
that pack leave the trust person's version alone.  The source itself is shown, never edited.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.ui.directory.providers_model import kind_text, source_text
from trustdesk.ui.kit.appearance import save_cancel
from trustdesk.ui.kit.case_labels import care_choice_text, care_domain_text, language_text, province_text
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import ClosesOnLock
from trustdesk.ui.kit.retranslates import Retranslates
from trustdesk.ui.kit.session import VaultOp, VaultSession

if TYPE_CHECKING:
    from trustdesk.vault import Vault


class ProviderDialog(ClosesOnLock, Retranslates, QDialog):
    """``saved`` holds the stored provider after Save."""

    def __init__(self, session: VaultSession, provider: Provider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provider_dialog")
        self.session = session
        self.original = provider
        self.saved: Provider | None = None
        self.setMinimumWidth(520)

        self.kind = QComboBox(self)
        self.kind.setObjectName("provider_kind")
        for kind in ProviderKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.name = guard_text(QLineEdit(self))
        self.name.setObjectName("provider_name")
        self.organisation = guard_text(QLineEdit(self))
        self.organisation.setObjectName("provider_organisation")
        self.language_boxes: dict[Language, QCheckBox] = {}
        languages = QHBoxLayout()
        for lang in Language:
            box = QCheckBox(language_text(lang), self)
            box.setObjectName(f"provider_language_{lang.value}")
            box.setAccessibleName(language_text(lang))
            self.language_boxes[lang] = box
            languages.addWidget(box)
        languages.addStretch(1)
        self.domain_boxes: dict[CareDomain, QCheckBox] = {}
        domains = QGridLayout()
        for index, domain in enumerate(CareDomain):
            box = QCheckBox(self)
            box.setObjectName(f"provider_domain_{domain.value}")
            self.domain_boxes[domain] = box
            domains.addWidget(box, index // 3, index % 3)
        self.region_boxes: dict[Province, QCheckBox] = {}
        regions = QGridLayout()
        for index, province in enumerate(Province):
            box = QCheckBox(self)
            box.setObjectName(f"provider_region_{province.value}")
            self.region_boxes[province] = box
            regions.addWidget(box, index // 3, index % 3)
        self.region = guard_text(QLineEdit(self))  # the place, in free text ("Gent")
        self.region.setObjectName("provider_region")
        self.address = guard_text(QPlainTextEdit(self))
        self.address.setObjectName("provider_address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.phone = guard_text(QLineEdit(self))
        self.phone.setObjectName("provider_phone")
        self.email = guard_text(QLineEdit(self))
        self.email.setObjectName("provider_email")
        self.website = guard_text(QLineEdit(self))
        self.website.setObjectName("provider_website")
        self.notes = guard_text(QPlainTextEdit(self))
        self.notes.setObjectName("provider_notes")
        self.notes.setTabChangesFocus(True)
        self.sees_physicians = QCheckBox(self)
        self.sees_physicians.setObjectName("provider_sees_physicians")
        self.source = QLabel(self)
        self.source.setObjectName("provider_source")
        self.source.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("provider_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(13)]
        fields: tuple[QWidget | QHBoxLayout | QGridLayout, ...] = (
            self.kind, self.name, self.organisation, languages, domains, regions, self.region, self.address,
            self.phone, self.email, self.website, self.notes, self.source)
        for label, field in zip(self.labels, fields, strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                self.form.addRow(label, field)
            else:
                self.form.addRow(label, field)
        self.form.insertRow(12, "", self.sees_physicians)

        self.buttons, self.save_button, self.cancel_button = save_cancel(self, "provider", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.close_on_lock(session)

        self._load(provider)
        self.retranslate()
        if provider is None:
            self.name.setFocus()  # a new provider starts with its name; the kind is one Shift+Tab away

    def _load(self, provider: Provider | None) -> None:
        if provider is None:
            self.source.setText(source_text(Provider(kind=ProviderKind.PSYCHOLOGIST, name="")))
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(provider.kind.value)))
        self.name.setText(provider.name)
        self.organisation.setText(provider.organisation)
        for lang, box in self.language_boxes.items():
            box.setChecked(lang in provider.languages)
        for domain, box in self.domain_boxes.items():
            box.setChecked(domain in provider.domains)
        for province, box in self.region_boxes.items():
            box.setChecked(province in provider.regions)
        self.region.setText(provider.region)
        self.address.setPlainText(provider.address)
        self.phone.setText(provider.phone)
        self.email.setText(provider.email)
        self.website.setText(provider.website)
        self.notes.setPlainText(provider.notes)
        self.sees_physicians.setChecked(provider.sees_physicians)
        self.source.setText(source_text(provider))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New provider") if self.original is None else self.tr("Edit provider"))
        texts = (self.tr("&Kind"), self.tr("&Name"), self.tr("&Organisation"), self.tr("Languages"),
                 self.tr("Knowledge domains"), self.tr("Provinces served"), self.tr("P&lace"), self.tr("&Address"), self.tr("&Phone"), self.tr("&E-mail"),
                 self.tr("&Website"), self.tr("No&tes"), self.tr("Source"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = ((self.kind, self.tr("Kind of provider")), (self.name, self.tr("Name")),
                 (self.organisation, self.tr("Organisation")), (self.region, self.tr("Place (town or area)")),
                 (self.address, self.tr("Address")), (self.phone, self.tr("Phone")),
                 (self.email, self.tr("E-mail")), (self.website, self.tr("Website")),
                 (self.notes, self.tr("Notes")), (self.sees_physicians, self.tr("Sees physicians as patients")),
                 (self.save_button, self.tr("Save the provider")), (self.cancel_button, self.tr("Cancel")))
        for widget, name in names:
            widget.setAccessibleName(name)
        self.sees_physicians.setText(self.tr("&Sees physicians as patients"))
        for domain, box in self.domain_boxes.items():
            box.setText(care_choice_text(domain))
            box.setAccessibleName(self.tr("Knowledge domain: %1").replace("%1", care_domain_text(domain)))
        for province, box in self.region_boxes.items():
            box.setText(province_text(province))
            box.setAccessibleName(self.tr("Serves: %1").replace("%1", province_text(province)))

    def provider(self) -> Provider:
        """The provider as the form describes it (not stored)."""
        base = self.original or Provider(kind=ProviderKind.PSYCHOLOGIST, name="")
        changed = replace(
            base,
            kind=ProviderKind(self.kind.currentData()),
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            languages=frozenset(lang for lang, box in self.language_boxes.items() if box.isChecked()),
            region=self.region.text().strip(),
            domains=frozenset(d for d, box in self.domain_boxes.items() if box.isChecked()),
            regions=frozenset(p for p, box in self.region_boxes.items() if box.isChecked()),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            notes=self.notes.toPlainText().strip(),
            sees_physicians=self.sees_physicians.isChecked(),
        )
        if self.original is not None and changed != self.original and changed.source != "own":
            changed = replace(changed, edited=True)  # a pack item the trust person changed: keep it
        return changed

    def save(self) -> None:
        provider = self.provider()
        if not provider.name:
            self._say(self.tr("Give the provider a name."))
            self.name.setFocus()
            return
        if self.original is not None and provider == self.original:
            self.saved = provider
            self.accept()
            return

        def store(vault: Vault) -> Provider:
            return vault.providers.update(provider) if provider.id is not None else vault.providers.add(provider)

        VaultOp(self, store, session=self.session).success(self._stored).failure(
            lambda _exc, sentence: self._say(sentence)).run()

    def _stored(self, provider: Provider) -> None:
        self.saved = provider
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
