"""Figures that need the real widgets (offscreen): the case list, opening a case, a summary PDF,
a backup.  Each against a baseline measured in the same run."""

from __future__ import annotations

import io
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.figures import Figure, _timed, repeats
from tests.benchmarks.probes import wait_for_signal
from tests.benchmarks.reference import PASSPHRASE, ReferenceInfo
from trustdesk.vault import Keychain, Vault


def _app() -> object:
    from trustdesk.ui.kit.refcount_fix import keep_singletons_alive

    keep_singletons_alive()  # before any Qt call
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _settle(app: object, until: object, timeout: float = 30.0) -> None:
    """Run the real event loop (no busy polling stealing the GIL from the worker) until ``until()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: loop.quit() if until() else None)  # type: ignore[operator]
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    check.start()
    if not until():  # type: ignore[operator]
        loop.exec()
    check.stop()


def case_list(ref: ReferenceInfo) -> list[Figure]:
    app = _app()
    from trustdesk.domain import KnowledgeDomain
    from trustdesk.ui.case.cases_model import CaseFilter, Column
    from trustdesk.ui.case.cases_page import CasesPage
    from trustdesk.ui.kit.session import VaultSession

    vault = Vault.unlock(ref.data_dir, PASSPHRASE, keychain=Keychain.none())
    session = VaultSession()
    session.open(vault)
    try:
        def raw() -> None:
            vault.db.query("SELECT id, code, status, opened_on, domains, closed_on FROM cases")

        base = min(_timed(raw, repeats(ref, 3)))
        shown: list[float] = []
        built: list[float] = []
        for _ in range(repeats(ref, 3)):
            # first visit: the app makes the page (and its case view) when the user first goes to Cases
            t0 = time.perf_counter()
            page = CasesPage(session)
            page.resize(1100, 700)
            model = page.model
            built.append(time.perf_counter() - t0)
            page.show()  # showing the page loads the list
            _settle(app, lambda m=model: m.total_count() >= ref.counts["cases"])  # type: ignore[misc]
            app.processEvents()  # type: ignore[attr-defined]
            shown.append(time.perf_counter() - t0)
            page.close()
        page = CasesPage(session)
        page.show()
        model = page.model
        _settle(app, lambda: model.total_count() >= ref.counts["cases"])
        timings = []
        for case_filter in (CaseFilter(text="TD-2019"), CaseFilter(text="TD-2024-01", show_closed=True),
                            CaseFilter(domain=KnowledgeDomain.BURNOUT, show_closed=True),
                            CaseFilter(attention_only=True)):
            t0 = time.perf_counter()
            model.set_filter(case_filter)
            timings.append(time.perf_counter() - t0)
        for column in (Column.OPENED, Column.CODE, Column.RISK, Column.STATUS):
            t0 = time.perf_counter()
            model.sort(column)
            timings.append(time.perf_counter() - t0)
        page.close()
        ours = statistics.median(shown)
        worst = max(timings)
        # the 6-column SELECT decodes nothing: no like-for-like baseline, a floor in the note; absolute
        return [Figure("unlocked -> case list of all cases shown", ours * 1000, "ms", None, None,
                       "<= 300 ms (absolute)", ours <= 0.3, f"{ref.counts['cases']} cases, first visit: the page made "
                       f"(median {statistics.median(built) * 1000:.0f} ms of it), background load + first paint; "
                       f"for reading: a bare 6-column SELECT that decodes nothing {base * 1000:.1f} ms"),
                Figure("case list filter / sort (worst of 8)", worst * 1000, "ms", None, None, "<= 50 ms (absolute)",
                       worst <= 0.05, f"median {statistics.median(timings) * 1000:.1f} ms")]
    finally:
        session.lock()


def open_case(ref: ReferenceInfo) -> list[Figure]:
    app = _app()
    from trustdesk.ui.case.case_view import CaseView
    from trustdesk.ui.kit.session import VaultSession

    vault = Vault.unlock(ref.data_dir, PASSPHRASE, keychain=Keychain.none())
    session = VaultSession()
    session.open(vault)
    try:
        count = len(vault.contacts.for_case(ref.big_case_id))
        times, warm = [], []

        def opened(view: CaseView) -> None:
            # the notes are read in a worker: the case is open when they are in (the view's loaded)
            if not wait_for_signal(view.loaded, lambda: view.show_case(ref.big_case_id)):
                raise TimeoutError("the case view never said loaded")
            app.processEvents()  # type: ignore[attr-defined]  # painted

        for _ in range(repeats(ref, 3)):
            # first visit: the app makes the case view with the cases page, on the first visit (a case
            # opened from Today makes both); the view made, shown, the case read and painted
            t0 = time.perf_counter()
            view = CaseView(session)
            view.resize(1100, 750)
            view.show()
            opened(view)
            times.append(time.perf_counter() - t0)
            view.leave()
            t0 = time.perf_counter()  # warm: the view that exists opens the case again
            opened(view)
            warm.append(time.perf_counter() - t0)
            view.leave()
            view.close()
        ours = statistics.median(times)
        return [Figure("open a case with 200 contacts", ours * 1000, "ms", None, None, "<= 150 ms (absolute)",
                       ours <= 0.15,
                       f"{count} contacts, first visit: the case view made + header + the Contacts tab with its "
                       "notes (read in a worker; the other tabs are made when first shown) + first paint; the "
                       f"view already made (warm): median {statistics.median(warm) * 1000:.0f} ms")]
    finally:
        session.lock()


# The aim, 0.5 s, where bare platypus takes 0.27 s (a quiet run of this machine), as a ratio: a shared
# machine's load slows both alike.  Judged on CPU time (the build is one thread's work; the load cannot
# inflate it), the wall clock in the note.
SUMMARY_AIM = 1.9


def _cpu_and_wall(fn: Callable[[], object]) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.thread_time()
    fn()
    return time.thread_time() - c0, time.perf_counter() - t0


def summary_pdf(ref: ReferenceInfo) -> list[Figure]:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from trustdesk.documents import Redaction, case_summary_pdf
    from trustdesk.documents.layout import FONT, register_fonts

    vault = Vault.unlock(ref.data_dir, PASSPHRASE, keychain=Keychain.none())
    try:
        contacts = vault.contacts.for_case(ref.big_case_id)

        def ours() -> None:
            case_summary_pdf(vault, ref.big_case_id, Redaction.FULL)

        register_fonts()
        sheet = getSampleStyleSheet()
        body = ParagraphStyle("bare-body", parent=sheet["BodyText"], fontName=FONT)
        heading = ParagraphStyle("bare-heading", parent=sheet["Heading3"], fontName=FONT)

        def bare() -> None:
            # the same text in the same embedded Unicode font: plain platypus, no layout of ours
            story = []
            for k in contacts:
                story.append(Paragraph(escape(k.at.isoformat()), heading))
                story.append(Paragraph(escape(k.notes), body))
                story.append(Paragraph(escape(k.agreements), body))
            SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)

        ours()
        bare()
        pairs = [(_cpu_and_wall(ours), _cpu_and_wall(bare)) for _ in range(repeats(ref, 5))]  # interleaved
        o_cpu, b_cpu = (statistics.median(p[i][0] for p in pairs) for i in (0, 1))
        o_wall, b_wall = (statistics.median(p[i][1] for p in pairs) for i in (0, 1))
        ratio = o_cpu / b_cpu
        return [Figure("case summary PDF, 200 contacts (full), CPU", o_cpu * 1000, "ms", b_cpu * 1000, ratio,
                       f"<= {SUMMARY_AIM}x bare platypus", ratio <= SUMMARY_AIM,
                       f"{len(contacts)} contacts; baseline: bare platypus, same text and font; wall clock "
                       f"{o_wall * 1000:.0f} / {b_wall * 1000:.0f} ms; medians of {len(pairs)} interleaved pairs")]
    finally:
        vault.lock()


BACKUP_AIM = 1.5


def backup(ref: ReferenceInfo) -> list[Figure]:
    """A verified backup against the least a verified backup under its own key takes with SQLCipher.

    Where the time goes (reference vault, 225 MB, CPU seconds on this machine): the copy under a fresh
    key (``sqlcipher_export``: every page decrypted and encrypted again) ~2.3, its ``integrity_check``
    ~2.8, its ``cipher_integrity_check`` ~0.9 (beside it, on a second core), SHA-256 while zipping
    ~0.5, the read-back from the medium with SHA-256 ~0.25.  The design asks for the fresh key (a
    backup never carries the vault's data key), and the export is the cheaper way to it: copying the
    file and ``PRAGMA rekey`` took ~3.2 s CPU for the same pages.  So the baseline is that least:
    export under a fresh key, then ``integrity_check`` of the copy (opened as ours opens it); what a
    backup adds on top is the page-level check, the checksum, the archive and the read-back.  The
    older baseline (copy the file, ``integrity_check`` the vault) is in the note: it has no
    re-encryption, so about 2x is the floor there, not overhead.
    """
    import secrets

    from trustdesk.vault.backup import write_backup
    from trustdesk.vault.backup_file import export_copy, open_copy

    vault = Vault.unlock(ref.data_dir, PASSPHRASE, keychain=Keychain.none())
    target_dir = Path(tempfile.mkdtemp(prefix="td-bench-backup-"))
    try:
        def ours() -> None:
            write_backup(vault, target_dir / "bench.tdbackup")

        def export_and_check() -> None:
            key = secrets.token_bytes(32)
            copy = target_dir / "export.db"
            with vault.db._lock:  # noqa: SLF001 - as write_backup holds it
                export_copy(vault.db.conn, copy, key, vault.db.transaction)
            conn = open_copy(copy, key)
            try:
                conn.execute("PRAGMA integrity_check").fetchall()
            finally:
                conn.close()
                copy.unlink()

        def copy_and_check() -> None:
            vault.db.checkpoint()
            shutil.copyfile(ref.data_dir / "vault.db", target_dir / "copy.db")
            vault.db.query("PRAGMA integrity_check")

        def measured(fn: Callable[[], object]) -> tuple[float, float]:
            """(CPU seconds of the whole process, wall seconds).  Judged on the wall clock, what a person
            waits: the backup checks on two threads at once; its CPU is in the note."""
            c0, t0 = time.process_time(), time.perf_counter()
            fn()
            return time.process_time() - c0, time.perf_counter() - t0

        # interleaved: a backup of the reference vault is ~10 s on a quiet machine; two rounds
        rounds = [(measured(ours), measured(export_and_check), measured(copy_and_check))
                  for _ in range(repeats(ref, 2))]
        o, b, c = [statistics.median(r[i][0] for r in rounds) for i in (0, 1, 2)]  # CPU
        ow, bw, cw = [statistics.median(r[i][1] for r in rounds) for i in (0, 1, 2)]  # wall clock
        size = (target_dir / "bench.tdbackup").stat().st_size / 1e6
        return [Figure("backup of the reference vault (incl. verify)", ow * 1000, "ms", bw * 1000, ow / bw,
                       f"<= {BACKUP_AIM}x export under a new key + integrity_check", ow / bw <= BACKUP_AIM,
                       f"{size:.0f} MB backup; CPU {o * 1000:.0f} / {b * 1000:.0f} ms ({o / b:.2f}x: the page-level "
                       f"check runs beside on a second core, the checksum and the read-back); {ow / cw:.2f}x the "
                       f"wall clock of a plain file copy + integrity_check (no re-encryption, {o / c:.2f}x its CPU); "
                       f"medians of {len(rounds)}")]
    finally:
        vault.lock()
        shutil.rmtree(target_dir, ignore_errors=True)
