"""One vocabulary of knowledge domains: every knowledge domain a pack accepts (a provider's
``domains`` column, a card's header) is accepted by an intake (CLI and desk editor), the trust
person's case form, the figures and the national tables, and nothing else is; the pack's three
themes are refused on a case with words that say they are themes.  Names are read in nl/fr/en."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.domain.enums import (
    CARE_THEMES,
    KNOWLEDGE_DOMAINS,
    CareDomain,
    Initiator,
    KnowledgeDomain,
    Language,
    Province,
)
from trustdesk.exchange.figures import DOMAIN_VALUES, NO_DOMAIN
from trustdesk.exchange.intake import IntakeForm
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.periods import Quarter
from trustdesk.exchange.publication import table_keys
from trustdesk.packs import care_vocabulary
from trustdesk.packs.care_vocabulary import knowledge_domain, parse_domains, province

OTHER = KnowledgeDomain.OTHER.value
NAMES = sorted({name for member in CareDomain for name in care_vocabulary.names_of(member)})


def _pack_knowledge_domains(text: str) -> frozenset[str]:
    found, unknown = parse_domains(text)
    return frozenset() if unknown else frozenset(d.value for d in found if not d.is_theme)


def _intake_domain(text: str) -> str | None:
    try:
        return knowledge_domain(text).value
    except ValueError:
        return None


def test_the_pack_and_every_case_place_know_the_same_knowledge_domains(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trustdesk.ui.case.intake_form import IntakeForm as CaseForm

    pack = {d.value for d in CareDomain if not d.is_theme}
    case_form = CaseForm()
    qtbot.addWidget(case_form)
    places = {
        "knowledge domains": {d.value for d in KNOWLEDGE_DOMAINS},
        "case form": {d.value for d in case_form.domain_boxes} - {OTHER},
        "intake (file)": {d.value for d in IntakeForm.from_json(IntakeForm(
            coordinator_ref="R", initiator=Initiator.DOCTOR, language=Language.NL,
            domains=frozenset(KnowledgeDomain)).to_json()).domains} - {OTHER},
        "intake (CLI)": {v for v in (_intake_domain(d.value) for d in CareDomain) if v} - {OTHER},
        "figures": set(DOMAIN_VALUES) - {OTHER},
        "national tables": set(table_keys("domain", Quarter(2026, 4))) - {OTHER, NO_DOMAIN},
    }
    for place, values in places.items():
        assert values == pack, place
    assert {t.value for t in CARE_THEMES}.isdisjoint(places["figures"])


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(NAMES), case=st.sampled_from(["lower", "upper", "title", "same"]))
def test_a_name_the_pack_reads_as_a_knowledge_domain_the_intake_reads_the_same(name: str, case: str) -> None:
    text = name if case == "same" else getattr(name, case)()
    pack = _pack_knowledge_domains(text)
    intake = _intake_domain(text)
    assert (intake is not None) == bool(pack), text
    if intake is not None:
        assert pack == {intake}


@pytest.mark.parametrize("theme", sorted(CARE_THEMES))
def test_a_theme_is_refused_on_an_intake_in_words(theme: CareDomain) -> None:
    with pytest.raises(ValueError, match="theme") as refused:
        knowledge_domain(theme.value)
    assert all(d.value in str(refused.value) for d in KNOWLEDGE_DOMAINS)
    assert "KnowledgeDomain" not in str(refused.value)


@pytest.mark.parametrize(("text", "expected"), [("Luik", Province.LIEGE), ("Liège", Province.LIEGE),
                                                 ("liege", Province.LIEGE), ("Anvers", Province.ANTWERP),
                                                 ("Oost-Vlaanderen", Province.EAST_FLANDERS)])
def test_a_province_is_read_by_its_dutch_french_or_english_name(text: str, expected: Province) -> None:
    assert province(text) is expected


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("the coordinator's desk\n"))
    code = cli(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_intake_command_reads_names_and_lists_what_is_allowed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "desk"
    assert _run(monkeypatch, capsys, ["coordinator", "init", str(desk), "--name", "Coördinatie",
                                      "--passphrase-stdin"])[0] == 0
    card = Identity.generate().card("Dr. Peeters", Role.TRUST_PERSON)
    (tmp_path / "tp.tdcard").write_bytes(card.to_bytes())
    assert _run(monkeypatch, capsys, ["coordinator", "add-card", str(desk), str(tmp_path / "tp.tdcard"),
                                      "--fingerprint", card.fingerprint, "--passphrase-stdin"])[0] == 0
    base = ["coordinator", "intake", str(desk), "--ref", "R1", "--initiator", "doctor", "--language", "nl",
            "--passphrase-stdin"]
    code, out = _run(monkeypatch, capsys, [*base, "--to", "Nobody", "--out", str(tmp_path / "a.tdintake")])
    assert code != 0 and "Dr. Peeters" in out and card.fingerprint in out, out
    for option, wrong, allowed in (("--region", "Lutje", "liege"), ("--domain", "burnot", "second_victim"),
                                   ("--domain", "trauma", "burnout"), ("--profession", "baker", "physician")):
        code, out = _run(monkeypatch, capsys, [*base, "--to", "Dr. Peeters", option, wrong,
                                               "--out", str(tmp_path / "b.tdintake")])
        assert code == 2 and allowed in out and "valid Province" not in out and "KnowledgeDomain" not in out, out
    code, out = _run(monkeypatch, capsys, [*base, "--to", "Dr. Peeters", "--region", "Luik", "--domain", "Burn-out",
                                           "--domain", "verslaving", "--out", str(tmp_path / "c.tdintake")])
    assert code == 0, out
