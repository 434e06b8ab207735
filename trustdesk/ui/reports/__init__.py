"""Reports: the activity report page and its chart.  Imports only ``kit`` and ``output``.
"""
