"""The exit codes of every headless command, one meaning each, and THE contract of every (sub)command:
which codes it gives and what each means there (``CONTRACT``).  Each command's ``--help`` ends with
its rows of this table (``help_for``), and ``python -m trustdesk --help`` lists the codes;
tests/vault/test_cli_contract.py runs every subcommand's error paths against it.

A script can act on the class of failure without reading the sentence: retry with another secret (1),
fix the command line or the input (2), fetch the file (3).  A command raises ``Refused``, ``Missing``
or ``BadInput`` (a ``ValueError`` is bad usage or malformed input too), or lets a known one through,
and ``code_for`` turns it into its code; the sentence printed is the exception's text.

The line between 1 and 2: what the user made or typed (a pack source folder, a pack to sign, an option's
value, a passphrase too short) is *input*, and a fault in it is 2; a file received from someone else
that does not check out (a pack, an intake, a figures file, a card) is *refused*, 1.
"""

from __future__ import annotations

import errno
from pathlib import Path

from trustdesk.cli.words import translate

OK = 0
REFUSED = 1  # checked and refused: a wrong passphrase or code, a tampered, damaged, forged or replayed file
USAGE = 2  # bad usage or malformed input: an unknown option (argparse's own 2), no secret given, a typo'd code
MISSING = 3  # a file or folder that is not there or cannot be read
GAPS = 4  # audit-verify only: the chain is intact now, but the log records an earlier gap

# (sub)command -> the codes it gives, in order.  ``meaning`` says each in the command's language.
CONTRACT: dict[str, tuple[int, ...]] = {
    "selftest": (OK, REFUSED, USAGE),
    "keychain": (OK, REFUSED, USAGE),
    "handover-verify": (OK, REFUSED, USAGE, MISSING),
    "backup-verify": (OK, REFUSED, USAGE, MISSING),
    "audit-verify": (OK, REFUSED, USAGE, MISSING, GAPS),
    "intake-verify": (OK, REFUSED, USAGE, MISSING),
    "pack keygen": (OK, USAGE, MISSING),
    "pack build": (OK, REFUSED, USAGE, MISSING),
    "pack sign": (OK, REFUSED, USAGE, MISSING),
    "pack verify": (OK, REFUSED, USAGE, MISSING),
    "pack preview": (OK, REFUSED, USAGE, MISSING),
    "coordinator init": (OK, REFUSED, USAGE),
    "coordinator card": (OK, REFUSED, USAGE, MISSING),
    "coordinator add-card": (OK, REFUSED, USAGE, MISSING),
    "coordinator cards": (OK, REFUSED, USAGE, MISSING),
    "coordinator intake": (OK, REFUSED, USAGE, MISSING),
    "figures merge": (OK, REFUSED, USAGE, MISSING),
}


def general(code: int) -> str:
    """What ``code`` means for every command."""
    return {
        OK: translate("cli", "done: the check passed, the file was written"),
        REFUSED: translate("cli", "refused or failed: a wrong passphrase or code, a damaged, tampered, forged or "
                                  "replayed file, a broken audit chain"),
        USAGE: translate("cli", "bad usage or malformed input: an unknown option, no secret given, something that "
                                "cannot be a code, an invalid value"),
        MISSING: translate("cli", "a file or folder that is not there or cannot be read (every one is named)"),
        GAPS: translate("cli", "audit-verify only: the chain is intact, but the log records an earlier gap"),
    }[code]


def meaning(command: str, code: int) -> str:
    """What ``code`` means for ``command`` (a key of ``CONTRACT``), in the command's language."""
    special = {
        ("pack keygen", OK): translate("cli", "the key pair was written"),
        ("pack keygen", USAGE): translate("cli", "a passphrase under 12 characters, two passphrases that differ, a "
                                                 "key file that is there already, no passphrase given"),
        ("pack build", OK): translate("cli", "the pack was written"),
        ("pack build", REFUSED): translate("cli", "a wrong passphrase for the signing key"),
        ("pack build", USAGE): translate("cli", "the source folder breaks the pack format (a value, a field, a "
                                                "template), a file that is not a key, no passphrase given"),
        ("pack sign", OK): translate("cli", "the signed pack was written"),
        ("pack sign", REFUSED): translate("cli", "a wrong passphrase for the signing key"),
        ("pack sign", USAGE): translate("cli", "the pack breaks the pack format, a file that is not a key, no "
                                               "passphrase given"),
        ("pack verify", OK): translate("cli", "the pack verifies"),
        ("pack verify", REFUSED): translate("cli", "the pack (or an earlier one of the chain) does not verify: "
                                                   "damaged, tampered, signed with another key, or against the "
                                                   "format"),
        ("pack verify", USAGE): translate("cli", "an unknown option, a file that is not a public key"),
        ("pack preview", OK): translate("cli", "the pack verifies and every template can be used"),
        ("pack preview", REFUSED): translate("cli", "the pack does not verify, or a template cannot be used"),
        ("pack preview", USAGE): translate("cli", "an unknown option, a file that is not a public key"),
        ("coordinator init", OK): translate("cli", "the desk was made"),
        ("coordinator init", REFUSED): translate("cli", "the desk folder cannot be made (it holds a desk already?)"),
        ("coordinator init", USAGE): translate("cli", "a weak desk passphrase, two passphrases that differ, no "
                                                      "passphrase given"),
        ("coordinator add-card", REFUSED): translate("cli", "a wrong desk passphrase, a card that is damaged or "
                                                            "tampered, a fingerprint that does not match"),
        ("coordinator intake", OK): translate("cli", "the intake was written"),
        ("coordinator intake", REFUSED): translate("cli", "a wrong desk passphrase, no single card for --to"),
        ("coordinator intake", USAGE): translate("cli", "a value that is not allowed (a region, a domain, who "
                                                        "called…), contact details without --consent, an intake file "
                                                        "that is there already, no passphrase given"),
        ("figures merge", OK): translate("cli", "the national report was written (also when some files were "
                                                "refused: see the summary)"),
        ("figures merge", REFUSED): translate("cli", "a wrong desk passphrase, or no file was accepted (nothing is "
                                                     "written then)"),
        ("intake-verify", OK): translate("cli", "the intake is sound and not yet imported"),
        ("intake-verify", REFUSED): translate("cli", "the intake is refused (its reason is printed as one word), a "
                                                     "wrong passphrase, or TrustDesk is open on this vault"),
        ("audit-verify", OK): translate("cli", "the chain is intact"),
        ("audit-verify", REFUSED): translate("cli", "a broken or cut chain, a head record deleted, forged or put back, "
                                                    "a wrong passphrase or code, or TrustDesk is open on this vault"),
        ("keychain", OK): translate("cli", "a keychain TrustDesk accepts is there"),
        ("keychain", REFUSED): translate("cli", "none (passphrase only), or the probe failed"),
        ("selftest", REFUSED): translate("cli", "the round trip failed"),
    }
    return special.get((command, code)) or general(code)


def help_for(command: str) -> str:
    """The exit-code table of ``command`` (a key of ``CONTRACT``), as its ``--help`` ends."""
    lines = [translate("cli", "Exit codes:")]
    lines += [f"  {code}  {meaning(command, code)}" for code in CONTRACT[command]]
    return "\n".join(lines)


def help_for_group(command: str) -> str:
    """The codes of a command with subcommands (``pack``), each subcommand's own in its ``--help``."""
    codes = sorted({code for key, given in CONTRACT.items() if key.startswith(f"{command} ") for code in given})
    lines = [translate("cli", "Exit codes (each subcommand's --help says what they mean for it):")]
    lines += [f"  {code}  {general(code)}" for code in codes]
    return "\n".join(lines)


class CommandFailed(Exception):
    """A command stops; its text is the one sentence said to the user."""

    code = REFUSED


class Refused(CommandFailed):
    code = REFUSED


class BadInput(CommandFailed):
    code = USAGE


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
    codes = (OK, REFUSED, USAGE, MISSING, GAPS)
    return translate("cli", "Exit codes (every command):") + "\n" + "".join(f"  {c}  {general(c)}\n" for c in codes)


def check_output(path: Path | str, *, folder: bool = False) -> None:
    """``output_problem`` raised: a missing folder is ``exits.Missing`` (3, as a missing input), a file
    where a folder is written ``exits.BadInput`` (2)."""
    from trustdesk.cli.words import output_problem

    problem = output_problem(path, folder=folder)
    if problem:
        raise Missing(problem) if not Path(path).absolute().parent.is_dir() else BadInput(problem)
