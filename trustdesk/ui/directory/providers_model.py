"""The provider directory as a Qt table model, with the translated names of its vocabulary.

The model holds the whole directory (a few hundred rows, at most the CSV limit of 10,000) and filters
it in memory: by kind, language, region and words (case- and accent-insensitive, over name,
organisation, address and notes).  The vault is read by the page, never here.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.ui.kit.case_labels import care_domains_text, language_text, region_text, regions_text

PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def kind_text(kind: ProviderKind) -> str:
    texts = {
        ProviderKind.PSYCHOLOGIST: QCoreApplication.translate("ProviderLabels", "Psychologist"),
        ProviderKind.PSYCHIATRIST: QCoreApplication.translate("ProviderLabels", "Psychiatrist"),
        ProviderKind.GP: QCoreApplication.translate("ProviderLabels", "General practitioner"),
        ProviderKind.ADDICTION_CARE: QCoreApplication.translate("ProviderLabels", "Addiction care"),
        ProviderKind.OCCUPATIONAL_PHYSICIAN: QCoreApplication.translate("ProviderLabels", "Occupational physician"),
        ProviderKind.PEER_COACHING: QCoreApplication.translate("ProviderLabels", "Peer coaching / team programme"),
        ProviderKind.WELLBEING_ACTIVITY: QCoreApplication.translate("ProviderLabels", "Wellbeing activity"),
        ProviderKind.CRISIS_LINE: QCoreApplication.translate("ProviderLabels", "Crisis line"),
        ProviderKind.ORGANISATION: QCoreApplication.translate("ProviderLabels", "Organisation"),
    }
    return texts[kind]


def languages_text(languages: Iterable[Language]) -> str:
    """Short codes in a fixed order ("NL, FR"): compact in a table, the same in every language."""
    chosen = set(languages)
    return ", ".join(lang.value.upper() for lang in Language if lang in chosen)


def source_text(provider: Provider) -> str:
    """Where an entry comes from, in words (read-only)."""
    if provider.source == "own":
        return QCoreApplication.translate("ProviderLabels", "Your own entry")
    if provider.source.startswith("starter@"):
        text = QCoreApplication.translate("ProviderLabels", "Starter directory")
    else:
        pack_id, _, version = provider.source.partition("@")
        text = QCoreApplication.translate("ProviderLabels", "Organisation pack %1, version %2") \
            .replace("%1", pack_id).replace("%2", version)
    if provider.edited:
        text += QCoreApplication.translate("ProviderLabels", " (changed by you: updates leave it alone)")
    return text


def fold(text: str) -> str:
    """Lower case without accents, for searching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class ProviderFilter:
    text: str = ""
    kind: ProviderKind | None = None
    language: Language | None = None
    region: str = ""  # a Province value (its providers and the national ones) or a place in free text
    domain: CareDomain | None = None

    def matches(self, provider: Provider, haystack: str | None = None) -> bool:
        """``haystack``: ``search_text(provider)`` computed once, for long lists."""
        if self.kind is not None and provider.kind != self.kind:
            return False
        if self.language is not None and self.language not in provider.languages:
            return False
        if self.region and not serves(provider, self.region):
            return False
        if self.domain is not None and self.domain not in provider.domains:
            return False
        if self.text.strip():
            text = search_text(provider) if haystack is None else haystack
            return all(word in text for word in fold(self.text).split())
        return True


def serves(provider: Provider, region: str) -> bool:
    """The provider serves this province (or the whole country), or is in this place."""
    if provider.region == region:
        return True
    values = {p.value for p in provider.regions}
    return region in values or Province.NATIONAL.value in values


def place_text(provider: Provider) -> str:
    """Provinces served, then the place in free text ("East Flanders, Gent")."""
    return ", ".join(t for t in (regions_text(provider.regions), region_text(provider.region)) if t)


def search_text(provider: Provider) -> str:
    return fold(" ".join((provider.name, provider.organisation, provider.address, provider.notes,
                          provider.phone, provider.email, provider.region)))


class Column(IntEnum):
    NAME = 0
    KIND = 1
    ORGANISATION = 2
    LANGUAGES = 3
    REGION = 4
    SOURCE = 5


class ProvidersModel(QAbstractTableModel):
    """The filtered directory; ``provider_at(row)`` gives the domain object back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Provider] = []
        self._haystacks: list[str] = []
        self._rows: list[Provider] = []
        self._filter = ProviderFilter()

    # -- content ----------------------------------------------------------------------------------

    @staticmethod
    def prepare(providers: Sequence[Provider]) -> tuple[list[Provider], list[str]]:
        """The directory sorted and its search texts folded: no Qt, so a worker does it (2,000
        providers' accents folded were most of the page's first show, make bench)."""
        ordered = sorted(providers, key=lambda p: (fold(p.name), p.id or 0))
        return ordered, [search_text(p) for p in ordered]

    def set_prepared(self, prepared: tuple[list[Provider], list[str]]) -> None:
        self._all, self._haystacks = prepared
        self._apply()

    def set_filter(self, flt: ProviderFilter) -> None:
        self._filter = flt
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [p for p, text in zip(self._all, self._haystacks, strict=True) if self._filter.matches(p, text)]
        self.endResetModel()

    @property
    def filter(self) -> ProviderFilter:
        return self._filter

    def clear(self) -> None:
        self.beginResetModel()
        self._all = []
        self._haystacks = []
        self._rows = []
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def providers(self) -> list[Provider]:
        return list(self._rows)

    def regions(self) -> list[str]:
        """The provinces and places the directory names (for the filter)."""
        found = {p.region for p in self._all if p.region} | {r.value for p in self._all for r in p.regions}
        return sorted(found, key=lambda r: fold(region_text(r)))

    def provider_at(self, row: int) -> Provider | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, provider_id: int | None) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == provider_id), -1)

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        provider = self.provider_at(index.row()) if index.isValid() else None
        if provider is None:
            return None
        if role == PROVIDER_ROLE:
            return provider
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = Column(index.column())
            if column == Column.NAME:
                return provider.name
            if column == Column.KIND:
                return kind_text(provider.kind)
            if column == Column.ORGANISATION:
                return provider.organisation
            if column == Column.LANGUAGES:
                return languages_text(provider.languages)
            if column == Column.REGION:
                return place_text(provider)
            return source_text(provider)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)  # the whole text of a narrow cell
            if index.column() == Column.NAME and provider.sees_physicians:
                text += "\n" + QCoreApplication.translate("ProviderLabels", "Sees physicians as patients")
            return text or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: QCoreApplication.translate("ProvidersModel", "Name"),
            Column.KIND: QCoreApplication.translate("ProvidersModel", "Kind"),
            Column.ORGANISATION: QCoreApplication.translate("ProvidersModel", "Organisation"),
            Column.LANGUAGES: QCoreApplication.translate("ProvidersModel", "Languages"),
            Column.REGION: QCoreApplication.translate("ProvidersModel", "Region"),
            Column.SOURCE: QCoreApplication.translate("ProvidersModel", "Source"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)


def provider_details_html(provider: Provider) -> str:
    """The chosen entry, every field, escaped (the directory may come from a CSV file)."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    rows = [
        (QCoreApplication.translate("ProviderDetails", "Kind"), kind_text(provider.kind)),
        (QCoreApplication.translate("ProviderDetails", "Organisation"), provider.organisation),
        (QCoreApplication.translate(
            "ProviderDetails", "Languages"), ", ".join(language_text(lang) for lang in Language if lang in provider.languages)),
        (QCoreApplication.translate("ProviderDetails", "Knowledge domains"), care_domains_text(provider.domains)),
        (QCoreApplication.translate("ProviderDetails", "Region"), place_text(provider)),
        (QCoreApplication.translate("ProviderDetails", "Address"), provider.address),
        (QCoreApplication.translate("ProviderDetails", "Phone"), provider.phone),
        (QCoreApplication.translate("ProviderDetails", "E-mail"), provider.email),
        (QCoreApplication.translate("ProviderDetails", "Website"), provider.website),
        (QCoreApplication.translate(
            "ProviderDetails", "Sees physicians as patients"), QCoreApplication.translate("ProviderDetails", "Yes") if provider.sees_physicians else QCoreApplication.translate("ProviderDetails", "No")),
        (QCoreApplication.translate("ProviderDetails", "Notes"), provider.notes),
        (QCoreApplication.translate("ProviderDetails", "Source"), source_text(provider)),
    ]
    whole = {provider.email, provider.website} - {""}  # never cut in two (the text otherwise broke mid-address)

    def cell(value: str) -> str:
        nowrap = "; white-space:nowrap" if value in whole else ""
        return f"<td style='padding:3px 0{nowrap}'>{esc(value)}</td>"

    body = "".join(f"<tr><td style='padding:3px 12px 3px 0'><b>{esc(label)}</b></td>{cell(value)}</tr>"
                   for label, value in rows if value)
    return f"<h3>{esc(provider.name)}</h3><table>{body}</table>"
