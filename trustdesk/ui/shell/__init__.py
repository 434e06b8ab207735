"""The shell: the application's windows and their order (unlock or first run, then the main
window), settings, search, idle lock and suspend.  May import every other UI package; nothing
imports it.
"""
