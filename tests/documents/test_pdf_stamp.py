"""The audit stamp in an exported PDF's metadata (issue 17, item 2): every document kind the
documents layer builds takes the stamp, stays a valid PDF (qpdf --check) with the same text, and a
PDF reader (poppler's pdfinfo) shows the stamp as its keywords."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.documents.conftest import FilledCase, pdf_text, qpdf_check
from trustdesk.documents import (
    ALL_SECTIONS,
    Redaction,
    activity_report,
    activity_report_pdf,
    case_summary_pdf,
    contact_log_pdf,
    recovery_kit_pdf,
    stamp_pdf,
)
from trustdesk.vault import Vault


def _keywords(pdf: bytes, tmp_path: Path) -> str:
    target = tmp_path / "stamped.pdf"
    target.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    return next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Keywords:")), "")


def _kinds(vault: Vault, filled: FilledCase) -> dict[str, Callable[[], bytes]]:
    assert filled.case.id is not None
    return {
        "summary": lambda: case_summary_pdf(vault, filled.case.id, Redaction.FULL, set(ALL_SECTIONS)),
        "contact log": lambda: contact_log_pdf(vault, filled.case.id),
        "recovery kit": lambda: recovery_kit_pdf("0000-0000-0000-0000-0000-0000-00", vault.vault_id, "nl"),
        "activity": lambda: activity_report_pdf(activity_report(vault, date(2026, 1, 1), date(2026, 12, 31)), "fr"),
    }


def test_every_document_kind_takes_the_stamp(vault: Vault, filled: FilledCase, tmp_path: Path) -> None:
    head = vault.audit.head()
    assert head is not None
    for name, build in _kinds(vault, filled).items():
        pdf = build()
        stamped = stamp_pdf(pdf, head.stamp)
        qpdf_check(stamped, tmp_path)
        assert _keywords(stamped, tmp_path) == head.stamp, name
        assert pdf_text(stamped) == pdf_text(pdf), name
        restamped = stamp_pdf(stamped, "TrustDesk audit #2 00")  # a second stamp replaces the first
        assert _keywords(restamped, tmp_path) == "TrustDesk audit #2 00", name


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seq=st.integers(1, 10**9), digest=st.text("0123456789abcdef", min_size=64, max_size=64))
def test_any_head_gives_a_readable_stamp(vault: Vault, tmp_path: Path, seq: int, digest: str) -> None:
    from trustdesk.vault.audit_head import AuditHead

    pdf = recovery_kit_pdf("0000-0000-0000-0000-0000-0000-00", vault.vault_id, "en")
    stamp = AuditHead(seq, digest).stamp
    assert _keywords(stamp_pdf(pdf, stamp), tmp_path) == stamp


@pytest.mark.parametrize("bad", [b"", b"not a pdf", b"%PDF-1.4\n%%EOF\n"])
def test_what_is_not_our_pdf_is_refused(bad: bytes) -> None:
    with pytest.raises(ValueError):
        stamp_pdf(bad, "TrustDesk audit #1 00")
