"""PySide6 reads the source of every module imported after it: ``skip_feature_scan()`` spares ours.

PySide6's ``__feature__`` support (``from __feature__ import snake_case``) hooks every import: after
a module is imported it decides whether that module "uses PySide" by reading its whole source with
``inspect.getsource`` (``shibokensupport.feature._mod_uses_pyside``: file checks, the line cache,
the encoding cookie) and searching it for the word PySide6.  TrustDesk imports some ninety modules
of its own before the unlock window is painted: measured here, that scan was 20-40 ms of the start.

The answer only chooses which ``__feature__`` selection applies to code of that module: 0 (none) for
modules that use PySide, -1 ("leave the selection as it is") for the others.  TrustDesk never selects
a feature, so every selection is 0 and both answers behave the same; ours are answered "uses PySide"
without reading the file, the standard library's "does not" (what the scan finds there).  Other
modules (site-packages) keep PySide's own scan.  When a PySide6 release drops or
renames the hook, this does nothing (``tests/ui/test_feature_scan.py`` says so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

OURS = ("trustdesk.", "trustdesk")


def _stdlib_folders() -> tuple[str, ...]:
    """The standard library's folder: the one ``os`` comes from (its extension modules are in a folder
    under it).  None in a frozen build: there ``os`` lies among every bundled module, and the standard
    library is told by name (``sys.stdlib_module_names``) instead of asking ``sysconfig``, an import and
    ~2 ms of the start for folders no frozen module lies in."""
    if getattr(sys, "frozen", False):
        return ()
    return (f"{Path(os.__file__).resolve().parent}/",)


def _stdlib_by_name(name: str) -> bool:
    """A module of the frozen build's standard library (its top-level package is one of Python's own)."""
    return bool(getattr(sys, "frozen", False)) and name.partition(".")[0] in sys.stdlib_module_names


def skip_feature_scan() -> bool:
    """Answer PySide's per-import scan for TrustDesk's own modules without reading their source.
    True when installed (PySide6 is imported and has the hook), False otherwise."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None:
        return False
    if getattr(scan, "trustdesk_shortcut", False):
        return True

    stdlib = _stdlib_folders()

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == OURS[1] or name.startswith(OURS[0]):
            return True
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.startswith(stdlib) and "site-packages" not in file:
            return False
        if _stdlib_by_name(name):
            return False
        return scan(module)

    uses_pyside.trustdesk_shortcut = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
