"""The desktop app on the offscreen platform with the 3-year sample case
imported and shown, for the UI benchmarks (not collected by pytest)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any


def open_sample(data_dir: Path) -> tuple[Any, Any]:
    """(the QApplication, the app's parts) once the sample case is open."""
    from PySide6.QtWidgets import QApplication

    from caseapp.services.api import ImportMode
    from caseapp.ui.app import build, sample_path, setup_application

    app = setup_application("zh")
    assert isinstance(app, QApplication)
    parts = build(data_dir, "zh")
    window = parts.window
    window.resize(1366, 768)
    window.show()
    done: list[str] = []
    parts.session.import_file(sample_path(), done=done.append, mode=ImportMode.AS_NEW)
    while parts.session.case is None or not done:
        app.processEvents()
        time.sleep(0.001)
    return app, parts
