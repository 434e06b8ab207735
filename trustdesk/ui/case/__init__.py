"""The case: the cases and today pages, the case view and its tabs, the dialogs that act on a
case.  Imports kit, output, directory, documents and safety.
"""
