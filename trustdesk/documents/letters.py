"""The referral letter as PDF: letterhead, date, recipient, the letter text (already rendered from
its template and stored on the referral), and a short line recording the doctor's consent."""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from trustdesk.documents.errors import DocumentError
from trustdesk.documents.labels import Labels
from trustdesk.documents.layout import RULE, TEXT_WIDTH, build_pdf, para, paragraphs, spacer, styles, text
from trustdesk.documents.letter_context import role_line
from trustdesk.vault import Vault

SIGNATURE_ROOM_MM = 18  # above the signer's name: room for a handwritten signature


def split_signature(letter: str, signer: str) -> tuple[str, str]:
    """(the letter up to the closing, the signer's lines): split at the last line that is the signer's
    name; ("letter", "") when no line is (a letter the trust person rewrote without it)."""
    lines = letter.replace("\r\n", "\n").split("\n")
    name = signer.strip()
    at = max((i for i, line in enumerate(lines) if name and line.strip() == name), default=None)
    if at is None:
        return letter, ""
    return "\n".join(lines[:at]).rstrip("\n"), "\n".join(lines[at:])


def consent_line(words: Labels, consent_date: date | None, scope: str) -> str:
    return words("letter.consent_line",
                 date=words.date(consent_date) if consent_date else words("letter.date_unknown"),
                 scope=scope.strip().rstrip(".") or words("letter.consent_scope_unspecified"))


def referral_letter_pdf(vault: Vault, referral_id: int, today: date | None = None) -> bytes:
    """The letter of a referral, in the letter's language (else the case's).

    Raises ``DocumentError`` when the referral has no letter text or no recorded consent.
    """
    referral = vault.referrals.get(referral_id)
    if referral is None:
        raise DocumentError(f"referral {referral_id} does not exist")
    if not referral.consent_given:
        raise DocumentError("no letter without the doctor's recorded consent")
    if not referral.letter_text.strip():
        raise DocumentError("this referral has no letter text yet")
    case = vault.cases.get(referral.case_id)
    if case is None:
        raise DocumentError(f"case {referral.case_id} does not exist")
    provider = vault.providers.get(referral.provider_id) if referral.provider_id is not None else None
    words = Labels(referral.letter_language or case.language)
    s = styles()
    profile = vault.settings.profile()
    name, contact = profile.name, profile.contact
    today = today or date.today()

    story: list[Flowable] = []
    if name:
        story.append(Paragraph(text(name), ParagraphStyle("td-lh", parent=s.title, fontSize=14, leading=18)))
        story.append(Paragraph(text(role_line(words, profile)), s.small))
    if contact:
        story.append(Paragraph(text(contact), s.small))
    if name or contact:
        story += [spacer(2), HRFlowable(width=TEXT_WIDTH, thickness=0.5, color=RULE), spacer(6)]

    recipient = [provider.name if provider else referral.provider_name]
    if provider:
        if provider.organisation and provider.organisation != provider.name:
            recipient.append(provider.organisation)
        recipient += provider.address.splitlines()
    recipient = [line for line in recipient if line.strip()]
    if recipient:
        story.append(para("\n".join(recipient)))
    story.append(Paragraph(text(words.date(today)), ParagraphStyle("td-date", parent=s.body, alignment=TA_RIGHT)))
    story += [spacer(4), Paragraph(text(words("letter.subject")), s.subheading), spacer(2)]
    letter_style = ParagraphStyle("td-letter", parent=s.body, leading=15, spaceAfter=9)
    body, signature = split_signature(referral.letter_text, name)
    story += paragraphs(body, letter_style)
    if signature:  # room to sign by hand above the signer's name and role
        story += [spacer(SIGNATURE_ROOM_MM), *paragraphs(signature, letter_style)]
    story += [spacer(8), HRFlowable(width=TEXT_WIDTH, thickness=0.5, color=RULE), spacer(1),
              para(consent_line(words, referral.consent_date, referral.consent_scope), s.small)]
    return build_pdf(story, words, created=today)
