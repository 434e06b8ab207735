"""Settings' "Built on" for a run from a source checkout says what a person understands: a development
version, not released, and which commit it is (issue 18, outside tester: "Gebouwd op: ontwikkelversie"
said nothing).  ``build_info.checkout`` reads the checkout's ``.git`` files (no git program is run):
a plain clone, a worktree (``.git`` a file naming its folder), a packed branch, a detached HEAD."""

from __future__ import annotations

from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk import build_info
from trustdesk.build_info import Checkout
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.queries import ReleaseState

SHAS = st.text(alphabet="0123456789abcdef", min_size=40, max_size=40)
STAMP = 1_796_000_000  # 2026-11-30 00:53 (UTC)


def _log(gitdir: Path, sha: str, other: str) -> None:
    (gitdir / "logs").mkdir(parents=True, exist_ok=True)
    lines = [f"{'0' * 40} {other} A <a@b> {STAMP - 86_400 * 30} +0100\tclone",
             f"{other} {sha} A <a@b> {STAMP} +0100\tcommit: x",
             f"{sha} {other} A <a@b> {STAMP + 86_400} +0100\tcheckout: elsewhere"]
    (gitdir / "logs" / "HEAD").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _layout(root: Path, kind: str, sha: str) -> None:
    other = "f" * 40 if sha != "f" * 40 else "e" * 40
    if kind == "worktree":
        common = root / "main.git"
        gitdir = common / "worktrees" / "wt"
        gitdir.mkdir(parents=True)
        (root / ".git").write_text(f"gitdir: {gitdir}\n", encoding="utf-8")
        (gitdir / "commondir").write_text("../..\n", encoding="utf-8")
    else:
        common = gitdir = root / ".git"
        gitdir.mkdir(parents=True)
    if kind == "detached":
        (gitdir / "HEAD").write_text(sha + "\n", encoding="utf-8")
    else:
        (gitdir / "HEAD").write_text("ref: refs/heads/work\n", encoding="utf-8")
    if kind == "packed":
        (common / "packed-refs").write_text(f"# pack-refs with: peeled\n{other} refs/heads/main\n"
                                            f"{sha} refs/heads/work\n", encoding="utf-8")
    elif kind != "detached":
        (common / "refs" / "heads").mkdir(parents=True)
        (common / "refs" / "heads" / "work").write_text(sha + "\n", encoding="utf-8")
    _log(gitdir, sha, other)


@pytest.mark.parametrize("kind", ["clone", "worktree", "packed", "detached"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sha=SHAS)
def test_a_checkout_names_its_commit_and_day(tmp_path_factory: pytest.TempPathFactory, kind: str, sha: str) -> None:
    root = tmp_path_factory.mktemp(kind)
    _layout(root, kind, sha)
    assert build_info.checkout(root) == Checkout(sha[:7], "2026-11-30")


def test_settings_name_the_commit_the_app_started_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The outside tester: the line changed from one commit to another within one running app, as the
    checkout moved under it.  The commit is the one the process started from."""
    sha, moved = "a" * 40, "b" * 40
    _layout(tmp_path, "clone", sha)
    real = build_info._read_checkout  # noqa: SLF001 - the running tree stood in for by tmp_path
    monkeypatch.setattr(build_info, "_read_checkout", lambda root: real(root or tmp_path))
    monkeypatch.setattr(build_info, "_running", [])
    build_info.remember_running()
    (tmp_path / ".git" / "refs" / "heads" / "work").write_text(moved + "\n", encoding="utf-8")
    assert build_info.checkout(tmp_path) == Checkout(moved[:7], "")  # the tree did move
    assert build_info.checkout() == Checkout(sha[:7], "2026-11-30")  # what runs did not


def test_the_app_notes_its_commit_once_its_first_window_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk import app

    monkeypatch.setattr(build_info, "_running", [])
    monkeypatch.setattr(app, "_apply_look", lambda _app: None)
    monkeypatch.setattr(app.gc, "enable", lambda: None)  # (the test process keeps its own collector state)
    monkeypatch.setattr("trustdesk.ui.kit.clipboard.guard", lambda: None)
    monkeypatch.setattr("trustdesk.ui.kit.collector.collect_on_ui_thread", lambda: None)
    app._after_first_paint(None)  # type: ignore[arg-type]  # noqa: SLF001
    assert build_info._running  # noqa: SLF001


def test_no_git_or_a_broken_one_is_no_checkout(tmp_path: Path) -> None:
    assert build_info.checkout(tmp_path) is None
    (tmp_path / ".git").mkdir()
    assert build_info.checkout(tmp_path) is None  # no HEAD
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/gone\n", encoding="utf-8")
    assert build_info.checkout(tmp_path) is None  # a branch without a commit
    (tmp_path / ".git" / "HEAD").write_text("a" * 40, encoding="utf-8")
    assert build_info.checkout(tmp_path) == Checkout("aaaaaaa", "")  # no log: the commit alone


def test_this_source_tree_is_a_checkout_when_git_made_it() -> None:
    root = Path(build_info.__file__).resolve().parents[1]
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    found = build_info.checkout()
    assert found is not None and len(found.commit) == 7


WORDS = {"en": ("development version (not released)", "of"),
         "nl": ("ontwikkelversie (niet uitgebracht)", "van"),
         "fr": ("version de développement (non publiée)", "du")}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_settings_says_a_development_version_is_not_released_and_which_commit(
        qtbot: QtBot, translations: Translations, language: str) -> None:
    from trustdesk.ui.shell.release_notice import AboutBox

    switch_language(translations, language)
    about = AboutBox(VaultSession())
    qtbot.addWidget(about)
    said, of = WORDS[language]
    for checkout, want in ((Checkout("65ca8ce", "2026-12-06"), [said, "65ca8ce", f" {of} ", "2026"]),
                           (Checkout("65ca8ce", ""), [said, "65ca8ce"]),
                           (None, [said])):
        about.state = ReleaseState("1.0", "", None, None, checkout)
        about.retranslate()
        text = about.values[1].text()
        assert all(w in text for w in want), (language, checkout, text)
    about.state = ReleaseState("1.0", "2026-12-01", None, None, None)  # an installer's build: its date
    about.retranslate()
    assert about.values[1].text() == "2026-12-01"
