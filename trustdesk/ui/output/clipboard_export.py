"""Copying the whole of a note, letter or plan to the clipboard is an export (issue 17, item 1).

The clipboard guard (``kit/clipboard.py``) calls :func:`clipboard_export` — installed by the shell as
``guard().exporter`` — when a copy holds all of a document field or more than ``EXPORT_CHARS``
characters.  Like every other way text leaves the vault: the passphrase (``require_reauth``, with its
two-minute grace) and an audit entry naming the case code, or nothing is copied.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustdesk.ui.kit.clipboard import case_code_of, session_of
from trustdesk.ui.output.reauth import require_reauth

KIND = "clipboard"


def clipboard_export(editor: QWidget, text: str) -> bool:
    """True when ``text`` may go on the clipboard: the secret was given and the copy is audited."""
    session = session_of(editor)
    if session is None or not session.is_unlocked:
        return False
    field = editor.accessibleName() or QCoreApplication.translate("clipboard", "this field")
    what = QCoreApplication.translate("clipboard", "“%1” copied whole to the clipboard (%n character(s))", "",
                                      len(text)).replace("%1", field)
    if not require_reauth(session, editor.window(), what):
        return False
    vault = session.vault
    if vault is None or vault.is_locked:
        return False
    from trustdesk.vault.audit import AuditEvent, disclosure_detail

    try:
        vault.audit.append(AuditEvent.EXPORT, case_code_of(editor, vault), disclosure_detail(KIND))
    except Exception:  # noqa: BLE001 - an unaudited export does not happen
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("clipboard", "Not copied"),
                          QCoreApplication.translate("clipboard", "The vault could not record this copy, so "
                                                     "nothing was copied."), QMessageBox.StandardButton.Ok,
                          editor.window())
        box.setObjectName("clipboardExportFailed")
        box.exec()
        box.deleteLater()
        return False
    return True
