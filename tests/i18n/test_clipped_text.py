"""No text is cut off on the main pages and case tabs at 1366×768, in Dutch and French (issue 18, layout).

A label that does not wrap, or a button, narrower than the width its text needs shows a clipped word
("Telefoon" in the provider dialog, "Arts in No…").  Word-wrapping labels and texts elided on purpose
(a trailing "…" the code put there) are left out.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _dialogs, _show_loaded
from tests.waits import apply_layouts, open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


def clipped(root: QWidget) -> list[str]:
    for _ in range(3):  # nested layouts: each pass settles one more level
        apply_layouts()
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            text = widget.text()
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
        else:
            continue
        if text.endswith("…") and widget.property("elided"):
            continue
        need = widget.sizeHint().width()
        if widget.width() + 1 < need:
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}: "
                         f"{widget.width()} px < {need} px")
    return found


def test_the_check_finds_a_clipped_label(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    label = QLabel("Telefoonnummer van de praktijk", root)
    label.setObjectName("phone")
    label.setMinimumWidth(10)
    label.setMaximumWidth(40)
    row.addWidget(label)
    root.show()
    assert clipped(root) and "phone" in clipped(root)[0]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_text_is_cut_off_at_1366x768(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                                        prefs: Preferences, translations: Translations, language: str) -> None:
    switch_language(translations, language)
    found: list[str] = []
    for key in window.pages:
        show_page(qtbot, window, key)
        found += [f"page {key}: {c}" for c in clipped(window)]
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            found += [f"case tab {index}: {c}" for c in clipped(window)]
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in _dialogs(session, window, sample, prefs):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        # the offscreen screen is 800×600 and Qt caps a new window at 2/3 of it; on the 1366×768 laptop
        # the cap is 910×493 (a window with a larger minimum size gets its minimum)
        dialog.resize(dialog.size().expandedTo(dialog.sizeHint().boundedTo(QSize(910, 493))))
        found += [f"{name}: {c}" for c in clipped(dialog)]
        dialog.close()
    assert not found, f"{len(set(found))} clipped:\n" + "\n".join(sorted(set(found)))


def test_an_email_address_in_the_provider_details_is_never_cut(qtbot: QtBot, session: VaultSession) -> None:
    from PySide6.QtGui import QTextCursor

    from trustdesk.domain.enums import ProviderKind
    from trustdesk.domain.models import Provider
    from trustdesk.ui.directory.providers_page import ProvidersPage, provider_details_html

    page = ProvidersPage(session)
    qtbot.addWidget(page)
    address = "secretariaat.psychotherapie@praktijkdelindeboom-kortrijk.be"
    details = page.details
    details.setHtml(provider_details_html(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Praktijk De Linde",
                                                   email=address)))
    document = details.document()
    for width in range(300, 520, 20):  # the pane is at least 300 px: the address stays on one line
        document.setTextWidth(width)
        found = document.find(address)
        assert not found.isNull()
        start, end = QTextCursor(found), QTextCursor(found)
        start.setPosition(found.selectionStart())
        end.setPosition(found.selectionEnd())
        block = start.block()
        layout = block.layout()
        line_of = [layout.lineForTextPosition(c.position() - block.position()).lineNumber() for c in (start, end)]
        assert line_of[0] == line_of[1], f"cut at {width} px"
