"""The Qt catalogue of ui/: complete in zh_CN, compiled .qm in step with the
.ts, placeholders kept, and the app really shows Chinese with it (in the
bundled CJK font); `--lang` wins over the saved language."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.ui import settings as settings_mod
from caseapp.ui.app import setup_application

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "qt" / "caseapp_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def test_ts_has_no_unfinished_entry() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    for message in _messages(TS):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(f and f.strip() for f in forms), message.findtext("source")


def test_ts_covers_every_string_in_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "caseapp" / "ui").glob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8"), (
        "new strings in caseapp/ui lack a zh_CN translation: run pyside6-lupdate, translate, "
        "then pyside6-lrelease (see resources/i18n/qt/README.md)"
    )


def test_qm_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"


def test_placeholders_are_kept() -> None:
    for message in _messages(TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        want = sorted(re.findall(r"%(?:n|\d)", source))
        for form in forms:
            assert sorted(re.findall(r"%(?:n|\d)", form)) == want, source


def test_chinese_is_shown_and_qt_dialogs_are_translated(qtbot) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.welcome import WelcomeView

    assert (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_zh_CN.qm"
    ).exists()
    setup_application("zh")
    try:
        view = WelcomeView()
        qtbot.addWidget(view)
        assert view.create_button.text() == "建立我的案件"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert any("确定" in t for t in texts), texts
        assert any("取消" in t for t in texts), texts
    finally:
        setup_application("en")
    view = WelcomeView()
    qtbot.addWidget(view)
    assert view.create_button.text() == "Create my case"


def test_bundled_cjk_font_is_loaded_into_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.app import setup_application

    setup_application("zh")
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert "WenQuanYi Micro Hei" in qapp.font().families()


LANG_DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from caseapp.__main__ import main

    def quit_soon():
        app.quit()
        QTimer.singleShot(100, quit_soon)

    def check():
        for w in app.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible():
                print("TITLE", w.windowTitle(), flush=True)
                print("RAIL", w.rail.item(0).text(), flush=True)
                QTimer.singleShot(100, quit_soon)  # a quit() before exec() starts is lost
                return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    QTimer.singleShot(60000, lambda: (print("TIMEOUT", flush=True), app.quit()))
    sys.argv = ["caseapp", *sys.argv[1:]]
    sys.exit(main(sys.argv[1:]))
    """
)


def _start(args: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", LANG_DRIVER, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
    )
    assert "TITLE" in done.stdout, done.stdout + done.stderr
    return done.stdout


def test_lang_option_wins_over_the_saved_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    saved = settings_mod.load(data)
    saved.lang = "zh"
    settings_mod.save(data, saved)
    english = _start(["--data-dir", str(data), "--lang", "en"])
    assert "caseapp — my case file" in english
    assert "Today" in english
    chinese = _start(["--data-dir", str(data)])
    assert "我的案件记录" in chinese and "今日" in chinese
