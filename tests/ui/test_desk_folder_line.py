"""The desk's folder is shown on a line of its own and never broken across lines: the setup and unlock
windows cut a long path after a "/" or a "-", which read as two paths
(outside coordinator).  Over many folders (deep, long, with hyphens, dots and spaces) and at the windows'
own widths, in Dutch and French: the folder takes one line, the windows stay within a 1366×768 laptop's
screen, what is shown is the path or the path shortened in its middle (its start and end as they are),
and the whole path is in the tooltip; the sentence before it names no path."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from trustdesk.ui.desk.desk_start import DeskSetupDialog, DeskUnlockDialog

PARTS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-._ 0123456789é", min_size=1, max_size=40).filter(
    lambda p: p.strip(" .") == p and p not in (".", ".."))


@pytest.mark.parametrize("language", ["nl", "fr"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(PARTS, min_size=1, max_size=12))
def test_the_folder_takes_one_line_whole_or_shortened_in_its_middle(qtbot: QtBot, translations: object,
                                                                   tmp_path: Path, language: str,
                                                                   parts: list[str]) -> None:
    translations.install(language)  # type: ignore[attr-defined]
    data_dir = tmp_path.joinpath(*parts)
    for dialog in (DeskSetupDialog(data_dir), DeskUnlockDialog(data_dir)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        line = dialog.folder_line
        folder = str(dialog.folder.absolute())
        assert line.toolTip() == folder and folder not in dialog.intro.text()
        shown = line.text()
        assert not line.wordWrap() and "\n" not in shown, shown  # never broken across lines
        assert line.height() < 2 * line.fontMetrics().lineSpacing(), shown  # and laid out one line high
        assert line.fontMetrics().horizontalAdvance(shown) <= line.contentsRect().width(), shown
        if shown != folder:  # shortened: the start and the end of the path as they are, "…" between
            head, _, tail = shown.partition("…")
            assert folder.startswith(head) and folder.endswith(tail) and len(head) + len(tail) < len(folder), shown
        assert dialog.frameGeometry().width() <= 1366, dialog.frameGeometry()
        dialog.close()
