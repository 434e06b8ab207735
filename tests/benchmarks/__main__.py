"""``make bench``: build (or reuse) the reference vault, measure every figure, print a table,
write bench-results.json, and exit non-zero when any figure misses its aim or could not be measured.
``--scale smoke`` runs the same code on a tiny vault (part of make test: that the code still runs;
its figures are not judged)."""

from __future__ import annotations

import argparse
import json
import traceback
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import figures as figures_module
from tests.benchmarks.figures import FIGURES, REFERENCE_ONLY, Figure
from tests.benchmarks.reference import ReferenceInfo, cached

ROOT = Path(__file__).resolve().parents[2]


def _reference(scale: str, cache: Path) -> tuple[ReferenceInfo, float]:
    return cached(scale, cache)


def compile_bytecode() -> None:
    """Byte-compile the app (and the benchmark) before measuring anything.  An installed TrustDesk
    ships compiled (the bundle does; pip compiles site-packages); this machine may set
    ``PYTHONDONTWRITEBYTECODE=1``, and then every first import would compile our sources again — time
    no user pays, counted as a stall or as start-up.  Writing the ``.pyc`` files here is explicit, so
    that setting does not stop it, and later imports read them."""
    import compileall

    for folder in ("trustdesk", "tests"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def run(scale: str, cache: Path, out: Path | None,
        figures: list[Callable[[ReferenceInfo], list[Figure]]] | None = None) -> list[Figure]:
    cache.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    figures_module.OUTPUT_DIR = (out or cache / "bench.json").parent  # where the curves' PNG goes
    ref, gen_seconds = _reference(scale, cache)
    print(f"reference vault ({scale}): {ref.counts}; generated in {gen_seconds:.1f} s (not part of the figures)")
    results: list[Figure] = []
    if figures is None:  # make test's smoke run leaves out the long drives (their harness has unit tests)
        figures = [f for f in FIGURES if scale != "smoke" or f.__name__ not in REFERENCE_ONLY]
    for figure in figures:
        try:
            results.extend(figure(ref))
        except Exception as exc:  # a broken figure is reported, the others still run
            traceback.print_exc()
            results.append(Figure(figure.__name__, None, "", None, None, "", False, f"error: {exc}"))
    print(f"\n{'figure':<48} {'value':>10} {'baseline':>10} {'ratio':>7}  {'aim':<34} pass")
    for f in results:
        value = f"{f.value:.1f} {f.unit}" if f.value is not None else "n/a"
        base = f"{f.baseline:.1f}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        verdict = {True: "yes", False: "NO", None: "-"}[f.passed]
        print(f"{f.figure:<48} {value:>10} {base:>10} {ratio:>7}  {f.aim:<34} {verdict}  {f.note}")
    if out is not None:
        out.write_text(json.dumps({"scale": scale, "generation_seconds": gen_seconds, "counts": ref.counts,
                                   "figures": [f.row() for f in results]}, indent=2, ensure_ascii=False))
        print(f"\nwrote {out}")
    return results


def informational(f: Figure) -> bool:
    """A row shown for reading only: it says so in its aim and has no verdict."""
    return f.passed is None and f.value is not None and "informational" in f.aim.lower()


def verdicts(results: list[Figure]) -> dict[str, list[str]]:
    """Why the run fails, by reason (empty lists: it passes).  Every figure the issue asks for is
    measured or the run fails (a row with no value, whatever its ``passed``: no build, no bundle, a
    broken figure); a measured row with no verdict fails unless it says it is informational; a row
    with no baseline must say in its aim that it is absolute."""
    return {
        "not measured": [f"{f.figure} ({f.note})" if f.note else f.figure for f in results if f.value is None],
        "missed their aim": [f.figure for f in results if f.value is not None and f.passed is False],
        "not judged (no verdict, not marked informational)": [
            f.figure for f in results if f.value is not None and f.passed is None and not informational(f)],
        "no baseline and not marked absolute": [
            f.figure for f in results if f.value is not None and f.baseline is None and not informational(f)
            and "absolute" not in f.aim.lower()],
    }


def exit_code(results: list[Figure]) -> int:
    """0 only when every figure was measured, judged (or says it is informational) and none missed its aim."""
    failed = False
    for reason, figures in verdicts(results).items():
        if figures:
            print(f"{reason}: {'; '.join(figures)}")
            failed = True
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--scale", choices=["reference", "smoke"], default="reference")
    parser.add_argument("--cache", type=Path, default=ROOT / ".bench-cache")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--only", action="append", default=[], metavar="FIGURE",
                        help="run only the named figure functions (e.g. --only stalls --only unlock)")
    parser.add_argument("--curves-100x", action="store_true",
                        help="the cost curves at 100x too (50,000 cases, 1,000,000 notes: make bench-curves)")
    args = parser.parse_args(argv)
    if args.curves_100x:
        from tests.benchmarks import curves

        curves.WITH_100X = True
    chosen = [f for f in FIGURES if not args.only or f.__name__ in args.only]
    if args.only and not chosen:
        parser.error(f"no figure named {args.only}; known: {', '.join(f.__name__ for f in FIGURES)}")
    results = run(args.scale, args.cache, args.out, chosen if args.only else None)
    if args.scale == "smoke":  # make test: the code runs; the figures of a tiny vault are not judged
        return 0 if all(f.value is not None or f.passed is None for f in results) else 1
    return exit_code(results)


if __name__ == "__main__":
    raise SystemExit(main())
