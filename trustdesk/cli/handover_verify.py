"""``trustdesk handover-verify FILE --code-stdin``: say what a ``.tdhandover`` file holds, headless.

Exit codes (the same for every command, cli/exits.py): 0 sound; 1 refused: a wrong code or a tampered
file (AES-GCM cannot tell the two apart), a damaged file, not a handover file, one already imported;
2 bad usage, no code given, or text that cannot be a handover code; 3 no such file, or it cannot be read.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from trustdesk.cli import exits, plain
from trustdesk.cli.secret_input import NoSecret, missing_input, read_secret

# One plain sentence per refusal (the GUI says the same in the interface's language).
SENTENCES = {
    "not_a_handover": "this is not a TrustDesk handover file.",
    "wrong_code_or_tampered": "the code does not open this file, or the file was changed or cut short on the way.",
    "malformed": "this handover file is damaged or incomplete.",
    "too_large": "this file is far larger than a handover can be.",
    "replayed": "this handover was already imported.",
    "newer_format": "this handover was made by a newer TrustDesk; update TrustDesk first.",
    "malformed_code": "that is not a handover code",
}


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="trustdesk handover-verify", description=plain(__doc__),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--code-stdin", action="store_true", help="read the handover code from stdin")
    args = parser.parse_args(list(argv))
    from trustdesk.vault.files import read_outside_prefix
    from trustdesk.vault.handover import MAX_FILE_BYTES, HandoverReason, HandoverRejected, read_handover

    missing = missing_input(("handover file", args.file, False))  # said before any code is asked
    if missing:
        print(f"handover-verify: {missing}")
        return exits.MISSING
    try:
        data = read_outside_prefix(args.file, MAX_FILE_BYTES + 1)  # read_handover refuses what is too large
    except OSError as exc:
        print(f"handover-verify: cannot read {args.file.name}: {exc.strerror or exc}.")
        return exits.code_for(exc)
    try:
        code = read_secret("Handover code: ", from_stdin=args.code_stdin, option="--code-stdin").strip()
    except NoSecret as exc:
        print(f"handover-verify: {exc}")
        return exits.USAGE
    try:
        preview = read_handover(data, code)
    except HandoverRejected as exc:
        sentence = SENTENCES.get(exc.reason.value, "this file was refused.")
        if exc.reason is HandoverReason.MALFORMED_CODE:
            sentence = f"{sentence}: {exc.detail}."
        print(f"handover-verify: {sentence}")
        return exits.USAGE if exc.reason is HandoverReason.MALFORMED_CODE else exits.REFUSED
    print(f"handover-verify: OK {args.file.name}")
    print(f"  made on    {preview.created}")
    print(f"  file id    {preview.file_id}")
    print(f"  sections   {', '.join(sorted(s.value for s in preview.sections))}")
    print(f"  cases      {preview.case_count}")
    for key in ("contacts", "referrals", "tasks"):
        print(f"  {key:<10} {preview.count(key)}")
    return exits.OK
