"""Start the desktop app: ``python main.py [--data-dir DIR] [--lang nl|fr|en]``.

Start-up is a budget (DESIGN §2): only Qt, the preferences and the first window's module are
imported before that window is on screen.  The vault's crypto, keyring, the main window and its
pages follow after (in a worker, or when first needed).  Documents (reportlab, Jinja2) load only
when a document is made.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

APP_NAME = "TrustDesk"
LANGUAGES = ("nl", "fr", "en")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trustdesk", description="TrustDesk, the trust person's case desk.")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder of the vault (default: the user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="interface language")
    return parser.parse_args(list(argv))


def disable_core_dumps() -> None:
    """No core dumps: a crash must not write the data key to disk (DESIGN §3). POSIX only."""
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    disable_core_dumps()
    data_dir: Path = args.data_dir if args.data_dir is not None else default_data_dir()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else APP_NAME])

    from trustdesk.ui.language import Translations, system_language
    from trustdesk.ui.preferences import Preferences
    from trustdesk.ui.single_instance import InstanceLock

    preferences = Preferences()
    translations = Translations(app)
    language = args.lang or preferences.language or system_language()
    translations.install(language)

    instance = InstanceLock(data_dir)
    if not instance.acquire():
        QMessageBox.information(None, QCoreApplication.translate("app", "TrustDesk is already open"),
                                QCoreApplication.translate(
                                    "app", "TrustDesk is already open for this vault. Switch to its window "
                                    "(look in the taskbar); a second copy would not be safe."))
        return 1

    from trustdesk.ui.shell import Shell

    shell = Shell(app, data_dir, preferences, translations)
    shell.start()
    try:
        return int(app.exec())
    finally:
        shell.quit()
        instance.release()
