"""The PySide6 reference bugs (emit() and None results) are neutralised once
caseapp.ui is imported: a process doing each many times exits cleanly."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_emits_and_none_results_do_not_abort_the_interpreter() -> None:
    code = textwrap.dedent(
        """
        import caseapp.ui  # applies the workaround when needed
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class B(QObject):
            s = Signal()
        b = B()
        for _ in range(20000):
            b.s.emit()
            b.parent()
            b.property("missing")
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
