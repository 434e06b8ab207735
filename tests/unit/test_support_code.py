"""PySide6's support code is compiled once (``make support-code``), not at every start
(trustdesk/ui/kit/support_code.py; ARCHITECTURE.md, Start-up is a budget).

Each probe is a fresh interpreter (PySide6 compiles its support modules when it is first imported): it
counts the compiles of shiboken's support files that still happen under ``compiled_support`` and prints
what PySide6 then says of itself (its signatures and its wording of a wrong call come from those
modules), to compare with a plain import.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustdesk.ui.kit import support_code

ROOT = Path(__file__).resolve().parents[2]

SPY = """
import builtins, json, sys
real = builtins.compile
compiled = []

def spy(source, filename, mode, *more, **named):
    if isinstance(filename, str) and (filename.startswith("shibokensupport/") or filename == "signature_bootstrap.py"):
        compiled.append(filename)
    return real(source, filename, mode, *more, **named)

builtins.compile = spy
"""

PROBE = SPY + """
from pathlib import Path
from trustdesk.ui.kit.support_code import compiled_support
path = Path(sys.argv[1]) if sys.argv[1] != "-" else None
if path is None:
    import PySide6.QtWidgets as widgets
    kept = 0
else:
    with compiled_support(path) as kept:
        import PySide6.QtWidgets as widgets
from PySide6.QtCore import QObject
signature = sys.modules["shibokensupport.signature"].get_signature
try:
    QObject().setObjectName(1)  # the wrong kind of value: PySide6's support code words the error
except TypeError as exc:
    error = str(exc)
said = [str(signature(widgets.QWidget.setWindowTitle)), str(signature(widgets.QBoxLayout.addWidget)),
        str(signature(widgets.QLineEdit)), error, sorted(m for m in sys.modules if m.startswith("shibokensupport"))]
print(json.dumps({"kept": kept, "compiled": compiled, "said": said}))
"""


def _probe(path: Path | None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(path) if path else "-"], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def kept_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("support") / "support-code.bin"
    done = subprocess.run([sys.executable, "-m", "trustdesk.ui.kit.support_code", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def plain() -> dict[str, object]:
    return _probe(None)


def test_with_the_kept_code_nothing_of_pysides_support_is_compiled_and_it_says_the_same(
        kept_file: Path, plain: dict[str, object]) -> None:
    before = kept_file.read_bytes()
    compiled = plain["compiled"]
    assert isinstance(compiled, list) and len(compiled) >= 10  # a plain import compiles them all, every time
    kept = _probe(kept_file)
    assert kept["kept"] == len(compiled)
    assert kept["compiled"] == []
    assert kept["said"] == plain["said"]  # the same modules, the same signatures, the same words
    assert kept_file.read_bytes() == before  # nothing written at run time


def _rewritten(path: Path, target: Path, change: str) -> None:
    kept = marshal.loads(path.read_bytes())
    name = sorted(kept["files"])[0]
    if change == "source":  # a PySide6 update changed one file's source
        source, code = kept["files"][name]
        kept["files"][name] = (source + b"\n# changed\n", code)
    elif change == "magic":  # another Python's bytecode
        kept["magic"] = b"\x00\x00\r\n"
    elif change == "format":
        kept["format"] = 99
    target.write_bytes(marshal.dumps(kept))


@pytest.mark.parametrize("change", ["source", "magic", "format"])
def test_what_does_not_match_is_compiled_as_before(kept_file: Path, plain: dict[str, object], tmp_path: Path,
                                                   change: str) -> None:
    target = tmp_path / "support-code.bin"
    _rewritten(kept_file, target, change)
    result = _probe(target)
    assert result["said"] == plain["said"]
    compiled, everything = result["compiled"], plain["compiled"]
    assert isinstance(compiled, list) and isinstance(everything, list)
    assert sorted(compiled) == (sorted(everything)[:1] if change == "source" else sorted(everything))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.integers(min_value=0, max_value=300_000))
def test_a_damaged_or_cut_file_is_not_used(kept_file: Path, tmp_path: Path, junk: bytes, cut: int) -> None:
    """Any damage: nothing raises, a cut file is not used, and whatever is used is exactly what was kept
    (bytes after a whole file's end are not read)."""
    whole = kept_file.read_bytes()
    kept = support_code.load(kept_file)
    for data in (junk, whole[:cut], whole[:cut] + junk):
        target = tmp_path / "damaged.bin"
        target.write_bytes(data)
        loaded = support_code.load(target)
        if not data.startswith(whole):
            assert loaded == {}
        else:
            assert {name: source for name, (source, _code) in loaded.items()} == \
                {name: source for name, (source, _code) in kept.items()}


def test_no_file_keeps_nothing(tmp_path: Path) -> None:
    assert support_code.load(tmp_path / "none.bin") == {}
    with support_code.compiled_support(tmp_path / "none.bin") as kept:
        assert kept == 0


APP_PROBE = SPY + """
from pathlib import Path
import trustdesk.ui.kit.support_code as support_code
kept = Path(sys.argv.pop(1))
support_code.code_file = lambda: kept
import trustdesk.app as app
print("QT_BEFORE_RUN", "shiboken6" in sys.modules)

def first_window(qt_app):
    print("COMPILED", len(compiled), flush=True)
    qt_app.quit()

app._after_first_paint = first_window
from trustdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_app_starts_with_the_kept_code(kept_file: Path, tmp_path: Path) -> None:
    """The real start (its entry point, to the first window's first paint): PySide6 is first imported
    under ``compiled_support`` and none of its support files is compiled."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "keyslots.json").write_text("{}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", APP_PROBE, str(kept_file), "--data-dir", str(data), "--lang", "fr"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["QT_BEFORE_RUN"] == "False"
    assert lines["COMPILED"] == "0"
