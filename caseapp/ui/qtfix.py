"""A workaround for a reference-counting bug in PySide6 6.12 on Python 3.11.

`SignalInstance.emit()` returns ``True`` without taking a reference to it, so
every emit from Python code takes one reference away from ``True``. After a
few thousand emits ``True``'s count reaches zero and the interpreter aborts
("Fatal Python error: bool_dealloc"), typically at exit or in a long session.
(Measured: ten emits lowered ``sys.getrefcount(True)`` by exactly ten.)

Python 3.12 made ``True`` and ``False`` immortal, which hides the bug. On
older Pythons, when a probe shows the bug, we do what 3.12 does: give both
objects a reference count so large that they can never be freed. Leaking
references to the two bool singletons is harmless; losing them is fatal.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_applied = False


def emit_loses_references() -> bool:
    """True if emitting a signal from Python lowers True's reference count."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Protect the bool singletons when needed; True if protection was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if emit_loses_references():
        for singleton in (True, False):
            # In CPython 3.11 the reference count is the object's first field.
            ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
        _applied = True
    return _applied
