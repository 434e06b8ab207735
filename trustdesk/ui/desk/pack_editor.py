"""The pack editor: what the next organisation pack carries -- the directory of providers (each with
its languages, knowledge domains and provinces served, ticked from the allowed values), the help
lines, the letter templates and the knowledge cards (``cards_editor.py``) -- kept as a draft in the desk (encrypted to the desk's key), checked
as a trust person's TrustDesk will check it, then signed with the pack signing key and saved as a
file to send (``packs.draft``).  The coordinator's card goes into every pack; each saved pack gets
the next version number."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.domain.enums import TemplateKind
from trustdesk.packs.draft import HELPLINE_COLUMNS, MULTI_COLUMNS, PROVIDER_COLUMNS, PackDraft
from trustdesk.ui.desk.cards_editor import CardsEditor
from trustdesk.ui.desk.checklist import CheckList, join_values, name_languages, split_values
from trustdesk.ui.desk.kind_column import KindDelegate
from trustdesk.ui.desk.pack_issues import PackIssues
from trustdesk.ui.desk.rows_table import RowsTable
from trustdesk.ui.kit.appearance import named_button
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates

if TYPE_CHECKING:
    from trustdesk.exchange.coordinator import CoordinatorDesk

SHOWN_PROVIDER_COLUMNS = tuple(c for c in PROVIDER_COLUMNS if c != "sees_physicians")  # stays as typed (or empty)
SHOWN_HELPLINE_COLUMNS = HELPLINE_COLUMNS[:4]
TEMPLATE_LANGUAGES = ("nl", "fr")


class PackEditor(Retranslates, QWidget):
    def __init__(self, desk: CoordinatorDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPackTab")
        self.desk = desk
        from trustdesk.packs.draft import load_draft

        draft = load_draft(desk.folder, desk.identity)
        self.pack_id = guard_text(QLineEdit(draft.pack_id, self))
        self.pack_id.setObjectName("deskPackId")
        self.pack_id.setMaxLength(63)
        self.title = guard_text(QLineEdit(draft.title, self))
        self.title.setObjectName("deskPackTitle")
        self.title.setMaxLength(200)
        self.version = QSpinBox(self)
        self.version.setObjectName("deskPackVersion")
        self.version.setRange(1, 2**31 - 1)
        self.version.setValue(draft.version)
        self.header = QFormLayout()
        self.id_label, self.title_label, self.version_label = QLabel(self), QLabel(self), QLabel(self)
        for label, widget in ((self.id_label, self.pack_id), (self.title_label, self.title),
                              (self.version_label, self.version)):
            label.setBuddy(widget)
            self.header.addRow(label, widget)

        self.parts = QTabWidget(self)
        self.parts.setObjectName("deskPackParts")
        directory = QWidget(self)
        self.providers = RowsTable("deskProviders", SHOWN_PROVIDER_COLUMNS, directory, read_only=MULTI_COLUMNS)
        self.kinds = KindDelegate(self.providers.table)  # the kind chosen by its name, kept as the pack's value
        self.providers.table.setItemDelegateForColumn(SHOWN_PROVIDER_COLUMNS.index("kind"), self.kinds)
        self.providers.set_rows(draft.providers)
        # The chosen provider's languages, knowledge domains and provinces served: ticked from the allowed
        # values (the table shows them, read-only), so a pack never carries a value nobody can read.
        self.provider_lists = {name: CheckList(f"deskProvider{name.title()}", directory) for name in MULTI_COLUMNS}
        self.provider_labels = {name: QLabel(directory) for name in MULTI_COLUMNS}
        ticks = QHBoxLayout()
        for name in MULTI_COLUMNS:
            self.provider_labels[name].setBuddy(self.provider_lists[name])
            column = QVBoxLayout()
            column.addWidget(self.provider_labels[name])
            column.addWidget(self.provider_lists[name])
            ticks.addLayout(column)
            self.provider_lists[name].changed.connect(lambda name=name: self._provider_ticked(name))
        directory_layout = QVBoxLayout(directory)
        directory_layout.setContentsMargins(0, 0, 0, 0)
        directory_layout.addWidget(self.providers, 3)
        directory_layout.addLayout(ticks, 2)
        self.providers.table.currentCellChanged.connect(lambda row, *_: self._show_provider(row))
        lines = QWidget(self)
        self.helplines = RowsTable("deskHelplines", SHOWN_HELPLINE_COLUMNS, lines, read_only=("languages",))
        self.helplines.set_rows(draft.helplines)
        # its languages ticked, as a provider's (typed, "Nederlands" was refused: only "nl" was read)
        self.helpline_languages = CheckList("deskHelplineLanguages", lines)
        self.helpline_languages_label = QLabel(lines)
        self.helpline_languages_label.setBuddy(self.helpline_languages)
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.helplines, 3)
        lines_layout.addWidget(self.helpline_languages_label)
        lines_layout.addWidget(self.helpline_languages, 1)
        self.helplines.table.currentCellChanged.connect(lambda row, *_: self._show_helpline(row))
        self.helpline_languages.changed.connect(self._helpline_ticked)
        templates = QWidget(self)
        self.template_language = QComboBox(templates)
        self.template_language.setObjectName("deskTemplateLanguage")
        for code in TEMPLATE_LANGUAGES:
            self.template_language.addItem("", code)  # named in retranslate: "Nederlands", not "NL"
        self.template_kind = QComboBox(templates)
        self.template_kind.setObjectName("deskTemplateKind")
        self.template_body = guard_text(QPlainTextEdit(templates))
        self.template_body.setObjectName("deskTemplateBody")
        self.template_body.setTabChangesFocus(True)
        self.templates: dict[str, str] = dict(draft.templates)
        self._template_key = ""
        choose = QHBoxLayout()
        choose.addWidget(self.template_language)
        choose.addWidget(self.template_kind, 1)
        template_layout = QVBoxLayout(templates)
        template_layout.addLayout(choose)
        template_layout.addWidget(self.template_body, 1)
        self.cards = CardsEditor(self)
        self.cards.set_cards(draft.knowledge)
        self.parts.addTab(directory, "")
        self.parts.addTab(lines, "")
        self.parts.addTab(templates, "")
        self.parts.addTab(self.cards, "")
        self.parts.currentChanged.connect(self._part_chosen)
        self.parts.tabBar().installEventFilter(self)  # the Alt+letter of the part already shown, too

        self.key_file = guard_text(QLineEdit(self))
        self.key_file.setObjectName("deskSigningKeyFile")
        self.key_choose = named_button(self, "deskSigningKeyChoose", self.choose_key)
        self.key_choose.setAutoDefault(False)
        self.key_passphrase = guard_text(QLineEdit(self))
        self.key_passphrase.setObjectName("deskSigningKeyPassphrase")
        self.key_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label, self.key_pass_label = QLabel(self), QLabel(self)
        self.key_label.setBuddy(self.key_file)
        self.key_pass_label.setBuddy(self.key_passphrase)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label)
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(self.key_choose)
        key_row.addWidget(self.key_pass_label)
        key_row.addWidget(self.key_passphrase)

        self.save_draft_button = named_button(self, "deskSaveDraft", self.save_draft)
        self.check_button = named_button(self, "deskCheckPack", self.check_pack)
        self.build_button = named_button(self, "deskBuildPack", self.build_pack)
        self.message = QLabel(self)
        self.message.setObjectName("deskPackMessage")
        self.message.setWordWrap(True)
        self.issues = PackIssues(self, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_draft_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.issues)
        layout.addLayout(key_row)
        layout.addLayout(buttons)
        self.template_language.currentIndexChanged.connect(self._template_changed)
        self.template_kind.currentIndexChanged.connect(self._template_changed)
        self.retranslate()
        self._template_changed()
        self._show_provider(self.providers.table.currentRow())

    # -- the draft --------------------------------------------------------------------------------

    def part_field(self, index: int) -> QWidget:
        """Where typing goes in a part: its table, the template's language, the list of cards."""
        return (self.providers.table, self.helplines.table, self.template_language, self.cards.list)[index]

    def _part_chosen(self, index: int) -> None:
        """A part chosen by its Alt+letter from elsewhere (the focus on the desk's tabs, a field above):
        the focus goes into it, so the next keys type there (they went to the pack id).  Walking the
        parts' own tab bar with the arrows keeps the focus on the bar."""
        focus = self.window().focusWidget() if self.window() is not None else None
        if focus is not None and (focus is self.parts or self.parts.isAncestorOf(focus)):
            return
        if 0 <= index < self.parts.count():
            self.part_field(index).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parts.tabBar() and event.type() == QEvent.Type.Shortcut:
            # the bar shows the part (no change when it is shown already); then the focus goes in
            QTimer.singleShot(0, lambda: self._part_chosen(self.parts.currentIndex()))
        return super().eventFilter(watched, event)

    def _show_provider(self, row: int) -> None:
        for name, ticks in self.provider_lists.items():
            ticks.set_values(split_values(self.providers.cell(row, name)) if row >= 0 else [])
            ticks.setEnabled(row >= 0)

    def _provider_ticked(self, name: str) -> None:
        row = self.providers.table.currentRow()
        if row >= 0:
            self.providers.set_cell(row, name, join_values(self.provider_lists[name].values()))

    def _show_helpline(self, row: int) -> None:
        self.helpline_languages.set_values(split_values(self.helplines.cell(row, "languages")) if row >= 0 else [])
        self.helpline_languages.setEnabled(row >= 0)

    def _helpline_ticked(self) -> None:
        row = self.helplines.table.currentRow()
        if row >= 0:
            self.helplines.set_cell(row, "languages", join_values(self.helpline_languages.values()))

    def _keep_template(self) -> None:
        if self._template_key:
            self.templates[self._template_key] = self.template_body.toPlainText()

    def _template_changed(self) -> None:
        self._keep_template()
        language, kind = self.template_language.currentData(), self.template_kind.currentData()
        self._template_key = f"{language}/{kind}" if language and kind else ""
        self.template_body.setPlainText(self.templates.get(self._template_key, ""))

    def draft(self) -> PackDraft:
        self._keep_template()
        return PackDraft(self.pack_id.text().strip(), self.title.text().strip(), self.version.value(),
                         self.providers.rows(), self.helplines.rows(),
                         {k: v for k, v in self.templates.items() if v.strip()}, self.cards.rows())

    def keep_draft(self) -> bool:
        """Save the draft (encrypted) without a word, when locking or closing: unsaved rows are never
        dropped.  False when it could not be written."""
        from trustdesk.packs.draft import save_draft

        try:
            save_draft(self.desk.folder, self.desk.identity, self.draft())
        except OSError:
            return False
        return True

    def save_draft(self) -> None:
        from trustdesk.packs.draft import save_draft

        try:
            save_draft(self.desk.folder, self.desk.identity, self.draft())
        except OSError:
            self.message.setText(self.tr("The draft could not be saved."))
            return
        self.message.setText(self.tr("Draft saved in the desk."))

    def check_pack(self) -> bool:
        """Every problem, listed below the parts (Enter on one goes to its cell); True when there is none."""
        from trustdesk.packs.draft import check
        from trustdesk.packs.draft_check import PART_CARDS, PART_HELPLINES, PART_PROVIDERS, draft_issues

        draft = self.draft()
        issues = draft_issues(draft, self.desk.card)
        self.issues.show_issues(issues, {PART_PROVIDERS: self.providers.filled(),
                                         PART_HELPLINES: self.helplines.filled(), PART_CARDS: self.cards.filled()})
        if issues:
            self.message.setText(self.tr("A trust person's TrustDesk would refuse this pack: %n problem(s), listed "
                                         "below. Enter on one goes to its place.", "", len(issues)))
            self.issues.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        pack = check(draft, self.desk.card)
        parts = (self.tr("%n provider(s)", "", len(pack.providers)),
                 self.tr("%n help line(s)", "", len(pack.helplines or ())),
                 self.tr("%n letter template(s)", "", len(pack.templates)),
                 self.tr("%n knowledge card(s)", "", len(pack.knowledge or ())))
        message = self.tr("The pack is valid: %1, %2, %3, %4.")
        for number, part in enumerate(parts, start=1):
            message = message.replace(f"%{number}", part)
        self.message.setText(message)
        return True

    # -- signing ----------------------------------------------------------------------------------

    def choose_key(self) -> None:
        from trustdesk.ui.exchange.exchange_files import ask_open_path

        path = ask_open_path(self, self.tr("The pack signing key"), self.tr("Private key (*.pem);;All files (*)"))
        if path is not None:
            self.key_file.setText(str(path))

    def build_pack(self) -> Path | None:
        from trustdesk.packs.draft import save_draft, signed_pack
        from trustdesk.packs.errors import PackRejected
        from trustdesk.packs.signing import load_private_key
        from trustdesk.ui.exchange.exchange_files import ask_save_path, write_file

        if not self.check_pack():
            return None
        try:
            key = load_private_key(Path(self.key_file.text().strip()).read_bytes(),
                                   self.key_passphrase.text().encode("utf-8"))
        except (OSError, ValueError):
            self.message.setText(self.tr("The signing key does not open: check the key file and its passphrase."))
            return None
        finally:
            self.key_passphrase.clear()
        draft = self.draft()
        try:
            data = signed_pack(draft, self.desk.card, key)
        except PackRejected as exc:
            from trustdesk.ui.desk.pack_issue_text import refusal_text

            self.message.setText(refusal_text(exc))
            return None
        path = ask_save_path(self, self.tr("Save the pack"), f"{draft.pack_id}-{draft.version}.zip",
                             self.tr("Organisation pack (*.zip)"))
        if path is None:
            return None
        from trustdesk.exchange.coordinator import DeskBusy
        from trustdesk.ui.desk.desk_watch import busy_text

        try:
            with self.desk.writing():  # the pack and its audit line, or neither
                write_file(path, data)
                self.desk.audit("pack_built", f"{draft.pack_id}@{draft.version}")
        except DeskBusy:
            self.message.setText(busy_text())
            return None
        except OSError:
            self.message.setText(self.tr("The pack could not be saved there."))
            return None
        following = draft.next_version()
        self.version.setValue(following.version)
        save_draft(self.desk.folder, self.desk.identity, following)
        self.message.setText(self.tr("Pack %1 version %2 signed and saved as %3. The next pack will be version %4.")
                             .replace("%1", draft.pack_id).replace("%2", str(draft.version))
                             .replace("%3", path.name).replace("%4", str(following.version)))
        return path

    def retranslate(self) -> None:
        from trustdesk.documents.labels import Labels
        from trustdesk.ui.kit.case_labels import ui_locale

        code = ui_locale().name()[:2]
        words = Labels(code if code in ("nl", "fr") else "en")
        self.id_label.setText(self.tr("Pack &id:"))
        self.title_label.setText(self.tr("&Title:"))
        self.version_label.setText(self.tr("&Version:"))
        self.pack_id.setAccessibleName(self.tr("Pack id"))
        self.title.setAccessibleName(self.tr("Pack title"))
        self.version.setAccessibleName(self.tr("Pack version"))
        self.parts.setTabText(0, self.tr("Di&rectory"))
        self.parts.setTabText(1, self.tr("&Help lines"))
        self.parts.setTabText(2, self.tr("Letter te&mplates"))
        self.parts.setTabText(3, self.tr("Knowledge cards"))
        self.providers.set_headers([
            self.tr("Key"), self.tr("Kind"), self.tr("Name"), self.tr("Organisation"), self.tr("Languages"),
            self.tr("Region"), self.tr("Phone"), self.tr("E-mail"), self.tr("Website"), self.tr("Notes"),
            self.tr("Knowledge domains"), self.tr("Provinces served")])
        from trustdesk.domain.enums import CareDomain, Language, Province
        from trustdesk.ui.kit.case_labels import care_choice_text, language_text, province_text

        self.provider_lists["languages"].set_choices([(lang.value, language_text(lang)) for lang in Language])
        self.provider_lists["domains"].set_choices([(d.value, care_choice_text(d)) for d in CareDomain])
        self.provider_lists["regions"].set_choices([(p.value, province_text(p)) for p in Province])
        self._show_provider(self.providers.table.currentRow())
        self.helpline_languages.set_choices([(lang.value, language_text(lang)) for lang in Language])
        self._show_helpline(self.helplines.table.currentRow())
        self.helpline_languages_label.setText(self.tr("Languages of the chosen help line:"))
        self.helpline_languages.setAccessibleName(self.tr("Languages the chosen help line answers in"))
        for name, label, accessible in (
                ("languages", self.tr("Languages of the chosen provider:"),
                 self.tr("Languages the chosen provider speaks")),
                ("domains", self.tr("Its knowledge domains:"), self.tr("Knowledge domains of the chosen provider")),
                ("regions", self.tr("Provinces it serves:"), self.tr("Provinces the chosen provider serves"))):
            self.provider_labels[name].setText(label)
            self.provider_lists[name].setAccessibleName(accessible)
        self.providers.table.setAccessibleName(self.tr("Providers in the pack"))
        self.helplines.set_headers([self.tr("Key"), self.tr("Name"), self.tr("Number"), self.tr("Languages")])
        self.helplines.table.setAccessibleName(self.tr("Help lines in the pack"))
        from trustdesk.packs.draft_check import ITEM_ID_CHARACTERS
        from trustdesk.ui.desk.pack_issues import key_sentence

        for rows in (self.providers, self.helplines):  # what a key may hold, on the column's header
            header = rows.table.horizontalHeaderItem(rows.columns.index("key"))
            if header is not None:
                header.setToolTip(key_sentence(ITEM_ID_CHARACTERS))
        for button, text in ((self.providers.add_button, self.tr("Add a provider")),
                             (self.providers.remove_button, self.tr("Remove the chosen provider")),
                             (self.helplines.add_button, self.tr("Add a help line")),
                             (self.helplines.remove_button, self.tr("Remove the chosen help line"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.template_language.setAccessibleName(self.tr("Language of the template"))
        name_languages(self.template_language)
        self.template_kind.setAccessibleName(self.tr("Kind of letter"))
        chosen = self.template_kind.currentData()
        self.template_kind.blockSignals(True)
        self.template_kind.clear()
        for kind in TemplateKind:
            try:
                name = words.enum(kind)
            except KeyError:
                name = kind.value.replace("_", " ")
            self.template_kind.addItem(name, kind.value)
        if chosen is not None:
            self.template_kind.setCurrentIndex(max(0, self.template_kind.findData(chosen)))
        self.template_kind.blockSignals(False)
        self.template_body.setAccessibleName(self.tr("Template text"))
        self.key_label.setText(self.tr("Signing &key:"))
        self.key_file.setAccessibleName(self.tr("Pack signing key file"))
        self.key_choose.setText(self.tr("Choose…"))
        self.key_choose.setAccessibleName(self.tr("Choose the pack signing key"))
        self.key_pass_label.setText(self.tr("Key pass&phrase:"))
        self.key_passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.save_draft_button.setText(self.tr("Save &draft"))
        self.save_draft_button.setAccessibleName(self.tr("Save the draft"))
        self.check_button.setText(self.tr("Ch&eck"))
        self.check_button.setAccessibleName(self.tr("Check the pack"))
        self.build_button.setText(self.tr("&Sign and save the pack…"))
        self.build_button.setAccessibleName(self.tr("Sign and save the pack"))
        self.issues.retranslate()
