"""Today's list and the makings of its lines (``case/today_page.py`` fills it): the roles its lines
carry, its sections' titles, the list as tall as its lines, and what a case's line says of its reasons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QTreeWidgetItem

from trustdesk.domain.rules import AttentionReason
from trustdesk.ui.kit.section_rows import SectionTree

CASE_ROLE = Qt.ItemDataRole.UserRole
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
SHOW_AT_FIRST = 25  # lines per group at first (most urgent first); "Show more" adds as many again
_NAME_THE_LEVEL = frozenset({AttentionReason.HIGH_RISK_NO_RECENT_CONTACT, AttentionReason.SAFETY_PLAN_MISSING})


@lru_cache(maxsize=1)
def blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def section(title: str, key: str, groups: list[QTreeWidgetItem]) -> QTreeWidgetItem:
    """A section's title line (bold, not choosable), added to ``groups``."""
    group = QTreeWidgetItem([title])
    groups.append(group)
    group.setData(0, GROUP_ROLE, key)
    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
    font = QFont(group.font(0))
    font.setBold(True)
    group.setFont(0, font)
    return group


def line_reasons(reasons: tuple[AttentionReason, ...], texts: list[str]) -> list[str]:
    """What a case's line says of its reasons: each one's words, but a bare "Acute risk" left out when
    a later reason says it already ("Acute risk, no recent contact"): the line stays whole at a laptop's
    width in French.  The tooltip says every reason in full."""
    level_named = any(r in _NAME_THE_LEVEL for r in reasons)
    return [text for reason, text in zip(reasons, texts, strict=True)
            if not (level_named and reason is AttentionReason.ACUTE_RISK)]


class FittingTree(SectionTree):
    """A list as tall as its lines (up to the room there is, then it scrolls): Today's sections take
    their content's height, with no stretched empty list under three lines."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        lines, item = 0, self.topLevelItem(0)
        row = self.visualItemRect(item).height() if item is not None else 0
        while item is not None:
            lines += 1
            item = self.itemBelow(item)
        header = self.header().sizeHint().height() if not self.isHeaderHidden() else 0
        bar = self.horizontalScrollBar()
        scroll = bar.sizeHint().height() if bar.isVisible() else 0
        return QSize(hint.width(), header + lines * max(row, self.fontMetrics().height()) + scroll + 2 * self.frameWidth())
