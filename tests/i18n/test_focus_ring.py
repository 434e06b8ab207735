"""Every control that takes the focus shows a ring that is seen (issue 18, keyboard and focus).

Walks every page, every case tab, the main dialogs and the search window in the app's own look
(``ui/kit/look.py``), focuses each visible control that Tab reaches, and compares its picture with
and without the focus: the pixels that changed clearly (a high-contrast change, not a shade) must
outline an area, about ``FOCUS_PEN`` px thick all round it.  Before: the case status combo box, the
knowledge link (a flat button), the safety plan's text fields, tables and push buttons showed
nothing or a thin 1 px hint; the case's tab bar, drawn by a style of its own, a faint one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import open_case, show_page
from trustdesk.ui.kit.look import apply_look
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

CONTRAST = 120  # |ΔR|+|ΔG|+|ΔB| of a pixel that changed clearly (a 2 px highlight line on grey: ~250)
THICKNESS = 1.6  # changed pixels per pixel of the outline's perimeter (a 2 px ring: ~2, a 1 px hint: ~1)


@pytest.fixture
def look(qapp: QApplication) -> Iterator[QApplication]:
    """The app's real look (as trustdesk.app applies it), put back afterwards."""
    name, palette = qapp.style().name(), QPalette(qapp.palette())
    apply_look(qapp)
    yield qapp
    qapp.setStyle(name)
    qapp.setPalette(palette)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, :3].astype(np.int32)


def ring_seen(before: QImage, after: QImage, widget: QWidget) -> tuple[bool, str]:
    """Whether ``after`` shows a ring that ``before`` did not: enough clearly changed pixels to go
    ``THICKNESS`` times round the box that holds them, a box at least a line of text high."""
    changed = np.abs(_pixels(after) - _pixels(before)).sum(axis=2) > CONTRAST
    ys, xs = np.nonzero(changed)
    if not len(xs):
        return False, "nothing changed"
    box = QRect(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
    perimeter = 2 * (box.width() + box.height())
    tall = box.height() >= min(widget.height(), widget.fontMetrics().height()) - 2
    return (tall and changed.sum() >= THICKNESS * perimeter,
            f"{int(changed.sum())} changed pixels around a {box.width()}×{box.height()} box")


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and w.width() > 4 and w.height() > 4]


def unseen_rings(qtbot: QtBot, root: QWidget, where: str) -> list[str]:
    root.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window())
    missing = []
    for widget in focusable(root):
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab: a field's text is not selected
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        seen, why = ring_seen(before, widget.grab().toImage(), widget)
        if not seen:
            missing.append(f"{where}: {type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
                           f" ({why})")
    return missing


def test_the_check_tells_a_ring_from_a_hint(qtbot: QtBot, look: QApplication) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Opslaan", holder)
    button.resize(160, 30)
    holder.resize(200, 60)
    holder.show()
    before = button.grab().toImage()
    ring = QImage(before)
    hint = QImage(before)

    for image, width in ((ring, 2), (hint, 1)):
        painter = QPainter(image)
        painter.setPen(QPen(QColor("#000080"), width))
        painter.drawRect(QRect(1, 1, 157, 27) if width == 2 else QRect(0, 0, 159, 29))
        painter.end()
    assert ring_seen(before, ring, button)[0]
    assert not ring_seen(before, hint, button)[0], "a 1 px hint is not a ring"
    assert not ring_seen(before, before, button)[0]


def test_every_control_shows_a_focus_ring(qtbot: QtBot, look: QApplication, window: MainWindow,
                                          session: VaultSession, sample: Sample, prefs: Preferences) -> None:
    window.activateWindow()
    missing: list[str] = []
    kinds: set[type] = set()
    for key in window.pages:
        show_page(qtbot, window, key)
        kinds.update(type(w) for w in focusable(window))
        missing += unseen_rings(qtbot, window, f"page {key}")
    view = open_case(qtbot, window, sample.dutch_case)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        kinds.update(type(w) for w in focusable(window))
        missing += unseen_rings(qtbot, view, f"case tab {index}")
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        kinds.update(type(w) for w in focusable(dialog))
        missing += unseen_rings(qtbot, dialog, name)
        dialog.close()
    window.search.action.trigger()
    assert window.search.dialog is not None
    missing += unseen_rings(qtbot, window.search.dialog, "search")
    window.search.dialog.close()
    # the walk reached the kinds of control the tester found without a ring
    assert {QComboBox, QPlainTextEdit, QTabBar, QCheckBox} <= {base for k in kinds for base in k.__mro__}
    assert not missing, "\n".join(missing)


def test_every_control_of_the_windows_around_shows_a_focus_ring(qtbot: QtBot, look: QApplication, tmp_path: Path,
                                                                session: VaultSession, new_vault: object) -> None:
    """First run (each page), unlock, restore, handover and the coordinator exchange's dialogs."""
    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.exchange.figures_dialog import FiguresDialog
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard
    from trustdesk.vault import KdfParams, Keychain

    missing: list[str] = []
    wizard = FirstRunWizard(tmp_path / "new", language="nl", keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    for step in range(3):  # welcome, new or restore, passphrase (the next one makes the vault)
        missing += unseen_rings(qtbot, wizard, f"first run {wizard.currentPage().objectName()}")
        if step < 2:
            wizard.next()
    wizard.close()
    locked = tmp_path / "locked"
    new_vault(locked, keychain=Keychain.none()).lock()  # type: ignore[operator]
    for name, other in [("unlock", UnlockWindow(locked, keychain=Keychain.none())),
                        ("restore", RestoreWizard(tmp_path / "empty", keychain=Keychain.none())),
                        ("hand over", HandOverDialog(session)), ("receive handover", ReceiveHandoverDialog(session)),
                        ("contact card", ContactCardDialog(session)), ("intake", IntakeDialog(session)),
                        ("figures", FiguresDialog(session))]:
        qtbot.addWidget(other)
        _show_loaded(qtbot, other)
        missing += unseen_rings(qtbot, other, name)
        other.close()
    assert not missing, "\n".join(missing)
