"""The headless commands speak the user's language: the same catalogues as the app
(``resources/translations/trustdesk_{nl,fr}.qm``, context ``cli``), chosen like the app chooses.

The language, one rule with the app's own windows (the trust person's and the coordinator's desk,
``preferences.start_language``): ``--lang CODE`` given before or after the command (this run only,
``cli.split_lang``), else the app's saved interface language -- the data folder's own choice
(``interface.ini``, as set in the app's Settings or first-run wizard; the folder of ``--data-dir``, else
the app's default folder), else the computer user's last choice (``TrustDesk.conf``) -- else the
terminal's locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), else the
system's, else English.

No QCoreApplication is made and no translator is installed globally: a command looks its words up in
its own ``QTranslator`` (``translate``), so running a command inside another Qt program (the tests)
changes nothing there.  Expected failures (a missing or damaged file, a wrong passphrase) are said in
a sentence of these words, never as an exception's class name or a traceback.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QTranslator

LANGUAGES = ("nl", "fr", "en")
_current: list[QTranslator] = []
_spoken: list[str] = []  # the language of each ``speaking`` block, innermost last
_given: list[list[str]] = []  # the command line of each ``speaking`` block (for ``given_option``)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the command's language (lupdate reads ``translate("cli", "…")`` calls)."""
    for translator in _current[-1:]:
        found = translator.translate(context, text, disambiguation, n)
        if found:  # QTranslator picks the plural form; putting the number in is QCoreApplication's job
            return found.replace("%n", str(n)) if n >= 0 else found
    if n < 0:
        return text
    one = n == 1  # no catalogue (English): the source's own "(s)", "(es)", "(y/ies)" resolved
    text = re.sub(r"\((s|es)\)", "" if one else r"\1", text).replace("(y/ies)", "y" if one else "ies")
    return text.replace("%n", str(n))


_DECIMAL_COMMA = frozenset({"nl", "fr"})  # Belgian Dutch and French write 0,25 s; English 0.25 s


def decimal_text(value: float, places: int = 2) -> str:
    """A number with ``places`` decimals in the command's language: a decimal comma in Dutch and
    French (outside tester: audit-verify said "(0.00 s)" in French)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _spoken and _spoken[-1] in _DECIMAL_COMMA else text


def _env_language() -> str:
    """The terminal's language as gettext reads it: LANGUAGE (a list), then the first set of LC_ALL,
    LC_MESSAGES, LANG; "" when none is set."""
    for part in os.environ.get("LANGUAGE", "").split(":"):
        if part[:2].lower() in LANGUAGES:
            return part[:2].lower()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value[:2].lower() if value[:2].lower() in LANGUAGES else "en"
    return ""


def _data_dir(argv: Sequence[str]) -> Path:
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--data-dir" and index + 1 < len(args):
            return Path(args[index + 1])
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
    return default_data_dir()


def default_data_dir() -> Path:
    """The app's data folder (platformdirs ``user_data_dir("TrustDesk")``): a command's default ``--data-dir``."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("TrustDesk"))


def choose_language(argv: Sequence[str] = ()) -> str:
    """The language a command speaks (see the module's docstring)."""
    from trustdesk.ui.kit.preferences import folder_language

    try:
        chosen = folder_language(_data_dir(argv))
    except OSError:
        chosen = ""
    if chosen in LANGUAGES:
        return chosen
    saved = saved_language()
    if saved in LANGUAGES:
        return saved
    from_env = _env_language()
    if from_env:
        return from_env
    from trustdesk.ui.kit.language import system_language

    return system_language()


def saved_language() -> str:
    """The computer user's last interface choice in the app (its ``TrustDesk.conf``: what the app's
    ``Preferences`` read, the same file whatever program reads it); "" when none was made."""
    from PySide6.QtCore import QSettings

    from trustdesk.ui.kit.preferences import Preferences

    return Preferences(QSettings(QSettings.Scope.UserScope, "TrustDesk", "TrustDesk")).language


@contextlib.contextmanager
def speaking(argv: Sequence[str] = (), language: str | None = None) -> Iterator[str]:
    """Within this block ``translate`` answers in the command's language."""
    from trustdesk.ui.kit.language import translations_dir

    explicit = bool(language)
    language = language or choose_language(argv)
    translator = QTranslator()
    loaded = translator.load(f"trustdesk_{language}", str(translations_dir()))
    if loaded:
        _current.append(translator)
    _spoken.append(language)
    _given.append(list(argv) + (["--lang", language] if explicit else []))  # a suggestion carries --lang on
    try:
        yield language
    finally:
        _spoken.pop()
        _given.pop()
        if loaded:
            _current.remove(translator)


def when_text(value: date | datetime, *, seconds: bool = False) -> str:
    """A date (or a date and time) as the command's language writes it: 06/12/2026 (14:05) in Dutch and
    French (Belgium), ISO 8601 in English -- the app's own short form (kit ``date_text``), without Qt's locale."""
    language = _spoken[-1] if _spoken else "en"
    if isinstance(value, datetime):
        clock = "%H:%M:%S" if seconds else "%H:%M"
        return value.strftime(f"%Y-%m-%d {clock}" if language == "en" else f"%d/%m/%Y {clock}")
    return value.isoformat() if language == "en" else value.strftime("%d/%m/%Y")


def aligned(rows: Sequence[tuple[str, object]], indent: str = "  ") -> list[str]:
    """Label-value lines with the values in one column, whatever the labels' length in this language."""
    width = max((len(label) for label, _ in rows), default=0) + 2
    return [f"{indent}{label:<{width}}{value}" for label, value in rows]


def spoken_language() -> str:
    """The language the running command speaks ("en" outside a ``speaking`` block)."""
    return _spoken[-1] if _spoken else "en"


def given_option(name: str) -> str | None:
    """The value of ``name`` on the running command's line ("" for a flag given), None when not given."""
    args = _given[-1] if _given else []
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name:
            follows = args[index + 1] if index + 1 < len(args) else ""
            return "" if follows.startswith("-") else follows
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def program() -> str:
    """How this program was started, as one types it again: the frozen build's executable, else this
    Python with ``-m trustdesk`` (``main.py`` run as a script: that script), quoted for the shell."""
    import shlex
    import sys

    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "main.py" and script.is_file():
        return f"{shlex.quote(sys.executable)} {shlex.quote(str(script.absolute()))}"
    return f"{shlex.quote(sys.executable)} -m trustdesk"


def shown_path(path: Path | str) -> str:
    """A file or folder as a message names it: its full path, so the user finds it whatever the folder
    the command ran in (a success line names the file written, never its base name alone)."""
    return str(Path(path).absolute())


def bad_language(given: str, languages: Sequence[str]) -> str:
    """A ``--lang`` value that is none of ours (any command, before or after it)."""
    return translate("cli", "--lang must be one of {languages}; “{given}” is not one.").format(
        languages=", ".join(languages), given=given)


def output_problem(path: Path | str, *, folder: bool = False) -> str:
    """Why a command cannot write ``path`` (a file, or with ``folder`` a folder it makes), "" when it can:
    one rule for every ``--out``: the folder it goes in must exist (a command never makes missing parent
    folders, as root it would make them anywhere), and a folder to write into must not be a file."""
    target = Path(path)
    parent = target.absolute().parent
    if not parent.is_dir():
        return translate("cli", "there is no folder {folder} to write {name} in; make it first, or give another "
                                "place.").format(folder=shown_path(parent), name=target.name)
    if folder and target.exists() and not target.is_dir():
        return translate("cli", "{path} is a file, not a folder: give a folder to write into.").format(
            path=shown_path(target))
    return ""


def cannot_read(path: Path, exc: OSError) -> str:
    """Why a file given on the command line cannot be read, in words (never the exception's class name)."""
    if isinstance(exc, FileNotFoundError):
        return translate("cli", "there is no file {path}.").format(path=path)
    if isinstance(exc, IsADirectoryError):
        return translate("cli", "{path} is a folder, not a file.").format(path=path)
    if isinstance(exc, PermissionError):
        return translate("cli", "you may not read {path} (its permissions do not allow it).").format(path=path)
    if exc.strerror == "not a regular file":  # vault.files.read_outside_prefix: a FIFO or a device, never read
        return translate("cli", "{path} is not a regular file (a pipe or a device): it was not read.").format(path=path)
    return translate("cli", "{path} cannot be read (system error {number}).").format(path=path, number=exc.errno or 0)


def code_sentence(code: str) -> str:
    """Why ``code`` cannot be a recovery or handover code at all ("" when it is well-formed), translated:
    the vault's own check (``keyslots.code_problem``), said in the command's language."""
    from trustdesk.vault.keyslots import code_problem

    problem = code_problem(code)
    if not problem:
        return ""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    if problem.startswith("no code"):
        return translate("cli", "no code was given")
    if problem.startswith("a code holds only"):
        return translate("cli", "a code holds only letters and digits")
    if problem.startswith("a code has 26"):
        return translate("cli", "a code has 26 letters and digits (groups of 4); this one has {count}").format(
            count=len(cleaned))
    return translate("cli", "this is not a code TrustDesk makes")


def vault_problem(data_dir: Path, exc: Exception) -> str:
    """Why the vault in ``data_dir`` did not open, in words (never the exception's class name)."""
    from trustdesk.vault.errors import (
        KdfTooWeak,
        StraySidecar,
        VaultCorrupted,
        VaultNotFound,
        VaultReadOnly,
        VaultTooNew,
        WriteFailed,
    )

    if isinstance(exc, VaultNotFound):
        return translate("cli", "there is no vault in {folder}.").format(folder=data_dir)
    if isinstance(exc, StraySidecar):
        return translate("cli", "the vault in {folder} has a side file beside it that TrustDesk never writes; "
                                "nothing was changed. Open TrustDesk to see what to do.").format(folder=data_dir)
    if isinstance(exc, VaultCorrupted | KdfTooWeak):
        return translate("cli", "the vault in {folder} is damaged and did not open; nothing was changed. Open "
                                "TrustDesk to restore it from a backup.").format(folder=data_dir)
    if isinstance(exc, VaultTooNew):
        return translate("cli", "the vault in {folder} was written by a newer TrustDesk; update TrustDesk first."
                         ).format(folder=data_dir)
    if isinstance(exc, VaultReadOnly):
        return translate("cli", "the vault in {folder} cannot be written (a read-only folder or medium).").format(
            folder=data_dir)
    if isinstance(exc, WriteFailed):
        return translate("cli", "the vault in {folder} could not be written: is the disk full?").format(
            folder=data_dir)
    return translate("cli", "the vault in {folder} did not open.").format(folder=data_dir)


def noun(what: str) -> str:
    """A thing a command needs (``missing_input``'s ``what``), in the command's language, without article."""
    return {
        "backup file": translate("cli", "backup file"),
        "coordinator desk card": translate("cli", "coordinator desk card"),
        "coordinator desk key file": translate("cli", "coordinator desk key file"),
        "desk folder": translate("cli", "desk folder"),
        "figures file": translate("cli", "figures file"),
        "handover file": translate("cli", "handover file"),
        "intake file": translate("cli", "intake file"),
        "trust person's card": translate("cli", "trust person's card"),
        "vault folder": translate("cli", "vault folder"),
        "coordinator card": translate("cli", "coordinator card"),
        "earlier pack": translate("cli", "earlier pack"),
        "installer": translate("cli", "installer"),
        "pack source folder": translate("cli", "pack source folder"),
        "pack": translate("cli", "pack"),
        "private key": translate("cli", "private key"),
        "public key to announce": translate("cli", "public key to announce"),
        "public key": translate("cli", "public key"),
    }.get(what, what)


def said(exc: BaseException) -> str:
    """An expected failure a command let through, as its sentence: a file the system could not read in
    the command's language, else the exception's own text (never its class name, never a traceback).
    Output into a closed pipe (``... | head -1``) is no failure to tell: BrokenPipeError goes on to
    ``cli.main``, which ends quietly -- one handling for every command that catches OSError."""
    if isinstance(exc, BrokenPipeError):
        raise exc
    if isinstance(exc, OSError) and exc.filename:
        return cannot_read(Path(exc.filename), exc)
    return str(exc) or translate("cli", "this did not work.")
