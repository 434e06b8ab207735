"""Output: the only place plaintext leaves the vault (save, print, preview, access export, clipboard).

Every path out goes through re-authentication and is audited.  Imports only ``kit``.
"""
