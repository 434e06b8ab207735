"""A smaller ICU data library for the Linux bundle: only what Qt asks ICU for, in nl, fr and en.

Qt's wheel carries the whole ICU data (``libicudata.so.73``, 31 MB, every language of the world).
``libQt6Core`` is the only library of the bundle that calls ICU, and only for collation (``ucol_*``:
``QCollator``, ``QString::localeAwareCompare``, the file dialog's sorting), time-zone names
(``ucal_*``), locale-aware upper/lower case (``u_strTo*``) and text codecs (``ucnv_*``): no break
iterators, transliteration or spelled-out numbers.  TrustDesk's interface speaks Dutch, French and
English, so the data keeps:

- every item that belongs to no language (converters, normalisation, the collation root table,
  time-zone rules and meta-zones, plural rules, likely subtags, ...);
- of every per-language tree (locales, collation, zone names, region, currency, language and unit
  names): root and the nl, fr and en locales with all their regions (nl_BE, fr_BE, en_GB, fr_CA, ...);

and leaves out ``brkitr/`` (break iterators and their Thai/CJK dictionaries), ``translit/`` and
``rbnf/``, which none of those calls reaches.  For the kept languages the answers are the same as
with the full data (tests/installer/test_bundle.py compares them); another language falls back to
root, as ICU does for any language it lacks.  About 9 MB instead of 31.

    python installer/icu_data.py LIBICUDATA OUT_DIR     # -> OUT_DIR/libicudata.so.NN

Needs ``nm``, ``readelf`` (binutils), ``icupkg`` (Debian: icu-devtools) and a C compiler (``cc``);
without them :func:`build` returns None and the bundle keeps the full data.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

LANGUAGES = ("nl", "fr", "en")  # the interface languages (trustdesk/ui/kit/language.py)
DROPPED_TREES = ("brkitr", "translit", "rbnf")
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9_]*)?\.res$")  # af.res, nl_BE.res, de__PHONEBOOK.res, de_.res
LANGUAGE_FREE = {"res_index.res"}  # every tree's list of its locales: named like one ("res" + "_index")
TOOLS = ("nm", "readelf", "icupkg", "cc")


def kept(item: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Whether an item of the ICU data package (``coll/nl_BE.res``, ``zoneinfo64.res``) stays."""
    tree, _, name = item.rpartition("/")
    if tree.split("/")[0] in DROPPED_TREES:
        return False
    if name in LANGUAGE_FREE or not _LOCALE_ITEM.match(name):
        return True  # root, pool, res_index, supplemental data, converters, ...
    language = name.removesuffix(".res").split("_")[0]
    return language in set(languages)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _blob(library: Path) -> tuple[str, bytes]:
    """(symbol, bytes) of the ICU common data inside ``libicudataNN.so`` (``icudtNN_dat``)."""
    for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size, symbol = int(parts[0], 16), int(parts[1], 16), parts[3]
            break
    else:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    for line in _run("readelf", "-S", "-W", str(library)).splitlines():
        match = re.search(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, length = (int(match.group(i), 16) for i in (2, 3, 4))
            if start <= address and address + size <= start + length:
                with library.open("rb") as handle:
                    handle.seek(offset + address - start)
                    return symbol, handle.read(size)
    raise ValueError(f"{library}: {symbol} lies in no section")


def build(library: Path, out_dir: Path, languages: Iterable[str] = LANGUAGES) -> Path | None:
    """Write ``out_dir/<soname>``: the same library with only the kept items.  None without the tools."""
    if missing_tools():
        return None
    symbol, data = _blob(library)
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")  # icudt73l
    soname = re.search(r"SONAME\)\s+Library soname: \[(.+)\]", _run("readelf", "-d", str(library)))
    work = out_dir / "icu-work"
    (work / "small").mkdir(parents=True, exist_ok=True)
    full = work / f"{package}.dat"
    full.write_bytes(data)
    items = _run("icupkg", "-l", str(full)).split()
    dropped = [item for item in items if not kept(item, languages)]
    (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="ascii")
    small = work / "small" / f"{package}.dat"  # icupkg names the items after the output file
    small.unlink(missing_ok=True)
    _run("icupkg", "-r", str(work / "dropped.txt"), str(full), str(small))
    assembly = work / "icudata.S"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{small}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    name = soname.group(1) if soname else library.name
    target = out_dir / name
    _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-Wl,-z,noexecstack", "-o", str(target),
         str(assembly))
    print(f"icu_data: {library.name} {len(data) / 2**20:.0f} MB -> {target.stat().st_size / 2**20:.0f} MB "
          f"({len(items) - len(dropped)} of {len(items)} items: root and {', '.join(languages)})")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.split("\n\n")[-2])
    built = build(Path(sys.argv[1]), Path(sys.argv[2]))
    raise SystemExit(0 if built else f"icu_data: missing {', '.join(missing_tools())}")
