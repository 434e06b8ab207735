"""The desktop interface (PySide6 only). The one layer that imports Qt; no SQL here (DESIGN §2).

Start-up order matters: ``trustdesk.app`` shows the first window (wizard or unlock) before any
heavy module (vault crypto, keyring, reportlab, jinja2, the main window) is imported.

Importing this package first applies the PySide6 6.12 / Python 3.11 reference-count workaround
(see ``singletons.py``), before any Qt call is made.
"""

from trustdesk.ui.kit.singletons import immortalise

immortalise()
