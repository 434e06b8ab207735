"""Vault settings are declared once (``trustdesk.vault.settings.DECLARED``): key, type, default, limits.

- every settings key named in ``trustdesk/`` (a module constant ``*_KEY``/``*SETTING*`` holding a
  dotted key, or a literal passed to ``settings.get/set``) is declared;
- a typed read never returns a value of the wrong type or outside the limits, whatever is stored;
- a typed write refuses what a read would not return.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.vault import Vault
from trustdesk.vault.settings import DECLARED, RETENTION_YEARS, Setting, declared

ROOT = Path(__file__).resolve().parents[2]
KEY_NAME = re.compile(r"(^|_)(KEY|SETTING)(_|$)|_KEY$|_SETTING$|^SETTING_")
NOT_SETTINGS = {"GEOMETRY_KEY", "EVENT_KEY_ROTATED", "SETTING_MADE_FOR_OLD"}  # QSettings / audit event names


def _named_keys() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "trustdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in tree.body:  # module constants
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
                name = node.targets[0].id
                if KEY_NAME.search(name) and name not in NOT_SETTINGS and "." in node.value.value:
                    found.append((f"{where}:{name}", node.value.value))
        for node in ast.walk(tree):  # literals handed to settings.get/set
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "set")
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "settings"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((f"{where}:{node.lineno}", node.args[0].value))
    return found


def test_every_settings_key_in_the_code_is_declared() -> None:
    found = _named_keys()
    assert len(found) > 15, "the scan found too little: is it still looking in the right place?"
    missing = sorted(f"{where} = {key!r}" for where, key in found if declared(key) is None)
    assert missing == [], "declare these in trustdesk/vault/settings.py:\n" + "\n".join(missing)


def test_declarations_are_sound() -> None:
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys)) and len(keys) > 20
    for setting in DECLARED:
        assert setting.valid(setting.default), setting.key
        assert (setting.minimum is None) == (setting.maximum is None), setting.key


STORED = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8) | st.lists(st.integers(), max_size=3) \
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2) | st.floats(allow_nan=False)


@given(setting=st.sampled_from(DECLARED), stored=STORED)
def test_a_typed_read_is_always_valid(setting: Setting[Any], stored: object) -> None:
    value = setting.read(stored)
    assert setting.valid(value)
    assert type(value) is type(setting.default) or isinstance(value, setting.kind)
    assert value == (stored if setting.valid(stored) else setting.default)


@pytest.mark.parametrize("stored", [50, 0, -1, True, "7", 7.0, None, [5]])
def test_vault_reads_and_writes_through_the_declaration(vault: Vault, stored: object) -> None:
    vault.settings.set(RETENTION_YEARS.key, stored)  # as an old version or a restored backup may hold it
    assert vault.settings.value(RETENTION_YEARS) == RETENTION_YEARS.default
    with pytest.raises(ValueError):
        vault.settings.set_value(RETENTION_YEARS, stored)  # type: ignore[arg-type]
    vault.settings.set_value(RETENTION_YEARS, 12)
    assert vault.settings.value(RETENTION_YEARS) == 12
