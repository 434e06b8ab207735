"""Re-importing a provider list never duplicates an entry, with or without phone and e-mail: the
identity is name + phone, name + e-mail, and name + organisation + address (normalised).

Before: every entry without phone or e-mail was imported again on each re-import.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.packs.provider_csv import CsvProblem, apply_import, parse_providers_csv
from trustdesk.packs.provider_csv_export import export_providers_csv
from trustdesk.packs.provider_identity import identity
from trustdesk.vault import Vault

WORD = st.text(alphabet="abcdeéèëfgßhijklmnoœpqrstuvwxyzABCÉ -.'", min_size=0, max_size=20)
NAME = WORD.filter(lambda s: s.strip() and s.strip()[0] not in "=+-@'" and s.strip()[-1:] not in " ")


@st.composite
def providers(draw: st.DrawFn) -> Provider:
    contact = draw(st.sampled_from(["none", "phone", "email"]))
    return Provider(kind=draw(st.sampled_from([ProviderKind.GP, ProviderKind.PSYCHOLOGIST, ProviderKind.ORGANISATION])),
                    name=draw(NAME).strip(), organisation=draw(WORD).strip(),
                    address=draw(st.lists(WORD, max_size=2).map(lambda parts: "\n".join(p.strip() for p in parts))).strip(),
                    phone="02 123 45 67" if contact == "phone" else "",
                    email="a@b.be" if contact == "email" else "")


def _variant(text: str) -> str:
    """The same value as another person might type it: other case, spacing and punctuation."""
    return "  " + text.upper().replace(" ", "  ").replace("-", " ") + " ."


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(providers(), min_size=1, max_size=8), dialect=st.sampled_from(["excel-be", "utf8"]))
def test_importing_the_same_list_again_adds_nothing(vault: Vault, batch: list[Provider], dialect: str) -> None:
    data = export_providers_csv(batch, dialect)  # type: ignore[arg-type]
    apply_import(vault, parse_providers_csv(data, vault.providers.list()))
    before = vault.providers.count()
    again = parse_providers_csv(data, vault.providers.list())
    assert all(r.duplicate for r in again.rows if r.valid)
    assert apply_import(vault, again) == []
    whole = export_providers_csv(vault.providers.list(), dialect)  # type: ignore[arg-type]
    assert apply_import(vault, parse_providers_csv(whole, vault.providers.list())) == []
    assert vault.providers.count() == before


@settings(max_examples=100, deadline=None)
@given(provider=providers())
def test_the_same_entry_typed_differently_is_the_same(provider: Provider) -> None:
    from dataclasses import replace

    twin = replace(provider, name=_variant(provider.name), organisation=_variant(provider.organisation),
                   address=_variant(provider.address).replace("\n", ", "))
    assert identity(provider) & identity(twin)


@settings(max_examples=100, deadline=None)
@given(provider=providers(), other=NAME)
def test_another_place_without_phone_or_email_is_another_entry(provider: Provider, other: str) -> None:
    from dataclasses import replace

    from trustdesk.packs.provider_identity import normalised_name

    bare = replace(provider, phone="", email="")
    elsewhere = replace(bare, address=bare.address + " " + other)
    if normalised_name(elsewhere.address) != normalised_name(bare.address):
        assert not identity(bare) & identity(elsewhere)


def test_same_name_with_other_contact_details_stays_two_entries() -> None:
    a = Provider(kind=ProviderKind.GP, name="Anna Maes", email="anna@example.be")
    b = Provider(kind=ProviderKind.GP, name="Anna Maes", phone="09 000 00 00")
    c = Provider(kind=ProviderKind.GP, name="Anna Maes")
    assert not identity(a) & identity(b) and not identity(a) & identity(c)


def test_a_reimport_flags_rows_without_phone_or_email(vault: Vault) -> None:
    entry = Provider(kind=ProviderKind.ORGANISATION, name="Huis van het Kind", organisation="Stad Gent",
                     address="Kortrijksesteenweg 1\n9000 Gent")
    vault.providers.add(entry)
    preview = parse_providers_csv(export_providers_csv([entry]), vault.providers.list())
    assert [i.problem for i in preview.rows[0].issues] == [CsvProblem.DUPLICATE_OF_EXISTING]
