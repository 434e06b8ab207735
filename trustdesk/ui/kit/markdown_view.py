"""Showing Markdown that came from outside (a pack's knowledge cards) without letting it do anything.

Qt's own Markdown reader (md4c, in QtGui: nothing to install, ~0.3 ms for a card) with raw HTML
off, then the document is swept before it is shown:
- no raw HTML: ``<script>``, ``<img>``, ``<iframe>`` … stay visible as the text they are;
- no images: an image becomes its alt text in brackets, and nothing is ever loaded (the document's
  and the viewer's ``loadResource`` answer nothing, for any address);
- no links: a link becomes its text; an http(s) or mailto target is written after it in plain text
  (the reader sees where it points and may type it), any other target (``javascript:``,
  ``file:``, ``data:``…) is dropped.  Nothing is clickable, nothing opens a browser.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

_FEATURES = QTextDocument.MarkdownFeature(QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
                                          | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
_SHOWN_TARGETS = ("http://", "https://", "mailto:")
_MAX_CHARS = 64 * 1024  # a card is at most 32 KiB (packs/knowledge.py); more is cut, never parsed


class InertDocument(QTextDocument):
    """A text document that loads no resource: no image, no style sheet, from anywhere."""

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return None


class SafeMarkdownView(QTextBrowser):
    """A read-only viewer for ``safe_document``: links never open, resources never load."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return None

    def show_markdown(self, markdown: str) -> None:
        document = safe_document(markdown, self)
        self.setDocument(document)


def safe_document(markdown: str, parent: Any = None) -> QTextDocument:
    return render_into(InertDocument(parent), markdown)


def render_into(document: QTextDocument, markdown: str) -> QTextDocument:
    """``markdown`` read into ``document`` (raw HTML off), then swept of images and links."""
    document.setMarkdown(markdown[:_MAX_CHARS], _FEATURES)
    _sweep(document)
    return document


def _sweep(document: QTextDocument) -> None:
    """Replace images and links by plain text, from the end so earlier positions stay valid."""
    spans: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and (fmt.isImageFormat() or fmt.isAnchor() or fmt.anchorHref()):
                spans.append((fragment.position(), fragment.length(), fmt))
            it += 1
        block = block.next()
    for position, length, fmt in reversed(spans):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        plain = QTextCharFormat(fmt)
        for prop in (QTextFormat.Property.AnchorHref, QTextFormat.Property.IsAnchor,
                     QTextFormat.Property.AnchorName, QTextFormat.Property.ImageName,
                     QTextFormat.Property.ImageTitle, QTextFormat.Property.ImageAltText,
                     QTextFormat.Property.ObjectType):
            plain.clearProperty(prop)
        plain.setFontUnderline(False)
        plain.clearForeground()
        if fmt.isImageFormat():
            alt = fmt.property(QTextFormat.Property.ImageAltText) or ""
            cursor.insertText(f"[{alt}]" if alt else "[\u2026]", plain)
            continue
        text = cursor.selectedText()
        cursor.insertText(text, plain)
        target = fmt.anchorHref().strip()
        if target.lower().startswith(_SHOWN_TARGETS) and target != text:
            cursor.insertText(f" \u2039{target}\u203a", plain)


def is_inert(document: QTextDocument) -> bool:
    """No image and no link left anywhere in the document (for the tests and a last check)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat() or fmt.isAnchor() or fmt.anchorHref():
                return False
            it += 1
        block = block.next()
    html = document.toHtml()  # raw HTML in the text is escaped there ("&lt;img"): only real tags count
    return re.search(r"<(img|a)\b", html, re.IGNORECASE) is None
