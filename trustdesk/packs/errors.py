"""Why a pack is refused: one reason per case, so the UI can say it plainly in the user's language."""

from __future__ import annotations

from enum import StrEnum


class RejectReason(StrEnum):
    UNSIGNED = "unsigned"  # no signature.json
    BAD_SIGNATURE = "bad_signature"  # signature or a member's digest does not verify: tampered
    WRONG_KEY = "wrong_key"  # signed, but by another key than the one pinned in this build
    NO_TRUSTED_KEY = "no_trusted_key"  # this build pins no pack key: it accepts no packs
    MALFORMED = "malformed"  # not a zip, bad manifest, bad CSV/template/helplines, unexpected member
    OLDER_VERSION = "older_version"  # a newer version of this pack is already imported
    ALREADY_IMPORTED = "already_imported"  # this very version is already imported
    TOO_LARGE = "too_large"  # the file, a member, the total or the compression ratio is over its limit
    UNSAFE_PATH = "unsafe_path"  # absolute path, "..", backslash, drive letter, symlink
    TOO_MANY_FILES = "too_many_files"
    NEWER_FORMAT = "newer_format"  # made by a newer TrustDesk: a format version this one does not know


class PackRejected(Exception):
    """The pack is refused; nothing was written. ``detail`` is for logs and the coordinator's CLI
    (never case data); the UI shows a translated sentence for ``reason``."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail
