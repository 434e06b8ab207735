"""kit/feature_scan: PySide6's per-import source scan is skipped for TrustDesk's own modules (no
``inspect.getsource`` of our files) and still done for everybody else's; it answers "uses PySide" for
ours, which is what the scan answers for every module of ours that imports PySide6."""

from __future__ import annotations

import inspect
import sys
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from trustdesk.ui.kit.feature_scan import skip_feature_scan

names = st.lists(st.sampled_from(["case", "kit", "vault", "x", "shell_2"]), min_size=0, max_size=4)


def test_the_hook_exists_in_this_pyside(qapp: QApplication) -> None:
    """When a PySide6 release drops or renames the scan, this fails: the shortcut is then dead code."""
    assert skip_feature_scan() is True
    assert skip_feature_scan() is True  # idempotent


@given(names, st.booleans())
def test_ours_are_answered_without_reading_their_source_others_are_scanned(
        qapp: QApplication, parts: list[str], ours: bool) -> None:
    skip_feature_scan()
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside  # type: ignore[attr-defined]
    name = ".".join(["trustdesk" if ours else "somebody_else", *parts])
    module = types.ModuleType(name)
    module.__file__ = "/nonexistent/module.py"
    read: list[object] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "import PySide6")
        answer = scan(module)
    assert answer is True
    assert read == ([] if ours else [module])
