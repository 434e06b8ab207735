"""Case summary and contact log: content per redaction level, sections, language, valid PDF."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import FREE_TEXT, IDENTIFYING, PROVIDER_NAME, FilledCase, fill_case, pdf_text, qpdf_check

from trustdesk.documents import ALL_SECTIONS, Redaction, Section, case_summary_pdf, contact_log_pdf
from trustdesk.documents.summaries import risk_history
from trustdesk.domain.enums import Language, RiskLevel
from trustdesk.vault import Vault

SECRETS = {**IDENTIFYING, **FREE_TEXT}


def test_full_summary_holds_everything(filled: FilledCase, tmp_path: Path) -> None:
    pdf = case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, ALL_SECTIONS)
    assert pdf.startswith(b"%PDF")
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    for field, marker in SECRETS.items():
        assert marker in text, f"{field} missing from the full summary"
    assert filled.case.code in text
    assert "Dossiersamenvatting" in text and "Vertrouwelijk" in text and "Pagina 1 van" in text
    assert "« ça va mieux », €15 café" in text  # accents, guillemets and the euro sign survive


@pytest.mark.parametrize("level", [Redaction.PSEUDONYMISED, Redaction.MINIMAL])
def test_redacted_summaries_leave_out_names_and_free_text(filled: FilledCase, level: Redaction,
                                                          tmp_path: Path) -> None:
    pdf = case_summary_pdf(filled.vault, filled.case.id, level, ALL_SECTIONS)
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    leaked = [field for field, marker in SECRETS.items() if marker in text]
    assert leaked == [], f"{level} summary shows {leaked}"
    assert filled.case.code in text
    assert "burn-out" in text and "second victim" in text  # domains
    assert "februari 2026" in text and "3 februari 2026" not in text  # opened on: the month only
    assert "afgesloten" in text  # status
    assert "hoog" in text and "matig" in text  # risk history


def test_pseudonymised_keeps_the_non_identifying_facts(filled: FilledCase) -> None:
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.PSEUDONYMISED, ALL_SECTIONS))
    assert "een collega" in text and "acute zorg" in text  # initiator; specialty as its broad group
    assert "Oost-Vlaanderen" not in text and PROVIDER_NAME not in text
    minimal = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.MINIMAL, ALL_SECTIONS))
    assert "Oost-Vlaanderen" not in minimal and PROVIDER_NAME not in minimal and "een collega" not in minimal


def test_sections_are_selectable(filled: FilledCase) -> None:
    text = pdf_text(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, {Section.RISK}))
    assert "Risicoverloop" in text
    for heading in ("Aanmelding", "Contacten", "Doorverwijzingen", "Taken"):
        assert heading not in text
    assert FREE_TEXT["notes"] not in text and IDENTIFYING["details"] not in text


def test_summary_follows_the_case_language(vault: Vault) -> None:
    filled = fill_case(vault, language=Language.FR)
    text = pdf_text(case_summary_pdf(vault, filled.case.id, Redaction.PSEUDONYMISED, ALL_SECTIONS))
    assert "Résumé du dossier" in text and "Confidentiel" in text and "février 2026" in text
    assert "3 février 2026" not in text and "Flandre-Orientale" not in text and "élevé" in text


def test_german_case_falls_back_to_english(vault: Vault) -> None:
    filled = fill_case(vault, language=Language.DE)
    text = pdf_text(case_summary_pdf(vault, filled.case.id, Redaction.MINIMAL, ALL_SECTIONS))
    assert "Case summary" in text and "February 2026" in text and "3 February 2026" not in text


def test_contact_log_is_chronological_and_complete(filled: FilledCase, tmp_path: Path) -> None:
    pdf = contact_log_pdf(filled.vault, filled.case.id)
    qpdf_check(pdf, tmp_path)
    text = pdf_text(pdf)
    positions = [text.index(f"{FREE_TEXT['notes']}{i}") for i in range(3)]
    assert positions == sorted(positions)
    assert f"{FREE_TEXT['safety_plan']}1" in text and f"{FREE_TEXT['agreements']}2" in text
    assert "Contactlogboek" in text and filled.case.code in text


def test_risk_history_keeps_changes_only(filled: FilledCase) -> None:
    history = risk_history(filled.contacts)
    assert [level for _, level in history] == [RiskLevel.MODERATE, RiskLevel.HIGH]


_WRITES: list[str] | None = None


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _WRITES is None or event != "open":
        return
    path, mode, flags = args
    writing = (isinstance(mode, str) and any(m in mode for m in "wax+")) or (
        isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
    if writing:
        _WRITES.append(f"{path} ({mode or flags})")


sys.addaudithook(_audit)


def test_documents_write_no_file(filled: FilledCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No open-for-writing anywhere while building every kind of document (a Python audit hook sees
    every open()), and fresh temp, working and home folders stay empty."""
    global _WRITES
    from trustdesk.documents import (
        activity_report,
        activity_report_csv,
        activity_report_pdf,
        recovery_kit_pdf,
    )

    empty = {name: tmp_path / name for name in ("tmp", "cwd", "home")}
    for folder in empty.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(empty["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(empty["tmp"]))
    monkeypatch.setenv("HOME", str(empty["home"]))
    monkeypatch.chdir(empty["cwd"])
    vault_files = sorted(p.name for p in filled.vault.data_dir.iterdir())
    _WRITES = []
    try:
        for level in Redaction:
            case_summary_pdf(filled.vault, filled.case.id, level, ALL_SECTIONS)
        contact_log_pdf(filled.vault, filled.case.id)
        recovery_kit_pdf("ABCD-EFGH", filled.vault.vault_id, "nl")
        report = activity_report(filled.vault, filled.case.opened_on, filled.case.opened_on)
        activity_report_pdf(report, "nl")
        activity_report_csv(report)
        writes = list(_WRITES)
    finally:
        _WRITES = None
    assert writes == []
    assert all(not any(folder.iterdir()) for folder in empty.values())
    assert sorted(p.name for p in filled.vault.data_dir.iterdir()) == vault_files


def test_summary_reads_a_case_of_200_contacts_in_as_many_statements_as_one_of_20(vault: Vault) -> None:
    """The summary of a big case asks the vault no more than that of a small one (no query per contact):
    SQL statements counted, not seconds."""
    counts = []
    for contacts in (20, 200):
        filled = fill_case(vault, contacts=contacts)
        statements: list[str] = []
        vault.db.conn.set_trace_callback(statements.append)
        try:
            pdf = case_summary_pdf(vault, filled.case.id, Redaction.FULL, ALL_SECTIONS)
        finally:
            vault.db.conn.set_trace_callback(None)
        assert f"{FREE_TEXT['notes']}{contacts - 1}" in pdf_text(pdf)
        counts.append(len(statements))
    assert 0 < counts[0] == counts[1], counts


def test_the_write_detector_sees_writes(tmp_path: Path) -> None:
    global _WRITES
    _WRITES = []
    try:
        (tmp_path / "probe.txt").write_text("x")
        seen = list(_WRITES)
    finally:
        _WRITES = None
    assert any("probe.txt" in entry for entry in seen)


def test_the_dejavu_font_is_embedded(filled: FilledCase, tmp_path: Path) -> None:
    import subprocess

    target = tmp_path / "fonts.pdf"
    target.write_bytes(case_summary_pdf(filled.vault, filled.case.id, Redaction.FULL, ALL_SECTIONS))
    listing = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    dejavu = [line.split() for line in listing.splitlines() if "DejaVuSans" in line]
    assert dejavu and all(parts[-5] == "yes" for parts in dejavu)  # the "emb" column


@pytest.mark.parametrize("language,not_assessed,no_risk,high", [
    (Language.NL, "niet ingeschat", "geen risico vastgesteld", "hoog"),
    (Language.FR, "non évalué", "pas de risque identifié", "élevé"),
    (Language.EN, "not assessed", "no risk identified", "high"),
])
def test_a_risk_nobody_assessed_is_printed_as_such(vault: Vault, language: Language, not_assessed: str,
                                                   no_risk: str, high: str) -> None:
    from datetime import date, datetime

    from trustdesk.domain.models import Case, Contact

    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), language=language))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 10, 0)))
    for level in Redaction:
        text = pdf_text(case_summary_pdf(vault, case.id, level, ALL_SECTIONS))
        assert not_assessed in text and no_risk not in text, level
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 5, 10, 0), risk=RiskLevel.HIGH))
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 9, 10, 0)))  # nothing chosen again
    text = pdf_text(case_summary_pdf(vault, case.id, Redaction.MINIMAL, {Section.RISK}))
    import re

    from trustdesk.documents.labels import Labels

    assert re.sub(r"\s+", " ", Labels(language)("summary.current_risk", risk=high)) in text
    assert [level for _day, level in risk_history(vault.contacts.for_case(case.id))] == [RiskLevel.HIGH]
