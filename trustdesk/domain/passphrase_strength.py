"""How strong a passphrase is: zxcvbn taught the common words of Dutch and French, and the one rule a
new desk passphrase must pass, for the desk's set-up window and ``coordinator init`` alike.  No Qt,
so the headless commands use it too (``ui/kit/passphrase.py`` shows the meter).

zxcvbn only knows English words, so it is also given the ~30,000 most frequent Dutch and French
words, bundled in ``resources/wordlists/`` (110 KB each; made once from wordfreq's lists by
installer/make_wordlists.py, data CC BY-SA 4.0, see the NOTICE there).  Imported on first use.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

MAX_SCORE = 4
MIN_DESK_SCORE = 2  # a desk passphrase scored "very weak" (0) or "weak" (1) is refused


COMMON_WORDS = 30_000  # per language: the most frequent Dutch and French words zxcvbn also knows
LANGUAGES = ("nl", "fr")
_SEPARATORS = re.compile(r"[\s\-_.,;:+/]+")


def wordlists_dir() -> Path:
    """``resources/wordlists`` beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "wordlists"


def common_words(language: str, n: int = COMMON_WORDS) -> list[str]:
    """The ``n`` most frequent words of ``language`` (most frequent first); [] when the list is missing."""
    path = wordlists_dir() / f"common_{language}.txt.gz"
    if not path.is_file():
        return []
    import gzip

    with gzip.open(path, "rb") as handle:
        words = handle.read().decode("utf-8").split()
    return words[:n]


@lru_cache(maxsize=1)
def _estimator() -> Callable[[str], dict[str, Any]]:
    """zxcvbn, taught the common words of Dutch and French (it knows English only)."""
    from zxcvbn import zxcvbn
    from zxcvbn.matching import add_frequency_lists

    add_frequency_lists({f"common_{language}": common_words(language) for language in LANGUAGES})
    return cast("Callable[[str], dict[str, Any]]", zxcvbn)


def strength(passphrase: str) -> int:
    """zxcvbn's score 0 (very weak) .. 4 (very strong), knowing Dutch and French words; only the first
    100 characters are judged.  Spaces and dashes between words add almost nothing for a guesser
    who tries word lists, so the passphrase is also judged without them and the lower score counts
    ("paars konijn" is two common words, not a very strong passphrase)."""
    if not passphrase:
        return 0
    estimate = _estimator()
    text = passphrase[:100]
    joined = _SEPARATORS.sub("", text)
    scores = [int(estimate(text)["score"])]
    if joined and joined != text:
        scores.append(int(estimate(joined)["score"]))
    return min(scores)




def desk_passphrase_problem(passphrase: str, minimum: int) -> str | None:
    """Why a new desk passphrase is refused (English, for the command line), or None: at least
    ``minimum`` characters and not "very weak" or "weak" for zxcvbn with Dutch and French words
    ("aaaaaaaaaaaa", "password1234" are refused)."""
    if len(passphrase) < minimum:
        return f"the desk passphrase needs at least {minimum} characters"
    if strength(passphrase) < MIN_DESK_SCORE:
        return ("the desk passphrase is too easy to guess (a repeated character, a common word or a known "
                "pattern); use a few unrelated words")
    return None
