"""The app-wide look that keyboard users depend on: ``apply_look(app)``, once, right after the QApplication.

- **The chosen row stays visible** when its list does not have the focus: the palette's *Inactive*
  highlight is the *Active* one (Fusion and most styles fade it to a grey that disappears on a light
  background, so after Tab the user no longer sees which case is chosen).
- **A focus ring that is seen**: the style's focus frame (lists, tabs, check boxes, radio buttons,
  a focusable label) is drawn as a 2 px line in the highlight colour instead of a faint dotted one.
- **No stock icons on dialog buttons** (a floppy disk on "Save", a red cross on "Cancel" -- only on the
  dialogs that use Qt's standard buttons, foreign beside the rest of the app).

The base style stays the platform's own (its name is kept); only these three things change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

FOCUS_PEN = 2


class LookStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 - Qt API
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), FOCUS_PEN)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 2, 2)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802 - Qt API
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return int(super().styleHint(hint, option, widget, returnData))


def visible_selection(palette: QPalette) -> QPalette:
    """``palette`` with the inactive (and disabled-window) selection colours equal to the active ones."""
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role))
    return palette


def apply_look(app: QApplication) -> None:
    from trustdesk.ui.kit.alt_keys import install_alt_guard
    from trustdesk.ui.kit.label_names import install_label_names

    install_label_names(app)  # inputs named by their labels (ui/kit/label_names.py)
    install_alt_guard(app)  # Alt+letter without a mnemonic never types the letter (ui/kit/alt_keys.py)
    if not isinstance(app.style(), LookStyle):
        app.setStyle(LookStyle(app.style().name()))
    app.setPalette(visible_selection(app.palette()))
