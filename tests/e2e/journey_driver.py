"""Drives the real app with key presses only: the keyboard journey of issue 18.

The driver is a generator of steps run from a timer on the app's own event loop: ``Keys(...)``
presses keys (through ``QTest.keyClick`` on the widget that has the keyboard focus, as the keyboard
would: Qt's shortcut map, default buttons and mnemonics all apply), ``Until(condition, what)`` waits
for what the user would see.  Nothing is clicked and no widget method is called to act; widgets are
only read.  Key presses are sent from their own timer callback, so a key that opens a dialog with its
own event loop (``exec()``) does not block the driver: its timer keeps running inside that loop.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 15


class Keys:
    """Key presses in order: chords ('Ctrl+N', 'Tab', 'Return', 'Alt+R') and text (``Keys.text``)."""

    def __init__(self, *chords: str) -> None:
        self.actions: list[tuple[str, str]] = [("chord", chord) for chord in chords]

    @classmethod
    def typed(cls, text: str, *then: str) -> Keys:
        keys = cls()
        keys.actions = [("text", text), *(("chord", chord) for chord in then)]
        return keys

    @property
    def chords(self) -> int:
        return sum(1 for kind, _ in self.actions if kind == "chord")

    @property
    def chars(self) -> int:
        return sum(len(value) for kind, value in self.actions if kind == "text")

    def __repr__(self) -> str:
        return " ".join(f"<{v}>" if k == "chord" else repr(v) for k, v in self.actions)


@dataclass
class Until:
    condition: Callable[[], object]
    what: str
    timeout: float = 60.0


Step = Keys | Until


def focus_target() -> QWidget | None:
    """Where a key press goes: the focus widget of the active window (a popup or modal first)."""
    return (QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeModalWidget()
            or QApplication.activeWindow())


def press_chord(chord: str) -> None:
    combo = QKeySequence(chord)[0]
    target = focus_target()
    if target is None:
        raise AssertionError(f"no window has the keyboard focus for {chord}")
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def type_text(text: str) -> None:
    for char in text:
        target = focus_target()
        if target is None:
            raise AssertionError(f"no window has the keyboard focus for {char!r}")
        if char.isascii():
            QTest.keyClick(target, char)
        else:  # é, ë, ’: the key event carries the character, as an input method delivers it
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


class Journey(QObject):
    """Runs ``script(journey)``, a generator of steps; calls ``on_end(failure or None)`` at the end."""

    def __init__(self, script: Callable[[Journey], Iterator[Step]], on_end: Callable[[str | None], None]) -> None:
        super().__init__()
        self.script = script
        self.on_end = on_end
        self.keys = 0
        self.chars = 0
        self.marks: dict[str, dict[str, float]] = {}
        self.log: list[str] = []
        self.started = time.monotonic()
        self._steps: Generator[Step, None, None] = self.script(self)  # type: ignore[assignment]
        self._waiting: Until | None = None
        self._since = 0.0
        self._sending = False
        self._running = False
        self._done = False
        self.manager = WindowManager(self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)

    def begin(self) -> None:
        self.timer.start()

    def mark(self, name: str) -> None:
        """Keys, characters and seconds so far, under ``name``."""
        self.marks[name] = {"keys": self.keys, "chars": self.chars, "seconds": round(time.monotonic() - self.started, 2)}

    def _tick(self) -> None:
        if self._done or self._sending or self._running:
            return
        if not self.manager.focus_newest():
            return  # like a person, the driver types into a window only once it has the focus
        if self._waiting is not None:
            try:
                ok = bool(self._waiting.condition())
            except Exception as exc:  # noqa: BLE001 - a condition reading a widget being deleted
                ok = False
                self.log.append(f"condition raised {exc!r}")
            if not ok:
                if time.monotonic() - self._since > self._waiting.timeout:
                    self._end(f"timed out waiting for: {self._waiting.what}")
                return
            self.log.append(f"ok: {self._waiting.what}")
            self._waiting = None
        self._running = True
        try:
            step = next(self._steps)
        except StopIteration:
            self._running = False
            self._end(None)
            return
        except Exception as exc:  # noqa: BLE001 - an assertion of the script
            self._running = False
            import traceback

            self._end("".join(traceback.format_exception(exc)))
            return
        self._running = False
        if isinstance(step, Until):
            self._waiting = step
            self._since = time.monotonic()
        else:
            self.keys += step.chords
            self.chars += step.chars
            self.log.append(f"keys: {step!r}")
            self._sending = True
            QTimer.singleShot(0, lambda s=step: self._send(s))

    def _send(self, step: Keys) -> None:
        try:
            for index, (kind, value) in enumerate(step.actions):
                if index == len(step.actions) - 1:
                    self._sending = False  # the last key may open a dialog with its own loop
                if kind == "chord":
                    press_chord(value)
                else:
                    type_text(value)
        except AssertionError as exc:
            self._end(str(exc))
        finally:
            self._sending = False

    def _end(self, failure: str | None) -> None:
        if self._done:
            return
        self._done = True
        self.timer.stop()
        self.on_end(failure)


class WindowManager(QObject):
    """What a window manager does for the keyboard user: the newest window gets the keyboard focus, and
    when it closes, the one it came from.  Xvfb runs no window manager, so this one gives the X input
    focus (``xdotool windowfocus``, outside Qt) as a real one would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[str] = []  # objectNames of the windows shown, in order (a test may clear it)
        self.order: list[QWidget] = [w for w in QApplication.topLevelWidgets()
                                     if w.isVisible() and w.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)]
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip,
                                                 Qt.WindowType.SplashScreen)):
            if watched in self.order:
                self.order.remove(watched)
            self.order.append(watched)
            self.shown.append(watched.objectName())
        return False

    def newest(self) -> QWidget | None:
        alive = []
        for widget in self.order:
            try:
                if widget.isVisible():
                    alive.append(widget)
            except RuntimeError:  # deleted
                continue
        self.order = alive
        return alive[-1] if alive else None

    def focus_newest(self) -> bool:
        """Give the newest window the focus; True when it (or a popup of it) has it."""
        newest = self.newest()
        if newest is None or QApplication.activePopupWidget() is not None:
            return True
        if QApplication.activeWindow() is not newest:
            subprocess.run(["xdotool", "windowfocus", "--sync", str(int(newest.winId()))], check=False,
                           capture_output=True, timeout=10)
            return False
        return True


def shot(widget: QWidget | None, out: Path, name: str) -> str:
    """A screenshot of a window, as the user sees it (kept as a test artefact)."""
    if widget is None:
        return ""
    path = out / f"{name}.png"
    widget.window().grab().save(str(path))
    return str(path)


def visible(name: str) -> QWidget | None:
    """The visible top-level widget (or a widget in one) with this objectName."""
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        if top.objectName() == name:
            return top
        found = top.findChild(QWidget, name)
        if found is not None and found.isVisible():
            return found
    return None



def mnemonic_of(text: str) -> str | None:
    """The underlined letter of a text ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return None


def alt(name: str) -> Keys:
    """Alt + the underlined letter of the visible control (or its buddy label) named ``name``: what
    the user reads on the screen, in whatever language it is."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    widget = visible(name)
    if widget is None:
        raise AssertionError(f"{name} is not on screen")
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    if not mnemonic_of(text):
        for label in widget.window().findChildren(QLabel):
            if label.buddy() is widget and label.isVisible():
                text = label.text()
    letter = mnemonic_of(text)
    if letter is None:
        raise AssertionError(f"{name} has no underlined letter ({text!r})")
    return Keys(f"Alt+{letter}")
