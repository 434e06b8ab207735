"""Every file TrustDesk writes is created at a random name with O_EXCL, never through a link, in
the target's own folder (trustdesk/vault/files.py), and every writer in the tree is one of the
writers exercised here.

Attack: in a shared folder another user pre-creates the name our temp file will have as a symlink
to a file they own; a write that follows it hands them the plaintext.  Each writer runs with
symlinks planted at every name it could predictably use (the old ``.<name>.tmp-<pid>``, the target
itself, and the random names it is about to draw): the victim file stays empty, every planted link
stays a link, and the write either succeeds or fails cleanly.
"""

from __future__ import annotations

import ast
import functools
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trustdesk.vault.files as files
from tests.conftest import PASSPHRASE
from tests.vault_copies import VaultTemplates
from trustdesk.domain import Case
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.access_export import write_access_export
from trustdesk.vault.backup import BackupService, write_backup
from trustdesk.vault.backup_file import BackupFailed

ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.7\n% stand-in\n%%EOF\n"

# The functions of files.py that create files, and every place in trustdesk/ that calls one.
CREATORS = {"atomic_write_bytes", "AtomicFile", "create_new", "atomic_copy", "copy_new", "install_file", "can_write"}
# caller (module stem:function) -> the scenario below that exercises it, or why none is needed.
KNOWN_WRITERS = {
    "keyslots:write": "header",
    "single_instance:mark_closing": "atomic_write_bytes (the instance lock's closing mark: a process id, no case data)",
    "backup:write_backup": "backup",
    "access_export:write_access_export": "access export",
    "open_checks:safety_copy": "safety copy",
    "backup_file:extract_copy": "scratch: random name in the data folder or a private temp dir, create_new",
    "backup_file:export_copy": "scratch: random name (scratch_path), create_new",
    "db:open": "vault.db in the private data folder, create_new",
    "kept_aside:keep_aside": "into a directory just made by mkdir (refuses an existing name), copy_new",
    "restore:restore_backup": "installs its own scratch file (create_new) onto vault.db",
    "key_changes:finish_rekey": "installs the re-keyed copy (made by export_copy, create_new) onto vault.db",
    "pack_cli:_write_new": "create_new: a key file is never overwritten",
    "pack_cli:_write_atomic": "atomic_write_bytes",
    "handover:save_handover": "atomic_write_bytes (the file first, then the handover record)",
    "queries:write_audited": "atomic_write_bytes (document_output.write_document's worker: the file, then the audit)",
    "audit_head:write_record": "atomic_write_bytes (the audit head record beside the vault)",
    "coordinator:init": "atomic_write_bytes (coordinator desk)",
    "coordinator:_migrate_key_file": "atomic_write_bytes (identity.age rewritten as identity.key; the old file "
                                     "removed only once the new one opens)",
    "coordinator:add_card": "atomic_write_bytes (coordinator desk)",
    "coordinator:_freeze": "atomic_write_bytes (coordinator desk)",
    "coordinator_cli:_intake": "atomic_write_bytes",
    "draft:save_draft": "atomic_write_bytes (the desk's pack draft, sealed to the desk's own key)",
    "coordinator_cli:_card": "atomic_write_bytes (a public key card)",
    "exchange_files:write_file": "atomic_write_bytes",
    "figures_cli:_merge": "atomic_write_bytes",
    "support_code:write": "atomic_write_bytes (PySide6's compiled support code, at make: library code, no case data)",
}
# Raw writes that create nothing and follow no planted name, with the reason (file, call) -> why.
ALLOWED_RAW = {
    ("trustdesk/vault/sidecars.py", "open"): "puts back the bytes of our own -shm after a refused open (r+b, in place)",
    ("trustdesk/vault/restore.py", "open"): "overwrites kept-aside files of ours before unlinking them (r+b, "
                                            "links skipped)",
    ("trustdesk/vault/key_changes.py", "open"): "fsync_file: opens an existing file of ours r+b only to fsync it",
    ("trustdesk/exchange/coordinator.py", "open"): "appends to the coordinator desk's own log (no case data)",
    ("trustdesk/exchange/coordinator.py", "os.open"): "the opener of that append: creates the log 0600",
    ("trustdesk/exchange/desk_lock.py", "os.open"): "the desk's empty lock file (0600, no link followed): held "
                                                    "for an OS lock, nothing is ever written into it",
    ("trustdesk/cli/__init__.py", "os.open"): "opens the null device to silence a closed pipe (| head -1): no file",
}
# Anything else that could write a file; allowed in files.py only.
FORBIDDEN_CALLS = {"os.open", "os.replace", "os.rename", "os.renames", "os.link", "os.symlink", "shutil.copy",
                   "shutil.copy2", "shutil.copyfile", "shutil.move", "tempfile.mkstemp",
                   "tempfile.NamedTemporaryFile", "tempfile.TemporaryFile", "tempfile.SpooledTemporaryFile"}
FORBIDDEN_METHODS = {"write_bytes", "write_text", "rename", "symlink_to", "hardlink_to"}


@functools.cache
def _parsed() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
                 for path in sorted((ROOT / "trustdesk").rglob("*.py")))


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    yield from _parsed()


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _calls(tree: ast.Module) -> Iterator[tuple[str, ast.Call]]:
    """(enclosing function name, call) for every call in the module."""
    def walk(node: ast.AST, function: str) -> Iterator[tuple[str, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call):
                yield function, child
            yield from walk(child, name)
    yield from walk(tree, "<module>")


def _write_mode(call: ast.Call) -> bool:
    mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
    if mode is None:
        return False
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(c in mode.value for c in "wax+")
    return True  # a computed mode: treat as writing


def _literal_write_mode(call: ast.Call) -> bool:
    modes = [a for a in call.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    modes += [k.value for k in call.keywords if k.arg == "mode" and isinstance(k.value, ast.Constant)]
    return any(isinstance(m, ast.Constant) and isinstance(m.value, str) and any(c in m.value for c in "wax+")
               for m in modes)


def test_no_writer_outside_files_py() -> None:
    """The only code that creates, renames or opens files for writing is trustdesk/vault/files.py."""
    found = []
    for path, tree in _modules():
        if path == ROOT / "trustdesk" / "vault" / "files.py":
            continue
        for _function, call in _calls(tree):
            name = _dotted(call.func)
            where = f"{path.relative_to(ROOT)}:{call.lineno} {name}"
            if (str(path.relative_to(ROOT)), name) in ALLOWED_RAW:
                continue
            if name in FORBIDDEN_CALLS:
                found.append(where)
            elif name in ("open", "io.open", "os.fdopen") and _write_mode(call):
                if name == "os.fdopen" and call.args and isinstance(call.args[0], ast.Call) \
                        and _dotted(call.args[0].func).split(".")[-1] == "create_new":
                    continue  # a file create_new just made
                found.append(where)
            elif isinstance(call.func, ast.Attribute) and call.func.attr in FORBIDDEN_METHODS:
                found.append(where)
            elif isinstance(call.func, ast.Attribute) and call.func.attr == "open" and _literal_write_mode(call) \
                    and not _dotted(call.func).endswith("archive.open"):  # Path.open("w"); a zip member is not a file
                found.append(where)
    assert not found, "write files through trustdesk.vault.files only:\n" + "\n".join(found)


def test_every_writer_is_known() -> None:
    """Each call of a files.py creator is a writer this file knows (a new one must be added here)."""
    callers = set()
    for path, tree in _modules():
        if path.name == "files.py" and path.parent.name == "vault":
            continue
        for function, call in _calls(tree):
            if _dotted(call.func).split(".")[-1] in CREATORS:
                callers.add(f"{path.stem}:{function}")
    assert callers == set(KNOWN_WRITERS), (f"new writers: {sorted(callers - set(KNOWN_WRITERS))}; "
                                           f"gone: {sorted(set(KNOWN_WRITERS) - callers)}")


# -- the writers, run against planted links -------------------------------------------------------

Writer = Callable[[Vault, Path], list[Path]]


def _header(vault: Vault, folder: Path) -> list[Path]:
    vault.header.write(folder / "keyslots.json")
    return [folder / "keyslots.json"]


def _backup(vault: Vault, folder: Path) -> list[Path]:
    write_backup(vault, folder / "TrustDesk-backup.tdbackup")
    return [folder / "TrustDesk-backup.tdbackup"]


def _access_export(vault: Vault, folder: Path) -> list[Path]:
    case = vault.cases.list()[0]
    assert case.id is not None
    return list(write_access_export(vault, case.id, folder, PDF))


def _document(vault: Vault, folder: Path) -> list[Path]:  # documents, CSV, handover, packs
    files.atomic_write_bytes(folder / "C-2026-001 summary.pdf", PDF)
    return [folder / "C-2026-001 summary.pdf"]


def _safety_copy(vault: Vault, folder: Path) -> list[Path]:
    from trustdesk.vault.open_checks import safety_copy

    return [safety_copy(vault.db, 1)]


WRITERS: dict[str, Writer] = {"header": _header, "backup": _backup, "access export": _access_export,
                              "document": _document, "safety copy": _safety_copy}


def test_every_scenario_is_named_by_a_writer() -> None:
    assert set(WRITERS) <= set(KNOWN_WRITERS.values()) | {"document"}


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory, vault_templates: VaultTemplates) -> Iterator[Vault]:
    data_dir = tmp_path_factory.mktemp("vault") / "data"
    vault = vault_templates.copy(data_dir, PASSPHRASE, keychain=Keychain.none())
    vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), doctor_name="Dr Qzwanhilde"))
    yield vault
    vault.lock()


class Planted:
    """Symlinks to a victim file at every name a writer could use, and the random draws made to
    land on planted names first."""

    def __init__(self, folder: Path, victim: Path, monkeypatch: pytest.MonkeyPatch, planted_draws: int) -> None:
        self.folder, self.victim = folder, victim
        self.links: list[Path] = []
        self.targets: set[Path] = set()
        self.draws = [f"{i:016x}" for i in range(planted_draws)]
        real = secrets.token_hex
        queue = list(self.draws)

        def token_hex(n: int | None = None) -> str:
            return queue.pop(0) if queue and n == 8 else real(n)

        monkeypatch.setattr(files.secrets, "token_hex", token_hex)

    def plant(self, target: Path, *, target_too: bool) -> None:
        names = [f".{target.name}.tmp-{os.getpid()}"]  # the old predictable name
        names += [f".{target.name[:80]}.tmp-{os.getpid()}-{draw}" for draw in self.draws]
        if target_too:
            names.append(target.name)
            self.targets.add(target)
        for name in names:
            link = target.with_name(name)
            if not link.is_symlink():
                link.symlink_to(self.victim)
                self.links.append(link)

    def check(self) -> None:
        assert self.victim.read_bytes() == b"", "a write followed a planted link"
        for link in self.links:
            if link in self.targets:  # the write replaced the link itself (os.replace never follows)
                continue
            assert link.is_symlink(), f"{link.name} was replaced by something else"
            if link.is_symlink():
                assert Path(os.readlink(link)) == self.victim


def _targets(name: str, vault: Vault, folder: Path) -> list[Path]:
    if name == "safety copy":  # its name carries the time: the next few seconds' names
        from datetime import datetime, timedelta

        start = datetime.now()
        return [folder / f"vault.db.before-schema-1-{start + timedelta(seconds=s):%Y%m%d%H%M%S}" for s in range(4)]
    if name == "access export":
        code = vault.cases.list()[0].code
        return [folder / f"{code}-access.json", folder / f"{code}-access.pdf"]
    return {"header": [folder / "keyslots.json"], "backup": [folder / "TrustDesk-backup.tdbackup"],
            "document": [folder / "C-2026-001 summary.pdf"]}[name]


@pytest.mark.parametrize("name", sorted(WRITERS))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draws=st.integers(min_value=0, max_value=5), target_too=st.booleans())
def test_planted_links_are_never_followed(name: str, draws: int, target_too: bool, shared_vault: Vault,
                                          tmp_path_factory: pytest.TempPathFactory,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("shared")
    folder = shared_vault.data_dir if name == "safety copy" else base / "folder"
    folder.mkdir(exist_ok=True)
    victim = base / "attacker-owned"
    victim.write_bytes(b"")
    with monkeypatch.context() as patch:
        planted = Planted(folder, victim, patch, draws)
        for target in _targets(name, shared_vault, folder):
            planted.plant(target, target_too=target_too)
        made = WRITERS[name](shared_vault, folder)
        planted.check()
        for path in made:
            assert path.is_file() and not path.is_symlink()
            assert path.stat().st_mode & 0o077 == 0, f"{path.name} is not owner-only"
            path.unlink()
        for link in planted.links:
            link.unlink(missing_ok=True)
    leftovers = [p.name for p in folder.iterdir() if ".tmp-" in p.name]
    assert not leftovers


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_creating_open_is_exclusive_and_in_the_target_folder(name: str, shared_vault: Vault,
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = shared_vault.data_dir if name == "safety copy" else tmp_path
    seen: list[tuple[str, int]] = []
    real_open = os.open

    def recording_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777, **kw: object) -> int:
        seen.append((os.fspath(path), flags))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", recording_open)
    made = WRITERS[name](shared_vault, folder)
    monkeypatch.undo()
    creating = [(p, f) for p, f in seen if f & os.O_CREAT]
    assert creating, "the writer created no file through os.open"
    for path, flags in creating:
        assert flags & os.O_EXCL, f"{path}: O_CREAT without O_EXCL"
        assert not flags & os.O_TRUNC, f"{path}: O_TRUNC"
        if hasattr(os, "O_NOFOLLOW"):
            assert flags & os.O_NOFOLLOW, f"{path}: follows links"
    temps = [Path(p) for p, _ in creating if ".tmp-" in Path(p).name]
    for temp in temps:  # ".<target>.tmp-<pid>-<hex>": the target is beside it once renamed
        target = temp.with_name(temp.name[1:].rsplit(".tmp-", 1)[0])
        assert target.exists() or any(m.name.startswith(target.name) for m in made), \
            f"{temp} did not become a file in its own folder"
    assert {m.parent for m in made} <= {t.parent for t in temps}, "a file was written without a temp beside it"
    for path in made:
        path.unlink()


def test_a_name_that_stays_taken_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When every draw lands on a planted name the write fails; nothing is followed or left."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"")
    monkeypatch.setattr(files.secrets, "token_hex", lambda n=None: "ab" * 8)
    target = tmp_path / "letter.pdf"
    files.temp_name(target).symlink_to(victim)
    with pytest.raises(FileExistsError):
        files.atomic_write_bytes(target, PDF)
    assert victim.read_bytes() == b"" and not target.exists()


# -- item 18: temp files of killed writers are swept from every folder we write to ---------------

def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True)
    return int(child.stdout)


@pytest.mark.parametrize("name", ["TrustDesk-1a2b3c4d-20261206-053000.tdbackup", "C-2026-001 summary (2).pdf",
                                  "keyslots.json", "éé ünïcode – name.csv"])
def test_leftovers_of_dead_writers_are_swept_where_we_write(name: str, tmp_path: Path) -> None:
    dead = _dead_pid()
    old_style = tmp_path / f".{name}.tmp-{dead}"
    new_style = tmp_path / f".{name[:80]}.tmp-{dead}-{secrets.token_hex(8)}"
    mine = tmp_path / f".{name}.tmp-{os.getpid()}-{secrets.token_hex(8)}"
    for leftover in (old_style, new_style, mine):
        leftover.write_bytes(b"x" * 1000)
    users_own = tmp_path / f"{name}.tmp-{dead}"  # no leading dot: not one of ours
    users_own.write_bytes(b"keep")
    files.atomic_write_bytes(tmp_path / "other.pdf", PDF)
    assert not old_style.exists() and not new_style.exists()
    assert mine.exists() and users_own.exists()


def test_a_killed_backup_leaves_nothing_after_the_next_one(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """Real kills (SIGKILL from inside the backup at three points), then one more backup into the
    same folder: the folder holds backups only; the next unlock sweeps the data folder."""
    import subprocess
    import sys

    data_dir = tmp_path / "data"
    folder = tmp_path / "backups"
    folder.mkdir()
    new_vault(data_dir, keychain=Keychain.none()).lock()
    child = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import trustdesk.vault.backup as backup\n"
        "from trustdesk.vault import Keychain, Vault\n"
        "vault = Vault.unlock(Path(sys.argv[1]), sys.argv[3], keychain=Keychain.none())\n"
        "point = sys.argv[4]\n"
        "def die(*a, **k):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "setattr(backup, point, die)\n"
        "backup.BackupService(vault).run_automatic(Path(sys.argv[2]))\n"
    )
    for point in ("check_copy", "read_header", "extract_copy"):
        run = subprocess.run([sys.executable, "-c", child, str(data_dir), str(folder), PASSPHRASE, point],
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
        assert run.returncode == -9, run.stderr.decode()
    assert [p for p in folder.iterdir() if ".tmp-" in p.name], "the kills left no temp file (test is moot)"
    vault = Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".td-")]
        result = BackupService(vault).run_automatic(folder)
    finally:
        vault.lock()
    assert [p.name for p in folder.iterdir()] == [result.path.name]


# -- item 19: a full disk is called a full disk -------------------------------------------------

def _mount_tmpfs(folder: Path, size: str) -> bool:
    import subprocess

    return os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                                 str(folder)], capture_output=True).returncode == 0


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(folder / "filler", "wb") as handle:
        remaining = max(0, free - leave)
        while remaining > 0:
            try:
                handle.write(b"\0" * min(remaining, 1 << 20))
            except OSError:
                break
            remaining -= 1 << 20


def test_backup_on_a_full_disk_says_the_disk_is_full(tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    """Data folder and backup folder on one small disk, filled to free-space levels from none to
    almost two copies of the vault: every failed backup says which disk is full (never 'did not
    verify'), leaves no file behind, and both disks' cases are met."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount_tmpfs(disk, "8m"):
        pytest.skip("cannot mount a small tmpfs here")
    import subprocess

    reasons = []
    try:
        data_dir, folder = disk / "data", disk / "backups"
        folder.mkdir()
        vault = new_vault(data_dir, keychain=Keychain.none())
        try:
            for i in range(40):
                vault.cases.add(Case(code="", opened_on=date(2026, 10, 1), doctor_name=f"Dr {i}",
                                     details="x" * 20_000))
            vault.db.checkpoint()
            size = (data_dir / "vault.db").stat().st_size
            for leave in (0, 8 << 10, 64 << 10, size // 2, size + size // 4, size + size // 2, 2 * size - 65536):
                _fill(disk, leave)
                try:
                    BackupService(vault).run_automatic(folder)
                except BackupFailed as exc:
                    assert "full" in str(exc) and "verify" not in str(exc), str(exc)
                    assert exc.reason in ("vault-disk-full", "backup-disk-full")
                    reasons.append(exc.reason)
                else:
                    reasons.append("ok")
                (disk / "filler").unlink()
                assert all(p.name.endswith(".tdbackup") for p in folder.iterdir()), list(folder.iterdir())
                assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".td-")]
                for made in folder.iterdir():
                    made.unlink()
        finally:
            (disk / "filler").unlink(missing_ok=True)
            vault.lock()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)
    assert {"vault-disk-full", "backup-disk-full"} <= set(reasons), reasons


def test_nothing_is_made_in_the_shared_temp_folder() -> None:
    """The system's temp folder is shared and outlives a killed process: trustdesk/ never makes a file or
    folder there.  A scratch copy goes to ``files.private_scratch_dir()`` (0700, swept of killed
    processes' leftovers) -- every ``tempfile`` call names that folder as its ``dir``."""
    found = []
    for path, tree in _modules():
        for _function, call in _calls(tree):
            name = _dotted(call.func)
            if not name.startswith("tempfile."):
                continue
            folder = next((k.value for k in call.keywords if k.arg == "dir"), None)
            if folder is None or "private_scratch_dir" not in _dotted(getattr(folder, "func", folder)):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno} {name}")
    assert found == [], found


# Who may put something in the private scratch folder, and why what it puts there is never plaintext case
# data.  A new use must be added here with its reason (and a test that proves it).
SCRATCH_USERS = {
    "trustdesk/vault/restore.py": "inspect_backup: a copy of the backup's database, still encrypted under the "
                                  "backup key (tests/vault/test_inspect_scratch.py checks it is no plain SQLite; "
                                  "tests/security/test_scratch_holds_no_plaintext.py scans the folder for case words "
                                  "while the check reads it)",
    "trustdesk/cli/selftest.py": "a throw-away vault of made-up data only, encrypted; the selftest reads every "
                                 "file it leaves for its own note (tests/security/test_plaintext_on_disk.py)",
    "trustdesk/vault/files.py": "defines the folder and sweeps it",
}


def test_only_known_writers_use_the_private_scratch_folder() -> None:
    """The private scratch folder (files.private_scratch_dir / scratch_folder) is the one place outside the
    data folder where TrustDesk makes files of its own: only the writers above may use it."""
    users = set()
    for path, tree in _modules():
        for _function, call in _calls(tree):
            if _dotted(call.func).split(".")[-1] in {"private_scratch_dir", "scratch_folder"}:
                users.add(path.relative_to(ROOT).as_posix())
    assert users <= set(SCRATCH_USERS), sorted(users - set(SCRATCH_USERS))
    assert "trustdesk/cli/selftest.py" in users and "trustdesk/vault/restore.py" in users  # the scan sees calls
