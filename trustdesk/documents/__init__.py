"""Documents: letter templates (Jinja2 sandbox) -> text; reportlab -> PDF bytes.  No Qt here.

The public API, imported lazily so that ``import trustdesk.documents`` costs nothing until a
name is used (reportlab alone is ~110 ms; ARCHITECTURE.md, Start-up is a budget):

    case_summary_pdf(vault, case_id, redaction: Redaction, sections: set[Section], today=None) -> bytes
    contact_log_pdf(vault, case_id, today=None) -> bytes
    referral_letter_pdf(vault, referral_id, today=None) -> bytes
    recovery_kit_pdf(recovery_code, vault_id, language, today=None) -> bytes
    activity_report(vault, start, end) -> ActivityReport
    activity_report_pdf(report, language) -> bytes
    activity_report_csv(report) -> bytes
    activity_row_label(Labels(lang), table, key) / activity_table_title(Labels(lang), table)  (UI review)
    validate(body) -> list[TemplateProblem]; render(body, context) -> str; preview(body, context)
    referral_context(vault, referral_id) / case_context(vault, case_id) / sample_context(language)
    default_templates() -> list[Template]; install_default_templates(vault) -> list[Template]

    stamp_pdf(pdf, keywords) -> bytes  (the audit stamp in the PDF's metadata, see pdf_stamp.py)

Errors: ``DocumentError`` (a document cannot be built), ``TemplateError`` and its subclasses.
Every save or print of these bytes is the caller's to audit (``vault.audit.append(AuditEvent.EXPORT...)``).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "stamp_pdf": "pdf_stamp",
    "Redaction": "summaries",
    "Section": "summaries",
    "ALL_SECTIONS": "summaries",
    "case_summary_pdf": "summaries",
    "contact_log_pdf": "summaries",
    "referral_letter_pdf": "letters",
    "recovery_kit_pdf": "recovery",
    "ActivityReport": "activity",
    "ActivityTable": "activity",
    "ActivityRow": "activity",
    "activity_report": "activity",
    "activity_report_csv": "activity",
    "activity_row_label": "activity",
    "activity_table_title": "activity",
    "activity_report_pdf": "activity_pdf",
    "TemplateError": "templates",
    "TemplateProblem": "templates",
    "CONTEXT_FIELDS": "templates",
    "validate": "templates",
    "render": "templates",
    "preview": "templates",
    "build_context": "letter_context",
    "referral_context": "letter_context",
    "case_context": "letter_context",
    "sample_context": "letter_context",
    "default_templates": "library",
    "install_default_templates": "library",
    "DocumentError": "errors",
    "Labels": "labels",
}

__all__ = sorted(_EXPORTS)


_RENAMED = {"activity_row_label": "row_label", "activity_table_title": "table_title"}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'trustdesk.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"trustdesk.documents.{module}"), _RENAMED.get(name, name))
    globals()[name] = value
    return value
