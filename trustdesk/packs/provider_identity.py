"""When two directory entries are the same provider (the CSV import and packs flag duplicates by it)."""

from __future__ import annotations

import re
import unicodedata

from trustdesk.domain.models import Provider


def fold(text: str) -> str:
    """Case-, accent- and separator-insensitive form of a header or a vocabulary value."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’/]+", "_", plain).strip("_")


def normalised_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(name).replace("_", " ")).split())


def normalised_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        digits = "00" + digits
    if digits.startswith("0032"):
        digits = "0" + digits[4:]
    return digits


def identity(provider: Provider) -> set[tuple[str, str]]:
    """Keys two providers share when they are the same: same name and same phone, or same name
    and same e-mail; an entry with neither is known by name, organisation and address (all
    normalised: case, accents, spacing and punctuation do not count), so it is still recognised
    when the same list is imported again.  Same name with *other* contact details: two entries."""
    name = normalised_name(provider.name)
    keys = set()
    if phone := normalised_phone(provider.phone):
        keys.add((name, "phone:" + phone))
    if email := provider.email.strip().casefold():
        keys.add((name, "email:" + email))
    if not keys:
        keys.add((name, "place:" + normalised_name(provider.organisation) + "|" + normalised_name(provider.address)))
    return keys
