"""The desk's pack editor sets a provider's languages, knowledge domains and provinces served, and
writes knowledge cards, each ticked from the allowed values with the keyboard; what it builds goes
through pack build -> verify -> import and arrives in the trust person's vault as it was ticked."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.packs.draft import signed_pack
from trustdesk.packs.installation import import_pack, knowledge_cards
from trustdesk.packs.pack import verify_pack
from trustdesk.ui.desk.checklist import CheckList
from trustdesk.ui.desk.pack_editor import PackEditor
from trustdesk.vault import Vault

KEY = Ed25519PrivateKey.generate()
VERSIONS = itertools.count(1)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> PackEditor:
    desk = CoordinatorDesk.init(tmp_path / "desk", "Coördinatie", "the coordinator's desk")
    widget = PackEditor(desk)
    qtbot.addWidget(widget)
    widget.show()
    widget.pack_id.setText("artsinnood")
    return widget


def _tick(qtbot: QtBot, ticks: CheckList, values: set[str]) -> None:
    """With the keyboard: focus the list, walk it with the arrows, Space on each value wanted."""
    ticks.setFocus()
    for row in range(ticks.count()):
        ticks.setCurrentRow(row)
        item = ticks.item(row)
        ticked = item.checkState() is Qt.CheckState.Checked
        if (item.data(Qt.ItemDataRole.UserRole) in values) != ticked:
            qtbot.keyClick(ticks, Qt.Key.Key_Space)
    assert set(ticks.values()) == values


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(languages=st.sets(st.sampled_from([lang.value for lang in Language]), min_size=1),
       domains=st.sets(st.sampled_from([d.value for d in CareDomain])),
       regions=st.sets(st.sampled_from([p.value for p in Province])),
       card_domains=st.sets(st.sampled_from([d.value for d in CareDomain])),
       card_kinds=st.sets(st.sampled_from([k.value for k in ProviderKind]), max_size=2),
       card_language=st.sampled_from(["nl", "fr"]))
def test_ticked_values_survive_build_verify_import(qtbot: QtBot, editor: PackEditor, vault: Vault,
                                                   languages: set[str], domains: set[str], regions: set[str],
                                                   card_domains: set[str], card_kinds: set[str],
                                                   card_language: str) -> None:
    editor.providers.set_rows(())
    editor.providers.add_row({"key": "psy-linde", "kind": "psychologist", "name": "Praktijk De Linde"})
    editor.providers.table.setCurrentCell(0, 0)
    for name, wanted in (("languages", languages), ("domains", domains), ("regions", regions)):
        _tick(qtbot, editor.provider_lists[name], wanted)
    cards = editor.cards
    cards.set_cards(())
    cards.add_button.click()
    cards.key.setText("burnout-artsen")
    cards.language.setCurrentIndex(cards.language.findData(card_language))
    cards.title.setText("Burn-out bij artsen")
    cards.source.setText("Arts in nood gaat nationaal, Orde der artsen")
    _tick(qtbot, cards.domains, card_domains)
    _tick(qtbot, cards.kinds, card_kinds)
    cards.body.setPlainText("Wat het is, **signalen**, preventie.\n")
    editor.version.setValue(next(VERSIONS))
    assert editor.check_pack(), editor.message.text()

    pack = verify_pack(signed_pack(editor.draft(), editor.desk.card, KEY), KEY.public_key())
    import_pack(vault, pack)
    (provider,) = [p for p in vault.providers.list() if p.source_key == "psy-linde"]
    assert {lang.value for lang in provider.languages} == languages
    assert {d.value for d in provider.domains} == domains
    assert {p.value for p in provider.regions} == regions
    (card,) = knowledge_cards(vault)
    assert (card.key, card.language.value, card.title) == ("burnout-artsen", card_language, "Burn-out bij artsen")
    assert {d.value for d in card.domains} == card_domains and {k.value for k in card.kinds} == card_kinds
    assert "**signalen**" in card.body and card.source.startswith("Arts in nood")


def test_the_draft_keeps_the_ticks_and_the_cards(qtbot: QtBot, editor: PackEditor) -> None:
    editor.providers.add_row({"key": "a", "kind": "psychologist", "name": "A", "domains": "burnout, trauma",
                              "regions": "antwerp"})
    editor.providers.add_row({"key": "b", "kind": "psychiatrist", "name": "B", "languages": "fr"})
    editor.providers.table.setCurrentCell(0, 0)
    assert set(editor.provider_lists["domains"].values()) == {"burnout", "trauma"}
    editor.providers.table.setCurrentCell(1, 0)
    assert editor.provider_lists["domains"].values() == [] and editor.provider_lists["languages"].values() == ["fr"]
    editor.cards.add_button.click()
    editor.cards.key.setText("k")
    editor.cards.title.setText("T")
    editor.cards.body.setPlainText("x")
    assert editor.keep_draft()
    again = PackEditor(editor.desk)
    qtbot.addWidget(again)
    assert again.draft().providers == editor.draft().providers
    assert again.draft().knowledge == editor.draft().knowledge and len(again.draft().knowledge) == 1
    for ticks in (*again.provider_lists.values(), again.cards.domains, again.cards.kinds):
        assert ticks.objectName() and ticks.accessibleName()
