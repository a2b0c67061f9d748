"""The window icon: caseapp.svg on the application (so on every window,
drawn from the SVG); the neutral-title option puts a neutral note-sheet
icon on the main window and the dialogs it owns, and takes it off again."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from caseapp.ui import settings as settings_mod

from .conftest import open_new_case

APP_BLUE = QColor("#0072B2")  # the fill of caseapp.svg
NEUTRAL_GREY = QColor("#F1F3F4")  # the fill of notes.svg


def _fill(icon: QIcon) -> QColor:
    """The colour just inside the icon's left edge, drawn at 48 px."""
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert not image.isNull() and image.width() >= 48
    return image.pixelColor(4, 24)


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


def test_app_and_window_show_the_caseapp_icon(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert _near(_fill(app.windowIcon()), APP_BLUE)  # rendered from the SVG
    assert _near(_fill(parts.window.windowIcon()), APP_BLUE)


def test_neutral_title_switches_to_a_neutral_icon_and_back(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.neutral_action.setChecked(True)
    assert _near(_fill(window.windowIcon()), NEUTRAL_GREY)
    dialog = QDialog(window)  # a dialog the window owns shows it too
    assert _near(_fill(dialog.windowIcon()), NEUTRAL_GREY)
    assert settings_mod.load(window.data_dir).neutral_title
    window.neutral_action.setChecked(False)
    assert _near(_fill(window.windowIcon()), APP_BLUE)
    assert _near(_fill(dialog.windowIcon()), APP_BLUE)
    dialog.deleteLater()


def test_a_window_opened_with_the_neutral_setting_starts_neutral(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import make_parts

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    settings_mod.save(data_dir, settings_mod.UiSettings(neutral_title=True))
    parts = make_parts(qtbot, data_dir)
    try:
        assert _near(_fill(parts.window.windowIcon()), NEUTRAL_GREY)
    finally:
        parts.session.bridge.close()
