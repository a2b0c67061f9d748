"""Screenshots of what a worker who starts late meets, in both languages at
1366×768: 今日 offering the reconstruction wizard right after the case is
created, with the cloud-sync warning across the window (a synced folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import make_parts, open_new_case, sample_info

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_today_offers_the_wizard(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "OneDrive" / "caseapp", lang)
    window = parts.window
    try:
        open_new_case(qtbot, parts, sample_info(dt.date.today() - dt.timedelta(days=200)))
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        today = window.views["today"]
        today.welcome_new_case()
        assert today.rebuild_row.isVisible() and window.cloud_strip is not None
        QApplication.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"today-start-{lang}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        parts.session.bridge.close()
