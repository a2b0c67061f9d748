"""Start-up of the desktop app: `run_app(data_dir, lang, demo) -> exit code`.

Order matters for the first paint: Qt, the font and the translators first,
the window shown at once; after the first paint the writer thread reads a
snapshot of the data with plain SQL (shown at once), and only then opens the
services (SQLAlchemy, Alembic). reportlab is never imported here.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ENVIRONMENT = 3


def display_available() -> bool:
    """False on a Linux/BSD machine with no display server and no offscreen
    platform chosen (checked before a QApplication exists)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def qt_lang(lang: str) -> str:
    return "en" if lang.startswith("en") else "zh_CN"


GUI_SWITCH_INTERVAL = 0.001
QUIT_AFTER_ENV = "CASEAPP_QUIT_AFTER"
WALK_VIEWS_ENV = "CASEAPP_WALK_VIEWS"
WALK_TIMEOUT_MS = 120_000


def quit_after_seconds() -> float | None:
    """``CASEAPP_QUIT_AFTER=N``: the app quits by itself N seconds after its
    window is shown, as if closed (for smoke tests of a packaged app,
    documented in docs/architecture.md). Unset, or not a number between 0 and
    a day: never."""
    try:
        seconds = float(os.environ.get(QUIT_AFTER_ENV, ""))
    except ValueError:
        return None
    return seconds if 0 < seconds <= 86400 else None


def setup_application(lang: str) -> object:
    """The QApplication (reused if one exists), the bundled CJK font as a
    fallback, Qt's own and our translators (parented to the app)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from caseapp.paths import resource
    from caseapp.ui import filedialogs, theme, words

    filedialogs.install()  # Qt's own file dialog, no recent-files trail
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # Background threads (the serial writer, the rules recompute) run Python
    # code; with the default 5 ms GIL switch interval a woken GUI thread can
    # wait several intervals behind them. 1 ms keeps the GUI's turn short.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app.setApplicationName("caseapp")
    icon_path = resource("icons", "caseapp.svg")
    if icon_path.exists():  # rendered from the SVG only when a window shows it
        app.setWindowIcon(QIcon(str(icon_path)))
    font_path = resource("fonts", "wqy-microhei.ttc")
    if font_path.exists():
        QFontDatabase.addApplicationFont(str(font_path))
    font = QFont(app.font())
    font.setFamilies(theme.FONT_FAMILIES)
    font.setPixelSize(14)
    app.setFont(font)

    for old in getattr(app, "_caseapp_translators", []):
        app.removeTranslator(old)
    translators = []
    code = qt_lang(lang)
    if code == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(resource("i18n", "qt"))
        # Qt's own catalogue, then what it lacks for Qt 6's dialogs (hand-made,
        # resources/i18n/qt/qtbase_extra_zh_CN.ts), then caseapp's
        for name, folder in (("qtbase", qt_dir), ("qtbase_extra", ours), ("caseapp", ours)):
            translator = QTranslator(app)  # parented: lives as long as the app
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                translators.append(translator)
    app._caseapp_translators = translators  # type: ignore[attr-defined]
    words.set_lang("en" if code == "en" else "zh")
    app.setStyleSheet(theme.STYLE)
    return app


@dataclass
class AppParts:
    window: object  # MainWindow
    session: object  # CaseSession
    writer: object  # SerialWriter

    def close(self) -> None:
        self.window.close()  # type: ignore[attr-defined]
        self.session.bridge.close()  # type: ignore[attr-defined]


def start_writer(
    data_dir: Path, lang: str, gate: threading.Event | None = None, prefer: str | None = None
) -> Any:
    """The one serial writer (`caseapp.services.writer.SerialWriter`). On its
    thread, once ``gate`` is set (after the first paint; at once without a
    gate): a snapshot of the case list and of case ``prefer`` (else the first)
    read with plain SQL, for the window to show at once; then, once the
    session has shown it, the services (SQLAlchemy, Alembic) open."""
    from caseapp.services.writer import SerialWriter

    service_lang = "en" if lang.startswith("en") else "zh"

    def snapshot() -> object:
        from caseapp.services.snapshot import read_snapshot

        return read_snapshot(data_dir, prefer)

    def open_service() -> Any:
        from caseapp import i18n
        from caseapp.services.service import CaseService

        i18n.catalogue()  # read the TOML catalogue here, not on the GUI thread
        return CaseService(data_dir, lang=service_lang)  # type: ignore[arg-type]

    return SerialWriter(open_service, gate=gate, early=snapshot, hold=True)


def build(data_dir: Path, lang: str, writer: Any = None) -> AppParts:
    """The window and its session over a writer on ``data_dir`` (the service
    itself opens on the writer thread)."""
    from caseapp.ui.bridge import Bridge
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.session import CaseSession

    if writer is None:
        writer = start_writer(data_dir, lang)
    bridge = Bridge(writer)
    session = CaseSession(bridge)
    bridge.setParent(session)
    window = MainWindow(session, data_dir)
    session.setParent(window)
    return AppParts(window, session, writer)


SAMPLES = ("sample", "platform")  # resources/samples/NAME.caseapp.zip


def sample_path(name: str = "sample") -> Path:
    """The bundled sample case file: `sample` (the standby case, --demo) or
    `platform` (part-time piece work through a guild, issue 15)."""
    from caseapp.paths import resource

    if name not in SAMPLES:
        raise ValueError(f"no sample case named {name!r}")
    return resource("samples", f"{name}.caseapp.zip")


def settle_start(data_dir: Path, plain: str, damage: Any, encrypted: bool) -> int | None:
    """Before the writer starts, when the database was found damaged or the
    data directory is encrypted: None to go on, else the exit code.

    Encrypted: the passphrase first (nothing is read before it; Quit exits 0),
    then page 1 is decrypted and checked and the backups quick-checked with the
    key (the check before it saw only the file's size) — so the recovery
    dialog, when needed, comes after the passphrase and restores an encrypted
    backup into an encrypted database. Damaged: the recovery dialog; Quit
    exits 3."""
    if encrypted:
        from caseapp.services.recovery import check_health, recheck_newest
        from caseapp.ui.unlock import unlock_at_start

        if not unlock_at_start(data_dir):
            return 0
        damage = check_health(data_dir) if damage is None else recheck_newest(damage, data_dir)
    if damage is not None:
        from caseapp.ui.recovery_dialog import offer_restore

        if not offer_restore(data_dir, "en" if plain == "en" else "zh", damage):
            return EXIT_ENVIRONMENT
    return None


def run_app(data_dir: Path, lang: str, demo: bool) -> int:
    from caseapp.i18n import text

    plain = "en" if lang.startswith("en") else "zh"
    if not display_available():
        print(text("cli.error.no_display", plain), file=sys.stderr)  # type: ignore[arg-type]
        return EXIT_ENVIRONMENT
    from caseapp.ui.platform_check import problem_text, xcb_problem

    problem = xcb_problem()  # Qt would abort (exit 134, no word) creating the application
    if problem is not None:
        print(problem_text(problem, plain), file=sys.stderr)
        return EXIT_ENVIRONMENT
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    from caseapp.ui import settings as settings_mod

    settings = settings_mod.load(data_dir)
    chosen = settings.lang
    if chosen and not any(a == "--lang" or a.startswith("--lang=") for a in sys.argv):
        lang = chosen

    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    lock = QLockFile(str(data_dir / "ui.lock"))
    lock.setStaleLockTime(0)
    locked = lock.tryLock(200)
    first_paint = threading.Event()
    damage = None
    encrypted = False
    if locked:  # a damaged database is never taken for a new one (storage.health)
        from caseapp.services.encryption import is_encrypted
        from caseapp.services.recovery import check_health

        damage = check_health(data_dir)  # encrypted: the file's size only, until unlocked
        encrypted = is_encrypted(data_dir)
    # An encrypted data directory is unlocked first (below), then the writer starts.
    healthy = locked and damage is None and not encrypted
    writer = start_writer(data_dir, lang, first_paint, settings.last_case) if healthy else None
    app = setup_application(lang)
    assert isinstance(app, QApplication)
    if not locked:
        message = text("cli.error.data_dir_in_use", plain, path=str(data_dir))  # type: ignore[arg-type]
        print(message, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Information, "caseapp", message)
        box.exec()
        return EXIT_ENVIRONMENT
    if writer is None:
        code = settle_start(data_dir, plain, damage, encrypted)
        if code is not None:
            lock.unlock()
            return code
        writer = start_writer(data_dir, lang, first_paint, settings.last_case)
    try:
        parts = build(data_dir, lang, writer)
        window = parts.window
        window.sampleRequested.connect(  # type: ignore[attr-defined]
            lambda name: open_sample(parts, name=name)
        )
        window.show()  # type: ignore[attr-defined]
        quit_after = quit_after_seconds()
        if quit_after is not None:
            QTimer.singleShot(round(quit_after * 1000), app.quit)
        if os.environ.get(WALK_VIEWS_ENV) == "1":
            walk_views(parts, app)
        app.processEvents()  # the first paint, then the services open
        first_paint.set()
        from caseapp.logs import setup_logging

        setup_logging(data_dir)  # after the first paint: importing logging.handlers takes ~6 ms
        if demo:
            open_sample(parts, first=True)
        else:
            window.start()  # type: ignore[attr-defined]
        code = app.exec()
        parts.close()
        return int(code)
    finally:
        lock.unlock()


def walk_views(parts: AppParts, app: Any) -> None:
    """``CASEAPP_WALK_VIEWS=1`` (the real-X smoke run of CI, docs/architecture.md):
    once a case is open, show every registered view in turn, painting each,
    then close the window; the app exits 0. Exits 1 when no case opened within
    two minutes."""
    from PySide6.QtCore import QTimer

    from caseapp.ui import views

    window: Any = parts.window
    session: Any = parts.session
    keys = [spec.key for spec in views.registered()]
    started = [False]

    def step(remaining: list[str]) -> None:
        if not remaining:
            print("walked views: " + " ".join(keys), flush=True)
            window.close()
            app.quit()
            return
        window.show_view(remaining[0])
        window.repaint()
        QTimer.singleShot(150, lambda: step(remaining[1:]))

    def case_shown(case: object) -> None:
        if case is not None and not started[0]:
            started[0] = True
            QTimer.singleShot(300, lambda: step(list(keys)))

    def timed_out() -> None:
        if not started[0]:
            print("walked views: no case opened", flush=True)
            app.exit(1)

    session.caseChanged.connect(case_shown)
    QTimer.singleShot(WALK_TIMEOUT_MS, timed_out)


def open_sample(parts: AppParts, first: bool = False, name: str = "sample") -> None:
    """Import a sample case (a copy, as a new case) and open it."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.services.api import ImportMode

    path = sample_path(name)
    window = parts.window
    if not path.exists():
        window.show_message(  # type: ignore[attr-defined]
            QCoreApplication.translate("MainWindow", "The sample case is not in this build.")
        )
        if first:
            window.start()  # type: ignore[attr-defined]
        return

    def failed(exc: BaseException) -> None:
        from caseapp.ui.session import error_text

        window.show_message(error_text(exc))  # type: ignore[attr-defined]
        if first:
            window.start()  # type: ignore[attr-defined]

    parts.session.import_file(path, mode=ImportMode.AS_NEW, error=failed)  # type: ignore[attr-defined]
