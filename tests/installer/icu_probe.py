"""What Qt asks ICU, asked of the ICU libraries in one folder; prints the answers as JSON.

    python tests/installer/icu_probe.py LIB_DIR

Loads LIB_DIR/libicudata.so.NN, libicuuc and libicui18n with ctypes (one set per process: run it
once per folder) and asks exactly the kinds of question libQt6Core asks (its only ICU calls):
collation order (``ucol_*``, QCollator / localeAwareCompare), time-zone display names
(``ucal_getTimeZoneDisplayName``), locale-aware upper/lower case (``u_strTo*``) and which codecs
open (``ucnv_open``).  tests/installer compares the bundle's smaller ICU data with the wheel's full
data: for nl, fr and en the answers must be the same.
"""

from __future__ import annotations

import ctypes
import functools
import json
import random
import re
import sys
from pathlib import Path

LOCALES = ("nl", "nl_BE", "nl_NL", "fr", "fr_BE", "fr_FR", "fr_CA", "fr_CH", "fr_LU", "en", "en_GB", "en_US",
           "en_BE", "en_IE")
ZONES = ("Europe/Brussels", "Europe/Amsterdam", "Europe/Paris", "Europe/London", "America/New_York",
         "America/Montreal", "Asia/Tokyo", "Australia/Sydney", "Africa/Kinshasa", "UTC", "Etc/GMT+3")
CODECS = ("UTF-8", "UTF-16", "UTF-32", "ISO-8859-1", "ISO-8859-15", "windows-1252", "windows-1250", "IBM437",
          "IBM850", "macintosh", "KOI8-R", "Shift_JIS", "GB18030", "Big5", "EUC-KR", "US-ASCII")
LETTERS = "aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyÿzæœßĳ' -ABCÇEÉÈIJOÖUZ0123456789"


def words(count: int = 400, seed: int = 20) -> list[str]:
    """Made-up words over the Dutch and French alphabets (accents, ĳ, ligatures, case, digits, dash)."""
    rng = random.Random(seed)
    made = {"".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 9))) for _ in range(count)}
    return sorted(made | {"IJsland", "ijs", "Ijzer", "côte", "coté", "côté", "cote", "Œuvre", "oeuvre", "Ærø",
                          "straße", "strasse", "Élodie", "elodie", "van Dam", "Van den Berg", "vanDam", "d'Artagnan"})


def _u16(text: str) -> ctypes.Array[ctypes.c_char]:
    data = text.encode("utf-16-le") + b"\0\0"
    return ctypes.create_string_buffer(data, len(data))


def probe(lib_dir: Path) -> dict[str, object]:
    data = next(lib_dir.glob("libicudata.so.*"))
    version = re.search(r"\.so\.(\d+)", data.name).group(1)  # type: ignore[union-attr]
    ctypes.CDLL(str(data), ctypes.RTLD_GLOBAL)
    uc = ctypes.CDLL(str(lib_dir / f"libicuuc.so.{version}"), ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(lib_dir / f"libicui18n.so.{version}"), ctypes.RTLD_GLOBAL)

    def fn(lib: ctypes.CDLL, name: str) -> ctypes._CFuncPtr:  # type: ignore[name-defined]
        return getattr(lib, f"{name}_{version}")

    ucol_open, ucol_strcoll = fn(i18n, "ucol_open"), fn(i18n, "ucol_strcoll")
    ucol_open.restype = ctypes.c_void_p
    ucol_strcoll.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    ucal_open, ucal_name = fn(i18n, "ucal_open"), fn(i18n, "ucal_getTimeZoneDisplayName")
    ucal_open.restype = ctypes.c_void_p
    ucal_name.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                          ctypes.POINTER(ctypes.c_int)]
    ucnv_open = fn(uc, "ucnv_open")
    ucnv_open.restype = ctypes.c_void_p
    answers: dict[str, object] = {}
    sample = words()
    for locale in LOCALES:
        err = ctypes.c_int(0)
        collator = ucol_open(locale.encode(), ctypes.byref(err))
        assert collator and err.value <= 0, (locale, err.value)

        def compare(a: str, b: str, collator: int = collator) -> int:
            ua, ub = a.encode("utf-16-le"), b.encode("utf-16-le")
            return int(ucol_strcoll(collator, ua, len(ua) // 2, ub, len(ub) // 2))

        answers[f"collation {locale}"] = sorted(sample, key=functools.cmp_to_key(compare))
        for zone in ZONES:
            err = ctypes.c_int(0)
            calendar = ucal_open(_u16(zone), -1, locale.encode(), 0, ctypes.byref(err))
            names = []
            for kind in range(4):  # UCAL_STANDARD, UCAL_SHORT_STANDARD, UCAL_DST, UCAL_SHORT_DST
                out, status = ctypes.create_string_buffer(512), ctypes.c_int(0)
                length = ucal_name(calendar, kind, locale.encode(), out, 256, ctypes.byref(status))
                names.append(out.raw[:2 * length].decode("utf-16-le") if status.value <= 0 else f"error {status.value}")
            answers[f"zone {zone} {locale}"] = names
        for case in ("u_strToUpper", "u_strToLower"):
            out, status = ctypes.create_string_buffer(1024), ctypes.c_int(0)
            length = fn(uc, case)(out, 512, _u16(" ".join(sample[:60])), -1, locale.encode(), ctypes.byref(status))
            answers[f"{case} {locale}"] = out.raw[:2 * length].decode("utf-16-le")
    for codec in CODECS:
        err = ctypes.c_int(0)
        answers[f"codec {codec}"] = bool(ucnv_open(codec.encode(), ctypes.byref(err))) and err.value <= 0
    return answers


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1])), ensure_ascii=False, sort_keys=True))
