"""A pack's letter template is named in words and can become the default for its language and kind:
the Templates page marks the default, "Use as the default" moves the mark, and the letter dialog
then offers it first (the shipped template until then)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from tests.packs.pack_factory import base_members, signed
from trustdesk.documents.library import ensure_default_templates, preferred_templates
from trustdesk.domain.enums import Language, ProviderKind, TemplateKind
from trustdesk.packs.installation import import_pack
from trustdesk.packs.pack import verify_pack
from trustdesk.ui.documents.referral_letter import ordered_templates
from trustdesk.ui.documents.templates_page import TemplatesPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession, vault: Vault) -> TemplatesPage:
    key = Ed25519PrivateKey.generate()
    import_pack(vault, verify_pack(signed(base_members(), key), key.public_key()))
    ensure_default_templates(vault)
    p = TemplatesPage(session)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10_000):  # read in a worker
        p.refresh()
    return p


def _names(page: TemplatesPage) -> list[str]:
    return [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]


def test_a_pack_template_becomes_the_default(page: TemplatesPage, vault: Vault) -> None:
    packed = next(t for t in page.templates if t.source.startswith("testpack@") and t.language is Language.NL)
    assert packed.name == "Testpakket – Doorverwijzing psycholoog/psychiater"  # in words, not "referral_psy"
    shipped = next(t for t in page.templates if t.source == "default" and t.language is Language.NL
                   and t.kind is TemplateKind.REFERRAL_PSY)
    assert f"{shipped.name} (default)" in _names(page) and f"{packed.name} (default)" not in _names(page)
    nl = [t for t in vault.templates.list() if t.language is Language.NL]
    assert ordered_templates(nl, ProviderKind.PSYCHOLOGIST, preferred_templates(vault))[0].id == shipped.id

    page.select_template(packed.id)
    assert page.default_button.isEnabled()
    page.default_button.click()
    assert preferred_templates(vault) == {"nl/referral_psy": packed.id}
    assert f"{packed.name} (default)" in _names(page) and f"{shipped.name} (default)" not in _names(page)
    assert not page.default_button.isEnabled()  # it is the default already
    nl = [t for t in vault.templates.list() if t.language is Language.NL]
    assert ordered_templates(nl, ProviderKind.PSYCHOLOGIST, preferred_templates(vault))[0].id == packed.id
    # the French default is untouched
    fr = [t for t in vault.templates.list() if t.language is Language.FR]
    assert ordered_templates(fr, ProviderKind.PSYCHOLOGIST, preferred_templates(vault))[0].source == "default"
