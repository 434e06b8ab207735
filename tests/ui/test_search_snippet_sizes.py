"""The search results' delegate lays a row's rich text out once per text, width and font: asked
again (the list asks every row's size when results arrive, and again on each layout), it answers
from what it kept, and the answer is the one a fresh layout gives (hypothesis over snippets with
match marks, widths and fonts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from trustdesk.ui.shell.search_dialog import HTML_ROLE, MARK_END, MARK_START, SnippetDelegate, snippet_html

words = st.lists(st.sampled_from(["arts", "nachtdienst", "épuisé", "<b>", "&", MARK_START + "slaap" + MARK_END,
                                  "tweede slachtoffer", "x" * 40]), min_size=0, max_size=30)


@settings(max_examples=40, deadline=None)
@given(st.lists(words, min_size=1, max_size=6), st.sampled_from([120, 300, 640]), st.sampled_from([9, 11, 14]))
def test_a_row_is_laid_out_once_and_sized_as_a_fresh_layout_would(
        qapp: QApplication, rows: list[list[str]], width: int, points: int) -> None:
    model = QStandardItemModel()
    for row in rows:
        item = QStandardItem()
        item.setData(snippet_html(" ".join(row)), HTML_ROLE)
        model.appendRow(item)
    option = QStyleOptionViewItem()
    option.rect.setWidth(width)
    font = QFont()
    font.setPointSize(points)
    option.font = font
    delegate = SnippetDelegate()
    laid_out: list[object] = []
    original = delegate._document
    delegate._document = lambda o, i: laid_out.append(i) or original(o, i)  # type: ignore[method-assign]
    sizes = [delegate.sizeHint(option, model.index(r, 0)) for r in range(model.rowCount())]
    again = [delegate.sizeHint(option, model.index(r, 0)) for r in range(model.rowCount())]
    assert again == sizes
    assert len(laid_out) == len({str(model.index(r, 0).data(HTML_ROLE)) for r in range(model.rowCount())})
    fresh = SnippetDelegate()
    assert [fresh.sizeHint(option, model.index(r, 0)) for r in range(model.rowCount())] == sizes
