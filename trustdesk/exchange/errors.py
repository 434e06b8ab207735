"""Why a file between the coordinator and a trust person is refused: one reason each, so the UI can
say it plainly in the user's language and the CLI can print a stable word.  Nothing is written when
a file is refused."""

from __future__ import annotations

from enum import StrEnum

from trustdesk.vault.errors import VaultError


class Refusal(StrEnum):
    NOT_THIS_KIND = "not_this_kind"  # not a TrustDesk file of the expected kind (intake, figures, card)
    NEWER_FORMAT = "newer_format"  # made by a newer TrustDesk
    TOO_LARGE = "too_large"  # the file, or a size it declares, is over the limit
    TRUNCATED = "truncated"  # shorter than it says it is (an interrupted copy or mail)
    WRONG_RECIPIENT = "wrong_recipient"  # sealed to someone else's key
    TAMPERED = "tampered"  # the seal or the signature does not verify
    UNKNOWN_SENDER = "unknown_sender"  # signed by a key that is not trusted here (a foreign file)
    MALFORMED = "malformed"  # opens and verifies, but its content is not what the format allows
    REPLAYED = "replayed"  # this very file was opened before
    EXPIRED = "expired"  # past its expiry date
    NO_KEY = "no_key"  # the key needed is not set up here (no coordinator card, no identity)
    UNCONFIRMED = "unconfirmed"  # the coordinator's card was not yet compared by phone
    FROM_THE_FUTURE = "from_the_future"  # made after this computer's clock (clock.py): a wrong clock somewhere
    FINGERPRINT_DIFFERS = "fingerprint_differs"  # the digits compared by phone are not this card's


class ExchangeRejected(VaultError):
    """The file is refused; nothing was written. ``detail`` is for logs and the CLI (never case data);
    the UI shows a translated sentence for ``reason``.  (A VaultError: a failure to tell the user
    about, not a bug.)"""

    def __init__(self, reason: Refusal, detail: str = "", *, found: str | None = None) -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail
        # NOT_THIS_KIND: the kind of TrustDesk file it is instead (a file_kinds.FileKind value), or None
        self.found = found
