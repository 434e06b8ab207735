"""Every label shows whole and apart, in Dutch and French, at a 1366×768 laptop's size (issue 18, outside
tester: the French "Trimestre" was tight -- cut or touching its field; it was the one label of a form
without its colon, "Trimestre : ", and the heading "Journal d’audit" lost the first pixel of its "J").  Renders every page, every case
tab, every dialog the lock test walks, the coordinator dialogs, the first-run wizard's pages and the
search window, sized as on that screen (``kit/screen.available_area`` is the laptop's), and checks each
label and button: its width holds its size hint (``test_clipped_text.clipped``), and a label beside the
field it names leaves a gap before it (``touching``), and no letter loses ink at the label's edge
(``cut_ink``, in the app's look: ``kit/look.LookStyle.polish`` gives every label 1 px each side)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_clipped_text import clipped
from tests.i18n.test_focus_ring import _pixels, look  # noqa: F401  (a fixture: the app's look)
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import apply_layouts, open_case, show_page, switch_language
from trustdesk.ui.kit import screen
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import KdfParams, Keychain

LAPTOP = QRect(0, 0, 1366, 768)
INK = 40  # |ΔR|+|ΔG|+|ΔB| of a pixel of a letter against the background
GAP = 4  # px at least between a label's text and the field it names, on one row


def touching(root: QWidget) -> list[str]:
    """Labels whose text comes closer than ``GAP`` px to the field beside them (their buddy, on their row)."""
    found = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisible() or not buddy.isVisible() or label.wordWrap() \
                or label.window() is not root.window():
            continue
        here = QRect(label.mapTo(label.window(), QPoint(0, 0)), label.size())
        there = QRect(buddy.mapTo(buddy.window(), QPoint(0, 0)), buddy.size())
        if there.left() < here.left() or not (there.top() < here.bottom() and here.top() < there.bottom()):
            continue  # the field is below or before the label: no row to share
        text_ends = here.left() + label.contentsMargins().left() + label.fontMetrics().horizontalAdvance(
            label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")) + label.indent() * 0
        if there.left() - text_ends < GAP:
            found.append(f"{label.objectName() or '?'} {label.text()!r}: {there.left() - text_ends} px "
                         f"before {buddy.objectName() or type(buddy).__name__}")
    return found


def _ink(label: QLabel) -> int:
    """How many pixels of ``label``'s picture are its text's (clearly unlike its background)."""
    pixels = _pixels(label.grab().toImage()).reshape(-1, 3)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    return int((np.abs(pixels - background).sum(axis=1) > INK).sum())


def cut_ink(root: QWidget) -> list[str]:
    """Labels that draw less of their text than the same text with room to spare: a glyph's ink past the
    label's edge (the "J" of "Journal d’audit", whose ink starts a pixel left of its advance)."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.wordWrap() or label.window() is not root.window() \
                or text.lstrip().startswith("<") or "\n" in text or (label.pixmap() is not None and not label.pixmap().isNull()) \
                or label.property("elided") or label.width() < label.sizeHint().width():  # (clipped says those)
            continue
        roomy = QLabel(text)
        roomy.setFont(label.font())
        roomy.setPalette(label.palette())
        roomy.setTextFormat(label.textFormat())
        roomy.setContentsMargins(12, 0, 12, 0)
        buddy = QWidget()
        if label.buddy() is not None:
            roomy.setBuddy(buddy)  # "&" is a mnemonic's underline only with a buddy
        roomy.resize(roomy.sizeHint().width(), label.height())
        whole, drawn = _ink(roomy), _ink(label)
        roomy.deleteLater()
        buddy.deleteLater()
        if drawn < whole:
            found.append(f"{label.objectName() or '?'} {text!r}: {whole - drawn} px of its letters cut")
    return found


def problems(root: QWidget) -> list[str]:
    return clipped(root) + touching(root) + cut_ink(root)


def test_the_check_finds_a_label_touching_its_field(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QHBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    row.setSpacing(0)
    label, field = QLabel("&Trimestre", root), QComboBox(root)
    label.setObjectName("quarter")
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    row.addStretch(1)
    root.show()
    apply_layouts()
    assert any("quarter" in p for p in touching(root))
    row.setSpacing(8)
    apply_layouts()
    assert touching(root) == []


def test_the_check_finds_a_letter_cut_at_the_edge(qtbot: QtBot, look: QApplication) -> None:  # noqa: F811
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Trimestre", root)
    label.setObjectName("quarter")
    root.show()
    label.adjustSize()
    assert cut_ink(root) == []  # the app's look: 1 px of room each side
    label.setContentsMargins(0, 0, 0, 0)
    label.resize(label.sizeHint().width() - 3, label.height())  # (its sizeHint holds: clipped() is quiet)
    label.sizeHint = lambda: label.size()  # type: ignore[method-assign]
    assert any("quarter" in p for p in cut_ink(root)), cut_ink(root)


def _as_on_the_laptop(window: QWidget) -> None:
    """The size the window gets on the laptop: the offscreen screen is 800×600, and Qt caps a new window
    that chose no size at 2/3 of the screen (910×512 on the laptop; its own size if it chose one)."""
    window.resize(window.size().expandedTo(window.sizeHint().boundedTo(
        QSize(LAPTOP.width() * 2 // 3, LAPTOP.height() * 2 // 3))))


def _more_dialogs(session: VaultSession, window: MainWindow) -> list[tuple[str, object]]:
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.exchange.figures_dialog import FiguresDialog
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog

    return [("figures", lambda: FiguresDialog(session, window)),
            ("contact card", lambda: ContactCardDialog(session, window)),
            ("intake", lambda: IntakeDialog(session, window))]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_label_shows_whole_at_1366x768(qtbot: QtBot, session: VaultSession, sample: Sample,
                                             prefs: Preferences, translations: Translations, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, look: QApplication,  # noqa: F811
                                             language: str) -> None:
    from trustdesk.ui.security.wizard import FirstRunWizard

    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(LAPTOP))
    switch_language(translations, language)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(LAPTOP.width(), LAPTOP.height() - 28)
    window.show()
    found: list[str] = []
    for key in window.pages:
        show_page(qtbot, window, key)
        found += [f"page {key}: {p}" for p in problems(window)]
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            found += [f"case tab {index}: {p}" for p in problems(window)]
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in [*every_dialog(session, window, sample, prefs), *_more_dialogs(session, window)]:
        dialog = make()  # type: ignore[operator]
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        _as_on_the_laptop(dialog)
        found += [f"{name}: {p}" for p in problems(dialog)]
        dialog.close()
    wizard = FirstRunWizard(tmp_path / "new", language=language, keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    _as_on_the_laptop(wizard)
    for step in range(3):  # welcome, new or restore, passphrase (leaving it makes the vault)
        if step:
            wizard.next()
        found += [f"wizard page {step}: {p}" for p in problems(wizard)]
    window.search.action.trigger()
    assert window.search.dialog is not None
    _as_on_the_laptop(window.search.dialog)
    found += [f"search: {p}" for p in problems(window.search.dialog)]
    window.search.dialog.close()
    assert not found, f"{len(set(found))} cut or touching:\n" + "\n".join(sorted(set(found)))
