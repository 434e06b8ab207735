"""The template engine: validation, rendering, the default templates, and hostile templates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import FilledCase
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.documents import sandbox, templates
from trustdesk.documents.letter_context import case_context, referral_context, sample_context
from trustdesk.documents.library import DEFAULT_KINDS, default_templates, install_default_templates
from trustdesk.documents.templates import (
    CONTEXT_FIELDS,
    TemplateError,
    TemplateForbidden,
    TemplateSyntaxProblem,
    TemplateTooLarge,
    TemplateTooSlow,
    TemplateUnknownName,
    preview,
    render,
    validate,
)
from trustdesk.domain.enums import Language
from trustdesk.vault import Vault

CONTEXT = sample_context("nl")


def test_render_fills_in_the_context() -> None:
    body = "Geachte {{ provider.name }},\n{% if doctor.specialty %}\n({{ doctor.specialty|upper }})\n{% endif %}\n" \
           "{{ trust_person.name }}, {{ today }}"
    out = render(body, sample_context("nl", today=None))
    assert out.startswith("Geachte Praktijk Ter Linde,\n(HUISARTS)\nDr. Jan Claes, ")


def test_context_is_plain_strings_only() -> None:
    for name, fields in CONTEXT_FIELDS.items():
        value = CONTEXT[name]
        if fields is None:
            assert isinstance(value, str)
        else:
            assert set(value) == set(fields)
            assert all(isinstance(v, str) for v in value.values())
    with pytest.raises(TypeError):
        render("{{ today }}", {"today": object()})


@pytest.mark.parametrize(("body", "line", "code", "needle"), [
    ("Beste\n\n{% if doctor.name %}\nx", 4, "syntax", "endif"),
    ("Beste {{ doctor.name }\n", 1, "syntax", ""),
    ("ok\n{{ patient.name }}", 2, "unknown_name", "patient"),
    ("{{ doctor.nmae }}", 1, "unknown_name", "nmae"),
    ("{{ provider['adress'] }}", 1, "unknown_name", "adress"),
    ("{{ today|replace('a', 'b') }}", 1, "unknown_name", "replace"),
    ("{% include 'other.j2' %}", 1, "forbidden", "include"),
    ("{% extends 'base.j2' %}", 1, "forbidden", "extends"),
    ("{{ ''.__class__ }}", 1, "forbidden", "_"),
])
def test_validate_names_the_problem_and_its_line(body: str, line: int, code: str, needle: str) -> None:
    problems = validate(body)
    assert problems, body
    assert problems[0].code == code
    assert problems[0].line == line
    assert needle in problems[0].message
    with pytest.raises(TemplateError):
        render(body, CONTEXT)


def test_validate_accepts_loop_variables_and_locals() -> None:
    body = "{% set greeting = 'Beste' %}{% for i in range(2) %}{{ loop.index }}{{ greeting }}{% endfor %}"
    assert validate(body) == []
    assert render(body, CONTEXT) == "1Beste2Beste"


def test_preview_reports_instead_of_raising() -> None:
    assert preview("{{ doctor.name }}", CONTEXT).text == "Dr. An Peeters"
    result = preview("{{ 1 / 0 }}", CONTEXT)
    assert result.text == "" and result.problems[0].code == "runtime"


HOSTILE = [
    ("{{ ''.__class__.__mro__ }}", TemplateForbidden),
    ("{{ cycler.__init__.__globals__ }}", TemplateForbidden),
    ("{{ cycler.next() }}", TemplateUnknownName),
    ("{{ self._TemplateReference__context }}", TemplateForbidden),
    ("{{ today['__cla' ~ 'ss__'] }}", TemplateForbidden),  # dynamic: stopped by the sandbox at run time
    ("{% set n = '__class__' %}{{ today[n] }}", TemplateForbidden),
    ("{{ joiner() }}{{ namespace() }}{{ lipsum() }}{{ dict() }}", TemplateUnknownName),
    ("{% for i in range(100000000) %}x{% endfor %}", TemplateTooLarge),
    ("{% for i in range(1000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}", TemplateTooLarge),
    ("{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}{% endfor %}"
     "{% endfor %}{% endfor %}", TemplateTooLarge),
    ("{% for c in today %}" * 6 + "{% endfor %}" * 6, TemplateTooLarge),  # loops over text, no range()
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", TemplateTooLarge),
    ("{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}{{ m(1) }}", TemplateTooLarge),
    ("{% for i in [1] recursive %}{{ loop([i]) }}{% endfor %}", TemplateTooLarge),
    ("{{ 'a' * 1000000000 }}", TemplateTooLarge),
    ("{{ [1] * 1000000000 }}", TemplateTooLarge),
    ("{{ 9 ** 9 ** 9 }}", TemplateTooLarge),
    ("{% set a = 'aaaaaaaaaa' %}" + "{% set a = a ~ a %}" * 40 + "{{ a|length }}", TemplateTooLarge),
    ("{% set a = 'aaaaaaaaaa' %}" + "{% set a = a + a %}" * 40 + "{{ a|length }}", TemplateTooLarge),
    ("{% set x %}{% for i in range(1000) %}{{ today }}{{ today }}{{ today }}{{ today }}{{ today }}{{ today }}"
     "{{ today }}{{ today }}{{ today }}{{ today }}{% endfor %}{% endset %}" + "{% set x = x ~ x %}" * 10,
     TemplateTooLarge),
    ("{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}", TemplateTooLarge),  # 1 MB of output
    ("{{ '%999999999d' % 1 }}", TemplateForbidden),
    ("{{ today.center(999999999) }}", TemplateForbidden),
    ("{{ today.format(1) }}", TemplateForbidden),
    ("{{ doctor }}", TemplateForbidden),
    ("{{ self }}", TemplateForbidden),
    ("{{ self.body() }}", TemplateForbidden),
    ("{% include 'x' %}", TemplateForbidden),
    ("x" * (templates.MAX_BODY + 1), TemplateTooLarge),
]


@pytest.mark.parametrize(("body", "error"), HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_hostile_templates_fail_safely_and_quickly(body: str, error: type[TemplateError]) -> None:
    """Each is stopped by the validator or by a meter (operations, output, allocations: counts, which a
    busy machine does not change), never by the render's deadline: a TemplateTooSlow is not the error
    expected, so a meter that let one run on to the deadline fails here (no wall-clock bound needed)."""
    assert error is not TemplateTooSlow
    with pytest.raises(error) as caught:
        render(body, CONTEXT)
    assert str(caught.value).strip() and 'File "' not in str(caught.value)
    assert isinstance(caught.value, TemplateError)


def test_render_stops_at_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.05)
    body = "{% for i in range(1000) %}{% for j in range(99) %}{{ today.upper().lower() }}{% endfor %}{% endfor %}"
    monkeypatch.setattr(sandbox, "MAX_ITERATIONS", 10**7)
    monkeypatch.setattr(sandbox, "MAX_OUTPUT", 10**8)
    with pytest.raises(TemplateTooSlow):
        render(body, CONTEXT)


def test_a_failed_render_gives_no_partial_text() -> None:
    result = preview("Beste collega,\n{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}", CONTEXT)
    assert result.text == "" and result.problems[0].code == "too_large"


JINJA_BITS = st.sampled_from(["{{", "}}", "{%", "%}", "{#", "#}", " for ", " in ", " if ", " endif ", " endfor ",
                              "range(", ")", "(", "doctor", ".name", "today", "~", "*", "**", "|", "upper", "join",
                              "'", '"', "9", "99999", "[", "]", ",", "macro ", " m", " set ", "=", "__class__",
                              "\n", "é€", "loop", "recursive", " endmacro ", "/", "%", "-"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(JINJA_BITS, max_size=40).map("".join)))
def test_render_raises_nothing_but_template_errors(body: str) -> None:
    try:
        out = render(body, CONTEXT)
    except TemplateError as exc:
        assert exc.message and 'File "' not in exc.message and "Traceback" not in exc.message
    else:
        assert isinstance(out, str) and len(out) <= templates.MAX_OUTPUT


# -- the default templates ---------------------------------------------------------------------


def test_every_default_template_renders_in_every_language() -> None:
    shipped = default_templates()
    assert {(t.language.value, t.kind) for t in shipped} == {(lang, kind) for lang in ("nl", "fr", "en")
                                                            for kind in DEFAULT_KINDS}
    for template in shipped:
        assert validate(template.body) == [], template.source_key
        context = sample_context(template.language)
        out = render(template.body, context)
        assert context["trust_person"]["name"] in out, template.source_key
        assert "{{" not in out and "{%" not in out
        assert template.source == "default" and template.source_key.endswith(template.kind.value)


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.EN])
def test_default_templates_render_for_a_real_referral(filled: FilledCase, language: Language) -> None:
    filled.vault.settings.set("letterhead.name", "Dr. Vertrouwen")
    context = referral_context(filled.vault, filled.referral.id, language=language)
    assert context["provider"]["address"] == "Brugstraat 3\n9000 Gent"
    note_context = case_context(filled.vault, filled.case.id, language=language)
    assert note_context["contact"]["agreements"] == "Afspraakmarker2"  # the latest contact
    for template in default_templates():
        if template.language is language:
            out = render(template.body, note_context if template.kind.value == "agreement_note" else context)
            assert "Dr. Vertrouwen" in out


def test_install_default_templates_is_idempotent(vault: Vault) -> None:
    added = install_default_templates(vault)
    assert len(added) == 21
    edited = replace(added[0], body="Eigen tekst {{ today }}", edited=True)
    vault.templates.update(edited)
    vault.templates.delete(added[1].id)
    again = install_default_templates(vault)
    assert [t.source_key for t in again] == [added[1].source_key]
    assert install_default_templates(vault) == []
    assert vault.templates.get(edited.id).body == "Eigen tekst {{ today }}"
    assert len(vault.templates.list()) == 21


def test_syntax_error_class_carries_the_line() -> None:
    with pytest.raises(TemplateSyntaxProblem) as caught:
        render("a\nb\n{% if %}", CONTEXT)
    assert caught.value.line == 3 and "line 3" in str(caught.value)


def test_the_longest_deepest_template_still_compiles_in_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja's constant folding (and meta.find_undeclared_variables) are quadratic in expression
    depth; the engine avoids both, and caps depth and length.  Counted, not timed (a loaded CI machine
    once took 8 s): the folding work per expression does not grow with its depth."""
    import jinja2.nodes

    folds = [0]
    as_const = jinja2.nodes.BinExpr.as_const

    def counted(self: jinja2.nodes.BinExpr, eval_ctx: object = None) -> object:
        folds[0] += 1
        return as_const(self, eval_ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.nodes.BinExpr, "as_const", counted)
    per_depth = {}
    for depth in (2, 10, 25, 50):
        folds[0] = 0
        body = ("{{ 1" + " + 1" * depth + " }}") * 3
        assert validate(body) == [] and render(body, CONTEXT).startswith(str(depth + 1))
        per_depth[depth] = folds[0]
    assert len(set(per_depth.values())) == 1, per_depth  # the same few per expression, whatever its depth
    one = "{{ 1" + " + 1" * 50 + " }}"
    body = one * (templates.MAX_BODY // len(one))
    assert validate(body) == []
    assert render(body, CONTEXT).startswith("5151")
    with pytest.raises(TemplateSyntaxProblem, match="nests too deeply"):
        render("{{ 1" + " + 1" * (templates.MAX_NESTING + 5) + " }}", CONTEXT)


@pytest.mark.parametrize(("body", "expected"), [
    ("{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}x{% endcall %}", "[x]"),
    ("{% with n = doctor.name %}{{ n }}{% endwith %}", "Dr. An Peeters"),
    ("{% filter upper %}abc {{ doctor.name }}{% endfilter %}", "ABC DR. AN PEETERS"),
    ("{% set s %} hi {{ doctor.name }} {% endset %}{{ s|trim }}", "hi Dr. An Peeters"),
    ("{% for w in doctor.name.split() %}{{ w }}{% if not loop.last %}-{% endif %}{% endfor %}", "Dr.-An-Peeters"),
    ("{% if doctor.phone %}tel {{ doctor.phone }}{% endif %}", "tel 0499 99 99 99"),
    ("{{ provider.website|default('geen website', true) }}", "geen website"),
    ("{% macro greet(name='x') %}Dag {{ name }}{% endmacro %}{{ greet(doctor.name) }}", "Dag Dr. An Peeters"),
    ("{{ ['a', 'b']|join(', ') }} {{ 3.14159|round(2) }} {{ 'een twee'|wordcount }}", "a, b 3.14 2"),
    ("{{ doctor.name ~ ' (' ~ doctor.profession ~ ')' }}", "Dr. An Peeters (arts)"),
])
def test_ordinary_template_features_still_work(body: str, expected: str) -> None:
    assert validate(body) == []
    assert render(body, CONTEXT) == expected


def test_the_template_readme_documents_every_name_and_filter() -> None:
    from trustdesk.documents.layout import resources_dir

    readme = (resources_dir() / "templates" / "README.md").read_text(encoding="utf-8")
    for name, fields in CONTEXT_FIELDS.items():
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}` |"))
        for field_name in fields or ():
            assert f"`{field_name}`" in row or field_name in row, (name, field_name)
    for filter_name in templates.FILTERS:
        assert filter_name in readme, filter_name
