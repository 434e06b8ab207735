"""The Reports page: the activity report reviewed exactly as it will be saved ("\u00b7" for small
counts, also in the charts), charts that render offscreen, Save PDF / CSV as audited exports."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.documents.conftest import pdf_text
from trustdesk.domain.enums import CaseStatus, CloseReason, Initiator, KnowledgeDomain, Language, ProviderKind
from trustdesk.domain.models import Case, Referral
from trustdesk.domain.suppression import HIDDEN_MARK, HIDDEN_WORD
from trustdesk.exchange.periods import Quarter
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.reports.reports_page import ReportsPage
from trustdesk.vault import Vault

DOMAINS = [KnowledgeDomain.BURNOUT, KnowledgeDomain.DEPRESSION, KnowledgeDomain.SUBSTANCE_ABUSE,
           KnowledgeDomain.SECOND_VICTIM]


def fill_activity(vault: Vault, year: int = 2026) -> list[Case]:
    """A realistic year: 9 cases in March, 6 in May, 2 in June (to be suppressed); mostly burn-out."""
    cases: list[Case] = []
    plan = [(3, 9), (5, 6), (6, 2)]
    n = 0
    for month, count in plan:
        for i in range(count):
            n += 1
            domains = {DOMAINS[0]} if n % 3 else {DOMAINS[n % 4], DOMAINS[0]}
            case = vault.cases.add(Case(
                code="", opened_on=date(year, month, 1 + i), language=Language.NL if n % 4 else Language.FR,
                initiator=Initiator.DOCTOR if n % 5 else Initiator.COLLEAGUE, domains=frozenset(domains),
                doctor_name=f"Dr. Naamloos{n}", region="antwerp"))
            assert case.id is not None
            if n % 2 == 0:
                vault.referrals.add(Referral(case_id=case.id, provider_name="Praktijk De Linde",
                                             provider_kind=ProviderKind.PSYCHOLOGIST,
                                             status_dates={"proposed": date(year, month, 2 + i).isoformat()}))
            if n <= 7:
                case = vault.cases.change_status(case.id, CaseStatus.CLOSED, on=date(year, 11, 1),
                                                 reason=CloseReason.HANDED_OVER_AFTER_REFERRAL)
            cases.append(case)
    return cases


@pytest.fixture
def session(proven_session: VaultSession) -> VaultSession:
    return proven_session


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    monkeypatch.setattr("trustdesk.ui.reports.reports_page.current_day", lambda: date(2026, 12, 6))
    fill_activity(vault)
    p = ReportsPage(session)
    qtbot.addWidget(p)
    p.resize(1100, 900)
    p.language.setCurrentIndex(0)  # Dutch
    p.set_quarter(Quarter(2026, 2))
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    qtbot.waitUntil(lambda: p.report is not None and not p._pending and not p._rebuild.isActive() and bool(p.grids),
                    timeout=15_000)
    return p


def test_review_shows_exactly_the_suppressed_table(page: ReportsPage) -> None:
    assert page.report is not None
    cells = page.shown_cells()
    months = dict(cells["month"])
    assert list(months) == ["april 2026", "mei 2026", "juni 2026"]  # one whole quarter
    # April 0 is a zero; June (2) is hidden, and May (6) with it: 8 - 0 - 6 would give June away
    assert months == {"april 2026": "0", "mei 2026": "\u00b7", "juni 2026": "\u00b7"}
    for rows in cells.values():
        for _label, count in rows:
            assert count == "\u00b7" or int(count) >= 5 or count == "0"
    # The screen holds the very object that will be saved: its table, cell by cell.
    for table in page.report.tables:
        assert [c for _l, c in cells[table.name]] == [r.display for r in table.rows]
    assert "TD-" not in " ".join(label for rows in cells.values() for label, _c in rows)


def test_charts_suppress_too_and_render_offscreen(page: ReportsPage, tmp_path: Path) -> None:
    chart = page.charts["month"]
    drawn = dict(chart.drawn)
    assert drawn["2026-04"] == 0 and drawn["2026-05"] is None and drawn["2026-06"] is None
    assert "\u00b7" in chart.accessibleDescription()
    for chart in page.charts.values():  # a table with a shown count beside a hidden one
        counts = [count for _key, count in chart.drawn]
        if any(c is not None and c >= 5 for c in counts) and None in counts:
            break
    else:
        raise AssertionError("no table with both a shown and a hidden count")
    image = chart.grab().toImage()
    png = tmp_path / "chart.png"
    assert image.save(str(png))
    loaded = QImage(str(png))
    assert loaded.width() > 100 and loaded.height() > 20
    bar = page.palette().highlight().color()
    row_h = loaded.height() / len(counts)

    def bar_pixels(row: int) -> int:
        y = int(row_h * row + row_h / 2)
        return sum(1 for x in range(loaded.width()) if _close(QColor(loaded.pixel(x, y)), bar))

    shown = next(i for i, c in enumerate(counts) if c is not None and c >= 5)
    hidden = counts.index(None)
    assert bar_pixels(shown) > 20
    assert bar_pixels(hidden) == 0  # a suppressed count draws no bar


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 30


def test_french_labels_when_the_report_is_french(qtbot: QtBot, page: ReportsPage) -> None:
    page.language.setCurrentIndex(1)
    months = dict(page.shown_cells()["month"])
    assert months == {"avril 2026": "0", "mai 2026": "\u00b7", "juin 2026": "\u00b7"}


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_save_is_an_audited_export_of_what_is_shown(qtbot: QtBot, page: ReportsPage, vault: Vault, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    (page.save_pdf if fmt == "pdf" else page.save_csv).click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert calls[0][-1] & QFileDialog.Option.DontUseNativeDialog
    data = target.read_bytes()
    if fmt == "pdf":
        text = pdf_text(data)
        assert "mei 2026" in text and "\u00b7" in text and "Naamloos" not in text
    else:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        # the screen's mark is the CSV's word (one word in every CSV, README.md "CSV files")
        shown = {(t, HIDDEN_WORD if c == HIDDEN_MARK else c) for t, cells in page.shown_cells().items() for _l, c in cells}
        assert {(r["table"], r["count"]) for r in rows if r["table"] != "total"} == shown
        assert all(r["count"] in (HIDDEN_WORD, "0") or int(r["count"]) >= 5 for r in rows)
    entries = vault.audit.entries(event="export")
    assert [(e.case_code, e.detail) for e in entries] == [("", f"activity_report 2026-04..2026-06 {fmt}")]


def test_only_completed_non_overlapping_quarters_are_offered(qtbot: QtBot, page: ReportsPage) -> None:
    offered = [Quarter.parse(page.period_choice.itemData(i)) for i in range(page.period_choice.count())]
    assert offered[0] == Quarter(2026, 3)  # on 6 December 2026 the fourth quarter is still running
    assert offered == sorted(offered, reverse=True) and len(set(offered)) == len(offered)
    for newer, older in zip(offered, offered[1:], strict=False):
        assert older.next() == newer  # consecutive, never nested or overlapping
    page.set_quarter(Quarter(2026, 1))
    qtbot.waitUntil(lambda: page.report is not None and page.report.start_month == "2026-01" and not page._pending,
                    timeout=10_000)
    assert (page.report.start_month, page.report.end_month) == ("2026-01", "2026-03")
    with pytest.raises(ValueError):
        page.set_quarter(Quarter(2026, 4))


def test_lock_clears_the_figures(qtbot: QtBot, page: ReportsPage, session: VaultSession) -> None:
    session.lock()
    page.clear()  # the main window calls clear() on lock
    assert page.report is None and page.grids == {} and page.charts == {}
    assert not page.save_csv.isEnabled()


def test_every_interactive_widget_is_named(page: ReportsPage) -> None:
    for widget in page.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QComboBox, QDateEdit)) and widget.isVisibleTo(page):
            assert widget.objectName() and widget.accessibleName(), widget


def test_in_the_main_window_the_figures_go_with_the_lock(qtbot: QtBot, make_shell: Any, vault: Vault) -> None:
    from tests.ui.test_shell import _unlocked_shell
    from trustdesk.ui.shell.main_window import default_pages

    fill_activity(vault, year=date.today().year)
    shell = _unlocked_shell(make_shell, vault, pages=default_pages())
    window = shell.main_window
    assert window is not None
    window.show_page("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None and bool(page.grids), timeout=15_000)
    assert all(count in ("\u00b7", "0") or int(count) >= 5 for _l, count in page.shown_cells()["month"])
    shell.session.lock()
    assert page.report is None and page.grids == {}
