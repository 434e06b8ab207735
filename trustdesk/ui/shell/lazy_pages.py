"""The main window's pages, each built the first time it is looked up."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtWidgets import QWidget

from trustdesk.ui.kit.page import Page
from trustdesk.ui.kit.session import VaultSession

PageFactory = Callable[[VaultSession, QWidget], Page]


class LazyPages(Mapping[str, Page]):
    """The main window's pages by key, in navigation order, each built on first use: looking a page
    up (``pages[key]``, ``get``, ``values``…) builds it, so unlocking builds only the first page
    and a page nobody visits is never built.  ``built()`` are those that exist (for clearing on lock)."""

    def __init__(self, factories: Sequence[tuple[str, PageFactory]], build: Callable[[str, PageFactory], Page]) -> None:
        self._factories = dict(factories)
        self._build = build
        self._pages: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self._build(key, self._factories[key])
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def built(self) -> dict[str, Page]:
        """The pages built so far, in navigation order (none is built by asking)."""
        return {key: self._pages[key] for key in self._factories if key in self._pages}
