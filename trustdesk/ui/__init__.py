"""The desktop interface (PySide6 only). The one layer that imports Qt; no SQL here (ARCHITECTURE.md).

Feature packages, lowest first: ``kit`` < ``output`` < ``security`` / ``reports`` / ``documents`` /
``directory`` / ``safety`` < ``case`` < ``exchange`` < ``shell`` (tests/unit/test_structure.py).

Start-up order matters: ``trustdesk.app`` shows the first window (wizard or unlock) before any
heavy module (vault crypto, keyring, reportlab, jinja2, the main window) is imported.  Entry points
call ``kit.refcount_fix.keep_singletons_alive()`` before any Qt call; importing this package does not.
"""
