"""Where a coordinator desk lives for a given folder, one rule for the app and the commands.

``coordinator init FOLDER`` makes the desk in FOLDER itself; the app's first run with ``--data-dir FOLDER``
makes it in FOLDER/desk (a data folder holds other things: settings, logs).  Both then find either: a
folder that holds a desk key file IS the desk; otherwise its ``desk`` sub-folder is, when that holds one.
Pure pathlib (no crypto): the app's first window asks this before anything heavy is imported."""

from __future__ import annotations

from pathlib import Path

KEY_FILES = ("identity.key", "identity.age")  # = coordinator.SEALED_IDENTITY_FILE, IDENTITY_FILE
SUBFOLDER = "desk"


def holds_desk(folder: Path) -> bool:
    """True when FOLDER itself holds a desk's key file (the new or the older form)."""
    return any((Path(folder) / name).exists() for name in KEY_FILES)


def existing_desk(folder: Path) -> Path | None:
    """The desk FOLDER stands for: FOLDER itself, else FOLDER/desk; None when neither holds one."""
    folder = Path(folder)
    for place in (folder, folder / SUBFOLDER):
        if holds_desk(place):
            return place
    return None


def desk_place(folder: Path, *, new_in_subfolder: bool) -> Path:
    """The desk for FOLDER: the one found there, or where a new one goes (FOLDER/desk for the app's
    data folder, FOLDER itself for ``coordinator init``)."""
    found = existing_desk(folder)
    if found is not None:
        return found
    return Path(folder) / SUBFOLDER if new_in_subfolder else Path(folder)
