"""The app-wide look that keyboard users depend on: ``apply_look(app)``, once (the app: right after its first
window's first paint, ``ui/kit/first_paint.py``; tests: after the QApplication).

- **The chosen row stays visible** when its list does not have the focus: the palette's *Inactive*
  highlight is the *Active* one (Fusion and most styles fade it to a grey that disappears on a light
  background, so after Tab the user no longer sees which case is chosen).
- **One focus ring, on every control that takes the focus**: a 2 px line in the highlight colour
  around the focused push button (flat ones too: the knowledge link), combo box, text field (one
  line or many: the safety plan's fields), spin and date box, tool button, list, table and tree,
  around the chosen tab of a focused tab bar, and as the style's focus frame (check boxes, radio
  buttons, a focusable label).  Fusion draws a thin or faint hint for some of these and nothing for
  others (a multi-line field, a table, a flat button).  A framed list or field gets a 2 px frame so
  the ring is not hidden under its contents (``subElementRect`` of the frame's contents).  ``tests/i18n/test_focus_ring.py`` focuses every
  control of every page and dialog and compares its picture with and without the focus.
- **Tab labels drawn whole**: Fusion draws the labels of the tabs not chosen 2 px lower and clips
  their top (the accent of a French capital disappeared: "Évolution" read "Evolution"); their labels
  are laid out as the chosen tab's are (``drawControl`` of the label, with the shift undone).
- **A switched-on toggle is seen at a glance**: a checkable tool button that is on ("Hide aliases") is
  filled with a tint of the highlight colour inside a 1 px highlight line, hovered or not, focused or
  not (Fusion's faint sunken grey was hard to tell from off, and the focus ring hid it).  The ring
  stays the focus's own sign, drawn over it.  ``tests/i18n/test_toggle_state_seen.py`` compares the
  pictures of every checkable tool button on and off, with and without the focus.
- **A label's letters drawn whole**: a label is exactly as wide as its text's advance, but a glyph's ink
  may start left of it or end right of it (the "J" of the heading "Journal d’audit"; an italic's last
  letter), and the label clipped that column.  Every label gets 1 px of room on each side when the style
  polishes it (``polish``; a label with margins of its own keeps them).  ``tests/i18n/test_labels_whole.py``
  compares each label of every page and dialog, nl and fr, with its text drawn with room to spare.
- **No stock icons on dialog buttons** (a floppy disk on "Save", a red cross on "Cancel" -- only on the
  dialogs that use Qt's standard buttons, foreign beside the rest of the app, on the desktops whose
  theme gives them): ``polish`` takes them off a dialog button box's standard buttons.

**Cost**: every override is a call from Qt's C++ into Python each time Qt uses it, and each makes a
PySide enum member of its element.  Only what draws is overridden; ``pixelMetric`` and ``styleHint``
are not (about 5,600 calls per opening of the reference vault's biggest case when they were), and an
item of a list, tree or table without the focus is drawn whole by a plain instance of the base style
(``LookStyle._plain``: one call per item, not six).  ``tests/i18n/test_look_cost.py`` counts the calls
and compares the pictures with the old ways.

The base style stays the platform's own (its name is kept); only these things change.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QTabBar,
    QWidget,
)

FOCUS_PEN = 2

# Each override below is a call from Qt's C++ into Python, and each call turns its element into a Python
# enum member (enum.py; about 10 us a call with the option and widget wrapped): the style overrides
# only what draws (a few hundred calls per case opened), never pixelMetric or styleHint (thousands).
# Members are compared by identity (``is``, or ``in`` a tuple): a set would call Enum.__hash__ in Python.
_Control = QStyle.ControlElement
_Complex = QStyle.ComplexControl
_Primitive = QStyle.PrimitiveElement
_PUSH_BUTTON, _TAB, _TAB_LABEL = _Control.CE_PushButton, _Control.CE_TabBarTab, _Control.CE_TabBarTabLabel
_FOCUS_RECT = _Primitive.PE_FrameFocusRect
_TOOL_BUTTON = _Complex.CC_ToolButton
_FRAME_CONTENTS = QStyle.SubElement.SE_FrameContents
# What draws a whole control: the ring goes around it, after it, when the control has the focus.
_RING_COMPLEX = (_Complex.CC_ComboBox, _Complex.CC_SpinBox, _Complex.CC_ToolButton, _Complex.CC_Slider)
_RING_PRIMITIVES = (_Primitive.PE_PanelLineEdit, _Primitive.PE_Frame, _Primitive.PE_FrameLineEdit)
_ON, _SUNKEN, _HOVER = QStyle.StateFlag.State_On, QStyle.StateFlag.State_Sunken, QStyle.StateFlag.State_MouseOver
_HAS_FOCUS, _SELECTED = QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_Selected
_NORTH = (QTabBar.Shape.RoundedNorth, QTabBar.Shape.TriangularNorth)
_SOUTH = (QTabBar.Shape.RoundedSouth, QTabBar.Shape.TriangularSouth)


def focus_ring(painter: QPainter, rect: QRect, palette: QPalette, inset: int = 0) -> None:
    """The focus ring: ``FOCUS_PEN`` px in the (active) highlight colour, ``inset`` px inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), FOCUS_PEN))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1 + inset, 1 + inset, -1 - inset, -1 - inset), 2, 2)
    painter.restore()


ON_TINT = 0.45  # how much of the highlight colour fills a switched-on toggle


def on_fill(palette: QPalette) -> QColor:
    """The fill of a switched-on toggle: the button colour with ``ON_TINT`` of the (active) highlight."""
    base, mark = palette.color(QPalette.ColorRole.Button), palette.color(QPalette.ColorGroup.Active,
                                                                         QPalette.ColorRole.Highlight)
    return QColor(*(round(a + (b - a) * ON_TINT) for a, b in
                    ((base.red(), mark.red()), (base.green(), mark.green()), (base.blue(), mark.blue()))))


def draw_switched_on(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A toggle that is on: the tinted fill inside a 1 px line of the highlight colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), 1))
    painter.setBrush(on_fill(palette))
    painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 3, 3)
    painter.restore()


def _has_focus(option: QStyleOption, widget: QWidget | None) -> bool:
    # the widget first: a C++ call answers most calls (nothing focused); the state makes enum members
    return (widget is None or widget.hasFocus()) and bool(option.state & _HAS_FOCUS)


def _takes_focus(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


LABEL_ROOM = 1  # px beside a label's text, each side: a glyph's ink reaches past its advance


def _without_stock_icon(button: QPushButton) -> None:
    """A standard button of a dialog button box (or message box) loses the stock icon Qt gave it."""
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox) and not button.icon().isNull() \
            and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton:
        button.setIcon(QIcon())


# Drawn whole by a plain instance of the base style when the look adds nothing to them (no focus): a
# list's or table's item (its panel, its three parts' rects, its check box: five more calls into Python
# per item through this style) and a header section (its section and label).  Only for the base styles
# that keep no state of their own per widget (a second instance draws exactly as the first), and for a
# widget drawn by this style itself (one with a style sheet is drawn by Qt's style sheet style, whose
# rules, an item's padding, reach the parts through this style).
_PLAIN_CONTROLS = (_Control.CE_ItemViewItem, _Control.CE_Header)
_STATELESS_BASES = ("fusion", "windows")


class LookStyle(QProxyStyle):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        base = self.baseStyle()
        plain = QStyleFactory.create(base.name()) if base is not None and type(base).__module__.startswith(
            "PySide6.") and base.name().lower() in _STATELESS_BASES else None
        if plain is not None:
            plain.setParent(self)
        self._plain: QStyle | None = plain

    def polish(self, target: object) -> object:  # type: ignore[override]  # (widget, application, palette)
        if isinstance(target, QLabel):
            if target.contentsMargins().isNull():
                target.setContentsMargins(LABEL_ROOM, 0, LABEL_ROOM, 0)  # the "J" of "Journal d’audit" whole
        elif isinstance(target, QPushButton):
            _without_stock_icon(target)  # polished before it is first shown, after Qt gave it its icon
        return super().polish(target)  # type: ignore[call-overload]

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 - Qt API
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element is _FOCUS_RECT:
            focus_ring(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _RING_PRIMITIVES and _has_focus(option, widget) and _takes_focus(widget):
            focus_ring(painter, option.rect, option.palette)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802 - Qt API
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element is _TAB_LABEL:
            option = self._label_unshifted(option, widget)
        elif element in _PLAIN_CONTROLS and self._plain is not None and widget is not None \
                and widget.style() is self and not (widget.hasFocus() and option.state & _HAS_FOCUS):
            self._plain.drawControl(element, option, painter, widget)  # its parts' calls stay in C++
            return
        super().drawControl(element, option, painter, widget)
        if element is _PUSH_BUTTON:
            if _has_focus(option, widget):
                # inside the button's own outline, which Fusion draws in a highlight shade for the default
                # button: the ring must not merge with it (Enter's button and the focus are two things)
                focus_ring(painter, option.rect, option.palette, inset=1)
        elif element is _TAB and widget is not None and widget.hasFocus() and option.state & _SELECTED:
            focus_ring(painter, option.rect, option.palette)  # the chosen tab of the focused tab bar

    def _label_unshifted(self, option: QStyleOption, widget: QWidget | None) -> QStyleOption:
        """Tab labels whole: the base style lays a tab's label out PM_TabBarTabShiftVertical px lower
        when the tab is not chosen and clips its top; the label of a tab not chosen is drawn in a rect
        grown by the shift on the side it moves from, which lays it out exactly as a shift of 0 would."""
        if not isinstance(option, QStyleOptionTab) or option.state & _SELECTED:
            return option
        shape = option.shape
        north = shape in _NORTH
        if not north and shape not in _SOUTH:
            return option  # a vertical tab bar (none in the app): as the base style draws it
        shift = self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget)
        if not shift:
            return option
        moved = QStyleOptionTab(option)
        rect = QRect(moved.rect)
        rect.setTop(rect.top() - shift if north else rect.top() + shift)
        moved.rect = rect
        return moved

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,  # noqa: N802
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control is _TOOL_BUTTON and isinstance(option, QStyleOptionToolButton) and option.state & _ON:
            draw_switched_on(painter, option.rect, option.palette)  # the toggle's state, then its label on it
            option = QStyleOptionToolButton(option)
            option.state = option.state & ~(_ON | _SUNKEN | _HOVER)
            option.state = option.state | QStyle.StateFlag.State_AutoRaise  # no panel of the base style over it
        super().drawComplexControl(control, option, painter, widget)
        if control in _RING_COMPLEX and _has_focus(option, widget):
            focus_ring(painter, option.rect, option.palette)

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,  # noqa: N802 - Qt API
                       widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element is not _FRAME_CONTENTS:
            return rect
        if isinstance(widget, QAbstractScrollArea) and _takes_focus(widget):
            # the ring is drawn in the frame of a list, table or text field: its contents start at least
            # FOCUS_PEN px in, so they do not cover it (the frame's width, the rect's inset, is all Qt reads)
            inset = rect.left() - option.rect.left()
            if 0 < inset < FOCUS_PEN:
                more = FOCUS_PEN - inset
                rect = rect.adjusted(more, more, -more, -more)
        return rect


def base_style_name(style: QStyle) -> str:
    """The name of the platform style underneath ``style`` (a proxy's own name is empty)."""
    base = style.baseStyle() if isinstance(style, QProxyStyle) else None
    return (base or style).name()


def visible_selection(palette: QPalette) -> QPalette:
    """``palette`` with the inactive (and disabled-window) selection colours equal to the active ones."""
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role))
    return palette


def apply_look(app: QApplication) -> None:
    from trustdesk.ui.kit.accept_keys import install_accept_keys
    from trustdesk.ui.kit.alt_keys import install_alt_guard
    from trustdesk.ui.kit.busy_focus import install_busy_focus
    from trustdesk.ui.kit.label_names import install_label_names, label_in_name
    from trustdesk.ui.kit.radio_groups import install_radio_groups
    from trustdesk.ui.kit.tab_keys import install_tab_keys
    from trustdesk.ui.kit.type_ahead import install_type_ahead

    install_label_names(app)  # inputs named by their labels (ui/kit/label_names.py)
    install_alt_guard(app)  # Alt+letter without a mnemonic never types the letter (ui/kit/alt_keys.py)
    install_tab_keys()  # Ctrl+PgUp/PgDn switch tabs from any widget in them (ui/kit/tab_keys.py)
    install_accept_keys(app)  # Ctrl+Enter presses a dialog's default button from any field (ui/kit/accept_keys.py)
    install_radio_groups(app)  # a radio group's Tab stop is its checked button (ui/kit/radio_groups.py)
    install_type_ahead(app)  # a choice list finds an entry by any of its words (ui/kit/type_ahead.py)
    install_busy_focus(app)  # a control disabled while work runs keeps the keyboard (ui/kit/busy_focus.py)
    from trustdesk.ui.kit.app_filters import merge_app_filters

    merge_app_filters(app)  # three as one application filter: one Python call per event, not three
    if not isinstance(app.style(), LookStyle):
        app.setStyle(LookStyle(base_style_name(app.style())))
    app.setPalette(visible_selection(app.palette()))
    for window in app.topLevelWidgets():  # shown before the look (app.main applies it after the first paint)
        if window.isVisible():
            label_in_name(window)
