"""A SIGKILL or power cut between a WAL frame's header and its page (SQLite writes them with two calls)
leaves a last frame that fails its checksum: that is an unfinished save, not damage -- the crash
harness found vaults kept aside after ordinary kills.  A failing frame followed by a commit frame of the
same log is damage."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.vault.wal_check import HEADER, inspect_log

PAGE = 4096
FRAME = 24 + PAGE


def _log(tmp_path: Path, transactions: int) -> bytes:
    db = tmp_path / "plain.db"
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute(f"PRAGMA page_size={PAGE}")
    connection.execute("CREATE TABLE t (x TEXT)")
    for i in range(transactions):
        connection.execute("INSERT INTO t VALUES (?)", (str(i) * 3000,))
    shutil.copyfile(str(db) + "-wal", tmp_path / "copy-wal")
    connection.close()
    return (tmp_path / "copy-wal").read_bytes()


@settings(max_examples=20, deadline=None)
@given(transactions=st.integers(min_value=2, max_value=6), cut=st.integers(min_value=0, max_value=PAGE - 1))
def test_a_last_frame_cut_between_header_and_page_is_an_unfinished_save(tmp_path_factory: object,
                                                                        transactions: int, cut: int) -> None:
    folder = tmp_path_factory.mktemp("wal")  # type: ignore[attr-defined]
    data = bytearray(_log(folder, transactions))
    frames = (len(data) - HEADER) // FRAME
    assert frames >= 2
    last = HEADER + (frames - 1) * FRAME
    for i in range(last + 24 + cut, last + FRAME):  # the page's tail still holds what was there before
        data[i] = 0
    data[last + 24 + cut] ^= 0xFF
    wal = folder / "vault.db-wal"
    wal.write_bytes(bytes(data))
    state = inspect_log(wal)
    assert not state.damaged and state.dropped >= FRAME
    # the same failing frame with a commit frame of this log after it: damage (frames without a commit
    # after it are a save still under way: tests/vault/test_wal_save_under_way.py)
    after = bytearray(data[last - FRAME:last])
    after[4:8] = (transactions + 2).to_bytes(4, "big")
    wal.write_bytes(bytes(data[:last + FRAME]) + bytes(after))
    assert inspect_log(wal).damaged
    after[4:8] = bytes(4)
    wal.write_bytes(bytes(data[:last + FRAME]) + bytes(after))
    assert not inspect_log(wal).damaged
