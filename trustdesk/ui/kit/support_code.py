"""PySide6's own Python support code, compiled once when the checkout is made instead of at every start.

PySide6's wheels (built for Python's limited API, so one wheel serves many Python versions) carry
shiboken's Python support modules -- the signature loader, its parser, mappings, the ``.pyi`` writer and
the bootstrap that loads them: 14 files, ~130 kB -- as *source* inside the binding library, and compile
them each time PySide6 is imported (``compile(source, filename, "exec")`` per module): ~120 M
instructions, 30-40 ms of every start, a fifth of all the work before the first window is painted.
Python's own cache (``__pycache__``) never sees them: they are not files.

``make`` runs ``python -m trustdesk.ui.kit.support_code``: it imports PySide6 in a fresh interpreter,
keeps each source that was compiled and writes the code objects with their sources to
``resources/support-code.bin`` (``marshal``: bound to this Python's bytecode, checked against
``importlib.util.MAGIC_NUMBER``).  At start, the app's first import of PySide6 runs inside
``compiled_support()``: a compile of exactly a kept file name whose source is byte for byte the kept
source takes the kept code object; anything else -- no file, another Python, a PySide6 update that
changed a source, a damaged file -- is compiled as before.  Nothing is written at run time; the file
holds library code only (never case data) and sits with the app's other resources, as writable (or not)
as the app's own modules.  The installed PySide6 is left as pip made it.  (The frozen bundle does the
same with shiboken's own switch in its private copy of shiboken6: ``installer/trustdesk.spec``.)
Imports no Qt: it runs before Qt is imported.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FILE_NAME = "support-code.bin"
FORMAT = 1


def code_file() -> Path:
    """resources/support-code.bin beside the package (or inside a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources" / FILE_NAME


def _magic() -> bytes:
    from importlib.util import MAGIC_NUMBER

    return MAGIC_NUMBER


def load(path: Path | None = None) -> dict[str, tuple[bytes, Any]]:
    """{file name: (source, code)} kept for this Python; {} when there is none that can be used."""
    import marshal

    try:
        kept = marshal.loads((path or code_file()).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # none, or damaged: compiled as before
        return {}
    if not (isinstance(kept, dict) and kept.get("format") == FORMAT and kept.get("magic") == _magic()
            and isinstance(kept.get("files"), dict)):
        return {}
    files: dict[str, tuple[bytes, Any]] = {}
    for name, entry in kept["files"].items():
        if (isinstance(name, str) and isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], bytes)
                and type(entry[1]).__name__ == "code"):
            files[name] = entry
    return files


@contextmanager
def compiled_support(path: Path | None = None) -> Iterator[int]:
    """Around the first import of PySide6: shiboken's support modules take their kept code (``load``)
    instead of being compiled.  Yields how many files are kept (0: everything is compiled as before)."""
    kept = load(path)
    if not kept:
        yield 0
        return
    real = builtins.compile

    def compile_kept(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                     optimize: int = -1, **more: Any) -> Any:
        del dont_inherit  # (never inherited: see the last line)
        entry = kept.get(filename) if isinstance(filename, str) else None
        if (entry is not None and mode == "exec" and flags == 0 and optimize == -1 and not more
                and isinstance(source, bytes) and source == entry[0]):
            return entry[1]
        # the callers meanwhile (shiboken's loader, Python's own importer) have no future statements to pass on
        return real(source, filename, mode, flags, True, optimize, **more)

    builtins.compile = compile_kept
    try:
        yield len(kept)
    finally:
        builtins.compile = real


def _capture() -> dict[str, bytes]:
    """The sources PySide6 compiles when it is imported (in this interpreter: call it in a fresh one)."""
    real = builtins.compile
    sources: dict[str, bytes] = {}

    def spy(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
            optimize: int = -1, **more: Any) -> Any:
        del dont_inherit  # (never inherited, as in compile_kept)
        if isinstance(source, bytes) and isinstance(filename, str) and mode == "exec" and flags == 0 and not more:
            sources[filename] = source
        return real(source, filename, mode, flags, True, optimize, **more)

    builtins.compile = spy
    try:
        import PySide6.QtCore  # noqa: F401 - the import that compiles them
    finally:
        builtins.compile = real
    return sources


def write(path: Path) -> int:
    """Compile what PySide6 compiles at import and keep it in ``path`` (run in a fresh interpreter, where
    PySide6 is not imported yet); the number of files kept."""
    import marshal

    from trustdesk.vault.files import atomic_write_bytes

    if "shiboken6" in sys.modules:
        raise RuntimeError("PySide6 is imported already: its support code was compiled before it could be kept")
    sources = _capture()
    files = {name: (source, compile(source, name, "exec", 0, True)) for name, source in sources.items()}
    data = marshal.dumps({"format": FORMAT, "magic": _magic(), "files": files})
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, data, mode=0o644)  # never half a file; library code, readable like the modules
    return len(files)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else code_file()
    print(f"{target}: {write(target)} files of PySide6's support code compiled")
