"""What the documents feature reads from the vault (Qt-free; run inside ``VaultOp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trustdesk.documents.library import ensure_default_templates
from trustdesk.domain.models import Template

if TYPE_CHECKING:
    from trustdesk.vault import Vault


def load_templates(vault: Vault) -> tuple[list[Template], list[tuple[int, str]]]:
    """Every template (defaults added once) and the open cases to preview with (id, code)."""
    ensure_default_templates(vault)
    cases = [(c.id, c.code) for c in vault.cases.list(include_closed=False) if c.id is not None]
    return vault.templates.list(), cases


def load_preferred(vault: Vault) -> dict[str, int]:
    from trustdesk.documents.library import preferred_templates

    return preferred_templates(vault)
