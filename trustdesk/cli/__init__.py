"""Headless commands: ``python -m trustdesk <command>`` (no display needed).

Each command lives in its own module and is imported only when used, so the GUI start-up
never pays for it.  Add a command by adding one line to ``COMMANDS``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from trustdesk.hardening import harden_process
from trustdesk.ui.kit.refcount_fix import keep_singletons_alive


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for the catalogues where it is written; it is translated where it is said."""
    return text


# name -> (module, function, one-line help). The function takes the remaining argv, returns an exit code.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "selftest": ("trustdesk.cli.selftest", "main", QT_TRANSLATE_NOOP("cli", "headless round trip in a temporary data dir")),
    "keychain": ("trustdesk.cli.keychain_report", "main", QT_TRANSLATE_NOOP("cli", "which OS keychain TrustDesk uses (--probe: test it)")),
    "handover-verify": ("trustdesk.cli.handover_verify", "main", QT_TRANSLATE_NOOP("cli", "say what a .tdhandover file holds")),
    "backup-verify": ("trustdesk.cli.backup_verify", "main", QT_TRANSLATE_NOOP("cli", "check a .tdbackup file and show what it holds")),
    "pack": ("trustdesk.cli.pack_cli", "main", QT_TRANSLATE_NOOP("cli", "organisation packs: keygen, build, sign, verify")),
    "audit-verify": ("trustdesk.cli.audit_verify", "main", QT_TRANSLATE_NOOP("cli", "check the audit log's hash chain")),
    "coordinator": ("trustdesk.cli.coordinator_cli", "main", QT_TRANSLATE_NOOP("cli", "coordinator: keys, trust persons' cards, intakes")),
    "intake-verify": ("trustdesk.cli.intake_verify", "main", QT_TRANSLATE_NOOP("cli", "say what a .tdintake file holds (nothing imported)")),
    "figures": ("trustdesk.cli.figures_cli", "main", QT_TRANSLATE_NOOP("cli", "coordinator: merge .tdfigures into the national report")),
}


def _quiet_stdout() -> None:
    """The reader of our output went away (``… | head -1``): send the rest nowhere, so neither the
    command nor the interpreter's final flush prints a BrokenPipeError traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's StringIO): nothing to redirect
        pass


def _help() -> None:
    from trustdesk.app import usage_text
    from trustdesk.cli.words import translate

    print(usage_text(translate, commands=True))
    print(translate("cli", "Headless commands (no display needed; each has its own --help):"))
    for name, (_, _, text) in sorted(COMMANDS.items()):
        print(f"  {name:<16} {translate('cli', text)}")
    from trustdesk.cli.exits import help_text

    print(help_text(), end="")


def _app(args: list[str]) -> int:
    """The desktop app; its ``--help`` (with every command) and wrong options said in the user's language.
    The catalogues' module (and with it PySide6) is imported only for those: app.main imports Qt itself,
    after it has put the garbage collector aside for the start (see there)."""
    from trustdesk import app

    try:
        options = app.Options(help=True) if args[:1] == ["help"] else app.parse_args(args)
    except app.UsageError as exc:
        from trustdesk.cli import exits
        from trustdesk.cli.words import speaking, translate

        with speaking(args):  # the data folder's language, else the terminal's
            print(exc.said(translate), file=sys.stderr)
        return exits.USAGE
    if options.help:
        from trustdesk.cli.words import speaking

        with speaking(args, language=options.lang):
            _help()  # the app's own options (--data-dir, --lang) and every command
        sys.stdout.flush()
        return 0
    return int(app.main(args))


def is_command(argv: Sequence[str]) -> bool:
    return bool(argv) and argv[0] in COMMANDS


def split_lang(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--lang CODE`` (or ``--lang=CODE``) taken out of a command line, wherever it stands before ``--``:
    before the command (``--lang nl coordinator cards DESK``) or after it (``intake-verify FILE --lang nl``),
    one rule for every command.  Returns the code ("" when given without a value) and the rest."""
    args = list(argv)
    lang: str | None = None
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest.extend(args[index:])
            break
        if arg == "--lang":
            lang = args[index + 1] if index + 1 < len(args) else ""
            index += 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        index += 1
    return lang, rest


def _bad_lang(args: list[str], lang: str) -> int:
    from trustdesk.app import LANGUAGES
    from trustdesk.cli import exits
    from trustdesk.cli.words import bad_language, speaking

    with speaking(args):
        print(bad_language(lang, LANGUAGES), file=sys.stderr)
    return exits.USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Every entry point (the app, each command, main.py, ``python -m trustdesk``, the frozen
    builds) comes through here: the process is hardened before anything else runs."""
    harden_process()  # no core dumps, not dumpable/attachable: before any secret is read
    os.umask(0o077)  # every file the app or a command writes is the user's alone (0600; folders 0700)
    keep_singletons_alive()  # the PySide6 6.12 / Python 3.11 refcount fix, before any Qt call
    given = list(sys.argv[1:] if argv is None else argv)
    lang, args = split_lang(given)
    try:
        if not is_command(args):
            return _app(given)  # the app reads --lang itself (app.parse_args)
        if lang is not None and lang not in ("nl", "fr", "en"):
            return _bad_lang(args, lang)
        module, function, _ = COMMANDS[args[0]]
        run = getattr(importlib.import_module(module), function)
        from trustdesk.cli.words import speaking

        # --lang, else the app's saved interface language, else the terminal's (words.choose_language)
        with speaking(args[1:], language=lang):
            code = int(run(args[1:]))
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at interpreter exit
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 141 if os.name != "nt" else 1  # what a shell reports for a command stopped by SIGPIPE
