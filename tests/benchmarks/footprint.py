"""Footprint: what TrustDesk's runtime dependencies take on disk (absolute figures, no baseline).

- the installed size of every distribution TrustDesk needs at run time (the closure of
  ``pyproject.toml``'s ``dependencies``, without the test and build extras), from each
  distribution's own RECORD;
- the frozen one-folder bundle and the ``.deb`` when a build is lying in ``build/`` / ``dist/``
  (``make installer-test`` puts the bundle in ``build/dist``, the package tree in ``build/deb`` and
  the ``.deb`` in ``build/test-pack/dist``; ``make installer-linux`` the ``.deb`` in ``dist/``);
  building one takes minutes, so the benchmark only measures a build that exists and says so, in
  a figure of its own, when there is none.  Both PyInstaller's output and the tree the ``.deb``
  unpacks into /opt/trustdesk are judged (on Debian the spec already leaves the system libraries
  to their packages, so the two differ by little).

    python -m tests.benchmarks.footprint          # the table, per distribution, largest first

Aims (issue 20): bundle ≤ 150 MB unpacked, ``.deb`` ≤ 50 MB; the runtime site-packages ≤ 360 MB
(498 MB with pyqtgraph + numpy + wordfreq, 352 MB without; PySide6-Essentials alone is 238 MB
installed, most of it tools and modules the bundle leaves out), and none of numpy, pyqtgraph or
wordfreq among them.  A figure fails above its aim.  ``make bench`` does not build a bundle (it takes
minutes): without one, or with a bundle built from older app sources than HEAD (the commit
trustdesk.spec stamps into build.json), the run fails and says to run ``make installer-test``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.benchmarks.reference import ReferenceInfo

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
AIM_SITE_PACKAGES_MB = 360.0
AIM_BUNDLE_MB = 150.0
AIM_DEB_MB = 50.0
NEVER_AT_RUN_TIME = ("numpy", "pyqtgraph", "wordfreq")  # gone with issue 20: must not creep back in


def _name(requirement: str) -> tuple[str, str | None]:
    """("name", marker or None) of a requirement string such as ``'foo[bar]>=1; extra == "x"'``."""
    spec, _, marker = requirement.partition(";")
    name = re.split(r"[\s\[<>=!~(]", spec.strip(), maxsplit=1)[0]
    return name, marker.strip() or None


def _applies(marker: str | None) -> bool:
    if marker is None:
        return True
    if "extra" in marker:
        return False  # extras (test, build, optional features) are not installed for the runtime
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - pip and pytest both bring packaging
        return True
    return bool(Marker(marker).evaluate())


def declared_dependencies() -> list[str]:
    """The runtime ``dependencies`` of this checkout's pyproject.toml (not the installed metadata,
    which an editable install only refreshes when reinstalled)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [_name(r)[0] for r in project["dependencies"] if _applies(_name(r)[1])]


def runtime_distributions() -> list[str]:
    """Every installed distribution TrustDesk needs at run time (the requirement closure), by name."""
    seen: dict[str, str] = {}
    todo = declared_dependencies()
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist.metadata["Name"]
        for requirement in dist.requires or []:
            dep, marker = _name(requirement)
            if _applies(marker):
                todo.append(dep)
    return sorted(seen.values(), key=str.lower)


def installed_bytes(name: str) -> int:
    """The bytes of a distribution's installed files (its RECORD), compiled bytecode included."""
    dist = metadata.distribution(name)
    total = 0
    for file in dist.files or []:
        path = Path(str(dist.locate_file(file)))
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total


def site_packages() -> dict[str, float]:
    """MB per runtime distribution."""
    return {name: installed_bytes(name) / MB for name in runtime_distributions()}


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundle_folder() -> Path | None:
    for candidate in (ROOT / "build" / "dist" / "trustdesk", ROOT / "dist" / "trustdesk"):
        if (candidate / "trustdesk").is_file():
            return candidate
    return None


def installed_folder() -> Path | None:
    """What the .deb puts in /opt/trustdesk (build_deb.sh's staging tree): the bundle without the
    copies of system libraries that Debian packages provide."""
    staged = sorted(ROOT.glob("build/deb/trustdesk_*/opt/trustdesk"), key=lambda p: p.stat().st_mtime)
    return staged[-1] if staged else None


INSTALLED = Path("/opt/trustdesk")


def installed_is_build() -> bool | None:
    """Whether the bundle installed in /opt/trustdesk is the build lying in build/ (its program, which
    carries the whole Python archive, is byte-identical); None when either is missing."""
    staged = installed_folder()
    program = INSTALLED / "trustdesk"
    if staged is None or not program.is_file():
        return None
    return program.read_bytes() == (staged / "trustdesk").read_bytes()


APP_SOURCES = ("trustdesk", "resources", "installer", "main.py", "pyproject.toml")  # what a bundle is built of


def build_stamp(bundle: Path) -> dict[str, object] | None:
    """The build.json a bundle carries (trustdesk.spec writes its date, commit, uncommitted changes).
    ``bundle``: the one-folder bundle or its executable (the start-up figure knows the program it starts:
    read from the executable itself, the folder's stamp was never found and a fresh .deb was judged stale)."""
    import json

    if bundle.is_file():
        bundle = bundle.parent
    for where in (bundle / "_internal" / "resources", bundle / "resources"):
        try:
            data = json.loads((where / "build.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return data if isinstance(data, dict) else None
    return None


def stale_sources(stamp: dict[str, object] | None, root: Path = ROOT) -> tuple[int | None, str]:
    """(app files changed between the commit a bundle was built from and HEAD, why); None when it
    cannot be told (no stamp, an unknown commit): a bundle that cannot say what it is counts as stale."""
    import subprocess

    commit = stamp.get("commit") if stamp else None
    if not isinstance(commit, str) or not commit:
        return None, "stale build: the bundle names no commit (built before builds were stamped)"
    if stamp and stamp.get("uncommitted"):
        return None, f"stale build: built from uncommitted changes on {commit[:9]}"
    out = subprocess.run(["git", "-C", str(root), "diff", "--name-only", commit, "HEAD", "--", *APP_SOURCES],
                         capture_output=True, text=True)
    if out.returncode != 0:
        return None, f"stale build: its commit {commit[:9]} is not in this checkout"
    changed = out.stdout.split()
    if changed:
        return len(changed), (f"stale build: {len(changed)} app files changed since {commit[:9]} "
                              f"(e.g. {', '.join(changed[:3])})")
    return 0, f"built from {commit[:9]}; no app file changed since"


def freshness(bundle: Path | None, label: str) -> Figure:
    """That the bundle measured (sizes, start-up) is the app of this checkout, not one built commits ago."""
    name = f"{label}: built from HEAD's app sources"
    aim = "0 app files changed since its commit (absolute)"
    rebuild = " (`make installer-test` builds and installs the current one)"
    if bundle is None:
        return Figure(name, None, "files", None, None, aim, False, f"no bundle: not measured{rebuild}")
    changed, why = stale_sources(build_stamp(bundle))
    return Figure(name, None if changed is None else float(changed), "files", None, None, aim, changed == 0,
                  f"{bundle}: {why}" + ("" if changed == 0 else rebuild))


def deb_file() -> Path | None:
    debs = sorted([*ROOT.glob("dist/trustdesk_*.deb"), *ROOT.glob("build/test-pack/dist/trustdesk_*.deb")],
                  key=lambda p: p.stat().st_mtime)
    return debs[-1] if debs else None


def footprint(_ref: ReferenceInfo | None = None) -> list[Figure]:
    sizes = site_packages()
    total = sum(sizes.values())
    top = ", ".join(f"{name} {mb:.0f}" for name, mb in sorted(sizes.items(), key=lambda kv: -kv[1])[:5])
    unwanted = [name for name in sizes if name.lower() in NEVER_AT_RUN_TIME]
    figures = [Figure("site-packages of the runtime dependencies", total, "MB", None, None,
                      f"≤ {AIM_SITE_PACKAGES_MB:.0f} MB (absolute), no {'/'.join(NEVER_AT_RUN_TIME)}",
                      total <= AIM_SITE_PACKAGES_MB and not unwanted,
                      f"absolute; {len(sizes)} distributions, largest: {top}"
                      + (f"; UNWANTED: {', '.join(unwanted)}" if unwanted else ""))]
    bundle = bundle_folder()
    installed = installed_folder()
    if bundle is None and installed is None:
        figures.append(Figure("one-folder bundle / .deb", None, "MB", None, None,
                              f"≤ {AIM_BUNDLE_MB:.0f} MB / ≤ {AIM_DEB_MB:.0f} MB (absolute)", False,
                              "NO BUILD in build/dist or build/deb: bundle and .deb not measured "
                              "(`make installer-test` builds, installs and tests one, then make bench measures it)"))
    if bundle is not None:
        mb = _tree_bytes(bundle) / MB
        figures.append(Figure("one-folder bundle (PyInstaller output)", mb, "MB", None, None,
                              f"≤ {AIM_BUNDLE_MB:.0f} MB (absolute)", mb <= AIM_BUNDLE_MB,
                              f"absolute; {bundle.relative_to(ROOT)} (on Debian without the system libraries "
                              "the .deb depends on)"))
    if installed is not None:
        mb = _tree_bytes(installed) / MB
        on_machine = {True: "this build is the one installed in /opt/trustdesk",
                      False: "/opt/trustdesk holds ANOTHER build (make installer-test installs this one)",
                      None: "not installed on this machine"}[installed_is_build()]
        figures.append(Figure("bundle as the .deb installs it (/opt/trustdesk)", mb, "MB", None, None,
                              f"≤ {AIM_BUNDLE_MB:.0f} MB (absolute)", mb <= AIM_BUNDLE_MB,
                              f"absolute; {installed.relative_to(ROOT)}; {on_machine}"))
    figures.append(freshness(INSTALLED if (INSTALLED / "trustdesk").is_file() else None,
                             "installed bundle (/opt/trustdesk)"))
    if bundle is not None:
        figures.append(freshness(bundle, "built bundle"))
    deb = deb_file()
    if deb is not None:
        mb = deb.stat().st_size / MB
        figures.append(Figure(".deb", mb, "MB", None, None, f"≤ {AIM_DEB_MB:.0f} MB (absolute)", mb <= AIM_DEB_MB,
                              f"absolute; {deb.relative_to(ROOT)}"))
    if _ref is not None and _ref.scale == "smoke":  # make test: that this code runs, no build needed
        figures = [replace(f, passed=None) if f.value is None else f for f in figures]
    return figures


def _print(rows: Iterable[tuple[str, float]]) -> None:
    for name, mb in rows:
        print(f"  {name:<28} {mb:8.1f} MB")


def main() -> int:
    sizes = site_packages()
    print(f"runtime dependencies of trustdesk ({sys.prefix}):")
    _print(sorted(sizes.items(), key=lambda kv: -kv[1]))
    print(f"  {'total':<28} {sum(sizes.values()):8.1f} MB")
    failed = False
    for figure in footprint():
        value = "n/a" if figure.value is None else f"{figure.value:.1f} {figure.unit}"
        print(f"{figure.figure}: {value} (aim {figure.aim}) {figure.note}")
        failed |= figure.passed is False
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
