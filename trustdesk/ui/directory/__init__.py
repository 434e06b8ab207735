"""The directory of providers: the providers page, its model, the provider dialog, CSV and
organisation-pack import.  Imports only ``kit`` and ``output``.
"""
