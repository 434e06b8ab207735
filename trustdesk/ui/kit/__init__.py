"""The kit: what every feature stands on (no feature imports here).

The vault session and its worker threads, autosave, appearance helpers, message texts, the
shared vocabulary (``case_labels``), the profile form, preferences (QSettings), language switching, the
passphrase fields, the risk badges and the ``Page`` base class of the main window's pages.
Imports nothing from the other UI packages.
"""
