"""The audit stamp in an exported PDF's metadata (``/Keywords``), added as a PDF incremental update.

The recipient of a document then holds a witness of the audit log's length when it was made: entry
number and hash prefix ("TrustDesk audit #123 1a2b3c4d5e6f7a8b").  An incremental update appends a
new version of the document-information object and a small cross-reference section to the bytes
reportlab wrote; the pages are untouched and every reader sees the new metadata.
"""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_ROOT_REF = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ID = re.compile(rb"/ID\s*(\[[^\]]*\])")
_KEYWORDS = re.compile(rb"/Keywords\s*\((?:[^()\\]|\\.)*\)")
_SAFE = re.compile(r"^[A-Za-z0-9 #:.\-]*$")


def stamp_pdf(data: bytes, keywords: str) -> bytes:
    """``data`` with its /Keywords set to ``keywords`` (letters, digits, space, # : . - only).

    ValueError when ``data`` is not a PDF with a classic trailer and an Info dictionary (every PDF
    the documents layer builds has both)."""
    if not _SAFE.match(keywords):
        raise ValueError("a stamp holds letters, digits, spaces and # : . - only")
    tail = data[-2048:]
    end = _STARTXREF.search(tail)
    trailers = list(_TRAILER.finditer(data[-4096:]))
    if not data.startswith(b"%PDF-") or end is None or not trailers:
        raise ValueError("not a PDF this stamp understands")
    trailer = trailers[-1].group(1)
    info, root, size = _INFO_REF.search(trailer), _ROOT_REF.search(trailer), _SIZE.search(trailer)
    if info is None or root is None or size is None:
        raise ValueError("the PDF trailer has no Info, Root or Size")
    number, generation = int(info.group(1)), int(info.group(2))
    old = re.compile(rb"(?:^|\s)" + str(number).encode() + rb"\s+" + str(generation).encode()
                     + rb"\s+obj\s*<<(.*?)>>\s*endobj", re.S)
    found = list(old.finditer(data))
    if not found:
        raise ValueError("the PDF's Info object was not found")
    body = _KEYWORDS.sub(b"", found[-1].group(1)).strip()
    body += b" /Keywords (" + keywords.encode("ascii") + b")"
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offset = len(out)
    out += b"%d %d obj\n<< %s >>\nendobj\n" % (number, generation, body)
    xref = len(out)
    out += b"xref\n%d 1\n%010d %05d n \n" % (number, offset, generation)
    ident = _ID.search(trailer)
    out += (b"trailer\n<< /Size " + size.group(1) + b" /Root " + root.group(1) + b" /Info %d %d R" % (number, generation)
            + (b" /ID " + ident.group(1) if ident else b"") + b" /Prev " + end.group(1) + b" >>\n")
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
