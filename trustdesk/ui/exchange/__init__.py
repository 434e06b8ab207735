"""Exchange with the coordinator: my contact card, opening an intake, sending the quarter's figures.

The files are made and checked by ``trustdesk.exchange``; this package holds the menu and dialogs.
Imports kit, output, reports and case (an intake becomes a case).
"""
