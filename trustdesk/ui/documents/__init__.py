"""Documents: letter templates (page and editor), a case's documents tab, the referral letter.

Imports only ``kit`` and ``output``.
"""
