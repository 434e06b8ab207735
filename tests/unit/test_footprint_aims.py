"""The footprint figure of `make bench` (tests/benchmarks/footprint.py) fails when the runtime
dependencies grow past their aim or bring numpy / pyqtgraph / wordfreq back, and passes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks import footprint


def _site(monkeypatch: pytest.MonkeyPatch, sizes: dict[str, float]) -> None:
    monkeypatch.setattr(footprint, "site_packages", lambda: sizes)
    monkeypatch.setattr(footprint, "bundle_folder", lambda: None)
    monkeypatch.setattr(footprint, "installed_folder", lambda: None)
    monkeypatch.setattr(footprint, "deb_file", lambda: None)
    monkeypatch.setattr(footprint, "INSTALLED", Path("/nonexistent/trustdesk"))


def test_the_checkout_passes_its_footprint_aim() -> None:
    names = {name.lower() for name in footprint.runtime_distributions()}
    assert not names & set(footprint.NEVER_AT_RUN_TIME)
    assert {"pyside6-essentials", "reportlab", "zxcvbn"} <= {n.replace("_", "-") for n in names}
    (site,) = [f for f in footprint.footprint() if f.figure.startswith("site-packages")]
    assert site.passed, site


@pytest.mark.parametrize("sizes", [{"PySide6_Essentials": 238.0, "numpy": 1.0},
                                   {"PySide6_Essentials": footprint.AIM_SITE_PACKAGES_MB + 1},
                                   {"pyqtgraph": 0.1}, {"wordfreq": 0.1}])
def test_the_figure_fails_above_the_aim_or_with_an_unwanted_library(monkeypatch: pytest.MonkeyPatch,
                                                                     sizes: dict[str, float]) -> None:
    _site(monkeypatch, sizes)
    site, no_build, _fresh = footprint.footprint()
    assert site.passed is False
    assert no_build.value is None and no_build.passed is False and "NO BUILD" in no_build.note


def test_without_a_build_the_bench_says_so_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """No build, nothing installed: the bundle figures were never measured, and the run fails saying
    what to run (the old rows had no verdict and `make bench` exited 0)."""
    from tests.benchmarks.__main__ import exit_code
    from tests.benchmarks.reference import ReferenceInfo

    _site(monkeypatch, {"PySide6_Essentials": 238.0})
    figures = footprint.footprint()
    assert [f.passed for f in figures] == [True, False, False]
    assert all("make installer-test" in f.note for f in figures[1:])
    assert exit_code(figures) == 1
    smoke = footprint.footprint(ReferenceInfo(Path("."), "smoke", {}, 0))  # make test: not judged
    assert [f.passed for f in smoke] == [True, None, None]


def test_a_bundle_over_the_aim_fails(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _site(monkeypatch, {"PySide6_Essentials": 238.0})
    bundle = tmp_path / "trustdesk"
    bundle.mkdir()
    (bundle / "trustdesk").write_bytes(b"x")
    with open(bundle / "big", "wb") as handle:
        handle.truncate(int((footprint.AIM_BUNDLE_MB + 1) * footprint.MB))  # sparse: no real disk used
    monkeypatch.setattr(footprint, "bundle_folder", lambda: bundle)
    monkeypatch.setattr(footprint, "ROOT", tmp_path)
    figures = {f.figure: f for f in footprint.footprint()}
    assert figures["one-folder bundle (PyInstaller output)"].passed is False
    monkeypatch.setattr(footprint, "installed_folder", lambda: bundle)  # the .deb's tree is judged too
    figures = {f.figure: f for f in footprint.footprint()}
    assert figures["one-folder bundle (PyInstaller output)"].passed is False
    assert figures["bundle as the .deb installs it (/opt/trustdesk)"].passed is False


def test_the_third_party_notices_name_what_is_shipped() -> None:
    """THIRD-PARTY-NOTICES.txt follows pyproject.toml (not a stale editable install's metadata), and
    carries the word lists' CC BY-SA attribution."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("notices", footprint.ROOT / "installer" / "notices.py")
    assert spec is not None and spec.loader is not None
    notices = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(notices)
    shipped = {d.metadata["Name"].lower() for d in notices.runtime_closure()}
    assert not shipped & set(footprint.NEVER_AT_RUN_TIME) and "zxcvbn" in shipped
    text = notices.render()
    assert "resources/wordlists/NOTICE.txt" in text and "Attribution-ShareAlike 4.0" in text
