"""Alt+Left goes back like a browser (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen"): the
main window notes every place it shows -- a page, or a case open on the cases page -- and
``back()`` returns to the one before, again and again.  Places are ids and page names, in memory
only (no case text), and forgotten with the window at the lock."""

from __future__ import annotations

from collections.abc import Callable

Place = tuple[str | None, int | None]  # (page key, open case id)
KEPT = 50


class History:
    def __init__(self, here: Callable[[], Place], go: Callable[[Place], None]) -> None:
        self._here = here
        self._go = go
        self.places: list[Place] = []  # visited before the current one, oldest first
        self.current: Place | None = None
        self._going_back = False
        self.held = False  # one step under way (a case opened from another page): noted when it is done

    def note(self) -> None:
        """Call after anything that may have changed the place shown."""
        if self.held:
            return
        place = self._here()
        if place == self.current or place[0] is None:
            return
        if self.current is not None and not self._going_back:
            self.places.append(self.current)
            del self.places[:-KEPT]
        self.current = place

    def back(self) -> bool:
        """The place before (skipping the one shown now); False when there is none."""
        while self.places:
            place = self.places.pop()
            if place == self.current:
                continue
            self._going_back = True
            try:
                self._go(place)
            finally:
                self._going_back = False
            self.current = self._here()
            return True
        return False
