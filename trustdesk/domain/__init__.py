"""The domain core of TrustDesk: records, value sets and rules. No Qt, no SQL, no I/O."""

from trustdesk.domain.enums import (
    CareDomain,
    CaseOrigin,
    CaseStatus,
    CloseReason,
    ConflictDecision,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    ProviderKind,
    Province,
    ReferralStatus,
    RiskLevel,
    TemplateKind,
)
from trustdesk.domain.models import (
    AuditEntry,
    Case,
    Contact,
    ContactRevision,
    Provider,
    Referral,
    SearchHit,
    Task,
    Template,
)

__all__ = [
    "AuditEntry", "CareDomain", "Case", "CaseOrigin", "CaseStatus", "ConflictDecision", "CloseReason", "Contact", "ContactMode", "ContactRevision",
    "Initiator", "KnowledgeDomain", "Language", "Profession", "Provider", "ProviderKind", "Province",
    "Referral", "ReferralStatus", "RiskLevel", "SearchHit", "Task", "Template", "TemplateKind",
]
