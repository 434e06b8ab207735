"""Does the write-ahead log hold changes that SQLite will not replay?  Read from its own format, without
the key (SQLCipher encrypts each page; the log's headers and checksums are SQLite's own).

SQLite replays a ``-wal`` frame by frame while each frame carries the header's salts and a running
checksum that matches, up to the last commit frame; everything after it is dropped silently, and the
next write overwrites it.  A cut, a flipped bit or a damaged header therefore loses the changes
after it *and the evidence that they were there*.  ``dropped_bytes`` counts the bytes of the current
log (its salts) that would be dropped; frames of an earlier log generation left behind a reset are
not counted (SQLite leaves those in every busy log).  A save a crash left unfinished (frames
without their commit, one of them failing when the save rewrote a page it had spilled: SQLite fixes those
checksums only at the commit) is SQLite's normal recovery, not damage; a log cut at a frame looks the same, so
it is kept when the audit head record shows that committed entries are missing.

``keep_damaged_log`` copies the vault, log included, into the kept-aside area before the open goes on to
write (``kept_aside.py``): encrypted as it was, never lost.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trustdesk.vault.kept_aside import keep_aside
from trustdesk.vault.paths import DB_NAME

HEADER = 32
FRAME_HEADER = 24
MAGICS = (0x377F0682, 0x377F0683)  # the low bit: checksums over big-endian words
KEPT_SUFFIX = "-damaged-log"


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


@dataclass(frozen=True)
class LogState:
    dropped: int  # bytes of the current log generation SQLite will not replay
    damaged: bool  # the log's own structure shows damage (more than an unfinished save at its end)


def inspect_log(wal: Path) -> LogState:
    """What SQLite will do with ``wal``: how much of the current log it drops, and whether that is damage
    (a bad header, a commit frame of this log after a frame that fails its checksum or after a break) or
    may be a save a crash left unfinished (frames without a commit, even one that fails: a page the save
    rewrote in place; a last frame cut at the end of the file or between its header and its page)."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return LogState(0, False)
    if not data:
        return LogState(0, False)
    if len(data) < HEADER:
        return LogState(len(data), True)
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in MAGICS or page_size < 512 or page_size & (page_size - 1):
        return LogState(len(data), True)  # SQLite ignores a log whose header it does not know: every byte
    big = bool(magic & 1)
    if _checksum(data[:24], big, 0, 0) != struct.unpack(">II", data[24:32]):
        return LogState(len(data), True)
    salts, frame = data[16:24], FRAME_HEADER + page_size
    sums = struct.unpack(">II", data[24:32])
    at, replayed, damaged = HEADER, HEADER, False
    while at + frame <= len(data):
        head = data[at:at + FRAME_HEADER]
        if head[8:16] != salts:
            break
        sums = _checksum(data[at + FRAME_HEADER:at + frame], big, *_checksum(head[:8], big, *sums))
        if sums != struct.unpack(">II", head[16:24]):
            # a frame that does not verify: a save cut between the frame's header and its page (SQLite
            # writes them with two calls, so a SIGKILL or power cut leaves exactly this at the end), or a
            # change -- damage when frames of this log follow it (counted below), else an unfinished save
            break
        at += frame
        if struct.unpack(">I", head[4:8])[0]:  # a commit frame: everything up to here is replayed
            replayed = at
    dropped = 0
    for start in range(replayed, len(data), frame):  # what is not replayed: ours, or an older generation's
        piece = data[start:start + frame]
        if len(piece) < frame or piece[8:16] == salts:
            dropped += len(piece)
            # damage: a commit of this log after the break.  Frames without one are a save still under way:
            # SQLite rewrites a page it spilled earlier in the same save in place and fixes the checksums
            # only at the commit, so a kill mid-save leaves a frame that fails with sound frames after it
            damaged = damaged or (start > at and len(piece) == frame and piece[4:8] != bytes(4))
    return LogState(dropped, damaged)


def dropped_bytes(wal: Path) -> int:
    """Bytes of the current log generation in ``wal`` that SQLite will not replay (0: none, or no log)."""
    return inspect_log(wal).dropped


def keep_damaged_log(data_dir: Path, *, lost_commits: bool = False) -> Path | None:
    """When the vault's log is damaged, or drops changes while the audit head shows commits are missing
    (``lost_commits``: a cut log looks like an unfinished save otherwise), copy the vault with its log
    into the kept-aside area first and return that folder; None otherwise.  OSError when the copy
    cannot be made (the caller must then not let the log be consumed)."""
    state = inspect_log(Path(data_dir) / (DB_NAME + "-wal"))
    if not (state.damaged or (state.dropped and lost_commits)):
        return None
    return keep_aside(Path(data_dir), datetime.now(), suffix=KEPT_SUFFIX)
