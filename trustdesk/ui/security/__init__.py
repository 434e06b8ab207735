"""Security: unlock, first run, recovery kit, restore, backups, handover, the audit page.

Imports only ``kit`` and ``output``.
"""
