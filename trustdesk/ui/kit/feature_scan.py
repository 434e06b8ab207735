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
    under it).  ``sysconfig.get_paths()`` says the same at ~2 ms of the start; a frozen build (where
    ``os`` lies among every bundled module) still asks it."""
    if getattr(sys, "frozen", False):
        import sysconfig

        paths = sysconfig.get_paths()
        folders = {str(Path(paths[key]).resolve()) for key in ("stdlib", "platstdlib") if key in paths}
    else:
        folders = {str(Path(os.__file__).resolve().parent)}
    return tuple(f"{folder}/" for folder in sorted(folders))


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
        return scan(module)

    uses_pyside.trustdesk_shortcut = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
