"""The cloud-sync warning across the main window: shown once per start when
the data directory is in a synced folder, dismissed for good per directory
(kept in the settings), pointing to 案件设置."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from caseapp.ui import settings as settings_mod
from tests.ui.conftest import make_parts, open_new_case


def test_warning_shown_once_per_start_until_dismissed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "百度网盘" / "caseapp"
    parts = make_parts(qtbot, data)
    try:
        window = parts.window
        strip = window.cloud_strip
        assert strip is not None and strip.isVisible()
        assert "百度网盘" in strip.text.text() and "案件设置" in strip.text.text()
        open_new_case(qtbot, parts)
        qtbot.mouseClick(strip.settings_button, Qt.MouseButton.LeftButton)
        assert window.current_view() == "case"
        assert window.views["case"].cloud_banner.isVisible()  # the full explanation
        qtbot.mouseClick(strip.dismiss_button, Qt.MouseButton.LeftButton)
        assert not strip.isVisible()
        assert os.path.abspath(data) in settings_mod.load(data).cloud_warning_dismissed
    finally:
        parts.session.bridge.close()
        parts.window.close()
    again = make_parts(qtbot, data)  # the next start: dismissed for this directory
    try:
        assert again.window.cloud_strip is None
    finally:
        again.session.bridge.close()


def test_no_warning_outside_synced_folders(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    assert parts.window.cloud_strip is None


def test_each_directory_asks_anew(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "OneDrive - Work" / "caseapp"
    data.mkdir(parents=True)
    stale = settings_mod.UiSettings(cloud_warning_dismissed=[str(tmp_path / "Dropbox" / "x")])
    settings_mod.save(data, stale)  # dismissed for another folder only
    parts = make_parts(qtbot, data)
    try:
        assert parts.window.cloud_strip is not None
        assert "OneDrive" in parts.window.cloud_strip.text.text()
    finally:
        parts.session.bridge.close()
