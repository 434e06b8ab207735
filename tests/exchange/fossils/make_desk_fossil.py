"""Make a desk fossil: a coordinator desk folder as an older TrustDesk wrote it, kept so every later
version is tested on it (tests/exchange/test_desk_fossil.py).

    git archive <commit> | tar -x -C /tmp/td-old            # the code of that version, untouched
    PYTHONPATH=/tmp/td-old .venv/bin/python tests/exchange/fossils/make_desk_fossil.py \\
        tests/exchange/fossils/<name> <commit>

Run it with the *old* code on the path, never the current one: a fossil is what that version wrote.
It uses only the calls every version has (CoordinatorDesk.init, add_card).  The passphrase and what
the desk holds go into the fossil's README.md; the test reads them from there.  Never regenerate an
existing fossil: add a new one for a new format.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PASSPHRASE = "fossiele bureausleutel Ærø 2026"
DESK_NAME = "Coördinator fossiel"
TRUST_PERSON = "Dr. Fossiel Vertrouwenspersoon"


def make(out: Path) -> dict[str, str]:
    from trustdesk.exchange.coordinator import CoordinatorDesk
    from trustdesk.exchange.keys import Identity, Role

    desk = CoordinatorDesk.init(out, DESK_NAME, PASSPHRASE)
    card = Identity.generate().card(TRUST_PERSON, Role.TRUST_PERSON)
    desk.add_card(card.to_bytes(), card.fingerprint)
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    header = (out / "identity.age").read_bytes()[:200]
    work = re.search(rb"-> scrypt \S+ (\d+)", header)
    return {"passphrase": PASSPHRASE, "desk_name": DESK_NAME, "desk_key_id": desk.card.key_id,
            "trust_person": TRUST_PERSON, "trust_person_key_id": card.key_id,
            "scrypt_log_n": work.group(1).decode() if work else "?", "files": ", ".join(files)}


def main() -> None:
    out, commit = Path(sys.argv[1]), sys.argv[2]
    if out.exists():
        raise SystemExit(f"{out} exists: never regenerate a fossil")
    facts = make(out)
    (out / "README.md").write_text(
        f"# Desk fossil made by TrustDesk at commit {commit}\n\n"
        "A coordinator desk folder as that version wrote it (its key pair in identity.age: age's scrypt\n"
        "passphrase recipient).  Made by tests/exchange/fossils/make_desk_fossil.py; never regenerate it.\n\n"
        f"```json\n{json.dumps(facts, indent=1, ensure_ascii=False)}\n```\n", encoding="utf-8")


if __name__ == "__main__":
    main()
