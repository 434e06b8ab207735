"""Safety: the safety plan (editor, history) and the risk timeline with its scores.

Imports ``kit`` and ``output``.
"""
