"""House rule: no module in trustdesk/ is over 500 lines (ARCHITECTURE.md, "The UI by feature").

A longer file is split by responsibility (a form apart from the tab that saves it, the words of a
page apart from the page, the key changes apart from opening the vault).  ``ALLOWED`` is for a file
that truly cannot be split, with the reason; keep it empty.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 500
ALLOWED: dict[str, str] = {}  # path relative to the repository -> why it stays longer


def too_long(files: dict[str, int], limit: int = MAX_LINES, allowed: dict[str, str] | None = None) -> list[str]:
    """The files over ``limit`` lines that are not in ``allowed``, longest first."""
    allowed = ALLOWED if allowed is None else allowed
    return sorted((name for name, lines in files.items() if lines > limit and name not in allowed),
                  key=lambda name: (-files[name], name))


def line_counts(root: Path = ROOT) -> dict[str, int]:
    return {path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
            for path in sorted((root / "trustdesk").rglob("*.py")) if "__pycache__" not in path.parts}


def test_no_module_is_over_500_lines() -> None:
    counts = line_counts()
    assert len(counts) > 100  # the walk found the package
    found = too_long(counts)
    assert not found, "split by responsibility: " + ", ".join(f"{name} ({counts[name]} lines)" for name in found)


def test_the_allow_list_names_only_long_files() -> None:
    counts = line_counts()
    stale = [name for name in ALLOWED if counts.get(name, 0) <= MAX_LINES]
    assert not stale, f"no longer over {MAX_LINES} lines (or gone): remove from ALLOWED: {stale}"


@given(st.dictionaries(st.sampled_from([f"m{i}.py" for i in range(8)]), st.integers(0, 1000)),
       st.sets(st.sampled_from([f"m{i}.py" for i in range(8)])))
def test_the_check_names_exactly_the_long_files_not_allowed(files: dict[str, int], allowed: set[str]) -> None:
    found = too_long(files, allowed=dict.fromkeys(allowed, "reason"))
    assert set(found) == {name for name, n in files.items() if n > MAX_LINES and name not in allowed}
    assert [files[name] for name in found] == sorted((files[name] for name in found), reverse=True)


def test_the_check_fails_on_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "trustdesk").mkdir()
    (tmp_path / "trustdesk" / "short.py").write_text("x = 1\n" * MAX_LINES)
    (tmp_path / "trustdesk" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1))
    assert too_long(line_counts(tmp_path)) == ["trustdesk/long.py"]
