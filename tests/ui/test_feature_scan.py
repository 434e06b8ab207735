"""kit/feature_scan: PySide6's per-import source scan is skipped for TrustDesk's own modules and the
standard library (no ``inspect.getsource`` of their files) and still done for site-packages; it answers
"uses PySide" for ours (what the scan answers for every module of ours that imports PySide6) and "does
not" for the standard library (what the scan finds there)."""

from __future__ import annotations

import inspect
import json
import sys
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from trustdesk.ui.kit import feature_scan
from trustdesk.ui.kit.feature_scan import skip_feature_scan

names = st.lists(st.sampled_from(["case", "kit", "vault", "x", "shell_2"]), min_size=0, max_size=4)


def test_the_hook_exists_in_this_pyside(qapp: QApplication) -> None:
    """When a PySide6 release drops or renames the scan, this fails: the shortcut is then dead code."""
    assert skip_feature_scan() is True
    assert skip_feature_scan() is True  # idempotent


@given(names, st.sampled_from(["ours", "stdlib", "site-packages"]))
def test_ours_and_the_stdlib_are_answered_without_reading_their_source_others_are_scanned(
        qapp: QApplication, parts: list[str], kind: str) -> None:
    skip_feature_scan()
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside  # type: ignore[attr-defined]
    name = ".".join(["trustdesk" if kind == "ours" else "somebody_else", *parts])
    module = types.ModuleType(name)
    module.__file__ = {"ours": "/nonexistent/module.py", "stdlib": json.__file__,
                       "site-packages": inspect.getfile(pytest)}[kind]
    read: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "import PySide6")
        answer = scan(module)
    assert answer is (kind != "stdlib")
    assert read == ([module] if kind == "site-packages" else [])
    if kind == "stdlib":  # the answer PySide's own scan gives there
        assert "PySide6" not in inspect.getsource(json)


stdlib_names = st.sampled_from(sorted(name for name in sys.stdlib_module_names if not name.startswith("_")))


@given(stdlib_names, names, st.booleans())
def test_a_frozen_build_tells_the_stdlib_by_name_and_scans_the_rest(
        qapp: QApplication, top: str, parts: list[str], stdlib: bool) -> None:
    """In a frozen bundle every module lies in one folder (sys._MEIPASS): the standard library is told by
    its top-level name, without asking sysconfig (whose folders no frozen module lies in) and without
    reading a source; a dependency's module is still scanned."""
    skip_feature_scan()
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside  # type: ignore[attr-defined]
    name = ".".join([top if stdlib else f"dependency_{top}", *parts])
    module = types.ModuleType(name)
    module.__file__ = f"/opt/frozen/_internal/{name.replace('.', '/')}.pyc"
    read: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "frozen", True, raising=False)
        patch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "import PySide6")
        assert feature_scan._stdlib_folders() == ()  # no folder to ask sysconfig for
        answer = scan(module)
    assert answer is (not stdlib)
    assert read == ([] if stdlib else [module])
