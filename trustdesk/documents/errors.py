"""Errors of the documents layer (turned into translated messages by the UI)."""

from __future__ import annotations


class DocumentError(Exception):
    """A document cannot be built (missing case or referral, no letter text, no consent)."""


class DocumentCancelled(DocumentError):
    """The person stopped the document while it was being laid out (or the vault locked)."""
