"""Start-up structure: nothing on the path to the first paint (nor to the
first look at the data) imports SQLAlchemy, Alembic or reportlab; the first
case shown comes from the writer's plain-SQL snapshot while the service is
still held back, and a write made before the first listing is never hidden
by that (older) snapshot."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.services.service import CaseService
from caseapp.services.snapshot import read_snapshot
from caseapp.services.writer import SerialWriter
from caseapp.ui.bridge import Bridge
from caseapp.ui.session import CaseSession

from .conftest import sample_info

ROOT = Path(__file__).resolve().parents[2]
# python-docx and lxml: only `caseapp report -o OUT.docx` loads them (report/docx.py)
HEAVY = ("sqlalchemy", "alembic", "reportlab", "docx", "lxml")


def _child(code: str, *args: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code).replace("@HEAVY@", repr(HEAVY)), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_ui_modules_import_light() -> None:
    out = _child(
        """
        import json, sys
        import caseapp.ui.app, caseapp.ui.bridge, caseapp.ui.session, caseapp.ui.main_window
        import caseapp.services.writer, caseapp.services.snapshot
        print(json.dumps({"heavy": [m for m in sys.modules if m.split(".")[0] in @HEAVY@]}))
        """
    )
    assert out["heavy"] == []


def _make_case(data_dir: Path) -> str:
    with CaseService(data_dir) as svc:
        case_id = svc.create_case(sample_info())
    return case_id


def test_first_paint_and_snapshot_import_light(tmp_path: Path) -> None:
    """The real start-up order of run_app, gate included: at the first paint
    and after the snapshot read, none of the heavy modules is loaded."""
    data_dir = tmp_path / "data"
    case_id = _make_case(data_dir)
    out = _child(
        """
        import json, sys, threading
        from pathlib import Path
        from caseapp.ui.app import build, setup_application, start_writer

        def heavy():
            return [m for m in sys.modules if m.split(".")[0] in @HEAVY@]

        gate = threading.Event()
        writer = start_writer(Path(sys.argv[1]), "zh", gate, None)
        app = setup_application("zh")
        parts = build(Path(sys.argv[1]), "zh", writer)
        parts.window.show()
        app.processEvents()
        at_paint = heavy()
        gate.set()
        snap = writer.early.result(timeout=60)
        after_snapshot = heavy()
        writer.proceed()
        writer.ready.result(timeout=120)
        print(json.dumps({"paint": at_paint, "snapshot": after_snapshot,
                          "case": snap.case_id, "opened": heavy()}))
        parts.close()
        """,
        str(data_dir),
    )
    assert out["paint"] == [] and out["snapshot"] == []
    assert out["case"] == case_id
    assert "sqlalchemy" in list(out["opened"])  # type: ignore[call-overload]  # the check can see it


def test_first_case_shown_from_the_snapshot_before_the_service_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    case_id = _make_case(data_dir)
    writer = SerialWriter(
        lambda: CaseService(data_dir),
        early=lambda: read_snapshot(data_dir),
        hold=True,
        gate_timeout=60,
    )
    session = CaseSession(Bridge(writer))
    shown: list[tuple[str | None, bool]] = []
    session.caseChanged.connect(lambda _c: shown.append((session.case_id, writer.ready.done())))
    session.refresh_cases(lambda cases: session.open_case(cases[0].id))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0] == (case_id, False)  # shown while the service was still held back
    qtbot.waitUntil(writer.ready.done, timeout=60_000)  # then it opens
    day = Day(date=dt.date(2024, 3, 4), status=DayStatus.STANDBY)
    with qtbot.waitSignal(session.saved, timeout=30_000):
        session.set_days([day])
    assert session.case is not None and day.date in [d.date for d in session.case.days]
    with CaseService(data_dir, lock=False) as svc:
        assert [d.date for d in svc.load_case(case_id).days] == [day.date]
    session.bridge.close()


def test_a_write_before_the_first_listing_is_not_hidden(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    _make_case(data_dir)
    writer = SerialWriter(
        lambda: CaseService(data_dir),
        early=lambda: read_snapshot(data_dir),
        hold=True,
        gate_timeout=60,
    )
    session = CaseSession(Bridge(writer))
    created: list[str] = []
    session.create_case(sample_info(), done=created.append)  # lists again when done
    qtbot.waitUntil(lambda: bool(created) and len(session.cases) == 2, timeout=60_000)
    assert created[0] in [c.id for c in session.cases]
    session.bridge.close()


GUI_PATH_AT_PAINT = """
    import argparse, json, os, sys
    built = []
    real_init = argparse.ArgumentParser.__init__

    def counting_init(self, *args, **kwargs):
        built.append(1)
        real_init(self, *args, **kwargs)

    argparse.ArgumentParser.__init__ = counting_init
    import caseapp.ui.app as ui_app
    from PySide6.QtCore import QEvent, QObject

    real_setup = ui_app.setup_application

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                from caseapp import i18n
                late = ("caseapp.domain.model", "caseapp.services.api",
                        "caseapp.services.service", "caseapp.ui.reminders",
                        "caseapp.ui.incident_form", "caseapp.ui.create_form")
                print(json.dumps({
                    "cli": sorted(m for m in sys.modules if m.startswith("caseapp.cli")),
                    "parsers": len(built),
                    "catalogue": i18n.catalogue.cache_info().currsize,
                    "heavy": [m for m in sys.modules if m.split(".")[0] in @HEAVY@],
                    "late": [m for m in late if m in sys.modules],
                    "views": sorted(obj.views),
                }), flush=True)
                os._exit(0)
            return False

    def setup(lang):
        app = real_setup(lang)
        app._painted = Painted(app)
        app.installEventFilter(app._painted)
        return app

    ui_app.setup_application = setup
    from caseapp.__main__ import main
    sys.argv = ["caseapp", *sys.argv[1:]]
    sys.exit(main(sys.argv[1:]))
"""


def test_the_gui_path_builds_no_parser_and_reads_no_catalogue_before_the_paint(
    tmp_path: Path,
) -> None:
    """`caseapp` with only --data-dir/--lang/--demo starts the app without the
    command line's parser (every command module, the catalogue for the help).
    Through run_app as a user starts it (the health check, the lock, the
    encryption check included): no heavy module, no domain model, no view,
    no form and no reminder before the first paint (issue 17 item 3; the
    health check once imported the whole service for a file name)."""
    data_dir = tmp_path / "data"
    _make_case(data_dir)
    for argv in (["--data-dir", str(data_dir)], [f"--data-dir={data_dir}", "--lang", "en"]):
        out = _child(GUI_PATH_AT_PAINT, *argv)
        assert out == {
            "cli": [],
            "parsers": 0,
            "catalogue": 0,
            "heavy": [],
            "late": [],
            "views": [],
        }, argv


def test_gui_options_take_only_the_app_s_own() -> None:
    from caseapp.__main__ import gui_options

    assert gui_options([]) == (None, None, False)
    assert gui_options(["--demo", "--lang=en"]) == (None, "en", True)
    assert gui_options(["--data-dir", "/x", "--lang", "zh"]) == ("/x", "zh", False)
    # anything else is the parser's to judge (usage errors, help, subcommands)
    others = (["--lang", "fr"], ["--lang"], ["--data-dir"], ["--data-dir", "--demo"], ["--help"])
    for argv in (*others, ["list"], ["--dem"], ["--data-dir="], ["--version", "--demo"]):
        assert gui_options(argv) is None, argv
