"""Zip archives read defensively (bounded before anything is decompressed) and written reproducibly.

Checks, before a single member is read: the file size, the member count, every name (no absolute
path, no "..", no backslash, no drive letter, no symlink, no duplicate), each member's declared
size, the declared total and the compression ratio.  Reading is bounded again by the declared size,
so a header that lies about it cannot make us inflate more (zipfile checks the CRC at the end).
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason


@dataclass(frozen=True, slots=True)
class Limits:
    archive_bytes: int = 20 * 1024 * 1024
    members: int = 200
    member_bytes: int = 6 * 1024 * 1024
    total_bytes: int = 32 * 1024 * 1024
    ratio: int = 100  # uncompressed / compressed, checked for members above ratio_floor bytes
    ratio_floor: int = 64 * 1024


DEFAULT_LIMITS = Limits()
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
                RuntimeError, ValueError, OSError, KeyError)


def unsafe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or ":" in name or name.startswith("/"):
        return True
    parts = name.rstrip("/").split("/")
    return any(part in ("", ".", "..") for part in parts) or PurePosixPath(name).is_absolute()


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def read_members(data: bytes, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """{name: bytes} of every file member (directory entries are checked, then left out)."""
    if len(data) > limits.archive_bytes:
        raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
            "PackDetail", "the file is over {limit} bytes").format(limit=limits.archive_bytes))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _READ_ERRORS as exc:
        raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
            "PackDetail", "not a zip archive")) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.members:
            raise PackRejected(RejectReason.TOO_MANY_FILES, QT_TRANSLATE_NOOP(
                "PackDetail", "{count} members, at most {limit}").format(
                count=len(infos), limit=limits.members))
        names: set[str] = set()
        total = 0
        for info in infos:
            if unsafe_name(info.filename) or _is_symlink(info):
                raise PackRejected(RejectReason.UNSAFE_PATH, repr(info.filename[:200]))
            if info.filename in names:
                raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} appears twice").format(name=info.filename))
            names.add(info.filename)
            if info.flag_bits & 0x1:
                raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} is encrypted").format(name=info.filename))
            if info.file_size > limits.member_bytes:
                raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} is over {limit} bytes").format(
                    name=info.filename, limit=limits.member_bytes))
            if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
                raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} is compressed suspiciously well").format(name=info.filename))
            total += info.file_size
        if total > limits.total_bytes:
            raise PackRejected(RejectReason.TOO_LARGE, QT_TRANSLATE_NOOP(
                "PackDetail", "over {limit} bytes uncompressed").format(limit=limits.total_bytes))
        members: dict[str, bytes] = {}
        for info in infos:
            if info.is_dir():
                if info.file_size:
                    raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
                        "PackDetail", "directory {name!r} holds data").format(name=info.filename))
                continue
            try:
                with archive.open(info) as handle:
                    content = handle.read(info.file_size + 1)
            except _READ_ERRORS as exc:
                raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} cannot be read").format(name=info.filename)) from exc
            if len(content) != info.file_size:
                raise PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
                    "PackDetail", "{name!r} is not the size it declares").format(name=info.filename))
            members[info.filename] = content
    return members


def write_members(members: Mapping[str, bytes]) -> bytes:
    """A reproducible zip: sorted names, fixed timestamps, plain file permissions, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            if unsafe_name(name):
                raise ValueError(f"unsafe member name {name!r}")
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3
            archive.writestr(info, members[name])
    return buffer.getvalue()
