"""What installer/trustdesk.spec leaves out of the bundle stays safe to leave out (runs in make test;
the built bundle itself is tested by test_bundle.py under make installer-test).

- The smaller ICU data (installer/icu_data.py) keeps every item of the interface languages and every
  language-free item, and gives the same answers as the full data to every kind of question Qt asks ICU.
- The PyInstaller runtime hooks the spec drops have nothing to serve: no TrustDesk module uses
  multiprocessing, walks packages with pkgutil or asks inspect for source code, and the PySide6 wheel
  registers the qt.conf that pyi_rth_pyside6 would (Qt finds its plugins beside the bindings without it).
- The spec collects every module the start imports as a .pyc file, not into the Python archive.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("icu_probe.py")


def _icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "installer" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _icu_data()
TREES = ("", "coll/", "zone/", "curr/", "lang/", "region/", "unit/")
languages = st.from_regex(r"[a-z]{2,3}", fullmatch=True)
regions = st.one_of(st.just(""), st.from_regex(r"_[A-Z]{2}|_[0-9]{3}|_[A-Z][a-z]{3}(_[A-Z]{2})?|__[A-Z]+", fullmatch=True))


@given(st.sampled_from(TREES), languages, regions)
def test_icu_keeps_a_locale_exactly_when_its_language_is_an_interface_language(tree: str, language: str,
                                                                              region: str) -> None:
    item = f"{tree}{language}{region}.res"
    assert icu_data.kept(item) == (language in ("nl", "fr", "en")), item


@given(st.sampled_from(TREES), st.sampled_from(["root.res", "pool.res", "res_index.res", "zoneinfo64.res",
                                                "metaZones.res", "timezoneTypes.res", "supplementalData.res",
                                                "likelySubtags.res", "ucadata.icu", "cnvalias.icu",
                                                "ibm-1252_P100-2000.cnv", "nfkc.nrm", "plurals.res",
                                                "windowsZones.res", "tzdbNames.res"]))
def test_icu_keeps_every_language_free_item(tree: str, name: str) -> None:
    assert icu_data.kept(tree + name)


@given(st.sampled_from(icu_data.DROPPED_TREES), st.sampled_from(["nl.res", "root.res", "word.brk", "cjdict.dict",
                                                                "res_index.res", "pool.res"]))
def test_icu_leaves_out_the_trees_qt_never_reaches(tree: str, name: str) -> None:
    assert not icu_data.kept(f"{tree}/{name}")


def _qt_lib_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "Qt" / "lib"


def probe(lib_dir: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, str(PROBE), str(lib_dir)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    answers: dict[str, object] = json.loads(result.stdout)
    return answers


@pytest.fixture(scope="module")
def small_icu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's ICU libraries with the smaller data library the spec builds."""
    if icu_data.missing_tools():
        pytest.skip(f"{', '.join(icu_data.missing_tools())} missing (make installer-test installs them)")
    qt = _qt_lib_dir()
    folder = tmp_path_factory.mktemp("icu")
    built = icu_data.build(next(qt.glob("libicudata.so.*")), folder)
    assert built is not None
    for lib in (*qt.glob("libicuuc.so.*"), *qt.glob("libicui18n.so.*")):
        (folder / lib.name).write_bytes(lib.read_bytes())
    return folder


def test_small_icu_data_answers_qt_like_the_full_data_in_nl_fr_en(small_icu: Path) -> None:
    full, small = probe(_qt_lib_dir()), probe(small_icu)
    assert set(full) == set(small)
    differing = [key for key in full if full[key] != small[key]]
    assert not differing, differing[:10]
    size = next(small_icu.glob("libicudata.so.*")).stat().st_size
    assert size < 12 * 2**20, f"the smaller ICU data is {size / 2**20:.1f} MB"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "pkgutil":
            names.add(f"pkgutil.{node.attr}")
    return names


DROPPED = {"pyi_rth_multiprocessing", "pyi_rth_pkgutil", "pyi_rth_pyside6", "pyi_rth_inspect"}
# what inspect does only with source code at hand (pyi_rth_inspect resolves frozen code's source files)
SOURCE_LOOKUPS = {f"inspect.{name}" for name in ("getsource", "getsourcelines", "getsourcefile", "findsource",
                                                 "getabsfile", "getmodule", "stack", "trace", "getframeinfo",
                                                 "getouterframes", "getinnerframes", "getcomments")}


def _spec_text() -> str:
    return (ROOT / "installer" / "trustdesk.spec").read_text(encoding="utf-8")


def _dropped_in_spec() -> set[str]:
    tree = ast.parse(_spec_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DROPPED_RUNTIME_HOOKS"
                                                for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError("installer/trustdesk.spec sets no DROPPED_RUNTIME_HOOKS")


def test_no_module_needs_the_runtime_hooks_the_spec_drops() -> None:
    assert _dropped_in_spec() == DROPPED
    needing = {}
    for path in sorted([ROOT / "main.py", *(ROOT / "trustdesk").rglob("*.py")]):
        names = _imports(path) | _inspect_calls(path)
        used = {name for name in names
                if name.split(".")[0] == "multiprocessing" or name == "concurrent.futures.ProcessPoolExecutor"
                or name in ("pkgutil.iter_modules", "pkgutil.walk_packages") or name in SOURCE_LOOKUPS}
        if used:
            needing[str(path.relative_to(ROOT))] = sorted(used)
    assert not needing, f"these need a runtime hook installer/trustdesk.spec drops: {needing}"


def _inspect_calls(path: Path) -> set[str]:
    return _inspect_calls_in(path.read_text(encoding="utf-8"))


def _inspect_calls_in(source: str) -> set[str]:
    """inspect.NAME attributes used, and names imported from inspect (``from inspect import stack``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "inspect":
            names.add(f"inspect.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "inspect":
            names.update(f"inspect.{alias.name}" for alias in node.names)
    return names


@given(st.sampled_from(sorted(SOURCE_LOOKUPS)), st.sampled_from(["object", "frame", "cls.method"]))
def test_the_source_lookup_check_sees_every_spelling(name: str, argument: str) -> None:
    """The check above must be able to fail: each lookup, as an attribute or imported by name, is seen."""
    short = name.split(".")[1]
    assert name in _inspect_calls_in(f"import inspect\nvalue = inspect.{short}({argument})\n")
    assert name in _inspect_calls_in(f"from inspect import {short}\nvalue = {short}({argument})\n")
    assert not _inspect_calls_in(f"import inspect\nvalue = inspect.signature({argument})\n") & SOURCE_LOOKUPS


QT_CONF_PROBE = """
import json, os
os.environ.pop("QT_PLUGIN_PATH", None)
from pathlib import Path
import PySide6
from PySide6.QtCore import QFile, QLibraryInfo
print(json.dumps({"registered": QFile.exists(":/qt/etc/qt.conf"),
                  "plugins": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
                  "hook_would_set": str(Path(PySide6.__file__).parent / "Qt" / "plugins")}))
"""


def test_pyside6_registers_the_qt_conf_the_dropped_hook_would() -> None:
    """pyi_rth_pyside6 imports QtCore before main.py to register a qt.conf when the bindings have none,
    and sets QT_PLUGIN_PATH to <PySide6>/Qt/plugins.  The wheel registers its own qt.conf, whose plugin
    folder is that same one: nothing is lost without the hook (a frozen bundle keeps the wheel's layout)."""
    env = {key: value for key, value in os.environ.items() if key != "QT_PLUGIN_PATH"}
    result = subprocess.run([sys.executable, "-c", QT_CONF_PROBE], capture_output=True, text=True, timeout=120,
                            check=False, env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers["registered"] is True
    assert Path(answers["plugins"]).resolve() == Path(answers["hook_would_set"]).resolve(), answers


def test_spec_collects_the_start_s_modules_as_pyc_files() -> None:
    """installer/trustdesk.spec: every top-level name of the standard library, of the build venv's
    distributions and ours as .pyc files on disk (test_bundle.py checks the built bundle)."""
    text = _spec_text()
    assert "module_collection_mode=PYC_ON_DISK" in text
    assert 'PYC_ON_DISK = {name: "pyc" for name in {*sys.stdlib_module_names, *_metadata.packages_distributions(), ' \
           '"trustdesk"}}' in text
