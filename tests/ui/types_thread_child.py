"""The app through its real entry point, for tests/ui/test_types_on_ui_thread.py.

    python tests/ui/types_thread_child.py DATA_DIR PASSPHRASE      (QT_QPA_PLATFORM=offscreen)

Every job handed to a worker (``kit.relay.run_in_worker``: Operation, VaultOp, autosave) runs in a
thread while the UI thread waits for it, so whatever appears meanwhile in a PySide6 module's namespace
(a class PySide6 made on first use) or in ``sys.modules`` (a module of PySide6 or of ``trustdesk.ui``)
was made by the worker.  The app warms up, is unlocked, shows its first page, then the Cases page; the
print worker's painting (``document_output.render_to_printer``) runs the same way.  Prints one JSON
line: the jobs run and what each made.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

from tests.kdf_answers import install_from_environment

WATCHED = ("PySide6", "shiboken6", "trustdesk.ui")
jobs: list[dict[str, Any]] = []


def _snapshot() -> dict[str, frozenset[str]]:
    seen = {f"module {name}": frozenset() for name in list(sys.modules)
            if any(name == w or name.startswith(w + ".") for w in WATCHED)}
    seen.update({name: frozenset(vars(module)) for name, module in list(sys.modules.items())
                 if name.startswith("PySide6.") and module is not None})
    return seen


def in_blocked_thread(label: str, work: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    """``work()`` in a thread while this (the UI) thread waits: what appears meanwhile, it made."""
    outcome: list[Any] = [None, None]

    def run() -> None:
        try:
            outcome[0] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back as the relay does
            outcome[1] = exc

    before = _snapshot()
    thread = threading.Thread(target=run, name="worker")
    thread.start()
    thread.join()
    after = _snapshot()
    made = {name: sorted(names - before.get(name, frozenset())) for name, names in after.items()}
    jobs.append({"job": label, "made": {name: names for name, names in made.items() if names}
                 | {name: ["(imported)"] for name in after if name not in before and name.startswith("module ")}})
    return outcome[0], outcome[1]


def main() -> int:
    install_from_environment()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from trustdesk.ui.kit import relay
    from trustdesk.ui.shell import shell as shell_module

    def run_in_worker(pool: object, work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
        asked = getattr(getattr(work, "__self__", None), "_fn", work)  # an Operation's function
        result, error = in_blocked_thread(getattr(asked, "__qualname__", repr(asked)), work)
        QTimer.singleShot(0, lambda: on_done(result, error))  # later, on the UI thread, as the relay does

    relay.run_in_worker = run_in_worker  # type: ignore[assignment]
    shells: list[shell_module.Shell] = []
    real_start = shell_module.Shell.start

    def start(self: shell_module.Shell) -> object:
        shells.append(self)
        timer = QTimer(self)  # the application exists now
        timer.timeout.connect(tick)
        timer.start(50)
        QTimer.singleShot(120_000, self, lambda: give_up(state["step"]))
        return real_start(self)

    shell_module.Shell.start = start  # type: ignore[method-assign]
    steps = iter(("unlock", "cases", "print", "done"))
    state = {"step": next(steps)}

    def tick() -> None:
        from trustdesk.ui.kit.qt_types import pending_object_types, pending_widget_types

        if not shells:
            return
        shell = shells[0]
        step = state["step"]
        if step == "unlock" and shell._warmed and not pending_widget_types() + pending_object_types() and shell.unlock_window:  # noqa: SLF001
            shell.unlock_window.passphrase.setText(sys.argv[2])
            shell.unlock_window.unlock_button.click()
            state["step"] = next(steps)
        elif step == "cases" and shell.main_window is not None and shell.main_window.isVisible():
            shell.main_window.show_page("cases")
            state["step"] = next(steps)
        elif step == "print" and shell.main_window is not None and shell.main_window.current_key() == "cases":
            print_in_worker()
            state["step"] = next(steps)
        elif step == "done":
            print(json.dumps({"jobs": jobs, "warmed": shell._warmed}), flush=True)  # noqa: SLF001
            QApplication.instance().quit()  # type: ignore[union-attr]

    from trustdesk.cli import main as cli_main

    return cli_main(["--data-dir", sys.argv[1], "--lang", "nl"])


def give_up(step: str) -> None:
    from PySide6.QtWidgets import QApplication

    print(json.dumps({"jobs": jobs, "stuck at": step}), flush=True)
    QApplication.instance().exit(3)  # type: ignore[union-attr]


def print_in_worker() -> None:
    """The print dialog's worker painting a two-page PDF onto a PDF printer (as after OK in the dialog)."""
    import io
    import tempfile

    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen.canvas import Canvas

    from trustdesk.ui.output.document_output import render_to_printer

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for text in ("one", "two"):
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    with tempfile.TemporaryDirectory() as folder:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(f"{folder}/out.pdf")
        _, error = in_blocked_thread("render_to_printer", lambda: render_to_printer(buffer.getvalue(), printer))
    if error is not None:
        raise error


if __name__ == "__main__":
    sys.exit(main())
