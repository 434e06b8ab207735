"""Write resources/wordlists/common_{nl,fr}.txt.gz: the most frequent Dutch and French words that
passphrase strength (``trustdesk/ui/kit/passphrase.py``) gives zxcvbn, which only knows English.

Run once, by hand, when the lists should be renewed (the result is committed; the app never needs
wordfreq itself, whose installed package is ~58 MB for some 40 languages):

    python -m venv /tmp/wf && /tmp/wf/bin/pip install 'wordfreq==3.1.1' msgpack
    /tmp/wf/bin/python installer/make_wordlists.py

Source: wordfreq 3.1.1 by Robyn Speer, its "small" frequency lists (cBpack: a msgpack list of
frequency buckets, most frequent first).  Words of two or more letters only, in frequency order, one
a line, UTF-8, gzip.  Licence of the data: CC BY-SA 4.0 (see resources/wordlists/NOTICE.txt, which
this script does not touch).
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import msgpack

COMMON_WORDS = 30_000
LANGUAGES = ("nl", "fr")
OUT = Path(__file__).resolve().parents[1] / "resources" / "wordlists"


def wordfreq_words(language: str, n: int = COMMON_WORDS) -> list[str]:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("wordfreq is not installed (see this script's docstring)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{language}.msgpack.gz"
    with gzip.open(path, "rb") as handle:
        data = msgpack.load(handle, raw=False)
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        raise SystemExit(f"{path}: not a cBpack list")
    words: list[str] = []
    for bucket in data[1:]:
        words += [w for w in bucket if isinstance(w, str) and w.isalpha() and len(w) > 1]
        if len(words) >= n:
            break
    return words[:n]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        words = wordfreq_words(language)
        target = OUT / f"common_{language}.txt.gz"
        # mtime=0: the same words give the same bytes (reproducible builds)
        with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
            handle.write(("\n".join(words) + "\n").encode("utf-8"))
        print(f"{target.name}: {len(words)} words, {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
