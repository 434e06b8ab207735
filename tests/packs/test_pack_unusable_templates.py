"""A pack whose letter template cannot be used is never built, signed or imported (outside reviewer:
``pack build`` signed ``{{ 9**9**9 }}``, ``{{ 'x'*100000000 }}`` and ``{{ "%s" % doctor }}``, which
``pack preview`` then called CANNOT BE USED).  Build runs the same checks as preview: for every
template, whatever ``preview`` refuses, ``build`` refuses (exit 2: the coordinator's own source is
malformed input), ``sign`` refuses before the passphrase is asked, and the desk's draft check refuses;
what preview renders, build accepts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.cli import main as cli
from trustdesk.documents.letter_context import sample_context
from trustdesk.documents.templates import preview
from trustdesk.domain.enums import Language
from trustdesk.packs.archive import write_members
from trustdesk.packs.errors import PackRejected
from trustdesk.packs.pack import build_pack, parse_members
from trustdesk.packs.signing import generate_key_pair

REVIEWER = ["{{ 9**9**9 }}", "{{ 'x'*100000000 }}", '{{ "%s" % doctor }}']
# template bodies: the reviewer's, other operators and sizes, and sound ones
PIECES = st.sampled_from(["{{ doctor.name }}", "{{ 9**9**9 }}", "{{ 'ab' * 10 }}", "{{ 'x' * 10**8 }}",
                          "{{ '%s' % doctor.name }}", '{{ "%s" % doctor }}', "{{ 2 ** 10 }}", "{{ 7 // 0 }}",
                          "{% for i in range(3) %}{{ i }}{% endfor %}", "{{ range(10**9) | list | length }}",
                          "Beste {{ provider.name }},\n", "{{ doctor.name | upper }}", "{{ [1] * 10**7 }}"])
BODIES = st.lists(PIECES, min_size=1, max_size=3).map("".join)


def _source(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps({"format": 1, "id": "testpack", "version": 1,
                                                      "created": "2026-11-26", "languages": ["nl"],
                                                      "title": "Testpakket"}))
    (folder / "templates" / "nl").mkdir(parents=True, exist_ok=True)
    (folder / "templates" / "nl" / "referral_psy.j2").write_text(body, "utf-8")
    return folder


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES)
def test_build_refuses_exactly_what_preview_cannot_use(tmp_path: Path, body: str) -> None:
    usable = not preview(body, sample_context(Language.NL)).problems
    members = {"manifest.json": _source(tmp_path / "src", body).joinpath("manifest.json").read_bytes(),
               "templates/nl/referral_psy.j2": body.encode("utf-8")}
    if usable:
        build_pack(tmp_path / "src")
        parse_members(members)
    else:
        with pytest.raises(PackRejected, match="cannot be used"):
            build_pack(tmp_path / "src")
        with pytest.raises(PackRejected, match="cannot be used"):
            parse_members(members)  # the desk's draft check, pack sign's input check and every import


@pytest.mark.parametrize("body", REVIEWER)
def test_the_commands_refuse_the_reviewers_templates(tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert preview(body, sample_context(Language.NL)).problems
    src = _source(tmp_path / "src", body)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = cli(["pack", "build", str(src), str(tmp_path / "out.zip")])
    assert code == 2 and not (tmp_path / "out.zip").exists(), capsys.readouterr()
    unsigned = tmp_path / "unsigned.zip"
    unsigned.write_bytes(write_members({"manifest.json": (src / "manifest.json").read_bytes(),
                                        "templates/nl/referral_psy.j2": body.encode("utf-8")}))
    private_pem, _ = generate_key_pair(b"a pack key passphrase")
    (tmp_path / "key.pem").write_bytes(private_pem)
    monkeypatch.setattr("sys.stdin", io.StringIO("a pack key passphrase\n"))
    code = cli(["pack", "sign", str(unsigned), "--key", str(tmp_path / "key.pem"), "--out", str(tmp_path / "s.zip"),
                "--passphrase-stdin"])
    assert code == 2 and not (tmp_path / "s.zip").exists(), capsys.readouterr()
