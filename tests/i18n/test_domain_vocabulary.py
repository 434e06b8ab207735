"""One vocabulary of knowledge domains: the coordinator's desk (intake, figures) and the trust
person's app (intake form, a provider's domains, the knowledge tab) show the same words for every
domain, and documents print them too, in Dutch, French and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.documents.labels import Labels
from trustdesk.domain.enums import CareDomain, KnowledgeDomain
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.ui.case.intake_form import IntakeForm
from trustdesk.ui.desk.intake_editor import IntakeEditor
from trustdesk.ui.directory.provider_dialog import ProviderDialog
from trustdesk.ui.kit.case_labels import care_choice_text, care_domain_text, domain_text
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession

VALUES = sorted({d.value for d in KnowledgeDomain} | {d.value for d in CareDomain})


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_both_sides_show_the_same_word_for_every_domain(qtbot: QtBot, translations: Translations,
                                                        session: VaultSession, tmp_path: Path, language: str) -> None:
    translations.install(language)
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", "the coordinator's desk")
    desk_intake = IntakeEditor(desk)
    provider = ProviderDialog(session)
    case_form = IntakeForm()
    for widget in (desk_intake, provider, case_form):
        qtbot.addWidget(widget)
    shown: dict[str, set[str]] = {value: set() for value in VALUES}
    for domain, box in desk_intake.domains.items():  # the desk's intake
        shown[domain.value].add(box.text())
    for care, box in provider.domain_boxes.items():  # a provider's domains (and the knowledge tab's words)
        assert box.text() == care_choice_text(care)  # a theme says so: "Angst (thema)"
        assert (box.text() != care_domain_text(care)) == care.is_theme
        shown[care.value].add(care_domain_text(care))
    for domain, box in case_form.domain_boxes.items():  # the trust person's intake form
        shown[domain.value].add(box.text().replace("&", ""))
    words = Labels(language)
    for value in VALUES:
        assert len(shown[value]) == 1, (value, shown[value])
        (word,) = shown[value]
        if value in KnowledgeDomain._value2member_map_:
            assert domain_text(KnowledgeDomain(value)) == word
            assert words.enum(KnowledgeDomain(value)).casefold() == word.casefold(), (value, word)
