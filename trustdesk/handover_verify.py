"""``trustdesk handover-verify FILE --code-stdin``: say what a ``.tdhandover`` file holds, headless.

Exit codes: 0 sound, 1 damaged / not a handover file, 2 wrong code (or a tampered file: AES-GCM
cannot tell the two apart).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="trustdesk handover-verify", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--code-stdin", action="store_true", help="read the handover code from stdin")
    args = parser.parse_args(list(argv))
    from trustdesk.vault.handover import HandoverReason, HandoverRejected, read_handover

    code = sys.stdin.readline().strip() if args.code_stdin else getpass.getpass("Handover code: ")
    try:
        data = args.file.read_bytes()
        preview = read_handover(data, code)
    except OSError as exc:
        print(f"handover-verify: CANNOT READ {exc.strerror}")
        return 1
    except HandoverRejected as exc:
        wrong = exc.reason is HandoverReason.WRONG_CODE_OR_TAMPERED
        print(f"handover-verify: {'WRONG CODE OR TAMPERED' if wrong else 'DAMAGED'} {exc.reason.value}")
        return 2 if wrong else 1
    print(f"handover-verify: OK {args.file.name}")
    print(f"  made on    {preview.created}")
    print(f"  file id    {preview.file_id}")
    print(f"  sections   {', '.join(sorted(s.value for s in preview.sections))}")
    print(f"  cases      {preview.case_count}")
    for key in ("contacts", "referrals", "tasks"):
        print(f"  {key:<10} {preview.count(key)}")
    return 0
