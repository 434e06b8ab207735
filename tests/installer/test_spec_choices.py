"""What installer/trustdesk.spec leaves out of the bundle stays safe to leave out (runs in make test;
the built bundle itself is tested by test_bundle.py under make installer-test).

- The smaller ICU data (installer/icu_data.py) keeps every item of the interface languages and every
  language-free item, and gives the same answers as the full data to every kind of question Qt asks ICU.
- The two PyInstaller runtime hooks the spec drops (multiprocessing, pkgutil) have nothing to serve:
  no TrustDesk module uses multiprocessing or walks packages with pkgutil.
"""

from __future__ import annotations

import ast
import importlib.util
import json
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


def test_no_module_needs_the_runtime_hooks_the_spec_drops() -> None:
    spec_text = (ROOT / "installer" / "trustdesk.spec").read_text(encoding="utf-8")
    assert 'DROPPED_RUNTIME_HOOKS = {"pyi_rth_multiprocessing", "pyi_rth_pkgutil"}' in spec_text
    needing = {}
    for path in sorted([ROOT / "main.py", *(ROOT / "trustdesk").rglob("*.py")]):
        used = {name for name in _imports(path)
                if name.split(".")[0] == "multiprocessing" or name == "concurrent.futures.ProcessPoolExecutor"
                or name in ("pkgutil.iter_modules", "pkgutil.walk_packages")}
        if used:
            needing[str(path.relative_to(ROOT))] = sorted(used)
    assert not needing, f"these need a runtime hook installer/trustdesk.spec drops: {needing}"
