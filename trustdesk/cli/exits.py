"""The exit codes of every headless command, one meaning each (``python -m trustdesk --help`` lists them).

A script can act on the class of failure without reading the sentence: retry with another secret (1),
fix the command line (2), fetch the file (3).  A command raises ``Refused`` or ``Missing`` (a
``ValueError`` is bad usage or malformed input), or lets a known one through, and ``code_for`` turns
it into its code; the sentence printed is the exception's text.
"""

from __future__ import annotations

import errno

OK = 0
REFUSED = 1  # checked and refused: a wrong passphrase or code, a tampered, damaged, forged or replayed file
USAGE = 2  # bad usage or malformed input: an unknown option (argparse's own 2), no secret given, a typo'd code
MISSING = 3  # a file or folder that is not there or cannot be read
GAPS = 4  # audit-verify only: the chain is intact now, but the log records an earlier gap

MEANINGS: tuple[tuple[int, str], ...] = (
    (OK, "done: the check passed, the file was written"),
    (REFUSED, "refused or failed: a wrong passphrase or code, a damaged, tampered, forged or replayed file, "
              "a broken audit chain"),
    (USAGE, "bad usage or malformed input: an unknown option, no secret given, something that cannot be "
            "a code, an invalid value"),
    (MISSING, "a file or folder that is not there or cannot be read (every one is named)"),
    (GAPS, "audit-verify only: the chain is intact, but the log records an earlier gap"),
)


class CommandFailed(Exception):
    """A command stops; its text is the one sentence said to the user."""

    code = REFUSED


class Refused(CommandFailed):
    code = REFUSED


class Missing(CommandFailed):
    code = MISSING


_MISSING_ERRNOS = frozenset({errno.ENOENT, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR})


def code_for(exc: BaseException) -> int:
    """The exit code of an exception a command let through."""
    from trustdesk.cli.secret_input import NoSecret

    if isinstance(exc, CommandFailed):
        return exc.code
    if isinstance(exc, NoSecret):
        return USAGE
    if isinstance(exc, OSError):
        return MISSING if exc.errno in _MISSING_ERRNOS else REFUSED
    if isinstance(exc, ValueError):
        return USAGE
    return REFUSED


def help_text() -> str:
    return "Exit codes (every command):\n" + "".join(f"  {code}  {text}\n" for code, text in MEANINGS)
