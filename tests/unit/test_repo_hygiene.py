"""The repository stands on its own: no path of one machine and no reference to a design file that
is not in the repository (a section sign after DESIGN); ARCHITECTURE.md is where the design is explained."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Home folders and this project's build machines; macOS and Windows home folders too.  The roots are
# spelled in pieces so that this file holds no machine path itself and is scanned like every other.
_ROOTS = ("work/", "home/" + r"\w", "root/", "Users/" + r"\w")
MACHINE_PATH = re.compile(r"(?<![\w.~-])/(?:" + "|".join(_ROOTS) + r")|[A-Z]:\\Users\\")
DESIGN_REF = re.compile(r"DESIGN(\.md)? ?§")
BINARY = (".png", ".ico", ".icns", ".qm", ".pdf", ".zip", ".ttf", ".otf", ".woff", ".db", ".jpg", ".gz")


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in out.decode().split("\0") if name and not name.endswith(BINARY)]


def problems(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for pattern, what in ((MACHINE_PATH, "a machine path"), (DESIGN_REF, "a design file outside the repo")):
            match = pattern.search(line)
            if match:
                found.append(f"{number}: {what}: {line.strip()[:100]}")
    return found


def test_no_machine_paths_or_outside_design_references() -> None:
    files = _tracked_files()
    assert any(f.name == "ARCHITECTURE.md" for f in files)
    found = []
    for path in files:
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{path.relative_to(ROOT)}:{p}" for p in problems(text)]
    assert found == [], "\n".join(found)


def test_the_check_can_fail() -> None:
    slash = "/"
    work = "work"  # spelled in pieces: this file is scanned too, by us and by others
    for bad in [f"see {slash}{work}{slash}shared/DESIGN.md", "(DESIGN " + "§3)", f"cp x {slash}home/alice/", f"open {slash}root/.ssh",
                "C:\\Users\\jan\\Desktop", f"{slash}Users/marie/Documents", "DESIGN.md " + "§2"]:
        assert problems(bad), bad
    for good in ["see ARCHITECTURE.md, Layers", f"~{slash}{work}{slash}notes is fine as an example?",
                 f"a{slash}{work}{slash}b", "https://example.org/home/page", "Path.home() / 'Documents'",
                 f"tests{slash}{work}{slash}"]:
        assert not problems(good), good


def tracked_links(ls_files_stage: str) -> list[str]:
    """Tracked symbolic links (git mode 120000) in ``git ls-files -s`` output: a link points at one
    machine's folder (a worktree's link to a shared cache once replaced that cache on a merge)."""
    return [line.split("\t", 1)[1] for line in ls_files_stage.splitlines() if line.startswith("120000 ")]


def test_no_symbolic_links_are_tracked() -> None:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-s"], capture_output=True, check=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    assert tracked_links(out.stdout) == []
    assert tracked_links("120000 918825c55bc746a302cf32c3a34066ee3f5c7ae8 0\t.bench-cache\n"
                         "100644 e69de29bb2d1d6484b0b3cb2ad5bc64f0d4a3f5c 0\tREADME.md\n") == [".bench-cache"]
