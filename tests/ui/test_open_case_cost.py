"""What opening a case costs beyond its own work: nothing per event in the filters every event
passes (the application's, the note fields', the navigation's), nothing per layout pass in the
case header's label, and no widget classes made on the spot by the first case opened.  Relative
guards (counts), never wall-clock times."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import Language, ProviderKind, RiskLevel
from trustdesk.domain.models import Case, Contact, Provider
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.alias import SEPARATOR, CaseLabel
from trustdesk.ui.kit.alt_keys import install_alt_guard
from trustdesk.ui.kit.appearance import heading
from trustdesk.ui.kit.autosave import Autosave
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.label_names import install_label_names
from trustdesk.ui.kit.radio_groups import install_radio_groups
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.kit.tab_keys import install_tab_keys
from trustdesk.vault import Vault
from trustdesk.vault.providers import ProviderRepository

# events no filter of ours acts on: a paint, a layout, a move, a timer's kind of traffic
QUIET = (QEvent.Type.UpdateRequest, QEvent.Type.LayoutRequest, QEvent.Type.User, QEvent.Type.StyleChange)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every ``event.type()`` asked from Python (each makes a PySide enum member)."""
    calls: list[object] = []
    original = QEvent.type

    def counting(event: QEvent) -> object:
        calls.append(event)
        return original(event)

    monkeypatch.setattr(QEvent, "type", counting)
    yield calls


class _NavigationFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        from trustdesk.ui.shell.main_window import MainWindow

        return MainWindow.eventFilter(self, watched, event)  # type: ignore[arg-type]  # quiet events: no self used


def test_the_hot_event_filters_never_ask_a_quiet_event_its_type(qapp: QApplication, qtbot: QtBot,
                                                                 session: VaultSession,
                                                                 asked: list[object]) -> None:
    install_alt_guard(qapp)
    install_tab_keys()
    install_label_names(qapp)
    install_radio_groups(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    note = guard_text(QPlainTextEdit(window), document=True)
    autosave = Autosave(window, session, lambda _vault, _snapshot: None)
    autosave.watch_focus(note)
    button = QPushButton(window)
    nav = _NavigationFilter(window)
    button.installEventFilter(nav)  # the main window's filter, as on its navigation's buttons
    asked.clear()
    for kind in QUIET:
        for target in (window, note, note.viewport(), button):
            QCoreApplication.sendEvent(target, QEvent(kind))
    assert asked == []  # the filters looked at the class of each event, never its type


def test_the_header_label_measures_once_per_text(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    measured: list[str] = []
    original = QLabel.sizeHint

    def counting(label: QLabel) -> QSize:
        measured.append(label.text())
        return original(label)

    monkeypatch.setattr(QLabel, "sizeHint", counting)
    box = QWidget()
    qtbot.addWidget(box)
    label = heading(CaseLabel(box), 1.6)
    row = QHBoxLayout(box)
    row.addWidget(label)
    row.addWidget(QPushButton("x", box))
    box.show()
    for text in ("TD-2026-0001 · Anna", "TD-2026-0002", "TD-2026-0003 · Dr Van den Broeck-Lemaire"):
        label.setText(text)
        before = len(measured)
        for width in range(300, 900, 60):  # ten layout passes, each asking the hints
            box.resize(width, 80)
            row.activate()
            label.sizeHint()
            label.minimumSizeHint()
        assert len(measured) - before <= 1  # measured once for this text, whatever the passes


@settings(max_examples=30, deadline=None)
@given(code=st.from_regex(r"TD-20[0-9]{2}-[0-9]{4}", fullmatch=True),
       alias=st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40))
def test_the_header_label_asks_what_it_asked_before(qapp: QApplication, code: str, alias: str) -> None:
    label = heading(CaseLabel(), 1.6)
    text = f"{code}{SEPARATOR}{alias}" if alias.strip() else code
    label.setText(text)
    metrics, margins = label.fontMetrics(), 2 * label.margin() + 4
    hint = QSize(metrics.horizontalAdvance(text) + margins, QLabel.sizeHint(label).height())
    minimum = min(metrics.horizontalAdvance(text.partition(SEPARATOR)[0] + " …") + margins, hint.width())
    assert label.sizeHint() == hint
    assert label.minimumSizeHint().width() == minimum
    label.setMargin(6)  # a new margin is measured again
    assert label.sizeHint().width() == hint.width() + 12


_VIEWPORT_PROBE = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
editor = QPlainTextEdit()
if sys.argv[1] == "warm":
    from trustdesk.ui.kit.qt_types import warm_widget_types
    loop = QEventLoop()
    warmer = warm_widget_types()
    warmer.done.connect(loop.quit)
    if warmer.running:
        loop.exec()
before = set(vars(QtWidgets))
editor.viewport()  # what the note editor's text guard does when the first case opens
print(len(set(vars(QtWidgets)) - before))
"""


def _classes_made_by_a_viewport(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", _VIEWPORT_PROBE, mode], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_warmed_widget_classes_leave_nothing_for_the_first_case_to_make() -> None:
    cold = _classes_made_by_a_viewport("cold")
    if cold == 0:
        pytest.skip("this PySide6 makes its widget classes eagerly: there is nothing to warm")
    assert cold > 20  # without the warm-up: dozens of classes made at once
    assert _classes_made_by_a_viewport("warm") == 0


def test_an_acute_case_reads_its_crisis_lines_once_until_the_directory_changes(
        session: VaultSession, vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5), language=Language.NL))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 6, 10), risk=RiskLevel.ACUTE))
    from trustdesk.packs.installation import ensure_starter_directory

    ensure_starter_directory(vault)  # as every vault has it (else the first read installs it: a change)
    qtbot.waitUntil(lambda: session.telling == session.committed)  # its changes told before the case opens
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Nachtlijn", phone="0800 11 111",
                                 languages=frozenset({Language.NL})))
    reads: list[object] = []
    original = ProviderRepository.list

    def counting(self: ProviderRepository, **kwargs: object) -> list[Provider]:
        reads.append(kwargs)
        return original(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ProviderRepository, "list", counting)
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    for _ in range(5):  # the header shown again: each autosave of a note of the case does this
        view.reload()
    assert len(reads) == 1 and "0800 11 111" in view.notices.text()
    vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name="Dag en nacht", phone="0800 22 222",
                                 languages=frozenset({Language.NL})))  # the directory changed ...
    qtbot.waitUntil(lambda: not view.notices._crisis)  # ... as the vault tells
    view.reload()  # the next showing reads the lines again
    assert len(reads) == 2 and "0800 22 222" in view.notices.text()
