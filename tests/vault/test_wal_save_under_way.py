"""A save under way when the process dies is not a damaged log.

SQLite spills pages of a big save into the log before its commit; when the save changes a spilled page
again, SQLite rewrites that frame in place and fixes the checksums only when it commits.  A kill (or a
power cut) in between leaves a frame that fails its checksum with sound frames after it, none of them a
commit.  That is SQLite's normal recovery: the crash test once kept such a log aside as "damaged" after a
SIGKILL mid-save.  These logs come from SQLite itself (the stdlib module: the log format is SQLite's, the
same under SQLCipher), copied while the save is still open, as a kill would leave them."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.vault.wal_check import inspect_log


def _log_mid_save(folder: Path, rows: int, passes: int, step: int) -> tuple[bytes, bytes]:
    """(the log after the first commit, the log copied while a second, spilling save rewrites pages)."""
    db = folder / "t.db"
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("pragma journal_mode=wal")
        con.execute("pragma cache_size=4")  # a tiny page cache: the save spills into the log before its commit
        con.execute("create table t(id integer primary key, v text)")
        con.execute("begin")
        con.executemany("insert into t(v) values(?)", [("x" * 500,)] * rows)
        con.execute("commit")
        committed = (folder / "t.db-wal").read_bytes()
        con.execute("begin")
        for n in range(passes):
            for row in range(1, rows, step):
                con.execute("update t set v=? where id=?", (str(n) * 500, row))
        mid_save = (folder / "t.db-wal").read_bytes()
        con.execute("rollback")
    finally:
        con.close()
    return committed, mid_save


def _rewritten_in_place(log: bytes) -> bool:
    """Does a frame of the current log fail its checksum before the log's end (a page rewritten in place)?"""
    from trustdesk.vault.wal_check import _checksum

    big, size = bool(struct.unpack(">I", log[:4])[0] & 1), 24 + struct.unpack(">I", log[8:12])[0]
    sums = struct.unpack(">II", log[24:32])
    for at in range(32, len(log) - size + 1, size):
        sums = _checksum(log[at + 24:at + size], big, *_checksum(log[at:at + 8], big, *sums))
        if sums != struct.unpack(">II", log[at + 16:at + 24]):
            return at + size < len(log)
    return False


@settings(max_examples=8, deadline=None)
@given(rows=st.integers(120, 300), passes=st.integers(2, 4), step=st.integers(3, 11))
def test_a_save_that_rewrote_a_spilled_page_is_not_damage(tmp_path_factory: object, rows: int, passes: int,
                                                          step: int) -> None:
    folder = tmp_path_factory.mktemp("mid-save")  # type: ignore[attr-defined]
    committed, mid_save = _log_mid_save(folder, rows, passes, step)
    assert _rewritten_in_place(mid_save), "the save did not rewrite a spilled page: the test shows nothing"
    (folder / "copy-wal").write_bytes(mid_save)
    state = inspect_log(folder / "copy-wal")
    assert state.dropped > 0 and not state.damaged
    # the same log with a commit of it after the failing frame IS damage: mark the last frame a commit
    size = 24 + struct.unpack(">I", mid_save[8:12])[0]
    marked = bytearray(mid_save)
    last = len(marked) - (len(marked) - 32) % size - size
    marked[last + 4:last + 8] = struct.pack(">I", rows)
    (folder / "copy-wal").write_bytes(bytes(marked))
    assert inspect_log(folder / "copy-wal").damaged
    shutil.rmtree(folder)
    assert committed  # the first save's log is what SQLite replays (checked by test_damaged_wal_kept.py)
