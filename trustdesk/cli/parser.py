"""Every command's argument parser: argparse's own error messages are English (its gettext domain is
not ours), so a command's parser says them in the command's language (``words.translate``, context
``cli``) and names an unknown option first -- ``backup-verify --bogus`` says that ``--bogus`` is not an
option, not merely that a file is missing.  Exit code 2, as argparse's own (cli/exits.py USAGE)."""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from trustdesk.cli import exits
from trustdesk.cli.words import spoken_language, translate


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's own words in the command's language: "usage:" (the section titles are the parser's)."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """The description wrapped to the terminal; the epilog's table (lines "  N  …") with its lines
        wrapped under their text."""
        lines = []
        for line in text.splitlines():
            hanging = re.match(r"^(\s+\d+\s+)", line)
            lines.append(textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent + (
                " " * len(hanging.group(1)) if hanging else ""), break_on_hyphens=False) if line.strip() else "")
        return "\n".join(lines)

    def start_section(self, heading: str | None) -> None:
        """A section's heading ends in a colon; French puts a no-break space before it."""
        if heading and spoken_language() == "fr":
            heading = heading + "\u00a0"
        super().start_section(heading)


class CommandParser(argparse.ArgumentParser):
    """A command's parser: every word of its ``--help`` and its errors in the command's language (its
    texts are given translated; argparse's own -- "usage:", "positional arguments", "options", the help
    option -- are translated here), and ``contract``: the key of ``exits.CONTRACT`` whose exit codes end
    its ``--help`` (a command with subcommands: the codes of all of them, each subcommand its own)."""

    def __init__(self, *args: Any, contract: str | None = None, **kwargs: Any) -> None:
        kwargs["formatter_class"] = HelpFormatter  # argparse's words in the command's language, always
        kwargs["add_help"] = False
        if contract is not None:
            kwargs.setdefault("epilog", exits.help_for(contract) if contract in exits.CONTRACT
                              else exits.help_for_group(contract))
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=translate("cli", "show this help and exit"))

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]
        given = list(sys.argv[1:] if args is None else args)
        unknown = self.unknown_options(given)
        if unknown:
            self.error(translate("cli", "not an option of this command: {options}. See --help.").format(
                options=" ".join(unknown)))
        return super().parse_args(given, namespace)

    def unknown_options(self, given: list[str]) -> list[str]:
        """The options in ``given`` this parser (or, for a sub-command, the chosen sub-parser) does not know."""
        known = set(self._option_string_actions)
        for action in self._actions:  # a sub-command's own options are its parser's to judge
            if isinstance(action, argparse._SubParsersAction):
                return []
        unknown = []
        for arg in given:
            if arg == "--":
                break
            if arg.startswith("-") and len(arg) > 1 and not re.fullmatch(r"-\d.*", arg):
                name = arg.split("=", 1)[0]
                if name not in known:
                    unknown.append(name)
        return unknown

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(self.format_usage())  # "usage:" in the command's language (HelpFormatter)
        sys.stderr.write(f"{self.prog}: {said(message)}\n")
        sys.exit(exits.USAGE)


_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<names>.+)", "required"),
    (r"unrecognized arguments: (?P<names>.+)", "unrecognized"),
    (r"argument (?P<name>\S+): not allowed with argument (?P<other>\S+)", "exclusive"),
    (r"argument (?P<name>\S+): expected one argument", "one"),
    (r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)", "choice"),
    (r"argument (?P<name>\S+): invalid (?P<kind>\S+) value: (?P<value>.+)", "invalid"),
)


def said(message: str) -> str:
    """argparse's English ``message`` in the command's language (a message it does not know: as it is)."""
    for pattern, kind in _PATTERNS:
        m = re.fullmatch(pattern, message)
        if m is None:
            continue
        parts = m.groupdict()
        if kind == "required":
            return translate("cli", "this is missing: {names}. See --help.").format(names=parts["names"])
        if kind == "unrecognized":
            return translate("cli", "this is not understood: {names}. See --help.").format(names=parts["names"])
        if kind == "exclusive":
            return translate("cli", "{name} cannot be given together with {other}.").format(**parts)
        if kind == "one":
            return translate("cli", "{name} needs a value after it.").format(**parts)
        if kind == "choice":
            return translate("cli", "{name} cannot be {value}; choose one of {choices}.").format(**parts)
        return translate("cli", "{name} cannot be {value}.").format(name=parts["name"], value=parts["value"])
    return message
