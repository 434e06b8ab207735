"""Start the desktop app: ``python main.py [--data-dir DIR] [--lang nl|fr|en]``.

Start-up is a budget (ARCHITECTURE.md, Start-up is a budget): only Qt, the preferences and the first window's module are
imported before that window is on screen.  The vault's crypto, keyring, the main window and its
pages follow after (in a worker, or when first needed).  Documents (reportlab, Jinja2) load only
when a document is made.
"""

from __future__ import annotations

import gc
import getopt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import threading

    from PySide6.QtWidgets import QApplication

APP_NAME = "TrustDesk"
LANGUAGES = ("nl", "fr", "en")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


# ``translate(context, text)``: the words of the app's command line in a language.  The headless commands'
# entry point (``trustdesk.cli``) passes its catalogue look-up, in the language it speaks (``cli.words``);
# the app itself, started with wrong options before any catalogue is loaded, says them in English.
Translate = Callable[[str, str], str]


def _as_written(_context: str, text: str) -> str:
    return text


def usage_text(translate: Translate = _as_written, *, commands: bool = False) -> str:
    """The app's ``--help``: its options (``commands``: the first lines of ``trustdesk --help``, which
    also names the headless commands).  lupdate reads the ``translate("commandline", …)`` calls."""
    usage = translate("commandline", "usage:")
    app_line = f"{usage} trustdesk [--data-dir DIR] [--lang nl|fr|en]"
    if commands:
        desktop, command = translate("commandline", "(the desktop app)"), translate("commandline", "(a headless command)")
        command_line = " " * len(usage) + " trustdesk " + translate("commandline", "COMMAND [options]")
        width = max(len(app_line), len(command_line)) + 3
        app_line = f"{app_line.ljust(width)}{desktop}\n{command_line.ljust(width)}{command}"
    return "\n".join([
        app_line, "",
        translate("commandline", "TrustDesk, the trust person's case desk."), "",
        "  --data-dir DIR   " + translate("commandline", "folder of the vault (default: the user data folder)"),
        "  --lang LANG      " + translate("commandline", "interface language: nl, fr or en (default: the saved choice, "
                                                 "else the system's)"), ""])


def _problems(translate: Translate) -> dict[str, str]:
    return {
        "unknown": translate("commandline", "unknown option: %1"),
        "needs_value": translate("commandline", "%1 needs a value"),
        "no_value": translate("commandline", "%1 takes no value"),
        "unexpected": translate("commandline", "unexpected argument: %1"),
        "lang": translate("commandline", "--lang must be one of %1"),
        "data_dir": translate("commandline", "--data-dir needs a folder"),
    }


class UsageError(ValueError):
    """Options the app does not take: ``kind`` (a key of ``_problems``) and the option or value concerned."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(_problems(_as_written)[kind].replace("%1", detail))
        self.kind = kind
        self.detail = detail

    def said(self, translate: Translate = _as_written) -> str:
        """The problem and the app's usage, as printed before exit code 2."""
        problem = _problems(translate)[self.kind].replace("%1", self.detail)
        return f"trustdesk: {problem}\n\n{usage_text(translate)}"


class Options(NamedTuple):  # not a dataclass: ``dataclasses`` costs the start-up budget (ARCHITECTURE.md)
    data_dir: Path | None = None
    lang: str | None = None
    help: bool = False


def _getopt_problem(exc: getopt.GetoptError) -> UsageError:
    option = ("--" if len(exc.opt) > 1 else "-") + exc.opt
    if "requires argument" in exc.msg:
        return UsageError("needs_value", option)
    if "must not have an argument" in exc.msg:
        return UsageError("no_value", option)
    return UsageError("unknown", option)  # not recognized, or not a unique prefix


def parse_args(argv: Sequence[str]) -> Options:
    """``getopt``, not ``argparse``: argparse's gettext look-ups cost 10-15 ms of the start-up budget.
    With ``--help`` a valid ``--lang`` is kept: the help is said in that language."""
    try:
        pairs, rest = getopt.gnu_getopt(list(argv), "h", ["data-dir=", "lang=", "help"])
    except getopt.GetoptError as exc:
        raise _getopt_problem(exc) from exc
    values = dict(pairs)
    lang = values.get("--lang")
    if "-h" in values or "--help" in values:
        return Options(lang=lang if lang in LANGUAGES else None, help=True)
    if rest:
        raise UsageError("unexpected", rest[0])
    if lang is not None and lang not in LANGUAGES:
        raise UsageError("lang", ", ".join(LANGUAGES))
    data_dir = values.get("--data-dir")
    if data_dir is not None and not data_dir.strip():
        raise UsageError("data_dir")
    return Options(data_dir=Path(data_dir) if data_dir else None, lang=lang)


def _read_font_config(fontconfig: Any, config_read: threading.Event, app_made: threading.Event) -> None:
    try:
        fontconfig.FcInit()  # its configuration and font caches (a foreign call: the interpreter is free meanwhile)
    finally:
        config_read.set()
    if not app_made.wait(30):  # the QApplication did not come (the start failed): Qt's part is not read
        return
    from PySide6.QtGui import QFontInfo, QGuiApplication  # made by app_made() on the UI thread

    # Qt's list of fonts and the default font's fallbacks, kept for all threads (QFontDatabase is thread-safe)
    if QGuiApplication.instance() is not None:
        QFontInfo(QGuiApplication.font()).family()


class FontsAhead:
    """The fonts read in a thread (``font_config_in_background``): ``app_made()`` once the QApplication
    exists lets it go on to Qt's part; ``join`` before Qt goes away."""

    def __init__(self, fontconfig: Any) -> None:
        import threading

        self._config_read, self._app_made = threading.Event(), threading.Event()
        # a foreign call lets go of the interpreter: the UI thread's Python runs meanwhile
        self.thread = threading.Thread(target=_read_font_config, args=(fontconfig, self._config_read,
                                                                       self._app_made), name="font-config", daemon=True)
        self.thread.start()

    def app_made(self) -> None:
        """(On the UI thread.)  PySide6 makes a class on first use, and not safely on two threads at once:
        the classes the thread uses or is handed back are made here first (ui/shell/warm_up.py)."""
        from PySide6 import QtGui

        for name in ("QFontInfo", "QGuiApplication", "QFont"):
            getattr(QtGui, name)
        self._app_made.set()

    def config_read(self, timeout: float = 10) -> bool:
        """Wait until fontconfig's configuration is read (before the first window's first text): the UI
        thread never builds a second one beside the thread's (see ``font_config_in_background``)."""
        return self._config_read.wait(timeout)

    def join(self, timeout: float) -> None:
        self._app_made.set()  # (without a QApplication, Qt's part then reads nothing)
        self.thread.join(timeout)


def font_config_in_background() -> FontsAhead | None:
    """Where Qt draws text with fontconfig (Linux, the BSDs): the fonts read in a thread, not on the UI thread
    when the first window's first line edit asks for a font.  fontconfig's configuration (the XML files under
    /etc/fonts, the font caches; ~28 M instructions) is read from before the QApplication is made: its
    constructor waits ~20-50 ms on the X server for ~8 ms of CPU and asks fontconfig nothing, so the
    configuration is ready long before the window's first text.  (fontconfig builds its configuration
    without a lock: two threads asking at once would each build one and throw one away; the UI thread waits
    for the thread's with ``config_read()`` before the first window.)  Then, once ``app_made()`` says the
    QApplication exists, Qt's list of fonts with the default font's fallbacks (~10 M more; Qt's font
    database is thread-safe and shared by all threads).  Only the library Qt loaded is used (RTLD_NOLOAD;
    importing PySide6.QtGui loads it): none is loaded for this.  Returns the reader, or None where there is
    no fontconfig."""
    import ctypes
    import os

    if not hasattr(os, "RTLD_NOLOAD"):  # Windows: Qt reads fonts its own way
        return None
    try:
        fontconfig = ctypes.CDLL("libfontconfig.so.1", mode=os.RTLD_NOLOAD)
    except OSError:  # macOS, or a platform plugin of Qt's that does not use it: nothing to read ahead
        return None
    return FontsAhead(fontconfig)


def _apply_look(app: QApplication) -> None:
    from trustdesk.ui.kit.look import apply_look

    apply_look(app)  # the chosen row visible without focus, a focus ring that is seen, no stock icons


def _after_first_paint(app: QApplication) -> None:
    """What the first window's first paint need not wait for (ui/kit/first_paint.py)."""
    from trustdesk.ui.kit.collector import collect_on_ui_thread

    collect_on_ui_thread()  # its passes only on the UI thread, between events (never in a worker)
    gc.enable()
    _apply_look(app)
    from trustdesk.ui.kit.clipboard import guard

    guard()  # the clipboard guard watches every door from here on (its fields' filter is there already)
    from trustdesk import build_info

    build_info.remember_running()  # Settings names the commit this process runs (a source checkout only)


def wait_for_the_vault_to_close() -> bool:
    """At the end of the run: the lock's thread (the quit's backup, the audit entry, the close) ends
    before the app lets go of the vault's folder, while Qt is still there for what it tells the UI
    thread; a person sees a notice meanwhile if it takes a while (ui/shell/closing_notice.py).
    True when the notice was shown."""
    closing = sys.modules.get("trustdesk.vault.closing")  # (never loaded: no vault opened, nothing to wait for)
    if closing is None:
        return False
    shown = False
    if closing.pending():
        from trustdesk.ui.shell.closing_notice import wait_while_closing

        shown = wait_while_closing(closing.pending) is not None
    closing.wait_for_closes()
    return shown


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except UsageError as exc:
        print(exc.said(), file=sys.stderr)
        return 2
    if args.help:
        print(usage_text())
        return 0
    data_dir: Path = args.data_dir if args.data_dir is not None else default_data_dir()
    from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

    keep_singletons_alive()  # before any Qt call: the PySide6 6.12 / Python 3.11 refcount fix
    # No cyclic garbage collection until the first window is painted (enabled again right after it, or
    # when main returns): starting allocates a few hundred thousand objects that all stay (PySide6's
    # classes and enums, our modules), so the ~40 collector passes on the way found next to nothing and
    # cost ~10-15 ms of CPU before the first paint.  Reference counting frees everything else as usual.
    gc.disable()
    try:
        return _run(data_dir, args)
    finally:
        gc.enable()


def _run(data_dir: Path, args: Options) -> int:
    from trustdesk.ui.kit.session_bus import no_bus_autolaunch

    no_bus_autolaunch()  # before Qt asks for a session bus: never a dbus-daemon that outlives us
    from trustdesk.ui.kit.support_code import compiled_support

    with compiled_support():  # PySide6's support modules compiled by `make`, not now (ui/kit/support_code.py)
        from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from trustdesk.ui.kit.feature_scan import skip_feature_scan

    skip_feature_scan()  # PySide would read the source of each of our modules imported from here on
    from trustdesk.ui.kit.interpreter import share_quickly

    share_quickly()  # the UI thread waits at most ~1 ms for the interpreter while a worker runs Python

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    fonts = font_config_in_background()  # the fonts read while the QApplication is made and the first
    existing = QApplication.instance()      # window's modules are imported
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    if fonts is not None:
        fonts.app_made()

    from trustdesk.ui.kit.language import Translations, system_language
    from trustdesk.ui.kit.preferences import Preferences, start_language
    from trustdesk.ui.shell.single_instance import InstanceLock

    preferences = Preferences()
    translations = Translations(app)
    language = start_language(data_dir, args.lang, preferences, system_language())
    translations.install(language)

    instance = InstanceLock(data_dir)
    if not instance.acquire():  # another TrustDesk holds this folder: open once it has let go (or cancel)
        _apply_look(app)
        from trustdesk.ui.shell.closing_notice import wait_for_the_folder

        if not wait_for_the_folder(instance.try_again, instance.holder_is_closing):
            if fonts is not None:
                fonts.join(10)  # not while Qt goes away
            return 1

    from trustdesk.ui.shell.shell import Shell
    from trustdesk.ui.shell.termination import Termination

    Termination(app)  # SIGTERM/SIGINT/SIGHUP quit through Qt: the vault is locked the normal way
    if fonts is not None:
        fonts.config_read()  # done by now (read while the QApplication was made and these modules imported)

    shell = Shell(app, data_dir, preferences, translations)
    from trustdesk.ui.kit.first_paint import after_first_paint

    # the app's look and the clipboard guard once the first window is on screen: the look's Python style and
    # filters make PySide6 build the Qt and QStyle enum classes, tens of ms the first paint need not wait for
    after_first_paint(shell.start(), lambda: _after_first_paint(app))
    try:
        return int(app.exec())
    finally:
        # from now on a TrustDesk started for this folder waits for this one to finish, then opens
        instance.mark_closing()
        shell.quit()
        # Workers (a list loading, a PDF being built) finish before the interpreter goes away:
        # a worker still running at interpreter exit can crash it.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        # the lock's thread (the backup made at quit, the audit entry, the close) ends before the app
        # lets go of the vault's folder, and while Qt is still there for what it tells the UI thread.
        # Here, not left to the interpreter's wait for threads: by then concurrent.futures refuses new
        # work and the backup (it hashes in a pool) would fail (tests/ui/quit_backup_child.py)
        wait_for_the_vault_to_close()
        if fonts is not None:
            fonts.join(10)  # done long ago, unless the app quit at once: not while Qt goes away
        instance.release()
