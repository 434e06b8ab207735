"""The one way a case's tab follows its session and reads the vault (Referrals, Documents, Tasks,
Knowledge): the same lines were written again in each tab.

- ``follow_session(tab, on_change)``, last in the tab's ``__init__``: a change the vault tells goes to
  ``on_change`` (which decides whether it concerns the tab), a lock clears the tab, then the tab's
  texts are set and it is filled.
- ``refresh_tab(tab, read, show)`` is the tab's ``refresh()``: a locked session clears the tab;
  otherwise ``read`` runs on the vault (``VaultOp``: an error is said, never raised), ``show`` gets its
  answer, ``failure`` (if given) the error, and the tab's ``loaded`` says it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from PySide6.QtWidgets import QWidget

from trustdesk.ui.kit.session import FailureCallback, VaultOp, VaultSession

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from trustdesk.vault import Vault
    from trustdesk.vault.events import Change

T = TypeVar("T")


class CaseTab(Protocol):
    """What the helpers use of a tab (a QWidget besides)."""

    session: VaultSession

    @property
    def loaded(self) -> SignalInstance: ...

    def clear(self) -> None: ...

    def retranslate(self) -> None: ...

    def refresh(self) -> None: ...


def follow_session(tab: QWidget, on_change: Callable[[Change], None]) -> None:
    case_tab = cast(CaseTab, tab)
    case_tab.session.changed.connect(on_change)
    case_tab.session.locked.connect(case_tab.clear)
    case_tab.retranslate()
    case_tab.refresh()


def refresh_tab(tab: QWidget, read: Callable[[Vault], T], show: Callable[[T], None], *,
                failure: FailureCallback | None = None) -> None:
    case_tab = cast(CaseTab, tab)
    if not case_tab.session.is_unlocked:
        case_tab.clear()
        return
    operation = VaultOp(tab, read, session=case_tab.session).success(show)
    if failure is not None:
        operation.failure(failure)
    operation.run()
    case_tab.loaded.emit()
