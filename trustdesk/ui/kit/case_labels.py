"""Translated names of the case vocabulary (domains, initiator, province, profession, language,
close reason), for lists, combo boxes and the case header.

The literal strings sit inside ``QCoreApplication.translate`` calls so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from trustdesk.domain.enums import (
    CareDomain,
    CloseReason,
    Initiator,
    KnowledgeDomain,
    Language,
    Profession,
    Province,
    SharedField,
)

# The reasons offered when closing a case; HANDED_OVER is only ever shown for older records.
CLOSE_REASONS_OFFERED = (
    CloseReason.STRUCTURAL_SOLUTION,
    CloseReason.HANDED_OVER_AFTER_REFERRAL,
    CloseReason.DOCTOR_ENDED,
    CloseReason.UNREACHABLE,
    CloseReason.OTHER,
)


def _domain_words() -> dict[str, str]:
    """The one vocabulary of knowledge domains, by value: a case's domains (``KnowledgeDomain``), a
    provider's and a knowledge card's (``CareDomain``, the same values plus three), in the desk and
    in the trust person's app alike, in the glossary's terms (``resources/translations/GLOSSARY.md``);
    documents print the same words (``documents.labels``, "domain.*";
    ``tests/i18n/test_domain_vocabulary.py`` holds them equal in nl, fr and en)."""
    return {
        "burnout": QCoreApplication.translate("CaseLabels", "Burn-out"),
        "depression": QCoreApplication.translate("CaseLabels", "Depression"),
        "substance_abuse": QCoreApplication.translate("CaseLabels", "Substance misuse"),
        "suicidal_behaviour": QCoreApplication.translate("CaseLabels", "Suicidal thoughts or behaviour"),
        "second_victim": QCoreApplication.translate("CaseLabels", "Second victim"),
        "trauma": QCoreApplication.translate("CaseLabels", "Trauma"),
        "anxiety": QCoreApplication.translate("CaseLabels", "Anxiety"),
        "work_conflict": QCoreApplication.translate("CaseLabels", "Conflicts at work"),
        "other": QCoreApplication.translate("CaseLabels", "Other problem"),
    }


def domain_text(domain: KnowledgeDomain | CareDomain) -> str:
    """A knowledge domain's name, a case's or a provider's alike (one vocabulary)."""
    return _domain_words()[domain.value]


def domains_text(domains: Iterable[KnowledgeDomain]) -> str:
    """Domains in the fixed order of the enum, comma-separated; empty when none."""
    chosen = set(domains)
    return ", ".join(domain_text(d) for d in KnowledgeDomain if d in chosen)


def care_domain_text(domain: CareDomain) -> str:
    """A provider's (or a knowledge card's) domain: the same words as a case's."""
    return domain_text(domain)


def care_choice_text(domain: CareDomain) -> str:
    """A choice in the pack editor's and the directory's tick lists: a theme of the directory says
    it is one ("Trauma (theme)"), so nobody takes it for a knowledge domain a case can have."""
    if domain.is_theme:
        return QCoreApplication.translate("CaseLabels", "%1 (theme)").replace("%1", domain_text(domain))
    return domain_text(domain)


def care_domains_text(domains: Iterable[CareDomain]) -> str:
    chosen = set(domains)
    return ", ".join(care_domain_text(d) for d in CareDomain if d in chosen)


def regions_text(regions: Iterable[Province]) -> str:
    chosen = set(regions)
    return ", ".join(province_text(p) for p in Province if p in chosen)


def initiator_text(initiator: Initiator) -> str:
    texts = {
        Initiator.DOCTOR: QCoreApplication.translate("CaseLabels", "The doctor"),
        Initiator.COLLEAGUE: QCoreApplication.translate("CaseLabels", "A colleague"),
        Initiator.FAMILY: QCoreApplication.translate("CaseLabels", "Family or a relative"),
        Initiator.COORDINATOR: QCoreApplication.translate("CaseLabels", "The coordinator"),
        Initiator.OTHER: QCoreApplication.translate("CaseLabels", "Someone else"),
    }
    return texts[initiator]


def province_text(province: Province) -> str:
    texts = {
        Province.ANTWERP: QCoreApplication.translate("CaseLabels", "Antwerp"),
        Province.EAST_FLANDERS: QCoreApplication.translate("CaseLabels", "East Flanders"),
        Province.FLEMISH_BRABANT: QCoreApplication.translate("CaseLabels", "Flemish Brabant"),
        Province.LIMBURG: QCoreApplication.translate("CaseLabels", "Limburg"),
        Province.WEST_FLANDERS: QCoreApplication.translate("CaseLabels", "West Flanders"),
        Province.BRUSSELS: QCoreApplication.translate("CaseLabels", "Brussels-Capital Region"),
        Province.HAINAUT: QCoreApplication.translate("CaseLabels", "Hainaut"),
        Province.LIEGE: QCoreApplication.translate("CaseLabels", "Liège"),
        Province.LUXEMBOURG: QCoreApplication.translate("CaseLabels", "Luxembourg"),
        Province.NAMUR: QCoreApplication.translate("CaseLabels", "Namur"),
        Province.WALLOON_BRABANT: QCoreApplication.translate("CaseLabels", "Walloon Brabant"),
        Province.NATIONAL: QCoreApplication.translate("CaseLabels", "National / several regions"),
        Province.ABROAD: QCoreApplication.translate("CaseLabels", "Abroad"),
    }
    return texts[province]


def region_text(region: str) -> str:
    """A stored region: a Province value, or free text kept from older records."""
    try:
        return province_text(Province(region))
    except ValueError:
        return region


def profession_text(profession: Profession) -> str:
    texts = {
        Profession.PHYSICIAN: QCoreApplication.translate("CaseLabels", "Physician"),
        Profession.PHYSICIAN_IN_TRAINING: QCoreApplication.translate("CaseLabels", "Physician in training"),
        Profession.STUDENT: QCoreApplication.translate("CaseLabels", "Medical student"),
    }
    return texts[profession]


def language_text(language: Language) -> str:
    texts = {
        Language.NL: QCoreApplication.translate("CaseLabels", "Dutch"),
        Language.FR: QCoreApplication.translate("CaseLabels", "French"),
        Language.EN: QCoreApplication.translate("CaseLabels", "English"),
        Language.DE: QCoreApplication.translate("CaseLabels", "German"),
    }
    return texts[language]


def shared_field_text(shared: SharedField) -> str:
    """What the doctor agreed a referral letter may give (the consent's fields): the referral
    dialog's boxes and the letter dialog's read-only summary say the same words."""
    texts = {
        SharedField.NAME: QCoreApplication.translate("ReferralDialog", "Name"),
        SharedField.PHONE: QCoreApplication.translate("ReferralDialog", "Phone number"),
        SharedField.EMAIL: QCoreApplication.translate("ReferralDialog", "E-mail address"),
        SharedField.SPECIALTY: QCoreApplication.translate("ReferralDialog", "Specialty"),
        SharedField.WORKPLACE: QCoreApplication.translate("ReferralDialog", "Workplace"),
        SharedField.REASON: QCoreApplication.translate("ReferralDialog", "Reason for the referral"),
    }
    return texts[shared]


def close_reason_text(reason: CloseReason) -> str:
    texts = {
        CloseReason.STRUCTURAL_SOLUTION: QCoreApplication.translate("CaseLabels", "Structural solution found"),
        CloseReason.HANDED_OVER_AFTER_REFERRAL: QCoreApplication.translate(
            "CaseLabels", "Handed over after referral"),
        CloseReason.DOCTOR_ENDED: QCoreApplication.translate("CaseLabels", "The doctor ended the contact"),
        CloseReason.UNREACHABLE: QCoreApplication.translate("CaseLabels", "Doctor unreachable"),
        CloseReason.HANDED_OVER: QCoreApplication.translate("CaseLabels", "Handed over"),
        CloseReason.RETURNED_CONFLICT: QCoreApplication.translate(
            "CaseLabels", "Returned to the coordinator (conflict of interest)"),
        CloseReason.OTHER: QCoreApplication.translate("CaseLabels", "Other reason"),
    }
    return texts[reason]


def ui_locale() -> QLocale:
    """The interface's locale (``Translations.install`` sets it); British English when none was set
    (the bare "C" locale has no sensible date format)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def date_format() -> str:
    """The locale's short date format with a four-digit year (for labels and date edits)."""
    return _short_date_format(ui_locale())


def _short_date_format(locale: QLocale) -> str:
    # Once per locale: Today and the lists call this for every row (thousands in a big vault).
    name = locale.name()
    fmt = _DATE_FORMATS.get(name)
    if fmt is None:
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        fmt = fmt if "yyyy" in fmt else re.sub(r"y+", "yyyy", fmt)
        # two-digit day and month: one form per language everywhere (outside tester: the Belgian short
        # form "7/12/2026" beside the note editor's "07/12/2026")
        fmt = _DATE_FORMATS[name] = re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", fmt))
    return fmt


_DATE_FORMATS: dict[str, str] = {}


def date_text(value: date | None) -> str:
    """A calendar date in the user's locale, short form with a four-digit year; empty for None."""
    if value is None:
        return ""
    locale = ui_locale()
    return _date_text(locale.name(), value)


@functools.lru_cache(maxsize=8192)
def _date_text(locale_name: str, value: date) -> str:
    # Today and the lists show thousands of dates of a few thousand distinct days: each is made once
    # per language (a date's text depends on nothing else).
    locale = QLocale(locale_name)
    fmt = _short_date_format(locale)
    plain = _plain_format(locale_name, fmt)
    if plain is not None:
        return plain.format(value)
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


# Qt's numeric date/time fields and the same in Python's str.format on a datetime
_PLAIN_FIELDS = {"d": "{0.day}", "dd": "{0.day:02d}", "M": "{0.month}", "MM": "{0.month:02d}", "yyyy": "{0.year:04d}",
                 "H": "{0.hour}", "HH": "{0.hour:02d}", "mm": "{0.minute:02d}", "ss": "{0.second:02d}"}


@functools.lru_cache(maxsize=64)
def _plain_format(locale_name: str, fmt: str) -> str | None:
    """``fmt`` as a Python format when it holds only numeric fields (``d/MM/yyyy HH:mm``: nl, fr and
    en all do) in a locale writing ASCII digits; None otherwise (month names, AM/PM, quotes: Qt formats
    those).  QLocale.toString for every note of a case was the hottest line of opening it (make bench)."""
    if QLocale(locale_name).zeroDigit() != "0":
        return None
    out = []
    for run in re.finditer(r"([A-Za-z])\1*|[^A-Za-z']+|'", fmt):
        token = run.group(0)
        if token[0].isalpha():
            if token not in _PLAIN_FIELDS:
                return None
            out.append(_PLAIN_FIELDS[token])
        elif token == "'":
            return None
        else:
            out.append(token.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def datetime_text(value: datetime | None, *, seconds: bool = False) -> str:
    """A date and time of day in the user's locale (``date_text`` then the short time); empty for None."""
    if value is None:
        return ""
    return _datetime_text(ui_locale().name(), value, seconds)


@functools.lru_cache(maxsize=8192)
def _datetime_text(locale_name: str, value: datetime, seconds: bool) -> str:
    # Made once per language and moment: the audit list and a case's notes ask for the same ones on every
    # repaint and language switch (make bench: the hottest line of those event-loop stalls).
    fmt = _datetime_format(locale_name, seconds)
    plain = _plain_format(locale_name, fmt)
    if plain is not None:
        return plain.format(value)
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return QLocale(locale_name).toString(stamp, fmt)


def time_text(value: datetime) -> str:
    """A time of day in the user's locale (short form: "20:16")."""
    locale = ui_locale()
    return locale.toString(QTime(value.hour, value.minute, value.second), locale.timeFormat(QLocale.FormatType.ShortFormat))


def iso_text(value: str) -> str:
    """A stored ISO date or moment ("2026-11-25" or "2026-11-25T20:16:00") as ``date_text`` /
    ``datetime_text`` show it; a text that is no ISO date stays as it is."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if "T" not in value and " " not in value.strip():
        return date_text(moment.date())
    return datetime_text(moment.replace(tzinfo=None))


@functools.lru_cache(maxsize=64)
def _datetime_format(locale_name: str, seconds: bool) -> str:
    locale = QLocale(locale_name)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    return f"{_short_date_format(locale)} {time_format}"
