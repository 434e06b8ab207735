"""Reading a secret for a headless command: from stdin when asked, else from the terminal.

Without a terminal (cron, a pipe, a CI job) ``getpass`` would read stdin anyway and end in an
``EOFError`` traceback; here that is one clear sentence (``NoSecret``) naming the option to use.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from trustdesk.cli.words import noun, translate


class NoSecret(Exception):
    """No secret could be read; the message is one sentence for the user."""


def read_secret(prompt: str, *, from_stdin: bool, option: str) -> str:
    if from_stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""  # stdin closed (<&-): None
        if not line:
            raise NoSecret(translate("cli", "nothing was given on standard input (one line was expected)."))
        return line.rstrip("\r\n")
    if not (sys.stdin is not None and sys.stdin.isatty()):
        what = prompt.strip().rstrip(":").strip("\u00a0 ")  # the thing asked for, named ("Desk passphrase")
        raise NoSecret(translate("cli", "{what} is needed, but there is no terminal to ask for it; give it on "
                                        "standard input with {option}.").format(what=what, option=option))
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise NoSecret(translate("cli", "nothing was typed; stopped.")) from None


def missing_input(*needed: tuple[str, Path, bool]) -> str | None:
    """Checked BEFORE any secret is asked: EVERY one of ``(what, path, is_folder)`` that is not there (or
    cannot be read), said at once in plain words ("there is no vault folder DIR; there is no figures file
    F."), or None when everything is there.  A command exits ``exits.MISSING`` with it."""
    problems = [problem for what, path, is_folder in needed if (problem := _problem(what, path, is_folder))]
    return "; ".join(problems) + "." if problems else None


def _problem(what: str, path: Path, is_folder: bool) -> str:
    import os

    name = noun(what)  # said in the command's language (cli/words.py)
    if is_folder and not path.is_dir():
        sentence = (translate("cli", "there is no {what} {path} (it is a file, not a folder)") if path.exists()
                    else translate("cli", "there is no {what} {path}"))
        return sentence.format(what=name, path=path)
    if not is_folder and path.exists() and not path.is_file() and not path.is_dir():
        return ""  # a FIFO or a device: there, but the command's own reader refuses it (never blocks on it)
    if not is_folder and not path.is_file():
        sentence = (translate("cli", "there is no {what} {path} (it is a folder, not a file)") if path.is_dir()
                    else translate("cli", "there is no {what} {path}"))
        return sentence.format(what=name, path=path)
    if not os.access(path, os.R_OK | (os.X_OK if is_folder else 0)):
        return translate("cli", "cannot read the {what} {path} (no permission)").format(what=name, path=path)
    return ""
