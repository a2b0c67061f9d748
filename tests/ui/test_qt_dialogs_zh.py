"""Qt's own dialogs in Chinese and in the user's folders (issue 13, item 8).

Qt 6 renamed some of its source strings ("Look in:" → "&Look in:"), which
qtbase_zh_CN.qm does not have, so the file dialog was half English; and the
dialogs opened in the program's folder. Qt's widget-based file dialog is the
one a plain Linux desktop gets, so it is opened here and every word checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLabel,
)

from caseapp.ui.app import setup_application

from .conftest import open_new_case

LATIN = re.compile(r"[A-Za-z]")
MNEMONIC = re.compile(r"\(&\w\)")  # 打开(&O): the key, not an English word


def _words(dialog: QFileDialog) -> set[str]:
    out = {dialog.windowTitle()}
    for w in dialog.findChildren(QLabel):
        out.add(w.text())
    for b in dialog.findChildren(QAbstractButton):
        out |= {b.text(), b.toolTip()}
    for a in dialog.findChildren(QAction):
        out.add(a.text())
    for c in dialog.findChildren(QComboBox):
        if c.objectName() != "lookInCombo":  # folder paths
            out |= {re.sub(r"\([^)]*\)", "", c.itemText(i)) for i in range(c.count())}
    for h in dialog.findChildren(QHeaderView):
        if h.model() is not None:
            out |= {
                str(h.model().headerData(i, Qt.Orientation.Horizontal))
                for i in range(h.model().columnCount())
            }
    return {t for t in out if t}


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_qt_file_dialog_is_all_chinese(qtbot, tmp_path: Path, mode: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "子文件夹").mkdir()
    setup_application("zh")
    try:
        dialog = QFileDialog(None, "添加证据文件", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if mode == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        index = model.index(str(tmp_path / "子文件夹"))
        qtbot.waitUntil(lambda: bool(model.data(index.siblingAtColumn(2))), timeout=10_000)
        kinds = {str(model.data(index.siblingAtColumn(2)))}  # the "type" column of a folder
        english = sorted(t for t in _words(dialog) | kinds if LATIN.search(MNEMONIC.sub("", t)))
        assert english == []
        dialog.close()
    finally:
        setup_application("en")


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A home with XDG user folders named as on a Chinese desktop."""
    home = tmp_path / "home"
    dirs = {"pictures": home / "图片", "downloads": home / "下载"}
    for d in dirs.values():
        d.mkdir(parents=True)
    config = home / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        'XDG_PICTURES_DIR="$HOME/图片"\nXDG_DOWNLOAD_DIR="$HOME/下载"\n', encoding="utf-8"
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) == str(
        dirs["pictures"]
    )
    dirs["home"] = home
    return dirs


def test_file_dialogs_start_in_the_users_folders(
    qtbot, parts, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []

    def open_names(_parent, caption, folder="", *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append((caption, folder))
        return [], ""

    def save_name(_parent, caption, name="", *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append((caption, name))
        return "", ""

    # Qt's static dialogs answer "cancel" and record where they were asked to open
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("evidence")
    qtbot.mouseClick(window.views["evidence"].add_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == str(user_dirs["pictures"])
    window.show_view("report")
    window.views["report"].ask_and_make()
    assert Path(asked[-1][1]).parent == user_dirs["downloads"]
    assert Path(asked[-1][1]).suffix == ".pdf"
    # no Pictures folder: Downloads; neither: home
    user_dirs["pictures"].rmdir()
    window.show_view("evidence")
    qtbot.mouseClick(window.views["evidence"].add_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == str(user_dirs["downloads"])
    user_dirs["downloads"].rmdir()
    qtbot.mouseClick(window.views["evidence"].add_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == str(user_dirs["home"])
