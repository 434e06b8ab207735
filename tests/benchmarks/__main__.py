"""``make bench``: build (or reuse) the reference vault, measure every figure, print a table,
write bench-results.json, and exit non-zero when any figure misses its aim or could not be measured.
``--scale smoke`` runs the same code on a tiny vault (part of make test: that the code still runs;
its figures are not judged).

Each run measures a fresh copy of the cached vaults (``reference.working_copy``: copied once per run into
a temporary folder, deleted at the end): the figures unlock, write audit entries and save notes, and
the next run must measure the same data.  The figures that build Qt state or drive the app (the case
list, opening a case, the summary PDF, the stall drive, the cost curves) each run in a fresh child
process (``--child-json``), cold as a user's first visit, the same in a full run as with ``--only``."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import figures as figures_module
from tests.benchmarks import reference
from tests.benchmarks.figures import FIGURES, REFERENCE_ONLY, Figure
from tests.benchmarks.reference import ReferenceInfo, working_copy

ROOT = Path(__file__).resolve().parents[2]
# Figures that build Qt state (widgets, the look, caches of fonts and PDFs) or drive the whole app: each in
# a fresh process, so none runs warm after another and ``--only`` measures what the full run measures.
IN_CHILD = frozenset({"case_list", "open_case", "summary_pdf", "stalls", "curves"})
CHILD_FLAGS: list[str] = []  # options a child takes over from the run (--curves-100x)


def _reference(scale: str, cache: Path) -> tuple[ReferenceInfo, float]:
    """This run's copy of the cached vault (``reference.WORK``, set by ``run``)."""
    assert reference.WORK is not None
    return working_copy(scale, cache, reference.WORK)


def in_child(name: str, scale: str, cache: Path) -> list[Figure]:
    """Run the figure ``name`` in a fresh Python process on this run's copies; its rows come back as JSON."""
    assert reference.WORK is not None
    rows = Path(tempfile.mkstemp(prefix=f"{name}-", suffix=".json", dir=reference.WORK)[1])
    out_dir = figures_module.OUTPUT_DIR or cache
    cmd = [sys.executable, "-m", "tests.benchmarks", "--scale", scale, "--cache", str(cache),
           "--work", str(reference.WORK), "--only", name, "--child-json", str(rows),
           "--out", str(out_dir / "bench-results.json"), *CHILD_FLAGS]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(cmd, cwd=ROOT, env=env)
    try:
        data = json.loads(rows.read_text()) if done.returncode == 0 else None
    except ValueError:
        data = None
    finally:
        rows.unlink(missing_ok=True)
    if not isinstance(data, list):
        raise RuntimeError(f"the child process measuring {name} exited {done.returncode} without its figures")
    return [Figure(**row) for row in data]


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
    reference.SOURCE, reference.WORK = cache, Path(tempfile.mkdtemp(prefix="td-bench-run-"))
    try:
        ref, gen_seconds = _reference(scale, cache)
        print(f"reference vault ({scale}): {ref.counts}; generated in {gen_seconds:.1f} s (not part of the "
              f"figures); measured on a copy made for this run")
        results: list[Figure] = []
        if figures is None:  # make test's smoke run leaves out the long drives (their harness has unit tests)
            figures = [f for f in FIGURES if scale != "smoke" or f.__name__ not in REFERENCE_ONLY]
        for figure in figures:
            try:
                results.extend(in_child(figure.__name__, scale, cache) if figure.__name__ in IN_CHILD
                               else figure(ref))
            except Exception as exc:  # a broken figure is reported, the others still run
                traceback.print_exc()
                results.append(Figure(figure.__name__, None, "", None, None, "", False, f"error: {exc}"))
    finally:
        shutil.rmtree(reference.WORK, ignore_errors=True)
        reference.SOURCE = reference.WORK = None
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
                        help="the cost curves at 100x, its vault generated when missing (make bench-curves)")
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)  # a child: the run's folder of copies
    parser.add_argument("--child-json", type=Path, help=argparse.SUPPRESS)  # a child: where its rows go
    args = parser.parse_args(argv)
    if args.curves_100x:
        from tests.benchmarks import curves

        curves.WITH_100X = True
        CHILD_FLAGS[:] = ["--curves-100x"]
    chosen = [f for f in FIGURES if not args.only or f.__name__ in args.only]
    if args.only and not chosen:
        parser.error(f"no figure named {args.only}; known: {', '.join(f.__name__ for f in FIGURES)}")
    if args.child_json is not None:
        return child(args.scale, args.cache, args.work, args.out, chosen, args.child_json)
    results = run(args.scale, args.cache, args.out, chosen if args.only else None)
    if args.scale == "smoke":  # make test: the code runs; the figures of a tiny vault are not judged
        return 0 if all(f.value is not None or f.passed is None for f in results) else 1
    return exit_code(results)


def child(scale: str, cache: Path, work: Path, out: Path, chosen: list[Callable[[ReferenceInfo], list[Figure]]],
          rows: Path) -> int:
    """In a fresh process: the chosen figures on the run's copy (made by the parent), rows to ``rows``."""
    figures_module.OUTPUT_DIR = out.parent
    reference.SOURCE, reference.WORK = cache, work
    ref, _seconds = working_copy(scale, cache, work)
    results = [row for figure in chosen for row in figure(ref)]
    rows.write_text(json.dumps([f.row() for f in results], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
