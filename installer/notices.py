"""Write THIRD-PARTY-NOTICES.txt: every library a TrustDesk build ships, with its licence texts.

    python installer/notices.py OUT_FILE

Walks the runtime requirements of the installed ``trustdesk`` distribution (not the test or build
extras) through ``importlib.metadata`` and copies each distribution's licence files.  The Python
runtime's own licence is added from the interpreter that builds the bundle.
"""

from __future__ import annotations

import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> list[str] | None:
    """The checkout's own runtime dependencies (pyproject.toml): an editable install's metadata keeps
    the requirements of the day it was installed, which may name libraries no longer shipped."""
    pyproject = RESOURCES.parent / "pyproject.toml"
    if not pyproject.is_file():
        return None
    import tomllib

    return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])


def runtime_closure(root: str = "trustdesk") -> list[metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    declared = _declared() if root == "trustdesk" else None
    todo = [root] if declared is None else [m.group(1) for r in declared if (m := _NAME.match(r))
                                            and (";" not in r or _marker_holds(r.split(";", 1)[1]))]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and not _marker_holds(requirement.split(";", 1)[1]):
                continue
            match = _NAME.match(requirement)
            if match:
                todo.append(match.group(1))
    seen.pop(_canonical(root), None)
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # without packaging, keep the requirement: a notice too many is harmless
        return True
    return Marker(marker).evaluate()


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    declared = (meta.get("License-Expression") or meta.get("License") or "").strip()
    if declared:
        return declared.splitlines()[0]
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return ", ".join(classifiers)


def render() -> str:
    out = ["TrustDesk — third-party software shipped in this build", "=" * 56, ""]
    out.append(f"Python {sys.version.split()[0]} — PSF-2.0")
    for dist in runtime_closure():
        out.append(f"{dist.metadata['Name']} {dist.version} — {_licence(dist) or 'see licence text below'}")
    data_notices = sorted(RESOURCES.glob("*/NOTICE.txt"))  # data files made from others' work (word lists)
    for notice in data_notices:
        out.append(f"resources/{notice.parent.name} — see its notice below")
    out.append("")
    for notice in data_notices:
        out += ["-" * 72, f"resources/{notice.parent.name}/NOTICE.txt", "-" * 72, notice.read_text(encoding="utf-8")]
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        out += ["-" * 72, f"Python {sys.version.split()[0]}", "-" * 72, python_licence.read_text(errors="replace")]
    for dist in runtime_closure():
        for file in dist.files or []:
            if _LICENSE_FILE.search(str(file)):
                path = Path(str(dist.locate_file(file)))
                if path.is_file() and path.stat().st_size < 512 * 1024:
                    out += ["-" * 72, f"{dist.metadata['Name']} {dist.version}: {file}", "-" * 72,
                            path.read_text(encoding="utf-8", errors="replace")]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    Path(sys.argv[1]).write_text(render(), encoding="utf-8")
