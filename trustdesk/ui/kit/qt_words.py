"""Words of Qt's own widgets that Qt's catalogue (qtbase_nl/fr.qm) does not translate.

Qt 6 changed some source texts of its non-native file dialog ("&Look in:", "Files of &type:": the
catalogues still hold the old "Look in:" / "Files of type:"), so a Dutch TrustDesk showed them in
English.  Qt looks every text up in all installed translators, ours included: listing them here
(context "QFileDialog", exactly Qt's source text) puts them in trustdesk_nl/fr.ts, and every file
dialog -- whoever opens it, with the static helpers or not -- speaks the interface's language.
Nothing here is called at run time; tests/ui/test_file_dialog_language.py checks the result.

The same way, the *Undo* of a text field's context menu: Qt's French catalogue says « Annuler », the word
of Cancel; ours says « Défaire » (our catalogue is searched before Qt's, ``kit/language.py``;
tests/ui/test_undo_word.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QLineEdit", "&Undo"),
        translate("QWidgetTextControl", "&Undo"),
    ]
