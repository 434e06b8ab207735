"""Settings → "Letters are signed by": the profile is read from the vault, saved with Save, and the
next letter is signed with it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustdesk.domain.models import TrustPersonProfile
from trustdesk.ui.kit.profile import ProfileBox
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def test_the_profile_box_loads_edits_and_saves(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    vault.settings.set_profile(TrustPersonProfile(name="Dr. Jan Claes", contact="0470 00 00 00"))
    box = ProfileBox(session)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.fields.name.text() == "Dr. Jan Claes", timeout=3000)
    assert not box.save_button.isEnabled()
    box.fields.title.setText("huisarts")
    box.fields.riziv.setText("1-11111-11-111")
    assert box.save_button.isEnabled() and box.state.text() == "Not saved yet."
    box.save()
    qtbot.waitUntil(lambda: vault.settings.profile().title == "huisarts", timeout=3000)
    assert vault.settings.profile() == TrustPersonProfile("Dr. Jan Claes", "huisarts", "0470 00 00 00",
                                                          "1-11111-11-111")
    assert not box.save_button.isEnabled()
    for edit in (box.fields.name, box.fields.title, box.fields.contact, box.fields.riziv, box.save_button):
        assert edit.objectName() and edit.accessibleName()
