"""Which window is mapped, and has it *painted* yet?  Read back from the X server (libX11 through ctypes,
in this process).

The window is found by its title here too (``X11.mapped``), not by a program started for each poll:
``xdotool search`` costs a process start and an X connection, ~4-6 ms of CPU and 10-30 ms of wall clock a
poll, so the polls were coarser than the differences the figure judges, and the polling took a good part
of one of the machine's two cores from the programs measured (from their second thread above all).

xdotool's ``--onlyvisible`` says a window is *mapped*; a Qt program maps its window at ``show()``
and paints it when it next gets back to its event loop, so a program that works between the two
would look started before anything is on screen.  The start-up figure uses the same test for all
three programs: the X server runs with a black root (``Xvfb -br``) and no window manager, a window
that has not painted shows the black beneath it (Qt's windows have no X background of their own),
and a window has painted once a grid of its pixels is not all black (each of the three paints a
light window background first).  A read costs the bench process a few milliseconds of X traffic,
and only between a window's mapping and its first paint.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

_ZPIXMAP = 2
_ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
GRID = 12  # samples across and down
_IS_VIEWABLE = 2
_ANY_PROPERTY_TYPE = 0


class _Attributes(ctypes.Structure):  # XWindowAttributes (Xlib.h)
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class X11:
    """One connection to ``display``; X errors (a window gone meanwhile) are ignored, not fatal."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 not found")
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XGetGeometry.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
                                     ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_uint),
                                     ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_uint)]
        lib.XGetImage.restype = ctypes.c_void_p
        lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                  ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        lib.XGetPixel.restype = ctypes.c_ulong
        lib.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.XDestroyImage.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                   ctypes.POINTER(ctypes.c_uint)]
        lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        lib.XFree.argtypes = [ctypes.c_void_p]
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler: Any = handler_type(lambda _display, _event: 0)
        lib.XSetErrorHandler(self._handler)
        self.lib = lib
        self.display = lib.XOpenDisplay(display.encode())
        if not self.display:
            raise OSError(f"cannot open X display {display}")
        self._names = [lib.XInternAtom(self.display, name, 0) for name in (b"_NET_WM_NAME", b"WM_NAME")]

    def mapped(self, title: str) -> int | None:
        """A viewable window whose title holds ``title`` (what ``xdotool search --onlyvisible --name``
        finds), from the root's children and theirs; None while there is none."""
        lib, display = self.lib, self.display
        pending = [(lib.XDefaultRootWindow(display), 0)]
        while pending:
            window, depth = pending.pop()
            root, parent = ctypes.c_ulong(), ctypes.c_ulong()
            children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
            if not lib.XQueryTree(display, window, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children),
                                  ctypes.byref(count)):
                continue
            found = [children[i] for i in range(count.value)]
            if children:
                lib.XFree(children)
            for child in found:
                attributes = _Attributes()
                if not lib.XGetWindowAttributes(display, child, ctypes.byref(attributes)):
                    continue  # gone meanwhile
                if attributes.map_state == _IS_VIEWABLE and title in self._title(child):
                    return child
                if depth < 1:
                    pending.append((child, depth + 1))
        return None

    def _title(self, window: int) -> str:
        lib, display = self.lib, self.display
        for atom in self._names:
            kind, fmt, count, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
            data = ctypes.c_void_p()
            if lib.XGetWindowProperty(display, window, atom, 0, 1024, 0, _ANY_PROPERTY_TYPE, ctypes.byref(kind),
                                      ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
                                      ctypes.byref(data)) != 0:
                continue
            try:
                if data.value and fmt.value == 8 and count.value:
                    return ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
            finally:
                if data.value:
                    lib.XFree(data)
        return ""

    def painted(self, window: int) -> bool:
        """Anything but the black root under ``window``: it has painted (False if it is gone)."""
        lib, display = self.lib, self.display
        root, x, y = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_int()
        width, height, border, depth = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        if not lib.XGetGeometry(display, window, ctypes.byref(root), ctypes.byref(x), ctypes.byref(y),
                                ctypes.byref(width), ctypes.byref(height), ctypes.byref(border), ctypes.byref(depth)):
            return False
        w, h = width.value, height.value
        if w == 0 or h == 0:
            return False
        image = lib.XGetImage(display, window, 0, 0, w, h, _ALL_PLANES, _ZPIXMAP)
        lib.XSync(display, 0)
        if not image:
            return False
        try:
            return any(lib.XGetPixel(image, (i * (w - 1)) // (GRID - 1), (j * (h - 1)) // (GRID - 1)) & 0xFFFFFF
                       for i in range(GRID) for j in range(GRID))
        finally:
            lib.XDestroyImage(image)

    def close(self) -> None:
        if self.display:
            self.lib.XCloseDisplay(self.display)
            self.display = None
