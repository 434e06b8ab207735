"""Every file TrustDesk writes goes through here (the rule a test enforces over the whole tree).

- ``create_new(path)``: a file that must not exist yet, owner-only from its first byte, never
  through a link (``O_CREAT | O_EXCL | O_NOFOLLOW``).
- ``AtomicFile(target)`` / ``atomic_write_bytes(target, data)``: a temp file with a *random* name
  in the target's own folder, created as above, written, fsynced, then ``os.replace``-d onto the
  target and the folder fsynced (electrum's WalletStorage.write, the LUKS rule).  A crash or a
  full disk leaves the old or the new file, never neither nor half.  A name another user could
  predict in a shared folder would let them pre-create it as a symlink and receive the plaintext;
  with a random name and ``O_EXCL`` a pre-created name is refused, never followed.
- ``sweep_scratch(folder)``: temp and scratch files of killed processes are removed; every
  ``AtomicFile`` sweeps its target folder first, so every folder we write to (documents, the
  backup folder, the data folder) is swept when it is written to again.
- ``scratch_folder(purpose)``: a folder of our own in the private scratch folder
  (``<purpose>-<pid>-<random>``, e.g. the selftest's temporary vault); one a killed process left is
  removed by the next ``private_scratch_dir()`` (``sweep_scratch_folders``).  Never plaintext case data:
  its only users are a backup's check copy (still encrypted under the backup key) and the selftest's vault of
  made-up data (encrypted); SQLite's own temp files stay in memory (``db.py``: temp_store = MEMORY).  A test
  (tests/security/test_atomic_writes.py) holds the list of users.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

# O_NOFOLLOW: the last component is never a link (O_EXCL already refuses one; belt and braces).
# O_BINARY/O_NOINHERIT on Windows; O_CLOEXEC where it exists.
_NEW_FILE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0))
_TEMP_NAME_ATTEMPTS = 16
_NAME_KEEP = 80  # characters of the target's name kept in the temp name (filenames stay < 255 bytes)


def fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_new(path: Path, mode: int = 0o600) -> int:
    """Open a new file at ``path`` for writing: FileExistsError when anything (a file, a link, a
    dangling link) is already there; ``mode`` (0600 by default) before the first byte."""
    fd = os.open(path, _NEW_FILE, mode)
    if os.name != "nt":
        try:
            os.fchmod(fd, mode)  # not narrowed by the umask, not widened by it either
        except OSError:
            os.close(fd)
            raise
    return fd


def temp_name(target: Path) -> Path:
    """A fresh random temp name beside ``target``: ``.<name>.tmp-<pid>-<16 hex>``."""
    return target.with_name(f".{target.name[:_NAME_KEEP]}.tmp-{os.getpid()}-{secrets.token_hex(8)}")


class AtomicFile:
    """A new file that becomes ``target`` only on ``commit()``; ``discard()`` (or leaving the
    ``with`` block without commit) removes it.  ``path`` is the temp file (to read back before
    commit), ``file`` the binary handle."""

    def __init__(self, target: Path, mode: int = 0o600) -> None:
        self.target = Path(target)
        sweep_scratch(self.target.parent)
        for attempt in range(_TEMP_NAME_ATTEMPTS):
            candidate = temp_name(self.target)
            try:
                fd = create_new(candidate, mode)
            except FileExistsError:  # a name someone planted (or, once in 2^64, a collision)
                if attempt == _TEMP_NAME_ATTEMPTS - 1:
                    raise
                continue
            break
        self.path = candidate
        self.file: BinaryIO = os.fdopen(fd, "wb")
        self.committed = False

    def write(self, data: bytes) -> None:
        self.file.write(data)

    def sync(self) -> None:
        """Flush and fsync the temp file and close it (idempotent)."""
        if not self.file.closed:
            with self.file:
                self.file.flush()
                os.fsync(self.file.fileno())

    def commit(self) -> None:
        self.sync()
        os.replace(self.path, self.target)
        self.committed = True
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        if not self.committed:
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self.committed:
            self.discard()


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """temp file (``mode`` before any byte, random name, O_EXCL) -> fsync -> os.replace -> fsync the dir."""
    with AtomicFile(Path(path), mode) as out:
        out.write(data)
        out.commit()


def copy_new(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` (``create_new`` rules) and fsync it."""
    with open(source, "rb") as src, os.fdopen(create_new(target), "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` onto ``target`` the ``AtomicFile`` way."""
    with open(source, "rb") as src, AtomicFile(target) as out:
        shutil.copyfileobj(src, out.file, 1 << 20)
        out.commit()


def install_file(source: Path, target: Path) -> None:
    """Move a finished file of ours (made with ``create_new``) onto ``target`` and fsync the folder."""
    os.replace(source, target)
    fsync_dir(Path(target).parent)


def can_write(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (os.access says yes to root on a read-only medium):
    a probe file made the ``create_new`` way and removed at once."""
    probe = temp_name(Path(folder) / "probe")
    try:
        os.close(create_new(probe))
    except OSError:
        return False
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


FOLDER_MISSING, FOLDER_IS_FILE, FOLDER_READ_ONLY, FOLDER_INSIDE_DATA, FOLDER_RELATIVE = (
    "missing", "is-file", "read-only", "inside-data", "relative")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def folder_problem(folder: Path, *, data_dir: Path | None = None) -> str:
    """Why files (backups) cannot go to ``folder`` -- "" when they can: ``FOLDER_RELATIVE`` (not a
    full path), ``FOLDER_INSIDE_DATA`` (the vault's own data folder or inside it: a backup there is
    lost with the disk it should survive), ``FOLDER_IS_FILE``, ``FOLDER_MISSING``, ``FOLDER_READ_ONLY``."""
    folder = Path(folder)
    if not folder.is_absolute():
        return FOLDER_RELATIVE
    if data_dir is not None and _inside(folder, Path(data_dir)):
        return FOLDER_INSIDE_DATA
    if folder.exists() and not folder.is_dir():
        return FOLDER_IS_FILE
    if not folder.is_dir():
        return FOLDER_MISSING
    return "" if can_write(folder) else FOLDER_READ_ONLY


def ensure_private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(directory, 0o700)


def private_scratch_dir() -> Path:
    """The user's own scratch folder (0700, in the user's cache folder, never the shared temp folder),
    swept first of what killed processes left there: a check killed half-way leaves no copy behind."""
    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("TrustDesk", appauthor=False)) / "scratch"
    ensure_private_dir(folder)
    sweep_scratch(folder)
    sweep_scratch_folders(folder)
    return folder


SCRATCH_FOLDER_PURPOSES = frozenset({"selftest"})
# ``<purpose>-<pid>-<mkdtemp's random>``; before the pid was in the name, ``selftest-<8 random>``.
_SCRATCH_FOLDER = re.compile(r"^([a-z]+)-(\d+)-[a-z0-9_]+$")
_OLD_SCRATCH_FOLDER = re.compile(r"^(selftest)-[a-z0-9_]{8}$")
OLD_SCRATCH_FOLDER_AGE = 24 * 3600  # seconds: a selftest takes seconds; one without a pid this old is dead


def scratch_folder(purpose: str) -> Path:
    """A new folder of our own (0700) in the private scratch folder, named for ``purpose`` and this
    process: the caller removes it; if the process is killed first, the next sweep does."""
    if purpose not in SCRATCH_FOLDER_PURPOSES:
        raise ValueError(f"not a scratch folder purpose: {purpose!r}")
    return Path(tempfile.mkdtemp(prefix=f"{purpose}-{os.getpid()}-", dir=private_scratch_dir()))


def _stale_folder(name: str, modified: float) -> bool:
    match = _SCRATCH_FOLDER.match(name)
    if match and match.group(1) in SCRATCH_FOLDER_PURPOSES:
        return not _alive(int(match.group(2)))
    return bool(_OLD_SCRATCH_FOLDER.match(name)) and time.time() - modified > OLD_SCRATCH_FOLDER_AGE


def sweep_scratch_folders(directory: Path) -> list[str]:
    """Remove the scratch folders (``scratch_folder``) killed processes left in ``directory``, the
    private scratch folder: only real folders (never a link, nor what a link inside points to: the
    removal never follows one), owned by this user, named with our prefix, of processes that are
    gone; returns the names removed."""
    removed = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            try:
                if not entry.is_dir(follow_symlinks=False):
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if (uid is not None and info.st_uid != uid) or not _stale_folder(entry.name, info.st_mtime):
                continue
            if not shutil.rmtree.avoids_symlink_attacks:  # a folder swapped for a link mid-walk: leave it
                continue
            with contextlib.suppress(OSError):
                shutil.rmtree(entry.path)
                removed.append(entry.name)
    return removed


# Scratch databases (``.td-<purpose>-<pid>-<hex>.db`` and their journals) and temp files, both
# the old ``.<name>.tmp-<pid>`` and today's ``.<name>.tmp-<pid>-<16 hex>``.
_SCRATCH = re.compile(r"^\.(?:td-[a-z-]+-(\d+)-[0-9a-f]+\.db(?:-journal|-wal|-shm)?|.+\.tmp-(\d+)(?:-[0-9a-f]{16})?)$",
                      re.DOTALL)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # no cheap liveness test: a leftover of a dead process is removed next time
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def sweep_scratch(directory: Path) -> list[str]:
    """Remove scratch files a killed process left behind (encrypted backup exports, temp files of
    atomic writes: a killed backup leaves a full-size one in the backup folder).

    Only regular files (never links), owned by this user, of processes that are gone are touched;
    returns the names removed.
    """
    removed = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            match = _SCRATCH.match(entry.name)
            if not match:
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if uid is not None and entry.stat(follow_symlinks=False).st_uid != uid:
                    continue
            except OSError:
                continue
            pid = int(match.group(1) or match.group(2))
            if not _alive(pid):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def read_outside_file(path: Path, limit: int) -> bytes:
    """The bytes of a file that came from outside (a handover, an intake, a backup header…), at most
    ``limit`` of them (more is OSError EFBIG).  See ``read_outside_prefix``."""
    data = read_outside_prefix(path, limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, "the file is larger than expected", str(path))
    return data


def read_outside_prefix(path: Path, count: int) -> bytes:
    """At most the first ``count`` bytes of a file from outside.  Only a regular file is read: a device
    (``/dev/zero``), a FIFO or a folder — also behind a link with a harmless name — is refused
    (OSError EINVAL) before any byte is read, and the open itself cannot block (O_NONBLOCK)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        require_regular(os.fstat(fd).st_mode, path)
        return handle.read(count)


def require_regular(mode: int, path: Path) -> None:
    """OSError(EINVAL) unless ``mode`` is a regular file's (never read devices, FIFOs or folders)."""
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
