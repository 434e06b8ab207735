"""Reading an age v1 file sealed to a passphrase (one ``scrypt`` stanza) with a fixed work ceiling:
the desk's older key file, ``identity.age`` (``coordinator._open_age_file``).

rage, behind ``pyrage.passphrase.decrypt``, refuses a file whose scrypt work factor is more than 4 above
what it measures this machine can do in about a second, measured anew at every open: a busy or slower
machine refused the desk's own file with its right passphrase, as a wrong passphrase.  This reader
follows the age v1 format (https://age-encryption.org/v1: scrypt recipient stanza, header MAC, STREAM
payload) with the primitives of ``cryptography`` and bounds the work factor by a fixed number given
by the caller, the same on every machine.  It only reads: new files are never sealed this way
(``desk_key`` seals the desk's key file with the vault's own key slot).  Files made by rage are read
to the same bytes (``tests/exchange/test_desk_fossil.py``).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

_VERSION_LINE = b"age-encryption.org/v1\n"
_SCRYPT_LINE = re.compile(rb"-> scrypt ([A-Za-z0-9+/]{22}) ([1-9][0-9]?)\n")
_MAC_LINE = re.compile(rb"--- ([A-Za-z0-9+/]{43})\n")
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_COLUMNS = 64  # a stanza body's full line; a shorter one ends it
_CHUNK = 64 * 1024
_TAG = 16


class AgeFormatError(ValueError):
    """Not an age v1 file with exactly one scrypt stanza, or damaged where no key is needed to see it."""


class AgeTooCostly(AgeFormatError):
    """The file asks for a scrypt work factor above the caller's ceiling: refused before any work."""

    def __init__(self, log_n: int, ceiling: int) -> None:
        super().__init__(f"scrypt work factor {log_n} is above the ceiling {ceiling}")


class AgeDecryptError(ValueError):
    """The passphrase does not open the file, or the file was changed (age cannot tell them apart)."""


def _b64(text: bytes) -> bytes:
    """age's base64: standard alphabet, no padding, canonical (the same bytes encode to the same text)."""
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AgeFormatError("bad base64") from exc
    if base64.b64encode(raw).rstrip(b"=") != text:
        raise AgeFormatError("base64 that is not canonical")
    return raw


def _header(data: bytes) -> tuple[bytes, int, bytes, bytes, bytes, bytes]:
    """(salt, log_n, wrapped file key, header as MACed, MAC, payload)."""
    if not data.startswith(_VERSION_LINE):
        raise AgeFormatError("not an age v1 file")
    at = len(_VERSION_LINE)
    stanza = _SCRYPT_LINE.match(data, at)
    if stanza is None:
        raise AgeFormatError("not sealed to a passphrase (no scrypt stanza)")
    salt, log_n = _b64(stanza.group(1)), int(stanza.group(2))
    at = stanza.end()
    body = b""
    while True:
        end = data.find(b"\n", at)
        if end < 0 or end - at > _COLUMNS:
            raise AgeFormatError("damaged stanza body")
        body += data[at:end]
        full = end - at == _COLUMNS
        at = end + 1
        if not full:
            break
    mac_line = _MAC_LINE.match(data, at)
    if mac_line is None:  # also another stanza: a scrypt stanza is always alone
        raise AgeFormatError("a scrypt stanza must be the file's only one, followed by the header's MAC")
    wrapped = _b64(body)
    if len(salt) != 16 or len(wrapped) != 32:
        raise AgeFormatError("damaged scrypt stanza")
    return salt, log_n, wrapped, data[:at + 3], _b64(mac_line.group(1)), data[mac_line.end():]


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _scrypt(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
    return Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1).derive(passphrase)


def decrypt(data: bytes, passphrase: str, *, max_log_n: int) -> bytes:
    """The plaintext of an age file sealed to ``passphrase``: the work factor it asks for is checked
    against ``max_log_n`` before any derivation (AgeTooCostly), never against this machine's speed."""
    salt, log_n, wrapped, header, mac, payload = _header(data)
    if log_n > max_log_n:
        raise AgeTooCostly(log_n, max_log_n)
    wrap_key = _scrypt(passphrase.encode("utf-8"), salt, log_n)
    try:
        file_key = ChaCha20Poly1305(wrap_key).decrypt(bytes(12), wrapped, None)
    except InvalidTag as exc:
        raise AgeDecryptError("wrong passphrase, or the file was changed") from exc
    expected = hmac.new(_hkdf(file_key, b"", b"header"), header, sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise AgeDecryptError("the file's header was changed")
    if len(payload) < 16 + _TAG:
        raise AgeDecryptError("the file is cut short")
    stream = ChaCha20Poly1305(_hkdf(file_key, payload[:16], b"payload"))
    body = payload[16:]
    chunks = [body[i:i + _CHUNK + _TAG] for i in range(0, len(body), _CHUNK + _TAG)]
    plain = []
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        try:
            plain.append(stream.decrypt(index.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), chunk, None))
        except InvalidTag as exc:
            raise AgeDecryptError("the file was changed or cut short") from exc
    if len(chunks) > 1 and not plain[-1]:
        raise AgeDecryptError("an empty last chunk after others")
    return b"".join(plain)
