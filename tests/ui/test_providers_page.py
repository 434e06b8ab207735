"""The provider directory page against a real vault: starter directory, filters, edit/delete of pack
items, CSV import preview (nothing written before Import), export/import round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CareDomain, Language, ProviderKind, Province
from trustdesk.domain.models import Provider
from trustdesk.packs.installation import STARTER_ID, dismissed_setting, version_setting
from trustdesk.packs.provider_csv import CsvProblem
from trustdesk.ui.directory.csv_import_dialog import CsvImportDialog, problem_text
from trustdesk.ui.directory.provider_dialog import ProviderDialog
from trustdesk.ui.directory.providers_page import ProvidersPage
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

CSV_WITH_PROBLEMS = (
    "soort;naam;organisatie;talen;regio;telefoon;e-mail;website\n"
    "psycholoog;Dr. Els Vermeulen;Praktijk De Linde;nl;antwerp;03 123 45 67;els@example.be;https://delinde.be\n"
    "astroloog;Mevr. Sterre;;nl;;;;\n"
    "psychiatre;Dr Luc Martin;Clinique du Parc;fr, nl;liege;04 222 33 44;;\n"
    "psycholoog;Dr. Els Vermeulen;Praktijk De Linde;nl;antwerp;03 123 45 67;;\n"
    ";Zonder soort;;;;;;\n"
).encode("cp1252")



@pytest.fixture
def page(qtbot: QtBot, session: VaultSession) -> ProvidersPage:
    p = ProvidersPage(session)
    qtbot.addWidget(p)
    p.refresh()
    return p


def _select(page: ProvidersPage, name: str) -> Provider:
    for row in range(page.model.rowCount()):
        provider = page.model.provider_at(row)
        if provider is not None and provider.name == name:
            page.table.selectRow(row)
            return provider
    raise AssertionError(f"{name} not listed")


def test_starter_directory_is_installed_once_and_filters_work(page: ProvidersPage, vault: Vault) -> None:
    assert vault.settings.get(version_setting(STARTER_ID)) is not None
    total = vault.providers.count()
    assert total > 5 and page.model.total == total
    page.refresh()
    assert vault.providers.count() == total  # idempotent

    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ProviderKind.CRISIS_LINE.value))
    assert page.model.rowCount() > 0
    assert all(p.kind == ProviderKind.CRISIS_LINE for p in page.model.providers)
    page.language_filter.setCurrentIndex(page.language_filter.findData(Language.FR.value))
    assert all(Language.FR in p.languages for p in page.model.providers)
    assert "Centre de Prévention du Suicide" in [p.name for p in page.model.providers]
    page.text_filter.setText("prevention")  # accents do not matter
    assert [p.name for p in page.model.providers] == ["Centre de Prévention du Suicide"]
    assert "of" in page.count_label.text()
    page.text_filter.clear()
    page.kind_filter.setCurrentIndex(0)
    page.language_filter.setCurrentIndex(0)
    assert page.model.rowCount() == total


def test_new_provider_and_editing_a_pack_item_marks_it_edited(qtbot: QtBot, page: ProvidersPage,
                                                               vault: Vault) -> None:
    dialog = page.new_provider()
    assert isinstance(dialog, ProviderDialog)
    dialog.save()
    assert dialog.message.isVisibleTo(dialog) and dialog.saved is None  # a name is required
    dialog.kind.setCurrentIndex(dialog.kind.findData(ProviderKind.PSYCHOLOGIST.value))
    dialog.name.setText("Dr. Els Vermeulen")
    dialog.organisation.setText("Praktijk De Linde")
    dialog.language_boxes[Language.NL].setChecked(True)
    dialog.language_boxes[Language.EN].setChecked(True)
    dialog.region_boxes[Province.ANTWERP].setChecked(True)
    dialog.region.setText("Berchem")
    dialog.domain_boxes[CareDomain.BURNOUT].setChecked(True)
    dialog.phone.setText("03 123 45 67")
    dialog.sees_physicians.setChecked(True)
    dialog.save()
    stored = [p for p in vault.providers.list() if p.name == "Dr. Els Vermeulen"]
    assert len(stored) == 1
    assert stored[0].languages == {Language.NL, Language.EN} and stored[0].regions == {Province.ANTWERP}
    assert stored[0].region == "Berchem" and stored[0].domains == {CareDomain.BURNOUT}
    assert stored[0].source == "own" and stored[0].sees_physicians and not stored[0].edited
    assert page.current_provider() is not None and page.current_provider().name == "Dr. Els Vermeulen"
    assert "Praktijk De Linde" in page.details.toPlainText()

    starter = _select(page, "Tele-Onthaal 106")
    assert starter.source.startswith("starter@") and not starter.edited
    edit = page.edit_current()
    assert edit is not None
    assert "Starter directory" in edit.source.text()
    edit.notes.setPlainText("Ook 's nachts bereikbaar.")
    edit.save()
    after = vault.providers.get(starter.id or 0)
    assert after is not None and after.edited and after.notes == "Ook 's nachts bereikbaar."
    assert after.source == starter.source  # the source never changes by editing


def test_deleting_a_pack_item_is_remembered(page: ProvidersPage, vault: Vault) -> None:
    starter = _select(page, "Tele-Onthaal 106")
    assert page.delete_current(confirm=False)
    assert vault.providers.get(starter.id or 0) is None
    assert starter.source_key in vault.settings.get(dismissed_setting(STARTER_ID))["providers"]
    page.refresh()  # the starter directory does not bring it back
    assert "Tele-Onthaal 106" not in [p.name for p in vault.providers.list()]


def test_csv_preview_shows_row_errors_and_writes_nothing_until_import(qtbot: QtBot, page: ProvidersPage,
                                                                      vault: Vault, tmp_path: Path) -> None:
    before = sorted((p.name, p.id) for p in vault.providers.list())
    path = tmp_path / "sociale kaart.csv"
    path.write_bytes(CSV_WITH_PROBLEMS)
    dialog = page.import_csv(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # read in a worker
    assert isinstance(dialog, CsvImportDialog)
    assert dialog.model.rowCount() == 5
    statuses = [dialog.model.text(r, 3) for r in range(5)]
    assert statuses == ["OK", "Error: not imported", "OK", "Duplicate", "Error: not imported"]
    assert "Unknown kind of provider: \u201castroloog\u201d" in dialog.model.text(1, 4)
    assert "Same provider as row 2" in dialog.model.text(3, 4)
    assert "2 provider(s) will be added" in dialog.summary.text()
    assert "2 row(s) with errors" in dialog.summary.text()
    assert sorted((p.name, p.id) for p in vault.providers.list()) == before  # nothing written yet

    dialog.skip_duplicates.setChecked(False)
    assert dialog.importable_count() == 3
    dialog.skip_duplicates.setChecked(True)
    dialog.confirm()
    assert dialog.imported is not None and len(dialog.imported) == 2
    names = [p.name for p in vault.providers.list()]
    assert names.count("Dr. Els Vermeulen") == 1 and "Dr Luc Martin" in names and "Mevr. Sterre" not in names
    qtbot.waitUntil(lambda: page.model.total == len(names))


def test_a_file_that_is_not_csv_is_refused_whole(qtbot: QtBot, page: ProvidersPage, vault: Vault, tmp_path: Path) -> None:
    before = vault.providers.count()
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    dialog = page.import_csv(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)  # read in a worker
    assert dialog is not None and dialog.rejected_problem is not None
    assert not dialog.import_button.isEnabled()
    assert "Nothing was changed" in dialog.summary.text()
    dialog.confirm()
    assert vault.providers.count() == before


def test_every_problem_has_a_sentence() -> None:
    params = {"limit": "10", "column": "name", "value": "x", "count": "2", "other_row": "3", "name": "Y",
              "detail": "d"}
    sentences = {problem: problem_text(problem, params) for problem in CsvProblem}
    assert all(sentences.values())
    assert len(set(sentences.values())) == len(CsvProblem)


def test_export_and_import_round_trip(qtbot: QtBot, page: ProvidersPage, vault: Vault, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    vault.providers.add(Provider(kind=ProviderKind.PSYCHIATRIST, name="Dr Hélène Dupont", organisation="CHU Liège",
                                 languages=frozenset({Language.FR}), region="liege",
                                 address="Avenue de l'Hôpital 1\n4000 Liège", phone="04 366 11 11",
                                 notes="=HYPERLINK(\"x\") reste du texte", sees_physicians=True))
    page.refresh()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr("trustdesk.ui.output.document_output.require_reauth", lambda *_a, **_k: True)
    for dialect in ("excel-be", "utf8"):
        path = tmp_path / f"directory-{dialect}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, p=path: (str(p), ""))
        assert page.export_csv(dialect) == vault.providers.count()
        data = path.read_bytes()
        if dialect == "excel-be":
            assert b";" in data.splitlines()[0] and "Hélène".encode("cp1252") in data
        dialog = page.import_csv(path)
        assert dialog is not None
        qtbot.waitUntil(lambda d=dialog: d.ready)  # read in a worker
        assert isinstance(dialog, CsvImportDialog) and dialog.preview is not None
        assert not dialog.preview.error_rows
        assert len(dialog.preview.duplicate_rows) == len(dialog.preview.rows)  # all of them, phone or not
        imported = {p.name: p for p in dialog.preview.importable(skip_duplicates=False)}
        original = next(p for p in vault.providers.list() if p.name == "Dr Hélène Dupont")
        again = imported["Dr Hélène Dupont"]
        assert (again.address, again.notes, again.languages, again.region, again.sees_physicians) == (
            original.address, original.notes, original.languages, original.region, original.sees_physicians)
        dialog.reject()


def test_lock_clears_the_page(page: ProvidersPage, session: VaultSession) -> None:
    _select(page, "Tele-Onthaal 106")
    session.lock()
    page.clear()
    assert page.model.rowCount() == 0 and page.details.toPlainText() == ""


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_interactive_widget_is_named(qtbot: QtBot, page: ProvidersPage, vault: Vault) -> None:
    _select(page, "Tele-Onthaal 106")
    dialog = page.edit_current()
    unnamed = []
    for top in (page, dialog):
        for widget in top.findChildren(QWidget):  # type: ignore[union-attr]
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
                continue
            if _inside_combo_box(widget):
                continue
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_the_directory_filters_by_domain_and_province(qtbot: QtBot, page: ProvidersPage, vault: Vault) -> None:
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Burn-out Antwerpen",
                                 domains=frozenset({CareDomain.BURNOUT}), regions=frozenset({Province.ANTWERP})))
    vault.providers.add(Provider(kind=ProviderKind.PSYCHOLOGIST, name="Trauma Luik",
                                 domains=frozenset({CareDomain.TRAUMA}), regions=frozenset({Province.LIEGE})))
    page.refresh()
    page.domain_filter.setCurrentIndex(page.domain_filter.findData(CareDomain.BURNOUT.value))
    names = [p.name for p in page.model.providers]
    assert "Burn-out Antwerpen" in names and "Trauma Luik" not in names
    assert all(CareDomain.BURNOUT in p.domains for p in page.model.providers)
    page.domain_filter.setCurrentIndex(0)
    page.region_filter.setCurrentIndex(page.region_filter.findData(Province.LIEGE.value))
    names = [p.name for p in page.model.providers]
    assert "Trauma Luik" in names and "Burn-out Antwerpen" not in names
    assert all(Province.LIEGE in p.regions or Province.NATIONAL in p.regions for p in page.model.providers)
    _select(page, "Trauma Luik")
    assert "Trauma" in page.details.toPlainText() and "Liège" in page.details.toPlainText()
