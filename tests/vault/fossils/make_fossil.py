"""Make a fossil: a real vault of one released format, kept so every later version is tested on it.

    git archive <commit> | tar -x -C /tmp/td-old            # the code of that format, untouched
    PYTHONPATH=/tmp/td-old .venv/bin/python tests/vault/fossils/make_fossil.py tests/vault/fossils/vN <commit>

Run it with the *old* code on the path, never the current one: a fossil is what that version wrote.
It uses only the repository calls every version has.  The KDF is the floor (t=3, 64 MiB, p=4) and
the slot is passphrase-only (no keychain), so the fossil opens anywhere in ~0.15 s.  The passphrase
and the recovery code go into the fossil's README.md; test_fossils.py reads them from there.
Never regenerate an existing fossil: add a new one for a new format.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

PASSPHRASE = "fossiel passphrase Ærø 2026"

# What every fossil holds; test_fossils.py checks exactly this after opening it with the current code.
EXPECTED = {
    "case_code": "TD-2026-0001",
    "second_case_code": "TD-2026-0002",
    "note_word": "fossielwoord",
    "note": "Uitgeputte arts, fossielwoord, café en crème; à bientôt",
    "agreements": "Volgende week opnieuw bellen",
    "provider": "Dr. Vermeulen (psychotherapeut)",
    "referral_reason": "Langdurige begeleiding",
    "task": "Terugbellen na het weekend",
    "template": "Doorverwijzing psycholoog",
    "setting": ("fossil.marker", "kept"),
}


def make(out: Path) -> dict[str, str]:
    from trustdesk.domain import Case, Contact, KnowledgeDomain, RiskLevel
    from trustdesk.domain.enums import Initiator, Language, ProviderKind, TemplateKind
    from trustdesk.domain.models import Provider, Referral, Task, Template
    from trustdesk.vault import KdfParams, Keychain, Vault, schema

    vault = Vault.create(out, PASSPHRASE, keychain=Keychain.none(), kdf=KdfParams())
    code = vault.recovery_code
    assert code is not None
    first = vault.cases.add(Case(code="", opened_on=date(2026, 3, 2), initiator=Initiator.COLLEAGUE,
                                 language=Language.NL, region="Gent", specialty="huisarts",
                                 domains=frozenset({KnowledgeDomain.BURNOUT}), consent_to_contact=True,
                                 doctor_name="Dr. A. Fossiel", details="Eerste contact via een collega"))
    second = vault.cases.add(Case(code="", opened_on=date(2026, 4, 1), language=Language.FR))
    assert first.id is not None and second.id is not None
    vault.contacts.add(Contact(case_id=first.id, at=datetime(2026, 3, 2, 20, 30), duration_min=45,
                               notes=EXPECTED["note"], agreements=EXPECTED["agreements"],
                               risk=RiskLevel.MODERATE))
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name=EXPECTED["provider"],
                                            languages=frozenset({Language.NL}), region="Gent"))
    vault.referrals.add(Referral(case_id=first.id, provider_id=provider.id, provider_name=provider.name,
                                 provider_kind=provider.kind, reason=EXPECTED["referral_reason"]))
    vault.tasks.add(Task(title=EXPECTED["task"], due_on=date(2026, 3, 9), case_id=first.id))
    vault.templates.add(Template(name=EXPECTED["template"], kind=TemplateKind.REFERRAL_PSY,
                                 language=Language.NL, body="Geachte {{ provider.name }},"))
    vault.settings.set(*EXPECTED["setting"])
    version = schema.version(vault.db)
    codes = sorted(c.code for c in vault.cases.list())
    vault.lock()
    for leftover in out.glob("vault.db-*"):  # the WAL is checkpointed to 0 bytes on lock
        assert leftover.stat().st_size == 0, leftover
        leftover.unlink()
    return {"recovery_code": code, "schema": str(version), "case_codes": ",".join(codes)}


def main() -> int:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    out, commit = Path(sys.argv[1]), sys.argv[2]
    if out.exists():
        raise SystemExit(f"{out} exists: fossils are never regenerated")
    facts = make(out)
    (out / "README.md").write_text(f"""# Vault fossil: schema {facts['schema']}

A real vault written by TrustDesk's schema-{facts['schema']} code (commit {commit}, exported with
`git archive`; made by `make_fossil.py`, see its docstring).  Never edit or regenerate these files: later versions must keep
opening them (tests/vault/test_fossils.py).  Test data only, nothing real.

- passphrase: `{PASSPHRASE}`
- recovery code: `{facts['recovery_code']}`
- schema (PRAGMA user_version): {facts['schema']}
- key slots: passphrase-only (no keychain), KDF at the floor (Argon2id t=3, m=64 MiB, p=4)
- cases: {facts['case_codes']}

```json
{json.dumps({"passphrase": PASSPHRASE, "recovery_code": facts["recovery_code"],
             "schema": int(facts["schema"])}, ensure_ascii=False)}
```
""", encoding="utf-8")
    print(f"fossil written: {out} (schema {facts['schema']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
