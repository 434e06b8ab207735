"""Has a window *painted* yet?  Read back from the X server (libX11 through ctypes, in this process).

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
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler: Any = handler_type(lambda _display, _event: 0)
        lib.XSetErrorHandler(self._handler)
        self.lib = lib
        self.display = lib.XOpenDisplay(display.encode())
        if not self.display:
            raise OSError(f"cannot open X display {display}")

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
