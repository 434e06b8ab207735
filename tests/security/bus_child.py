"""The desktop app through its real entry point, for tests/security/test_no_bus_daemon.py.

    python tests/security/bus_child.py DATA_DIR        (QT_QPA_PLATFORM=xcb, DISPLAY of an Xvfb)

Runs ``trustdesk.cli.main`` (hardening, ``no_bus_autolaunch``, Qt, the shell's first window) and
prints WARM once the shell's warm-up has run (the suspend watcher has asked for its buses then);
the test then ends it with SIGTERM, as a logout would.
"""

from __future__ import annotations

import sys

from trustdesk.ui.shell import shell as shell_module


def main() -> int:
    real_warm_up = shell_module.Shell.warm_up

    def warm_up(self: shell_module.Shell) -> None:
        real_warm_up(self)
        print("WARM", flush=True)

    shell_module.Shell.warm_up = warm_up  # type: ignore[method-assign]
    from trustdesk.cli import main as cli_main

    return cli_main(["--data-dir", sys.argv[1], "--lang", "nl"])


if __name__ == "__main__":
    sys.exit(main())
