"""Process hardening, done once at the very start of every entry point (``trustdesk.cli.main``:
the desktop app, every headless command, ``main.py``, ``python -m trustdesk``, the frozen builds).

Before any secret is read (a passphrase typed, a key unwrapped, a note decrypted), the process
makes sure a crash cannot write its memory to disk and that other processes of the same user
cannot read it:

- POSIX: ``RLIMIT_CORE`` = 0 (soft and hard: it cannot be raised again), so a crash writes no core.
- Linux: ``prctl(PR_SET_DUMPABLE, 0)`` as KeePassXC does: no core even through a core-dump
  helper, no ``ptrace`` attach and no ``/proc/PID/mem`` by other processes of the same user.
- macOS: ``ptrace(PT_DENY_ATTACH)``: no debugger attaches (the same-user memory read on macOS).
- Windows: no crash dialog and no heap in Windows Error Reporting's dump (``SetErrorMode``,
  ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``).  What is left there is said in SECURITY.md.

Standard library only (``ctypes``, ``resource``): it runs before the rest of TrustDesk is imported.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


class Hardening:
    """What ``harden_process`` achieved (for the self-test and the tests).  A plain class, not a dataclass:
    this runs before the first window, and ``dataclasses`` (its import, code compiled per class) costs
    the start-up budget a few ms (ARCHITECTURE.md, Start-up is a budget)."""

    __slots__ = ("core_limit_zero", "deny_attach", "not_dumpable", "problems", "windows_error_reporting")

    def __init__(self) -> None:
        self.core_limit_zero = False
        self.not_dumpable = False
        self.deny_attach = False
        self.windows_error_reporting = False
        self.problems: list[str] = []

    def __repr__(self) -> str:
        return "Hardening(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"


_done: Hardening | None = None


def _libc() -> object | None:
    """The C library through the process's own symbols (no ``find_library``: it runs ldconfig)."""
    import ctypes

    with contextlib.suppress(OSError):
        return ctypes.CDLL(None, use_errno=True)
    return None


def harden_process() -> Hardening:
    """Switch off core dumps and same-user memory access; idempotent; never raises."""
    global _done
    if _done is not None:
        return _done
    result = Hardening()
    try:
        import resource
    except ImportError:  # Windows
        pass
    else:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            result.core_limit_zero = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        except (ValueError, OSError) as exc:
            result.problems.append(f"RLIMIT_CORE: {exc}")
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is None:
            result.problems.append("prctl: no libc")
        else:
            prctl = libc.prctl  # type: ignore[attr-defined]
            if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                result.problems.append("prctl(PR_SET_DUMPABLE, 0) failed")
            result.not_dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    elif sys.platform == "darwin":
        libc = _libc()
        if libc is not None:
            result.deny_attach = libc.ptrace(PT_DENY_ATTACH, 0, 0, 0) == 0  # type: ignore[attr-defined]
    elif sys.platform == "win32":
        import ctypes

        try:
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
            result.windows_error_reporting = kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0
        except (AttributeError, OSError) as exc:
            result.problems.append(f"Windows error reporting: {exc}")
    _done = result
    return result


def is_dumpable() -> bool | None:
    """Linux: whether the process may dump core / be attached to (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))  # type: ignore[attr-defined]
