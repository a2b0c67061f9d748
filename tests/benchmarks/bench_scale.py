# ruff: noqa: E501  (long report lines)
"""Where caseapp stands at every size (a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_scale.py
    CASEAPP_BENCH_SIZES=3m,1y .venv/bin/python tests/benchmarks/bench_scale.py   # a quick run

A deterministic generator (`generate`) writes a 3-month, 1-, 3- and 10-year
case as `.caseapp.zip` (and the same case as `.caseapp.json`, which holds no
files) with evidence in proportion: 200 files a year, one in 20 a 3-page PDF,
the rest phone screenshots (PNG and JPEG), every incident and payment citing
some. Each command then runs as a whole process, as a user runs it:
`import`, `list`, `check` (on the case id, on the zip, on the json),
`report` (on the id: every exhibit; on the json: no exhibit files), `verify`
(on the id), the desktop app opened on the case (first paint, and the
case's data painted), and each view's refresh on it (`child_views`). Each is measured by its own CPU time (user + system,
from `os.wait4`) and its peak RSS (`ru_maxrss`), not by wall time: the
machine is shared.

The reference figures come from the same run, so ratios hold on a loaded
machine: `python -c pass`, a bare `QMainWindow` painted once, and a minimal
reportlab document (canvas, the report's embedded WQY font, 40 lines of
Chinese a page) with as many pages as each report. Printed: the table and
the ratios against the issue-17 targets (docs/performance.md).

Each ratio (each report against reportlab with its pages, the first paint
against a bare window) is the median of CASEAPP_BENCH_REPEAT (3) pairs run in
turn (the first paint: three times as many), each pair moments apart, its
range printed beside it: the build
machine's speed changes by up to half within minutes, and one reference for a
whole run made a ratio as noisy as that.

Environment: CASEAPP_BENCH_SIZES (comma-separated of 3m,1y,3y,10y; default
all), CASEAPP_BENCH_KEEP=DIR (generate into DIR and keep it: a second run
reuses the generated cases), CASEAPP_BENCH_REPEAT (pairs per ratio, 3).

Every process runs with its modules' bytecode, as an installed app does
(`compiled`): the script writes caseapp's bytecode first and runs the
children without PYTHONDONTWRITEBYTECODE.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES: dict[str, int] = {"3m": 3, "1y": 12, "3y": 36, "10y": 120}  # months
FILES_PER_YEAR = 200  # 2,000 files at 10 years, as in the issue
END = dt.date(2026, 10, 31)  # the case's last recorded day
GENERATED_AT = "2026-11-01T00:00:00Z"
AS_OF = "2026-11-01"


# --- the generator -------------------------------------------------------------------------------
def _months_before(end: dt.date, months: int) -> dt.date:
    y, m = divmod(end.year * 12 + end.month - 1 - months + 1, 12)
    return dt.date(y, m + 1, 1)


def _screenshot(rng: random.Random, k: int, png: bool) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (540, 960), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    for row in range(8):
        y = 40 + row * 110
        width = rng.randrange(180, 390)
        left = 30 if row % 2 == 0 else 510 - width
        draw.rectangle(
            (left, y, left + width, y + 80),
            fill=(255, 255, 255) if row % 2 == 0 else (149, 236, 105),
        )
    draw.text((40, 10), f"screenshot {k}", fill=(0, 0, 0))
    buf = io.BytesIO()
    if png:
        img.save(buf, "PNG", optimize=False)
    else:
        img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def build_case(months: int, store: Path):  # type: ignore[no-untyped-def]
    """The case of `months` months ending on END, its evidence files written to `store`
    (named by SHA-256). Same arguments, same bytes."""
    sys.path.insert(0, str(ROOT))
    from caseapp.casefile.writer import evidence_path
    from caseapp.domain.model import Day, Evidence, EvidenceFile, Incident, Payment, SIMonth
    from caseapp.domain.vocab import (
        DayStatus,
        EvidenceKind,
        IncidentKind,
        LegalType,
        OriginalStatus,
        PaymentKind,
        Proves,
        SIStatus,
    )
    from tests.report.fixtures import _pdf, on_time, sample_case

    rng = random.Random(f"caseapp-bench-{months}")
    base, _ = sample_case(None)
    start = _months_before(END, months)
    bench_from = start + (END - start) * 2 // 3  # benched for the last third
    store.mkdir(parents=True, exist_ok=True)
    evidence = []
    count = max(1, months * FILES_PER_YEAR // 12)
    for k in range(count):
        if k % 20 == 0:
            data, name = _pdf(f"证据{k}", 3), f"文件{k}.pdf"
        else:
            png = k % 2 == 1
            data, name = _screenshot(rng, k, png), f"截图{k}." + ("png" if png else "jpg")
        sha = hashlib.sha256(data).hexdigest()
        (store / sha).write_bytes(data)
        obtained = start + dt.timedelta(days=k * (END - start).days // count)
        evidence.append(
            Evidence(
                f"E{k + 1}",
                f"证据材料第{k + 1}号：微信聊天记录截图",
                EvidenceKind.CHAT,
                OriginalStatus.KEPT,
                LegalType.ELECTRONIC,
                (EvidenceFile(evidence_path(sha, name), sha, len(data), original_name=name),),
                created_on=obtained,
                proves=(list(Proves)[k % len(Proves)],),
            )
        )
    ids = [e.id for e in evidence]
    days = []
    day = start
    k = 0
    while day <= END:
        if day.weekday() >= 5:
            status = DayStatus.REST
        elif day < bench_from:
            status = DayStatus.WORKING
        else:
            status = DayStatus.STANDBY
        note = f"第{k}天记录：今天没有安排任何工作，我按时到岗等待。" if k % 7 == 3 else None
        days.append(Day(day, status, note=note, provenance=on_time(day)))
        day += dt.timedelta(days=1)
        k += 1
    payments, social = [], []
    for m in range(months):
        first = _months_before(END, months - m)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        paid = min(last + dt.timedelta(days=15), END)
        benched = first >= bench_from
        payments.append(
            Payment(
                f"PAY{m + 1}",
                paid,
                first,
                last,
                PaymentKind.STANDBY if benched else PaymentKind.WAGE,
                amount=Decimal("2100.00") if benched else Decimal("18000.00"),
                provenance=on_time(paid),
                evidence=(ids[(m * 7) % len(ids)],),
            )
        )
        social.append(SIMonth(first, SIStatus.PAID, base=Decimal("4462.00")))
    incidents = []
    day, n = bench_from, 0
    while day <= END:
        cited = tuple(sorted({ids[(n * 5 + j) % len(ids)] for j in range(rng.randrange(1, 4))}))
        incidents.append(
            Incident(
                f"I{n + 1}",
                day,
                IncidentKind.OTHER,
                f"第{n + 1}次：人事再次要求我主动离职，我没有同意。",
                quote="你自己走，对大家都好。",
                evidence=cited,
                provenance=on_time(day),
            )
        )
        day += dt.timedelta(days=7)
        n += 1
    return dataclasses.replace(
        base,
        info=dataclasses.replace(
            base.info,
            contract=dataclasses.replace(
                base.info.contract, start=start, end=END + dt.timedelta(days=365)
            ),
        ),
        days=tuple(days),
        tasks=(),
        payments=tuple(payments),
        social_insurance=tuple(social),
        incidents=tuple(incidents),
        evidence=tuple(evidence),
    )


def generate(label: str, root: Path) -> tuple[Path, Path]:
    """Write `case-<label>.caseapp.zip` and `.caseapp.json` under `root` (reused if there)."""
    sys.path.insert(0, str(ROOT))
    zip_path = root / f"case-{label}.caseapp.zip"
    json_path = root / f"case-{label}.caseapp.json"
    if zip_path.exists() and json_path.exists():
        return zip_path, json_path
    from caseapp.casefile.writer import write_json, write_zip
    from tests.casefile.helpers import journal_for

    store = root / f"store-{label}"
    case = build_case(SIZES[label], store)
    write_zip(case, journal_for(case, creates=SIZES[label] * 30), lambda sha: store / sha, zip_path)
    write_json(case, json_path)
    return zip_path, json_path


# --- measuring one process -----------------------------------------------------------------------
@dataclasses.dataclass
class Run:
    cpu: float  # seconds, user + system
    rss_mb: float  # peak resident set
    stdout: str


def measure(args: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> Run:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=ROOT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read()
        if proc.returncode not in ok:
            raise SystemExit(f"{' '.join(args)} exited {proc.returncode}:\n{err.read()[-3000:]}")
    return Run(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


#: How many times each ratio's two processes run, in turn (ours, the reference,
#: ours, ...): the ratio printed is the median of the pairs' ratios, each pair
#: measured moments apart, and its range is printed beside it.
REPEAT = max(1, int(os.environ.get("CASEAPP_BENCH_REPEAT", "3")))
#: The first paint's pairs: three times as many (a pair takes half a second, and
#: a ratio of 0.3 s to 0.15 s moves by a tenth with 15 ms of the machine's noise).
PAINT_REPEAT = 3 * REPEAT


@dataclasses.dataclass
class Paired:
    ours: Run  # the run of median CPU
    reference: Run
    ratios: list[float]  # one per pair, in order

    @property
    def ratio(self) -> float:
        return sorted(self.ratios)[len(self.ratios) // 2]

    def span(self) -> str:
        return f"{min(self.ratios):.2f}–{max(self.ratios):.2f}" if len(self.ratios) > 1 else ""

    def across(self) -> str:
        return f"median of {len(self.ratios)} pairs; {self.span()}"


def _median_run(runs: list[Run]) -> Run:
    middle = sorted(runs, key=lambda r: r.cpu)[len(runs) // 2]
    return Run(middle.cpu, max(r.rss_mb for r in runs), middle.stdout)


def paired(ours: Callable[[], Run], reference: Callable[[], Run], repeat: int = REPEAT) -> Paired:
    """`ours` and `reference` run `repeat` times in turn."""
    mine: list[Run] = []
    theirs: list[Run] = []
    for _ in range(repeat):
        mine.append(ours())
        theirs.append(reference())
    return Paired(
        _median_run(mine),
        _median_run(theirs),
        [a.cpu / b.cpu for a, b in zip(mine, theirs, strict=True)],
    )


def _environ() -> dict[str, str]:
    """The children's environment: as an installed app runs, with its modules'
    bytecode (`compiled()` writes it once; PYTHONDONTWRITEBYTECODE, which a
    developer's shell may set, would make every process compile caseapp from
    source: 0.15-0.3 s of each command's CPU that no user pays)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compiled() -> None:
    """Write the bytecode of caseapp and the tests' helpers, and what caseapp
    keeps between runs as any installed copy does after its first one (not
    measured): the compiled dataclass methods beside its bytecode
    (`caseapp.codecache`) and the parse caches (catalogue, law data, font
    metrics), by checking and reporting the bundled sample once."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "caseapp", "tests"],
        cwd=ROOT,
        env=_environ(),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    sample = ROOT / "resources" / "samples" / "sample.caseapp.zip"
    with tempfile.TemporaryDirectory() as tmp:
        for args in (
            ["check", str(sample)],
            ["report", str(sample), "-o", str(Path(tmp) / "warm.pdf")],
        ):
            caseapp(Path(tmp) / "data", *args, ok=(0, 1, 2))
        caseapp(Path(tmp) / "data", "import", str(sample))
        child("app", str(Path(tmp) / "data"), "1")  # the app until the sample's Today is painted


def caseapp(data_dir: Path, *args: str, ok: tuple[int, ...] = (0,)) -> Run:
    env = {**_environ(), "CASEAPP_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return measure([sys.executable, "-m", "caseapp", "--lang", "zh", *args], env, ok)


def child(mode: str, *params: str) -> Run:
    env = {**_environ(), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return measure([sys.executable, __file__, "--child", mode, *params], env)


# --- child processes -----------------------------------------------------------------------------
def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.resize(1366, 768)

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


def child_main(data_dir: str) -> None:
    """`caseapp --data-dir DIR` as a user starts it (`caseapp.__main__.main`, the
    command-line parsing included); exits at the main window's first paint."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject

    import caseapp.ui.app as ui_app

    real_setup = ui_app.setup_application

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                os._exit(0)
            return False

    def setup(lang: str) -> object:
        app = real_setup(lang)
        app._painted = Painted(app)  # type: ignore[attr-defined]
        app.installEventFilter(app._painted)  # type: ignore[attr-defined]
        return app

    ui_app.setup_application = setup  # type: ignore[assignment]
    from caseapp.__main__ import main

    sys.argv = ["caseapp", "--data-dir", data_dir]
    main(sys.argv[1:])


def child_app(data_dir: str, wait_for_data: str) -> None:
    """The desktop app on `data_dir`; quits at its first paint, or (wait_for_data
    == "1") once Today is painted with the case's data."""
    import threading
    import time

    sys.path.insert(0, str(ROOT))
    from caseapp import codecache

    table = codecache.install()  # as `caseapp.__main__.main` does first, which this child skips
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from caseapp.ui.app import build, setup_application, start_writer

    first_paint = threading.Event()
    writer = start_writer(Path(data_dir), "zh", first_paint)
    app = setup_application("zh")
    assert isinstance(app, QApplication)
    parts = build(Path(data_dir), "zh", writer)
    window = parts.window
    window.resize(1366, 768)
    out: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if obj is window and "paint" not in out:
                    out["paint"] = time.process_time()
                    first_paint.set()
                    if wait_for_data != "1":
                        QTimer.singleShot(0, app.quit)
                # Today as the app builds it: when the case first shows (views.get does
                # not build it; `views["today"]` here built it before the first paint)
                today_view = window.views.get("today")
                shown = today_view is not None and (
                    obj is today_view or (isinstance(obj, QWidget) and today_view.isAncestorOf(obj))
                )
                if shown and parts.session.case is not None and "data" not in out:
                    out["data"] = time.process_time()
                    QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    window.show()
    window.start()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print(json.dumps(out), flush=True)
    if table is not None:
        table.save()  # as the app's own exit does (atexit), which os._exit skips
    os._exit(0)  # the writer thread may still be opening the service


def child_views(data_dir: str) -> None:
    """Each view's refresh on `data_dir`'s case: the app opened on it and its
    service open, each view shown in turn, and the CPU time of `caseChanged`
    with a new case object and the events it leaves (every connected view's
    refresh with that one in front, its repaint included; hidden ones defer)
    in ms, median of 5: the GUI thread's own time (`time.thread_time`, what
    the user waits for) and, as "process", the whole process's (which also
    counts what other threads do meanwhile: the findings recomputed on the
    rules thread once the findings view exists, thumbnails, file checks)."""
    import statistics
    import threading
    import time

    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from caseapp.ui.app import build, setup_application, start_writer

    first_paint = threading.Event()
    first_paint.set()
    writer = start_writer(Path(data_dir), "zh", first_paint)
    app = setup_application("zh")
    assert isinstance(app, QApplication)
    parts = build(Path(data_dir), "zh", writer)
    window, session = parts.window, parts.session
    window.resize(1366, 768)
    window.show()
    window.start()
    out: dict[str, float] = {}
    process: dict[str, float] = {}

    def measure() -> None:
        if session.case is None or not writer.ready.done():  # the service open: no import
            QTimer.singleShot(20, measure)  # left on the writer thread to count
            return
        from PySide6.QtCore import Qt

        keys = [
            window.rail.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(window.rail.count())
        ]
        for key in keys:
            window.show_view(key)  # a view is built when first shown
            for _ in range(3):
                app.processEvents()
            if key not in window.views:
                continue
            times, totals = [], []
            for _ in range(5):
                case = dataclasses.replace(session.case)  # a new object, as after a save
                start, start_all = time.thread_time(), time.process_time()
                session.caseChanged.emit(case)
                app.processEvents()  # what the refresh left for the event loop
                times.append(time.thread_time() - start)
                totals.append(time.process_time() - start_all)
            out[key] = round(statistics.median(times) * 1000, 1)
            process[key] = round(statistics.median(totals) * 1000, 1)
        app.quit()

    QTimer.singleShot(0, measure)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    print(json.dumps({"gui": out, "process": process}), flush=True)
    os._exit(0)


def child_reportlab(pages: str) -> None:
    """The minimal reportlab document: `pages` pages of Chinese in the report's font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
    pdfmetrics.registerFont(TTFont("WQY", str(font), subfontIndex=0))
    with tempfile.TemporaryDirectory() as tmp:
        canvas = Canvas(str(Path(tmp) / "ref.pdf"), pagesize=A4, invariant=1)
        for n in range(int(pages)):
            canvas.setFont("WQY", 10.5)
            for line in range(40):
                canvas.drawString(
                    56,
                    790 - line * 18,
                    f"第{n + 1}页第{line + 1}行：待岗期间用人单位应当按照当地规定支付生活费。",
                )
            canvas.showPage()
        canvas.save()


# --- the run -------------------------------------------------------------------------------------
def child_generate(label: str, root: str) -> None:
    generate(label, Path(root))


def child_pages(pdf: str) -> None:
    from pypdf import PdfReader

    print(len(PdfReader(pdf).pages))


def _pages(pdf: Path) -> int:
    return int(child("pages", str(pdf)).stdout.strip())


def _reportlab_like(pdf: Path, pages: dict[str, int], name: str) -> Run:
    """The minimal reportlab document with as many pages as `pdf` (counted once, as `name`)."""
    if name not in pages:
        pages[name] = _pages(pdf)
    return child("reportlab", str(pages[name]))


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        children = {
            "bare": child_bare,
            "app": child_app,
            "main": child_main,
            "reportlab": child_reportlab,
            "views": child_views,
            "generate": child_generate,
            "pages": child_pages,
        }
        children[sys.argv[2]](*sys.argv[3:])  # type: ignore[operator]
        return
    chosen = [
        s.strip()
        for s in os.environ.get("CASEAPP_BENCH_SIZES", ",".join(SIZES)).split(",")
        if s.strip()
    ]
    unknown = [s for s in chosen if s not in SIZES]
    if unknown:
        raise SystemExit(f"unknown sizes {unknown}; choose from {list(SIZES)}")
    keep = os.environ.get("CASEAPP_BENCH_KEEP")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(keep) if keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        print(
            f"load average {os.getloadavg()[0]:.1f}; CPU seconds (user+system) and peak RSS per process"
        )
        import resource

        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"(this process: {own:.0f} MB, the floor of every child's peak: Linux counts")
        print(" a child's peak from its parent's at the fork, so this one imports nothing more)")
        compiled()
        ref_pass = measure([sys.executable, "-c", "pass"])
        ref_bare = child("bare")
        print(f"{'python -c pass':<40} {ref_pass.cpu:7.2f} s {ref_pass.rss_mb:6.0f} MB")
        print(
            f"{'bare QMainWindow, first paint':<40} {ref_bare.cpu:7.2f} s {ref_bare.rss_mb:6.0f} MB"
        )
        rows: list[dict[str, object]] = []
        for label in chosen:
            # generated in a child: on Linux a child's ru_maxrss starts from its parent's
            # peak at the fork, so this process stays small (stdlib only)
            child("generate", label, str(root))
            zip_path = root / f"case-{label}.caseapp.zip"
            json_path = root / f"case-{label}.caseapp.json"
            data = root / f"data-{label}"
            if data.exists():
                import shutil

                shutil.rmtree(data)
            figures: dict[str, Run] = {}
            figures["import"] = caseapp(data, "import", str(zip_path))
            case_id = figures["import"].stdout.strip().splitlines()[-1].split()[0]
            figures["list"] = caseapp(data, "list")
            figures["check id"] = caseapp(data, "check", case_id, "--as-of", AS_OF)
            figures["check zip"] = caseapp(data, "check", str(zip_path), "--as-of", AS_OF)
            figures["check json"] = caseapp(data, "check", str(json_path), "--as-of", AS_OF)
            out_id = root / f"report-{label}-id.pdf"
            out_json = root / f"report-{label}-json.pdf"
            # the case without its evidence (the "PDF without exhibits", read
            # literally): no exhibit page at all, not 600 pages saying the file is absent
            bare_json = root / f"case-{label}-no-evidence.caseapp.json"
            if not bare_json.exists():
                document = json.loads(json_path.read_text("utf-8"))
                document["evidence"] = []
                for kind in ("incidents", "payments", "tasks", "days"):
                    for record in document.get(kind, []):
                        record.pop("evidence", None)
                bare_json.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
            out_bare = root / f"report-{label}-no-evidence.pdf"
            pages: dict[str, int] = {}
            pairs: dict[str, Paired] = {}
            for name, source, out in (
                ("report id", case_id, out_id),
                ("report json", str(json_path), out_json),
                ("report json, no evidence", str(bare_json), out_bare),
            ):
                report = functools.partial(
                    caseapp,
                    data,
                    "report",
                    source,
                    "-o",
                    str(out),
                    "--as-of",
                    AS_OF,
                    "--generated-at",
                    GENERATED_AT,
                )
                reference = functools.partial(_reportlab_like, out, pages, name)
                pairs[name] = paired(report, reference)
            figures["report id"] = pairs["report id"].ours
            figures["report json"] = pairs["report json"].ours
            figures["report json, no evidence"] = pairs["report json, no evidence"].ours
            figures["verify id"] = caseapp(data, "verify", case_id)
            pages_id, pages_json = pages["report id"], pages["report json"]
            pages_bare = pages["report json, no evidence"]
            figures["reportlab (id pages)"] = pairs["report id"].reference
            figures["reportlab (json pages)"] = pairs["report json"].reference
            figures["reportlab (no-evidence pages)"] = pairs["report json, no evidence"].reference
            first_paint = paired(
                functools.partial(child, "main", str(data)),
                functools.partial(child, "bare"),
                PAINT_REPEAT,
            )
            paint = first_paint.ours
            shown = child("app", str(data), "1")
            figures["app first paint"] = paint
            figures["bare QMainWindow (beside it)"] = first_paint.reference
            figures["app case shown"] = shown
            shown_at = json.loads(shown.stdout.strip().splitlines()[-1])
            measured = json.loads(child("views", str(data)).stdout.strip().splitlines()[-1])
            views, views_process = measured["gui"], measured["process"]
            print(
                f"\n== {label}: {zip_path.stat().st_size / 1e6:.0f} MB zip; report {pages_id} pages "
                f"(json: {pages_json}; no evidence: {pages_bare})"
            )
            for name, run in figures.items():
                print(f"  {name:<38} {run.cpu:7.2f} s {run.rss_mb:6.0f} MB")
            paired_ratios = {
                "first paint / bare window (target ≤ 2)": first_paint,
                "report id / reportlab same pages (≤ 2.5)": pairs["report id"],
                "report json / reportlab same pages (≤ 2.5)": pairs["report json"],
                "report, no evidence / reportlab same pages": pairs["report json, no evidence"],
            }
            ratios = {name: pair.ratio for name, pair in paired_ratios.items()}
            ratios |= {
                "check id / check json (≤ 2)": figures["check id"].cpu / figures["check json"].cpu,
                "check id / check zip": figures["check id"].cpu / figures["check zip"].cpu,
                "check id / python -c pass": figures["check id"].cpu / ref_pass.cpu,
            }
            for name, value in ratios.items():
                pair = paired_ratios.get(name)
                across = f"  ({pair.across()})" if pair is not None and pair.span() else ""
                print(f"  {name:<45} {value:6.2f}×{across}")
            print(
                f"  case shown at {shown_at.get('data', float('nan')):.2f} s CPU of the app's process (target ≤ 0.5 s at 3 years)"
            )
            slowest = max(views.items(), key=lambda kv: kv[1], default=("-", 0.0))
            print(
                f"  view refresh (ms CPU of the GUI thread, median of 5; target ≤ 20 at 10 years): slowest {slowest[0]} {slowest[1]:.1f}; "
                + ", ".join(f"{k} {v:.1f}" for k, v in views.items())
            )
            print(
                "  the same, CPU of the whole process (other threads' work meanwhile included): "
                + ", ".join(f"{k} {v:.1f}" for k, v in views_process.items())
            )
            peak = max(
                (
                    r.rss_mb
                    for n, r in figures.items()
                    if not n.startswith(("reportlab", "app", "bare"))
                ),
                default=0.0,
            )
            print(
                f"  peak RSS of any command {peak:.0f} MB (target ≤ 300); the app with the case {shown.rss_mb:.0f} MB (≤ 200)"
            )
            rows.append(
                {
                    "size": label,
                    "pages": pages_id,
                    **{n: (round(r.cpu, 2), round(r.rss_mb)) for n, r in figures.items()},
                    **{n: round(v, 2) for n, v in ratios.items()},
                    "views ms": views,
                    "views ms (process)": views_process,
                }
            )
        print("\nJSON " + json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
