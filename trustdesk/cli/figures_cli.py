"""``trustdesk figures merge``: the national figures from the trust persons' ``.tdfigures`` files.

    python -m trustdesk figures merge FILE... --out DIR --desk DESK [--passphrase-stdin] [--replace]

Opens every file with the coordinator's key (DESK, see ``trustdesk coordinator``) against the trust
persons' cards held there; refuses what is not for this coordinator, tampered, truncated, signed by an
unknown card or malformed; merges the newest file per trust person and quarter; re-applies small-cell
suppression; and writes into DIR only what is publishable:

    national_nl.pdf, national_fr.pdf    charts per knowledge domain over the quarters, and tables
    national.csv                        every published number, one a row, in the columns of every
                                        figures CSV: period_start,period_end,table,key,count

What was merged, superseded, refused (and why), with each file's exact number of cases, is printed
to this terminal only and never written into DIR: those exact numbers are not publishable (a quarter
withheld for fewer than 5 cases would be given away by them).

Writing the report *releases* its quarters: they are kept in DESK/releases and never released again
with other numbers (a later correction could otherwise be subtracted from what was published).
Everything it prints, and its --help, is in the command's language.  Exit codes: cli/exits.py
``CONTRACT`` ("figures merge"), listed by --help; no file accepted writes nothing and releases nothing (1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from trustdesk.cli import exits
from trustdesk.cli.parser import CommandParser
from trustdesk.cli.words import shown_path, translate

PUBLISHABLE = ("national_nl.pdf", "national_fr.pdf", "national.csv")


def _merge(args: argparse.Namespace) -> int:
    from trustdesk.cli.coordinator_cli import desk_inputs, open_desk
    from trustdesk.cli.figures_summary import kind_of, summary
    from trustdesk.cli.refusals import refusal_sentence
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.cli.words import cannot_read
    from trustdesk.exchange.figures import MAX_BYTES
    from trustdesk.exchange.merge import FileStatus, merge_figures
    from trustdesk.exchange.national_pdf import national_csv, national_pdf
    from trustdesk.vault.files import atomic_write_bytes, ensure_private_dir

    missing = missing_input(*desk_inputs(Path(args.desk)),  # every one at once, before the passphrase is asked
                            *(("figures file", Path(name), False) for name in args.files))
    if missing:
        raise exits.Missing(missing)
    from trustdesk.cli.exits import check_output

    check_output(args.out, folder=True)  # before the passphrase: no missing parent made, no file as folder
    there = [name for name in PUBLISHABLE if (Path(args.out) / name).exists()]
    if there and not args.replace:  # one rule with intake: a report is never overwritten unasked
        raise exits.BadInput(translate("cli", "{folder} holds a national report already ({names}); give --replace to "
                                              "write over it, or another folder.").format(
            folder=shown_path(args.out), names=", ".join(there)))
    files: list[tuple[str, bytes]] = []
    for name in args.files:
        try:  # never more than the format allows (+1 byte, so an oversized file is refused as such)
            with open(name, "rb") as handle:
                files.append((Path(name).name, handle.read(MAX_BYTES + 4096)))
        except OSError as exc:
            raise exits.Missing(cannot_read(Path(name), exc)) if exits.code_for(exc) == exits.MISSING \
                else exits.Refused(cannot_read(Path(name), exc)) from None
    others = [(name, kind_of(data)) for name, (_, data) in zip(args.files, files, strict=True)]
    if all(found for _, found in others):  # no figures file at all: each named, before the passphrase is asked
        sys.stdout.write("".join(translate("cli", "{name}: {sentence}").format(
            name=Path(name).name, sentence=refusal_sentence("not_this_kind", expected="figures", found=found,
                                                            path=Path(name))) + "\n" for name, found in others))
        raise exits.Refused(translate("cli", "no file was accepted: nothing written."))
    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    result = merge_figures(files, desk.identity, desk.cards(), released=desk.released())
    text = summary(result, {Path(name).name: (Path(name), data) for name, (_, data) in zip(args.files, files, strict=True)})
    if not result.count(FileStatus.MERGED):  # an empty national report would look like a real one
        sys.stdout.write(text)
        raise exits.Refused(translate("cli", "no file was accepted: nothing written."))
    out = Path(args.out)
    ensure_private_dir(out)
    for language in ("nl", "fr"):
        atomic_write_bytes(out / f"national_{language}.pdf", national_pdf(result.releases, language))
    atomic_write_bytes(out / "national.csv", national_csv(result.releases))
    for release in result.releases:
        desk.freeze(release)
    desk.audit("figures_merged", f"{len(files)} files; merged {result.count(FileStatus.MERGED)}, "
                                 f"refused {result.count(FileStatus.REFUSED)}")
    sys.stdout.write(text)
    sys.stdout.write("\n" + translate("cli", "publishable, written:") + "\n")
    sys.stdout.write("".join(f"  {shown_path(out / name)}\n" for name in PUBLISHABLE))
    sys.stdout.write(translate("cli", "NOT publishable: the lines above (exact numbers per file); they are not saved "
                                      "anywhere.") + "\n")
    return exits.OK


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="trustdesk figures", contract="figures", description=translate(
        "cli", "The national figures from the trust persons' .tdfigures files (the coordinator's desk)."))
    sub = parser.add_subparsers(dest="command", required=True, title=translate("cli", "subcommands"),
                                metavar="{merge}")
    said = translate("cli", "merge .tdfigures files into the national report: national_nl.pdf, national_fr.pdf and "
                            "national.csv in DIR (columns period_start,period_end,table,key,count); what was merged "
                            "and refused is printed here only, never written")
    merge = sub.add_parser("merge", help=said, description=said, contract="figures merge")
    merge.add_argument("files", nargs="+", metavar="FILE", help=translate("cli", "a .tdfigures file"))
    merge.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "the folder to write the report to"))
    merge.add_argument("--desk", required=True, metavar="DESK", help=translate("cli", "the coordinator's desk folder"))
    merge.add_argument("--passphrase-stdin", action="store_true", help=translate(
        "cli", "read the desk passphrase as one line from standard input"))
    merge.add_argument("--replace", action="store_true", help=translate(
        "cli", "write over a national report already in DIR"))
    return parser


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.secret_input import NoSecret
    from trustdesk.cli.words import said

    args = _parser().parse_args(list(argv))
    try:
        return _merge(args)
    except (exits.CommandFailed, NoSecret, ValueError, OSError) as exc:
        print(f"figures: {said(exc)}", file=sys.stderr)
        return exits.code_for(exc)
