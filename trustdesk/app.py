"""Start the desktop app: ``python main.py [--data-dir DIR] [--lang nl|fr|en]``.

Start-up is a budget (ARCHITECTURE.md, Start-up is a budget): only Qt, the preferences and the first window's module are
imported before that window is on screen.  The vault's crypto, keyring, the main window and its
pages follow after (in a worker, or when first needed).  Documents (reportlab, Jinja2) load only
when a document is made.
"""

from __future__ import annotations

import getopt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "TrustDesk"
LANGUAGES = ("nl", "fr", "en")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


USAGE = """usage: trustdesk [--data-dir DIR] [--lang nl|fr|en]

TrustDesk, the trust person's case desk.

  --data-dir DIR   folder of the vault (default: the user data folder)
  --lang LANG      interface language: nl, fr or en (default: the saved choice, else the system's)
"""


@dataclass(frozen=True)
class Options:
    data_dir: Path | None = None
    lang: str | None = None
    help: bool = False


class UsageError(ValueError):
    pass


def parse_args(argv: Sequence[str]) -> Options:
    """``getopt``, not ``argparse``: argparse's gettext look-ups cost 10-15 ms of the start-up budget."""
    try:
        pairs, rest = getopt.gnu_getopt(list(argv), "h", ["data-dir=", "lang=", "help"])
    except getopt.GetoptError as exc:
        raise UsageError(str(exc)) from exc
    if rest:
        raise UsageError(f"unexpected argument: {rest[0]}")
    values = dict(pairs)
    if "-h" in values or "--help" in values:
        return Options(help=True)
    lang = values.get("--lang")
    if lang is not None and lang not in LANGUAGES:
        raise UsageError(f"--lang must be one of {', '.join(LANGUAGES)}")
    data_dir = values.get("--data-dir")
    if data_dir is not None and not data_dir.strip():
        raise UsageError("--data-dir needs a folder")
    return Options(data_dir=Path(data_dir) if data_dir else None, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except UsageError as exc:
        print(f"trustdesk: {exc}\n\n{USAGE}", file=sys.stderr)
        return 2
    if args.help:
        print(USAGE)
        return 0
    data_dir: Path = args.data_dir if args.data_dir is not None else default_data_dir()

    from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

    keep_singletons_alive()  # before any Qt call: the PySide6 6.12 / Python 3.11 refcount fix
    from trustdesk.ui.kit.session_bus import no_bus_autolaunch

    no_bus_autolaunch()  # before Qt asks for a session bus: never a dbus-daemon that outlives us
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trustdesk.ui.kit.feature_scan import skip_feature_scan

    skip_feature_scan()  # PySide would read the source of each of our modules imported from here on

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else APP_NAME])

    from trustdesk.ui.kit.look import apply_look

    apply_look(app)  # the chosen row visible without focus, a focus ring that is seen, no stock icons
    from trustdesk.ui.kit.language import Translations, system_language
    from trustdesk.ui.kit.preferences import Preferences, start_language
    from trustdesk.ui.shell.single_instance import InstanceLock

    preferences = Preferences()
    translations = Translations(app)
    language = start_language(data_dir, args.lang, preferences, system_language())
    translations.install(language)

    instance = InstanceLock(data_dir)
    if not instance.acquire():
        QMessageBox.information(None, QCoreApplication.translate("app", "TrustDesk is already open"),
                                QCoreApplication.translate(
                                    "app", "TrustDesk is already open for this vault. Switch to its window "
                                    "(look in the taskbar); a second copy would not be safe."))
        return 1

    from trustdesk.ui.shell.shell import Shell
    from trustdesk.ui.shell.termination import Termination

    Termination(app)  # SIGTERM/SIGINT/SIGHUP quit through Qt: the vault is locked the normal way

    shell = Shell(app, data_dir, preferences, translations)
    shell.start()
    try:
        return int(app.exec())
    finally:
        shell.quit()
        # Workers (a list loading, a PDF being built) finish before the interpreter goes away:
        # a worker still running at interpreter exit can crash it.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        instance.release()
