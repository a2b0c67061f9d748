"""A workaround for reference-counting bugs in PySide6 6.12.0 on Python 3.11.

Measured in this project's environment (PySide6 6.12.0, Python 3.11.7):
- `SignalInstance.emit()` returns ``True`` without taking a reference to it:
  ten emits lowered ``sys.getrefcount(True)`` by ten;
- a call that returns "nothing" converted to ``None`` (``QObject.parent()`` of
  a top-level object, ``QModelIndex.data()`` of an empty role,
  ``QComboBox.itemData()`` of ``None``, ``QListWidget.currentItem()`` with no
  item) returns ``None`` without a reference: fifty calls, fifty fewer.
Once a count reaches zero the interpreter aborts ("Fatal Python error:
bool_dealloc / none_dealloc"), in a long session or at exit.

Python 3.12 made ``None``, ``True`` and ``False`` immortal, which hides the
bugs. On older Pythons, when a probe shows a bug, we do what 3.12 does: give
these singletons a reference count so large that it can never reach zero.
Extra references to the singletons are harmless; losing them is fatal.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_applied: set[str] = set()


def _loses(obj: object, action: object) -> bool:
    before = sys.getrefcount(obj)
    for _ in range(8):
        action()  # type: ignore[operator]
    return sys.getrefcount(obj) < before


def emit_loses_true() -> bool:
    """True if emitting a signal from Python lowers True's reference count."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    return _loses(True, probe.ping.emit)


def none_result_loses_none() -> bool:
    """True if a Qt call returning None lowers None's reference count."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return _loses(None, probe.parent)


def _immortalise(obj: object) -> None:
    # In CPython 3.11 the reference count is the object's first field.
    ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA_REFERENCES


def apply() -> set[str]:
    """Protect the singletons that need it; returns the names protected."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if "True" not in _applied and emit_loses_true():
        _immortalise(True)
        _immortalise(False)
        _applied.update({"True", "False"})
    if "None" not in _applied and none_result_loses_none():
        _immortalise(None)
        _applied.add("None")
    return _applied
