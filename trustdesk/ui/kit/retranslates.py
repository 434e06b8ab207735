"""One language-change handler for every widget: ``class MyWidget(Retranslates, QWidget)``.

Installing a translator sends ``QEvent.LanguageChange`` to every widget; a ``Retranslates`` widget
answers by calling ``on_language_change()``, which calls ``retranslate()`` (the method that sets all
of the widget's texts, also called once from ``__init__``).  Override ``on_language_change`` when a
switch must do more (refill a list whose rows hold translated words); keep ``retranslate`` for texts.
Put the mixin first among the bases so that its ``changeEvent`` runs before Qt's.  After a switch,
inputs are named by their labels again (ui/kit/label_names.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslates:
    def retranslate(self) -> None:
        raise NotImplementedError

    def on_language_change(self) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.on_language_change()
            from trustdesk.ui.kit.label_names import label_in_name

            label_in_name(self)  # type: ignore[arg-type]  # retranslate() set the names again
        super().changeEvent(event)  # type: ignore[misc]  # the Qt base class after this mixin
