"""The private alias of a case (initials, a nickname the trust person chose) next to its code, and
the one switch that hides every alias at once while the screen is shared.

    case_label("TD-2026-0003", "AP")  -> "TD-2026-0003 · AP"   (hidden: "TD-2026-0003")
    aliases().set_hidden(True)        -> every list, Today, search and the case header re-render

The alias lives in the vault with the case (never in plain text on disk) and is printed only in the
full case summary, never in pseudonymised or minimal documents nor in letters.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

HIDE_SHORTCUT = "Ctrl+Shift+H"


class AliasSwitch(QObject):
    """Whether aliases show; ``changed(hidden)`` tells every view to re-render."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.hidden = False

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self.hidden:
            self.hidden = hidden
            self.changed.emit(hidden)


_SWITCH: AliasSwitch | None = None


def aliases() -> AliasSwitch:
    global _SWITCH
    if _SWITCH is None:
        _SWITCH = AliasSwitch()
    return _SWITCH


def case_label(code: str, alias: str) -> str:
    """The code, with the alias after it unless aliases are hidden (or there is none)."""
    alias = alias.strip()
    if not alias or aliases().hidden:
        return code
    return f"{code} · {alias}"
