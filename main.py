"""Start TrustDesk: ``python main.py`` (the desktop app) or ``python main.py selftest``."""

import sys

from trustdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
