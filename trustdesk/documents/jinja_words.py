"""Jinja's own words about a template it cannot read, as a ``Detail`` the reader is told in their language.

Jinja says what is wrong in English ("expected token 'end of print statement', got 'b'").  The engine
reads the forms Jinja uses (its lexer and parser) into a catalogue text and values: the tag, name or
character found in the template stays as it is written, Jinja's names of its tokens ("end of print
statement") become the characters a person types (“}}”) or words of the catalogue.  A message of a form
not known here is said as "this template text cannot be read" with no English words
(``tests/documents/test_template_details_translated.py`` drives hostile templates through every form).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trustdesk.detail import QT_TRANSLATE_NOOP, Detail


def quoted(text: str) -> Detail:
    """What the template holds, quoted as the reader's language quotes (“x”, « x »)."""
    return QT_TRANSLATE_NOOP("TemplateDetail", "“{text}”").format(text=text)


# Jinja's names of its tokens (jinja2.lexer._describe_token_type): what a person types, or words.
_TYPED = {
    "begin of print statement": "{{", "end of print statement": "}}", "begin of statement block": "{%",
    "end of statement block": "%}", "begin of comment": "{#", "end of comment": "#}",
}
_WORDS = {
    "end of template": QT_TRANSLATE_NOOP("TemplateDetail", "the end of the template"),
    "name": QT_TRANSLATE_NOOP("TemplateDetail", "a name"),
    "integer": QT_TRANSLATE_NOOP("TemplateDetail", "a number"),
    "float": QT_TRANSLATE_NOOP("TemplateDetail", "a number"),
    "string": QT_TRANSLATE_NOOP("TemplateDetail", "a text in quotes"),
    "comment": QT_TRANSLATE_NOOP("TemplateDetail", "a comment"),
    "template data / text": QT_TRANSLATE_NOOP("TemplateDetail", "plain text"),
}


def token(described: str) -> str:
    """A token as Jinja describes it, for the reader: “}}”, a name as typed, or words."""
    if described in _WORDS:
        return _WORDS[described]
    return quoted(_TYPED.get(described, described))


def _tags(listed: str) -> str:
    """"'elif' or 'else' or 'endif'" → the last tag that closes the block, as typed: “{% endif %}”."""
    names = re.findall(r"'([^']*)'", listed)
    closing = [n for n in names if n.startswith("end")] or names
    return quoted("{% " + closing[0] + " %}") if closing else quoted("{% end… %}")


def _block(name: str) -> str:
    return quoted("{% " + name + " %}")


def _closing(m: re.Match[str]) -> str:
    """The tag that closes the innermost block: from Jinja's list when it gives one, else “{% end<block> %}”."""
    return _tags(m["looking"]) if m["looking"] else _block("end" + m["block"])


def _ends_before(m: re.Match[str]) -> Detail:
    if m["block"]:
        return QT_TRANSLATE_NOOP("TemplateDetail", "the template ends before {block} is closed with {end}").format(
            block=_block(m["block"]), end=_closing(m))
    return QT_TRANSLATE_NOOP("TemplateDetail", "the template ends before a block is closed")


def _unknown_tag(m: re.Match[str]) -> Detail:
    if m["block"]:
        return QT_TRANSLATE_NOOP("TemplateDetail", "{tag} does not belong here: {block} must be closed first with "
                                                   "{end}").format(tag=_block(m["tag"]), block=_block(m["block"]),
                                                                   end=_closing(m))
    return QT_TRANSLATE_NOOP("TemplateDetail", "{tag} is not a tag letters know").format(tag=_block(m["tag"]))


_LOOKING = r"(?: (?:Jinja was looking for the following tags: |You probably made a nesting mistake\. Jinja is " \
           r"expecting this tag, but currently looking for )(?P<looking>.*?)\.)?"
_INNERMOST = r"(?: The innermost block that needs to be closed is '(?P<block>[^']*)'\.)?"

# (Jinja's form, what the reader is told); the groups are the values.
_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Detail]]] = [
    (re.compile(r"Unexpected end of template\." + _LOOKING + _INNERMOST + r"$"), _ends_before),
    (re.compile(r"Encountered unknown tag '(?P<tag>[^']*)'\." + _LOOKING + _INNERMOST + r"$"), _unknown_tag),
    (re.compile(r"unexpected end of template, expected '(?P<expected>.*)'\.$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "the template ends where {expected} should come").format(
         expected=token(m["expected"]))),
    (re.compile(r"expected token '(?P<expected>.*)', got '(?P<got>.*)'$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "{expected} should come here, not {got}").format(
         expected=token(m["expected"]), got=token(m["got"]))),
    (re.compile(r"Expected an expression, got '(?P<got>.*)'$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a value is missing before {got}").format(got=token(m["got"]))),
    (re.compile(r"unexpected char (?P<char>'.*'|\".*\") at \d+$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "the character {char} cannot stand here (a quote that is never "
                                                   "closed?)").format(char=quoted(m["char"][1:-1]))),
    (re.compile(r"unexpected '(?P<got>.*)', expected '(?P<expected>.*)'$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "{expected} should come here, not {got}").format(
         expected=quoted(m["expected"]), got=quoted(m["got"]))),
    (re.compile(r"unexpected '(?P<got>.*)'$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "{got} cannot stand here").format(got=token(m["got"]))),
    (re.compile(r"Missing end of comment tag$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a comment is never closed with {end}").format(end=quoted("#}"))),
    (re.compile(r"Missing end of raw directive$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "{raw} is never closed with {end}").format(
         raw=_block("raw"), end=_block("endraw"))),
    (re.compile(r"tag name expected$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a tag name is missing after {begin}").format(begin=quoted("{%"))),
    (re.compile(r"block '(?P<name>.*)' defined twice$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "the block {name} is defined twice").format(
         name=quoted(m["name"]))),
    (re.compile(r"You cannot chain multiple tests with is$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "tests with {word} cannot follow each other").format(
         word=quoted("is"))),
    (re.compile(r"non-default argument follows default argument$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a macro's argument without a default value follows one with "
                                                   "a default value")),
    (re.compile(r"expected name or number$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a name or a number should come after the dot")),
    (re.compile(r"expected subscript expression$|invalid syntax for function call expression$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "what stands between the brackets cannot be read")),
    (re.compile(r"Invalid character in identifier$"),
     lambda m: QT_TRANSLATE_NOOP("TemplateDetail", "a name holds a character names cannot hold")),
]


def syntax_detail(message: str) -> Detail:
    """Jinja's message about a template it cannot read, as a detail in the catalogue's words."""
    for form, said in _FORMS:
        found = form.match(message.strip())
        if found:
            return said(found)
    return UNREADABLE


UNREADABLE = QT_TRANSLATE_NOOP("TemplateDetail", "this template text cannot be read")
