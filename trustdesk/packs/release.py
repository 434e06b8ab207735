"""The release announcement a pack may carry (``release.json``): TrustDesk never checks for updates
over a network, so the coordinator's signed pack says which release is current.

    {"version": "0.3.0", "date": "2027-01-15", "security": true,
     "installers": [{"file": "TrustDesk-0.3.0-setup.exe", "sha256": "<64 hex>"}, ...]}

``notice_for(release, running)`` compares it with the running version: nothing when this TrustDesk
is as new or newer; otherwise a ``Notice`` (urgent when the newer release fixes a security problem).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from trustdesk.packs.errors import QT_TRANSLATE_NOOP, PackRejected, RejectReason

RELEASE = "release.json"
MAX_INSTALLERS = 12
_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){0,3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,119}$")


def version_key(text: str) -> tuple[int, ...]:
    """"0.10.2" -> (0, 10, 2, 0); ValueError for anything but 1-4 dotted numbers."""
    if not _VERSION.match(text):
        raise ValueError(f"not a release version: {text[:20]!r}")
    parts = tuple(int(p) for p in text.split("."))
    return parts + (0,) * (4 - len(parts))


@dataclass(frozen=True, slots=True)
class Installer:
    file: str
    sha256: str


@dataclass(frozen=True, slots=True)
class ReleaseAnnouncement:
    version: str
    date: str  # ISO date of the release
    security: bool
    installers: tuple[Installer, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "date": self.date, "security": self.security,
                "installers": [{"file": i.file, "sha256": i.sha256} for i in self.installers]}


def parse_release(document: Any) -> ReleaseAnnouncement:
    def bad(detail: str) -> PackRejected:
        return PackRejected(RejectReason.MALFORMED, QT_TRANSLATE_NOOP(
            "PackDetail", "release.json: {detail}").format(detail=detail))

    if not isinstance(document, dict) or set(document) - {"version", "date", "security", "installers"}:
        raise bad(QT_TRANSLATE_NOOP("PackDetail", "an object with version, date, security and installers"))
    version, day, security = document.get("version"), document.get("date"), document.get("security", False)
    installers = document.get("installers", [])
    if not isinstance(version, str) or not _VERSION.match(version):
        raise bad(QT_TRANSLATE_NOOP("PackDetail", "version must be like 1.2.3"))
    if not isinstance(day, str) or len(day) != 10:
        raise bad(QT_TRANSLATE_NOOP("PackDetail", "date must be an ISO date"))
    try:
        date.fromisoformat(day)
    except ValueError as exc:
        raise bad(QT_TRANSLATE_NOOP("PackDetail", "date must be an ISO date")) from exc
    if type(security) is not bool:
        raise bad(QT_TRANSLATE_NOOP("PackDetail", "security must be true or false"))
    if not isinstance(installers, list) or len(installers) > MAX_INSTALLERS:
        raise bad(QT_TRANSLATE_NOOP(
            "PackDetail", "installers: a list of at most {limit}").format(limit=MAX_INSTALLERS))
    found = []
    for item in installers:
        if (not isinstance(item, dict) or set(item) != {"file", "sha256"} or not isinstance(item["file"], str)
                or not _FILE.match(item["file"]) or not isinstance(item["sha256"], str)
                or not _SHA256.match(item["sha256"])):
            raise bad(QT_TRANSLATE_NOOP("PackDetail", "each installer: {{file, sha256 (64 lower-case hex)}}"))
        found.append(Installer(item["file"], item["sha256"]))
    return ReleaseAnnouncement(version, day, security, tuple(found))


@dataclass(frozen=True, slots=True)
class Notice:
    announced: ReleaseAnnouncement
    running: str

    @property
    def urgent(self) -> bool:
        return self.announced.security


def notice_for(release: ReleaseAnnouncement | None, running: str) -> Notice | None:
    """A notice when ``release`` is newer than the ``running`` version (a development version that
    cannot be compared never gets one)."""
    if release is None:
        return None
    try:
        newer = version_key(release.version) > version_key(running)
    except ValueError:
        return None
    return Notice(release, running) if newer else None
