"""Schema 5 on a real schema-4 vault (the v4 fossil): PHQ-9 item 9 is stored apart (old totals read
back as "not recorded"), every case gets an empty alias, the alias is searchable and the case
fields are found as before (cases_fts rebuilt)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.domain.scores import Instrument, Score
from trustdesk.vault import Keychain, Vault, schema

V4 = Path(__file__).parent / "fossils" / "v4"
PASSPHRASE = "fossiel passphrase Ærø 2026"


@pytest.fixture
def upgraded(tmp_path: Path) -> Vault:
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(V4 / name, tmp_path / name)
    vault = Vault.unlock(tmp_path, PASSPHRASE, keychain=Keychain.none())
    assert schema.version(vault.db) >= 5
    return vault


def test_the_v4_vault_gains_item9_and_alias(upgraded: Vault) -> None:
    vault = upgraded
    try:
        cases = vault.cases.list()
        assert cases and all(c.alias == "" for c in cases)
        first = next(c for c in cases if c.code == "TD-2026-0001")
        assert first.id is not None
        assert [h.contact_id for h in vault.search("Fossiel") if h.contact_id is None] == [None]  # case fields
        assert vault.search("fossielwoord")  # notes too
        from dataclasses import replace

        vault.cases.update(replace(first, alias="AF zwaluw"))
        assert [(h.case_id, h.contact_id) for h in vault.search("zwaluw")] == [(first.id, None)]
        assert vault.cases.get(first.id).alias == "AF zwaluw"  # type: ignore[union-attr]
        vault.scores.add(Score(first.id, Instrument.PHQ9, 6, date(2026, 3, 5), item9=1))
        vault.scores.add(Score(first.id, Instrument.PHQ9, 4, date(2026, 3, 6)))
        assert [s.item9 for s in vault.scores.for_case(first.id)] == [1, None]
        assert not vault.integrity_errors()
    finally:
        vault.lock()


@given(total=st.integers(0, 27), item9=st.one_of(st.none(), st.integers(-2, 5)))
@settings(max_examples=200)
def test_item9_is_0_to_3_and_never_above_the_total(total: int, item9: int | None) -> None:
    valid = item9 is None or (0 <= item9 <= 3 and item9 <= total)
    if valid:
        score = Score(1, Instrument.PHQ9, total, date(2026, 1, 1), item9=item9)
        assert score.item9_positive == bool(item9)
    else:
        with pytest.raises(ValueError):
            Score(1, Instrument.PHQ9, total, date(2026, 1, 1), item9=item9)
    with pytest.raises(ValueError):
        Score(1, Instrument.GAD7, min(total, 21), date(2026, 1, 1), item9=1)
