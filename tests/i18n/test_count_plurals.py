"""Every count shown goes through Qt's plural forms (issue 18: "1 providers", "{count} results"): a static
scan of trustdesk/ for translated strings that get a count put in by hand.

A translated text (``tr`` / ``QCoreApplication.translate``) fails when
- a number is put into one of its placeholders by ``.replace``/``.format`` and a word follows the
  placeholder ("%1 providers", "%1 new": in French even an adjective agrees), where the number is a
  count by its spelling (``len(...)``, a name such as ``count``, ``total``, ``n``, ``shown``, a
  constant in capitals, ``params.get("limit")``);
- a placeholder stands right before a plural noun ("%2 cases", "more than %1 rows"), whatever fills it;
- it is an f-string (lupdate cannot see it, and nothing can be translated).
The fix is ``tr("%n case(s)", "", n)`` (trustdesk_en.ts holds the English singular and plural).
Each rule is first shown to catch its own wrong examples."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLURAL_NOUNS = ("cases|providers|entries|results|rows|cells|characters|years|months|days|templates|lines|items|"
                "tasks|cards|notes|contacts|changes|files|backups|hours|minutes|referrals")
BEFORE_NOUN = re.compile(rf"(%[1-9]|\{{[a-z_]*\}})\s+(?:[a-z-]+\s+)?({PLURAL_NOUNS})\b")
COUNT_NAME = re.compile(r"(^|_)(n|count|counts|total|totals|number|shown|matching|rows|size|days|years|added|"
                        r"updated|removed|limit|keep)($|_)")


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _text(call: ast.Call) -> str:
    texts = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    index = 1 if _call_name(call) == "translate" else 0
    return texts[index] if len(texts) > index else ""


def _is_count(expr: ast.expr) -> bool:
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in ("str", "int") and expr.args:
        return _is_count(expr.args[0])
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "len":
        return True
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get" and expr.args:
        key = expr.args[0]
        return isinstance(key, ast.Constant) and bool(COUNT_NAME.search(str(key.value)))
    if isinstance(expr, ast.Name):
        return bool(COUNT_NAME.search(expr.id)) or (expr.id.isupper() and len(expr.id) > 1)
    if isinstance(expr, ast.Attribute):
        return bool(COUNT_NAME.search(expr.attr)) or expr.attr.isupper()
    if isinstance(expr, ast.Subscript):
        return _is_count(expr.value)
    if isinstance(expr, ast.BinOp):
        return _is_count(expr.left) or _is_count(expr.right)
    return False


def hand_made_counts(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, translated text, what is wrong) of every count put into a translated text by hand."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if _call_name(node) in ("tr", "translate"):
            text = _text(node)
            if any(isinstance(a, ast.JoinedStr) for a in node.args):
                yield node.lineno, text, "an f-string in a translated text"
            if "%n" not in text and (match := BEFORE_NOUN.search(text)):
                yield node.lineno, text, f"{match.group(1)} before a plural noun"
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("replace", "format"):
            inner = node.func.value
            while isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                    and inner.func.attr in ("replace", "format"):
                inner = inner.func.value
            if not (isinstance(inner, ast.Call) and _call_name(inner) in ("tr", "translate")):
                continue
            text = _text(inner)
            if node.func.attr == "replace":
                first = node.args[0] if node.args else None
                pairs = [(first.value, node.args[1])] if isinstance(first, ast.Constant) and len(node.args) > 1 else []
            else:
                pairs = [("{" + k.arg + "}", k.value) for k in node.keywords if k.arg]
            for holder, value in pairs:
                if _is_count(value) and re.search(re.escape(str(holder)) + r"\s+(?!of\b|[KMG]B\b)[^\W\d_]", text):
                    yield node.lineno, text, f"a count put into {holder} by hand"


WRONG = [
    'self.tr("{count} results.").format(count=len(hits))',
    'QCoreApplication.translate("P", "%1 new").replace("%1", str(counts.added))',
    'self.tr("The pack is valid: %1 providers.").replace("%1", str(len(pack.providers)))',
    'translate("CsvProblem", "Longer than %1 characters.").replace("%1", p.get("limit", ""))',
    'self.tr("Backup checked: %1 (%2 cases).").replace("%1", name).replace("%2", str(x))',
    'self.tr(f"{n} cases")',
    'self.tr("kept %1 (%2 years)").replace("%2", str(self.years))',
]
RIGHT = [
    'self.tr("%n result(s).", "", len(hits))',
    'self.tr("Showing %1 of %2").replace("%1", str(matching)).replace("%2", str(total))',
    'self.tr("Total: %1").replace("%1", str(total))',
    'self.tr("The doctor answered %1 on item 9").replace("%1", str(score.item9))',
    'self.tr("Saved at {time}").format(time=stamp)',
    'self.tr("Case %1 was returned").replace("%1", code)',
]


def test_the_scan_catches_its_wrong_examples_and_spares_the_right_ones() -> None:
    for example in WRONG:
        assert list(hand_made_counts(example)), example
    for example in RIGHT:
        assert not list(hand_made_counts(example)), example


def test_no_count_is_put_into_a_translated_text_by_hand() -> None:
    problems = []
    for path in sorted((ROOT / "trustdesk").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for line, text, what in hand_made_counts(path.read_text(encoding="utf-8")):
            problems.append(f"{name}:{line}: {what}: {text[:70]!r}")
    assert problems == [], "use tr('%n thing(s)', '', n):\n" + "\n".join(sorted(set(problems)))
