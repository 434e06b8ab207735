"""A refusal's detail reaches a Dutch or French reader in their language, never in English between
brackets after a translated sentence: a letter template's own problem (the templates page and the
editor, the desk's pack check, ``pack preview``, ``pack build``), a pack's format detail (the desk,
``pack verify``/``build``), a providers list that cannot be read as a whole, the directory's own
refusal, why the coordinator desk did not open (``coordinator …``, the desk's windows).  Hostile inputs (hypothesis) drive the template engine, Jinja's parser and the pack checks
through every kind of refusal they raise, and each text shown is checked for English left over
(``tests/i18n/english_left.py``: a word of the English it came from that no Dutch or French
translation uses and that the person did not type).  Old code said "dit is niet toegestaan in
brieven (names starting with _ are not available in letters)"."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import TemplateSyntaxError

from tests.i18n.english_left import english_left
from trustdesk.detail import said_in
from trustdesk.documents.letter_context import sample_context
from trustdesk.documents.sandbox import ENV
from trustdesk.documents.templates import TemplateProblem, preview, validate
from trustdesk.domain.enums import Language
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.pack import parse_members

LANGUAGES = ("nl", "fr")
PIECES = ["{{", "}}", "{%", "%}", "{#", "#}", " if case.code ", " endif ", " for x in range(3) ", " endfor ",
          " else ", "case.code", "doctor.name", "doctor.shoe", "x.y", "._x", ".__class__", "|upper", "|int", "|upper(1,2)",
          "(", ")", "[", "]", "'", '"', "~", " % ", " * ", " ** ", "10**9", "range(", "range(10**6)", " macro m() ",
          " endmacro ", "m()", " include 'a' ", " set x = 1 ", "self", " is ", " is b is c", "1/0", "@", " block b ",
          " endblock ", " raw ", ",", "=", " ", "\n", "loop.foo", ".format(1)", ".split", "|truncate(-1)",
          "|round", " a b ", " extends 'x' ", "[].append(1)", "q", " with ", "9e9999", "'a' * 10**8", "1()"]
BODIES = st.lists(st.sampled_from(PIECES) | st.text(alphabet="ab_.{}%#'\"|()[]~* ", max_size=4),
                  min_size=1, max_size=10).map("".join)


def _jinja_said(body: str) -> list[str]:
    """What Jinja itself says of ``body`` (its English), to know what the reader must not be left with."""
    try:
        ENV.parse(body)
    except TemplateSyntaxError as exc:
        return [exc.message or ""]
    except Exception as exc:  # noqa: BLE001 - any of its words counts
        return [str(exc)]
    return []


def _problems(body: str) -> list[TemplateProblem]:
    return validate(body) or preview(body, sample_context(Language.NL)).problems


def _pack(**members: bytes) -> dict[str, bytes]:
    manifest = {"format": 1, "id": "t", "version": 1, "created": "2026-11-26", "languages": ["nl"]}
    return {"manifest.json": json.dumps(manifest).encode(), **members}


def _refused(members: dict[str, bytes]) -> PackRejected | None:
    try:
        parse_members(dict(members))
    except PackRejected as exc:
        return exc
    return None


def _pack_texts(exc: PackRejected, language: str) -> list[str]:
    """What the desk and the commands say of a refused pack in ``language``."""
    from trustdesk.cli.pack_words import rejected_sentence
    from trustdesk.cli.words import speaking
    from trustdesk.ui.desk.pack_issue_text import refusal_text

    with speaking(language=language):
        command = rejected_sentence(exc)
    return [command, refusal_text(exc)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES)
def test_a_templates_problem_is_said_without_english(translations: object, body: str) -> None:
    from trustdesk.cli.words import speaking, translate
    from trustdesk.packs.draft import PackDraft
    from trustdesk.packs.draft_check import draft_issues
    from trustdesk.ui.desk.pack_issues import what_text
    from trustdesk.ui.documents.template_editor import template_problem_text

    problems = _problems(body)
    english = [*_jinja_said(body), *(str(p.detail) for p in problems)]
    refused = _refused(_pack(**{"templates/nl/referral_psy.j2": body.encode()})) if problems else None
    desk_issues = draft_issues(PackDraft(title="T", templates={"nl/referral_psy": body}), None) if problems else []
    english += [str(issue.param("message")) for issue in desk_issues]
    for language in LANGUAGES:
        translations.install(language)  # type: ignore[attr-defined]
        shown = [template_problem_text(p) for p in problems]  # the templates page, the editor, the letter
        with speaking(language=language):
            shown += [said_in(p.detail, translate) for p in problems]  # pack preview
        if refused is not None:
            shown += _pack_texts(refused, language)  # pack build and verify, the desk
        shown += [what_text(issue) for issue in desk_issues]  # the desk's pack editor, its Check
        for text in shown:
            assert not english_left(text, english, [body, "templates/nl/referral_psy.j2"]), (language, body, text)


def _zip(names: list[str]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, b"x")
    return out.getvalue()


MANIFESTS = st.fixed_dictionaries({}, optional={
    "format": st.sampled_from([1, 2, "1", None]), "id": st.sampled_from(["t", "", "x y", 5]),
    "version": st.sampled_from([1, 0, -3, "one"]), "created": st.sampled_from(["2026-11-26", "yesterday", 3]),
    "languages": st.sampled_from([["nl"], [], ["xx"], "nl", [1]]), "title": st.sampled_from(["T", "x" * 500, 4]),
    "colour": st.just("red"), "next_key": st.sampled_from(["", "abc"])})
CSV_ROWS = st.lists(st.sampled_from(["key,kind,name", "kind,name", "key,key,name", "", "a,psychologist,Ann",
                                     "é,psychologist,Bo", "a b,gp,C", "a,psychologist,Ann", "x,unknown,D",
                                     "\"open,gp,E", ",gp,F", "k,gp,G,extra", "k2,gp,H\x00"]), max_size=5)
MEMBERS = st.fixed_dictionaries({}, optional={
    "providers.csv": CSV_ROWS.map(lambda rows: "\n".join(rows).encode()) | st.just(b"\xff\xfe\x00bad"),
    "helplines.json": st.sampled_from([b'{"not": "a list"}', b"[1]", b'[{"key": "a"}]', b"[", b'{"a":1,"a":2}']),
    "release.json": st.sampled_from([b'{"version": "one"}', b'{"version": "1.2.3", "date": "x"}', b"[]"]),
    "coordinator.tdcard": st.sampled_from([b"not a card", b"{}"]),
    "knowledge/nl/a.md": st.sampled_from([b"no header", b"---\ntitle: T\n---\n", b"---\ncolour: x\n---\nText",
                                          b"---\ntitle: T\nkinds: wizard\n---\nText", b"\xff"]),
    "templates/xx/referral_psy.j2": st.just(b"Hallo"), "notes.txt": st.just(b"x"),
})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manifest=MANIFESTS, members=MEMBERS)
def test_a_packs_format_detail_is_said_without_english(translations: object, manifest: dict[str, object],
                                                       members: dict[str, bytes]) -> None:
    files = {"manifest.json": json.dumps(manifest).encode(), **members}
    refused = _refused(files)
    if refused is None:
        return
    english = [str(refused.detail), refused.issue.sentence() if refused.issue else ""]
    typed = [*files, *(data.decode("utf-8", "replace") for data in files.values())]
    for language in LANGUAGES:
        translations.install(language)  # type: ignore[attr-defined]
        for text in _pack_texts(refused, language):
            assert not english_left(text, english, typed), (language, files, text)


@pytest.mark.parametrize("data", [b"not a zip", _zip(["a/../b"]), _zip(["x"] * 2), _zip([f"f{i}" for i in range(300)])])
def test_an_archive_that_is_refused_is_said_without_english(translations: object, data: bytes) -> None:
    from trustdesk.packs.pack import verify_pack

    with pytest.raises(PackRejected) as caught:
        verify_pack(data, None)
    for language in LANGUAGES:
        translations.install(language)  # type: ignore[attr-defined]
        for text in _pack_texts(caught.value, language):
            assert not english_left(text, [str(caught.value.detail)], ["a/../b"]), (language, text)


def test_the_directorys_own_refusal_is_said_without_english(translations: object, vault: object) -> None:
    """Item of the directory's queries: a vault with no key to check packs with says why in the reader's words."""
    from trustdesk.ui.directory.queries import check_pack

    with pytest.raises(PackRejected) as caught:
        check_pack(vault, b"", None, follow_rotation=True)  # type: ignore[arg-type]
    for language in LANGUAGES:
        translations.install(language)  # type: ignore[attr-defined]
        for text in _pack_texts(caught.value, language):
            assert not english_left(text, [str(caught.value.detail)]), (language, text)


def test_the_check_sees_english(translations: object) -> None:
    """The check can fail: the English of a problem, shown as it is, is found in a Dutch sentence."""
    translations.install("nl")  # type: ignore[attr-defined]
    problem = _problems("{{ case.code.__class__ }}")[0]
    old = f"dit is niet toegestaan in brieven ({problem.message})."
    assert english_left(old, [str(problem.message)], ["{{ case.code.__class__ }}"]) >= {"starting", "available"}
    assert english_left("(unexpected ')')", _jinja_said("{{ )"), ["{{ )"]) == {"unexpected"}


KEY_FILES = st.one_of(
    st.binary(max_size=40),
    st.fixed_dictionaries({"format": st.sampled_from([1, 2, "x"]), "kind": st.sampled_from(["trustdesk-desk-key", "x"]),
                           "key_id": st.sampled_from(["", "k" * 200, "abc"]),
                           "slot": st.sampled_from([{}, {"kind": "passphrase"}, "x"]),
                           "nonce": st.sampled_from(["", "!!", "AAAA"]), "sealed": st.sampled_from(["", "AAAA"])}).map(
        lambda d: json.dumps(d).encode()),
    st.just(b"x" * 70_000))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key_file=st.none() | KEY_FILES, age_file=st.none() | st.binary(max_size=30), card=st.booleans())
def test_why_the_desk_did_not_open_is_said_without_english(translations: object, tmp_path_factory: pytest.TempPathFactory,
                                                           key_file: bytes | None, age_file: bytes | None,
                                                           card: bool) -> None:
    """The coordinator desk that does not open (no desk, a damaged or foreign key file, a damaged card) or is
    busy: ``coordinator …`` and the desk's windows say why in the reader's language."""
    from PySide6.QtCore import QCoreApplication

    from trustdesk.cli.coordinator_cli import desk_sentence
    from trustdesk.cli.words import speaking
    from trustdesk.exchange.coordinator import CoordinatorDesk, DeskBusy, DeskError
    from trustdesk.exchange.keys import Identity, Role

    folder = tmp_path_factory.mktemp("desk")
    if card:
        (folder / "coordinator.tdcard").write_bytes(Identity.generate().card("C", Role.COORDINATOR).to_bytes())
    if key_file is not None:
        (folder / "identity.key").write_bytes(key_file)
    if age_file is not None:
        (folder / "identity.age").write_bytes(age_file)
    with pytest.raises(DeskError) as caught:
        CoordinatorDesk.open(folder, "not the passphrase")
    for refused in (caught.value, DeskBusy(folder)):
        english = [str(refused)]
        for language in LANGUAGES:
            translations.install(language)  # type: ignore[attr-defined]
            with speaking(language=language):
                shown = [desk_sentence(refused, folder), said_in(refused.args[0], QCoreApplication.translate)]
            for text in shown:
                assert not english_left(text, english, [str(folder)]), (language, text)


def test_the_check_sees_a_desks_english(translations: object, tmp_path: Path) -> None:
    """A desk error in plain English (the old ``DeskError("identity.key is damaged (…)")``) is caught."""
    from trustdesk.cli.coordinator_cli import desk_sentence
    from trustdesk.cli.words import speaking
    from trustdesk.exchange.coordinator import DeskError

    with speaking(language="fr"):
        said = desk_sentence(DeskError("identity.key is damaged (not base64)"), tmp_path)
    assert english_left(said, ["identity.key is damaged (not base64)"], [str(tmp_path)]) >= {"damaged"}, said


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=CSV_ROWS, extra=st.sampled_from([b"", b"\x00\x01", b"a;" * 300, b"x" * 70_000, b"\xff\xfe\xff"]))
def test_a_providers_list_refused_as_a_whole_is_said_without_english(translations: object, rows: list[str],
                                                                     extra: bytes) -> None:
    """The app's import of a providers list (Providers › Import) says a file it cannot read as a whole in the
    reader's words, with the column as the app names it (``provider_csv.file_problem``)."""
    from trustdesk.packs.provider_csv import ImportRejected, file_problem, parse_providers_csv
    from trustdesk.ui.directory.csv_import_dialog import problem_text

    data = "\n".join(rows).encode() + extra
    try:
        parse_providers_csv(data)
    except ImportRejected as exc:
        english = [str(file_problem(exc.problem, exc.params))]
        for language in LANGUAGES:
            translations.install(language)  # type: ignore[attr-defined]
            shown = problem_text(exc.problem, exc.params)
            assert not english_left(shown, english, [data.decode("utf-8", "replace")]), (language, shown)
