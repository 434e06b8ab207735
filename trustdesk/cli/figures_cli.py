"""``trustdesk figures merge``: the national figures from the trust persons' ``.tdfigures`` files.

    python -m trustdesk figures merge FILE... --out DIR --desk DESK [--passphrase-stdin]

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
Exit codes (the same for every command, cli/exits.py): 0 written (also when some files were refused:
see the summary); 1 failed, a wrong desk passphrase, or no file was accepted (then nothing is written
and no quarter is released); 2 bad usage or no passphrase given; 3 a desk folder or figures file that is
not there or cannot be read (every one is named at once).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from trustdesk.cli import exits, plain
from trustdesk.cli.parser import CommandParser

PUBLISHABLE = ("national_nl.pdf", "national_fr.pdf", "national.csv")


def _merge(args: argparse.Namespace) -> int:
    from trustdesk.cli.coordinator_cli import desk_inputs, open_desk
    from trustdesk.cli.secret_input import missing_input
    from trustdesk.exchange.figures import MAX_BYTES
    from trustdesk.exchange.merge import FileStatus, merge_figures, summary_text
    from trustdesk.exchange.national_pdf import national_csv, national_pdf
    from trustdesk.vault.files import atomic_write_bytes, ensure_private_dir

    missing = missing_input(*desk_inputs(Path(args.desk)),  # every one at once, before the passphrase is asked
                            *(("figures file", Path(name), False) for name in args.files))
    if missing:
        raise exits.Missing(missing)
    desk = open_desk(Path(args.desk), args.passphrase_stdin)
    files: list[tuple[str, bytes]] = []
    for name in args.files:
        try:  # never more than the format allows (+1 byte, so an oversized file is refused as such)
            with open(name, "rb") as handle:
                files.append((Path(name).name, handle.read(MAX_BYTES + 4096)))
        except OSError as exc:
            print(f"figures: cannot read {name}: {exc.strerror}", file=sys.stderr)
            return exits.code_for(exc)
    result = merge_figures(files, desk.identity, desk.cards(), released=desk.released())
    text = summary_text(result)
    if not result.count(FileStatus.MERGED):  # an empty national report would look like a real one
        sys.stdout.write(text)
        print("figures: no file was accepted: nothing written.", file=sys.stderr)
        return exits.REFUSED
    out = Path(args.out)
    ensure_private_dir(out)
    for language in ("nl", "fr"):
        atomic_write_bytes(out / f"national_{language}.pdf", national_pdf(result.releases, language))
    atomic_write_bytes(out / "national.csv", national_csv(result.releases))
    for release in result.releases:
        desk.freeze(release)
    desk.audit("figures_merged", f"{len(files)} files; " + text.splitlines()[0])
    sys.stdout.write(text)
    sys.stdout.write(f"\npublishable, in {out}: {', '.join(PUBLISHABLE)}\n"
                     "NOT publishable: the lines above (exact numbers per file); they are not saved anywhere.\n")
    return exits.OK


def main(argv: Sequence[str] = ()) -> int:
    from trustdesk.cli.secret_input import NoSecret
    from trustdesk.exchange.coordinator import DeskError

    parser = CommandParser(prog="trustdesk figures", description=plain(__doc__),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    merge = sub.add_parser("merge", help="merge .tdfigures files into the national report")
    merge.add_argument("files", nargs="+")
    merge.add_argument("--out", required=True)
    merge.add_argument("--desk", required=True, help="the coordinator's desk folder")
    merge.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args(list(argv))
    try:
        return _merge(args)
    except (exits.CommandFailed, DeskError, NoSecret, ValueError, OSError) as exc:
        print(f"figures: {exc}", file=sys.stderr)
        return exits.code_for(exc)
