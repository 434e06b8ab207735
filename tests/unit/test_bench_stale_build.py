"""The benchmark refuses a bundle built from older app sources than the checkout's HEAD
(tests/benchmarks/footprint.py: the commit trustdesk.spec stamps into build.json)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.benchmarks import footprint
from tests.benchmarks.footprint import APP_SOURCES, build_stamp, stale_sources

ROOT = Path(__file__).resolve().parents[2]


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout.strip()


def _commit(root: Path, path: str, text: str) -> str:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text)
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", path)
    return _git(root, "rev-parse", "HEAD")


@pytest.mark.parametrize("path, stale", [
    ("trustdesk/app.py", True), ("resources/x.txt", True), ("installer/trustdesk.spec", True), ("main.py", True),
    ("pyproject.toml", True), ("tests/test_x.py", False), ("docs/readme.md", False), ("README.md", False)])
def test_stale_exactly_when_app_sources_changed_since_the_built_commit(tmp_path: Path, path: str,
                                                                       stale: bool) -> None:
    _git(tmp_path, "init", "-q")
    built = _commit(tmp_path, "trustdesk/__init__.py", "")
    _commit(tmp_path, path, "changed")
    changed, why = stale_sources({"commit": built, "uncommitted": False}, tmp_path)
    assert (changed != 0) is stale, why
    assert ("stale build" in why) is stale
    assert stale_sources({"commit": _git(tmp_path, "rev-parse", "HEAD")}, tmp_path)[0] == 0


def test_an_unstamped_unknown_or_dirty_build_is_stale(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    head = _commit(tmp_path, "main.py", "")
    for stamp in (None, {"date": "2026-12-06"}, {"commit": "0" * 40}, {"commit": head, "uncommitted": True}):
        changed, why = stale_sources(stamp, tmp_path)
        assert changed is None and why.startswith("stale build"), stamp


def test_the_freshness_row_fails_the_run_unless_built_from_head(tmp_path: Path) -> None:
    from tests.benchmarks.__main__ import exit_code

    bundle = tmp_path / "trustdesk"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "build.json").write_text(json.dumps({"date": "2026-12-06"}))
    assert build_stamp(bundle) == {"date": "2026-12-06"}
    assert exit_code([footprint.freshness(bundle, "installed")]) == 1
    assert exit_code([footprint.freshness(None, "installed")]) == 1
    head = _git(ROOT, "rev-parse", "HEAD")
    (bundle / "_internal" / "resources" / "build.json").write_text(json.dumps({"commit": head, "uncommitted": False}))
    assert exit_code([footprint.freshness(bundle, "installed")]) == 0


def test_the_spec_stamps_the_same_sources() -> None:
    import ast

    spec = ast.parse((ROOT / "installer" / "trustdesk.spec").read_text(encoding="utf-8"))
    stamped = [ast.literal_eval(node.value) for node in ast.walk(spec) if isinstance(node, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == "BUILT_FROM" for t in node.targets)]
    assert stamped == [APP_SOURCES]


def test_the_stamp_is_read_from_the_bundle_or_its_executable(tmp_path: Path) -> None:
    """The start-up figure names the installed program (/opt/trustdesk/trustdesk), the footprint the
    folder: both find the same stamp (the start-up figure called a fresh .deb stale)."""
    bundle = tmp_path / "trustdesk"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "trustdesk").write_bytes(b"\x7fELF")
    stamp = {"commit": "a" * 40, "uncommitted": False}
    (bundle / "_internal" / "resources" / "build.json").write_text(json.dumps(stamp))
    assert build_stamp(bundle) == stamp
    assert build_stamp(bundle / "trustdesk") == stamp
