"""Issue 19: every kind of audit entry the code can write has words in English, Dutch and French, and
is offered in the page's event filter; the details the writers put in are words too, with dates in the
interface's language, never ISO.  The writers are found statically: every ``….audit.append(KIND, …)``
(and ``AuditLog(…).append``) in ``trustdesk/``, its kind resolved through constants, imports and the
callers of a helper that passes it on -- a new writer cannot slip past this test untranslated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import trustdesk
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.security.audit_words import EVENTS, detail_text, event_text, event_words
from trustdesk.vault.audit import AuditEvent

ROOT = Path(trustdesk.__file__).parent
MEMBERS = {k: v for k, v in vars(AuditEvent).items() if k.isupper() and isinstance(v, str)}
RAW = re.compile(r"\b[a-z]+_[a-z_]+\b")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _module(path: Path) -> str:
    return ".".join(("trustdesk", *path.relative_to(ROOT).with_suffix("").parts)).removesuffix(".__init__")


def _is_audit_append(call: ast.Call) -> bool:
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "append"):
        return False
    owner = func.value
    if isinstance(owner, ast.Attribute):
        return owner.attr == "audit"
    if isinstance(owner, ast.Name):
        return owner.id.endswith("audit")
    return isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "AuditLog"


class _Writers:
    def __init__(self) -> None:
        self.trees = {_module(p): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(ROOT.rglob("*.py"))}
        self.constants: dict[str, dict[str, str]] = {}
        self.imports: dict[str, dict[str, tuple[str, str]]] = {}
        for module, tree in self.trees.items():
            self.constants[module] = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                                      and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                                      for t in node.targets if isinstance(t, ast.Name)}
            self.imports[module] = {alias.asname or alias.name: (node.module, alias.name) for node in ast.walk(tree)
                                    if isinstance(node, ast.ImportFrom) and node.module for alias in node.names}

    def name(self, module: str, name: str) -> str | None:
        if name in self.constants.get(module, {}):
            return self.constants[module][name]
        if name in self.imports.get(module, {}):
            source, original = self.imports[module][name]
            return self.name(source, original)
        return None

    def resolve(self, node: ast.expr, module: str, function: ast.FunctionDef | None) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "AuditEvent":
            return {MEMBERS[node.attr]}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
            return set(MEMBERS.values())  # getattr(AuditEvent, name): any member
        if isinstance(node, ast.Name):
            value = self.name(module, node.id)
            if value is not None:
                return {value}
            if function is not None:  # a parameter: what every caller in the module passes
                params = [a.arg for a in function.args.args]
                if node.id in params:
                    return self.passed(module, function.name, params.index(node.id) - (params[:1] == ["self"]))
        raise AssertionError(f"{module}: cannot tell which audit kind {ast.unparse(node)} is")

    def passed(self, module: str, function: str, index: int) -> set[str]:
        found: set[str] = set()
        for caller in self._functions(module):
            for call in (n for n in ast.walk(caller) if isinstance(n, ast.Call)):
                name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
                if name == function and len(call.args) > index:
                    found |= self.resolve(call.args[index], module, caller)
        assert found, f"{module}.{function}: no caller passes an audit kind"
        return found

    def _functions(self, module: str) -> list[ast.FunctionDef]:
        return [n for n in ast.walk(self.trees[module]) if isinstance(n, ast.FunctionDef)]

    def kinds(self) -> dict[str, str]:
        """kind -> the module that writes it."""
        found: dict[str, str] = {}
        for module in self.trees:
            for function in self._functions(module):
                for call in (n for n in ast.walk(function) if isinstance(n, ast.Call) and _is_audit_append(n)):
                    first = call.args[0] if call.args else next(k.value for k in call.keywords if k.arg == "event")
                    for kind in self.resolve(first, module, function):
                        found.setdefault(kind, module)
        return found


WRITTEN = _Writers().kinds()


def test_the_writers_are_found() -> None:
    # a sample of writers in different layers, so the finder cannot quietly find nothing
    for kind in ("unlock", "handover_sent", "handover_receipt", "handover_erase_confirmed", "case_status",
                 "conflict_decision", "intake_received", "figures_sent", "pack_key_rotated", "coordinator_card",
                 "passphrase_changed", "vault_rekeyed", "restore"):
        assert kind in WRITTEN, kind


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_kind_the_code_writes_has_words_and_a_filter(translations: Translations, language: str) -> None:
    translations.install(language)
    for kind, module in sorted(WRITTEN.items()):
        text = event_text(kind)
        assert kind in event_words(), f"{kind} (written in {module}) has no words"
        assert not RAW.search(text), (kind, text)
        assert kind in EVENTS, f"{kind} (written in {module}) is not offered in the event filter"


# One detail of each form the writers make (the kind, then the detail as stored).
DETAILS = [
    ("handover_receipt", "file 0123456789abcdef; receipt confirmed"),
    ("handover_erase_confirmed", "file 0123456789abcdef; 3 cases; kept minimum"),
    ("handover_closed", "file 0123456789abcdef; kept minimum"),
    ("handover_sent", "file 0123456789abcdef; case 1 of 2; sections intake,risk,tasks"),
    ("handover_received", "file 0123456789abcdef; case 2 of 2; was TD-2026-0004; current risk high"),
    ("handover_refused", "file 0123456789abcdef; replayed"),
    ("pack_key_rotated", "key 0123456789abcdef01234567 -> fedcba9876543210fedcba98"),
    ("identity_created", "key 0123456789abcdef"),
    ("intake_received", "intake 0a1b2c3d4e5f; from key 0123456789abcdef"),
    ("figures_sent", "2026-Q3; file 0a1b2c3d; 12 cases; to key 0123456789abcdef"),
    ("coordinator_card", "new key 0123456789abcdef from pack"),
    ("coordinator_card", "confirmed key 0123456789abcdef"),
    ("coordinator_card", "confirmed key 0123456789abcdef, replacing key fedcba9876543210"),
    ("coordinator_card", "different key 0123456789abcdef from pack, kept beside the confirmed key fedcba9876543210 "
                         "until compared"),
    ("restore", "backup of 2026-11-02T10:15:00"),
    ("case_destroyed", "case TD-2019-0001 destroyed on 2026-11-02"),
    ("key_header_changed", "passphrase slot changed; recovery slot missing"),
    ("vault_rekeyed", "new data key, database re-encrypted, new passphrase slot and recovery code"),
    ("audit_gap", "missing_tail: the log ends at #41 (2026-11-02T10:15:00), its head record named #44 0123456789abcdef "
                  "(2026-11-03T09:00:00)"),
    ("audit_gap", "deleted: the log ends at no entry, its head record is gone or does not verify"),
    ("unlock_failed", "3 failed attempt(s)"),
    ("contact_removed", "empty contact of 2026-11-02"),
]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_detail_form_is_words_with_local_dates(translations: Translations, language: str) -> None:
    translations.install("en")
    english = [detail_text(detail, kind) for kind, detail in DETAILS]
    translations.install(language)
    for (kind, detail), in_english in zip(DETAILS, english, strict=True):
        text = detail_text(detail, kind)
        assert not RAW.search(text), (kind, text)
        assert not ISO.search(text.replace("2026-Q3", "")), (kind, text)  # a date in the language's own form
        assert text != detail or language == "en", (kind, text)  # said in words, not as stored
        if language != "en" and not re.fullmatch(r"[\w\s#()→:;.,/-]*", in_english.replace("key", "")):
            assert text != in_english, (kind, text)


def test_no_writer_writes_a_kind_the_filter_does_not_know() -> None:
    assert set(WRITTEN) <= set(EVENTS) | {""}
