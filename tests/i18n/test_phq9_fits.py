"""The PHQ-9 dialog's item-9 warning is wholly readable on a 1366×768 laptop, in Dutch and French (issue 18
follow-up: it was clipped and overlapped the date): with the warning shown, no visible child lies
outside the dialog, a wrapped text has the height its width needs, no two rows overlap, and the dialog
fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import apply_layouts, switch_language
from trustdesk.domain.scores import Instrument
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_item9_warning_is_never_clipped(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                            sample: Sample, translations: Translations, language: str) -> None:
    from trustdesk.ui.safety.score_dialog import ScoreDialog

    switch_language(translations, language)
    dialog = ScoreDialog(session, sample.dutch_case, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.instrument.setCurrentIndex(dialog.instrument.findData(Instrument.PHQ9.value))
    for value in (1, 3):
        dialog.item9.setCurrentIndex(dialog.item9.findData(value))
        qtbot.waitUntil(dialog.item9_hint.isVisible)
        apply_layouts()
        assert dialog.width() <= 1366 and dialog.height() <= 768
        shown = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.parentWidget() is dialog]
        problems = []
        for widget in shown:
            rect = _rect(widget, dialog)
            if not dialog.rect().contains(rect):
                problems.append(f"{widget.objectName() or type(widget).__name__} outside: {rect}")
            if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() \
                    and widget.height() < widget.heightForWidth(widget.width()):
                problems.append(f"{widget.objectName()} clipped: {widget.height()} < "
                                f"{widget.heightForWidth(widget.width())}")
        for i, one in enumerate(shown):
            for other in shown[i + 1:]:
                if _rect(one, dialog).intersects(_rect(other, dialog)):
                    problems.append(f"{one.objectName()} overlaps {other.objectName()}")
        assert not problems, (language, value, problems)
