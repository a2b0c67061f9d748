"""`build_report`: the consultation brief and/or the filing pack as one PDF.

Layout runs once: the page totals ("共 Y 页") and the exhibits' page numbers
in the evidence list are drawn when the document is saved, in space reserved
for them during layout (`layout.PartCanvas`, `layout.PageRefs`). The file is
written to a temporary file in the target directory and renamed over the
target, so a reader never sees half a report.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Literal

from reportlab.platypus.doctemplate import LayoutError

from caseapp import atomic
from caseapp.casefile.anchors import AnchorCheck
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case
from caseapp.i18n import Lang
from caseapp.report import fonts, pdfform
from caseapp.report.blocks import SPLIT_ROWS
from caseapp.report.brief import brief
from caseapp.report.context import Ctx
from caseapp.report.exhibits import Prepared, Slot, prepare_all
from caseapp.report.filing import filing
from caseapp.report.fingerprint import fingerprint
from caseapp.report.images import Spill
from caseapp.report.lawdata import LawView
from caseapp.report.layout import PageInfo, ReportDoc

logger = logging.getLogger(__name__)

Part = Literal["brief", "filing", "both"]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    part_pages: dict[str, int]  # "brief" / "filing" -> pages (each part numbered on its own)
    fingerprint: str
    exhibits: int  # exhibit files listed
    exhibit_problems: tuple[tuple[str, str], ...]  # (exhibit label, reason key)
    exhibit_pages: dict[str, str]  # exhibit label -> pages in the filing pack ("6–35")


def build_report(
    case: Case,
    findings: FindingsReport,
    out: Path,
    *,
    part: Part,
    lang: Lang,
    mask: bool,
    generated_at: dt.datetime,
    evidence_path: Callable[[str], Path | None],
    journal_head: tuple[int, str] | None,
    progress: Callable[[int, int], None] | None = None,
    floor: Callable[[str, dt.date], Decimal | None] | None = None,
    period_from: dt.date | None = None,
    law_root: Path | None = None,
    anchors: tuple[AnchorCheck, ...] = (),
    left_out: Mapping[str, str] | None = None,
    spill: Spill | None = None,
) -> ReportResult:
    """Write the report to `out` (atomically) and say what was written.

    `floor(city, month)` gives the legal floor for the pay chart; by default
    the rules' law data is asked, and the chart omits the line without it.

    `period_from` (`caseapp report --from`) limits the chronology, the
    calendar, the pay chart and the summary's day and pay figures to
    [period_from, as of]; the findings are still those computed on all
    records, every chronology entry a finding cites stays in (marked when
    it is earlier), and the evidence list is never cut. ValueError if
    `period_from` is after the findings' as-of date.

    `left_out` (sha256 -> reason) names the files a case file's export left
    out; a ``changed`` one's exhibit says so, the others say it is missing.

    `spill()` gives a private scratch directory (the caller's, removed by it)
    where photos re-encoded for printing and the pages of PDF exhibits wait for
    the save, instead of in memory; it is asked only when something waits.
    None keeps them in memory.

    `law_root` is the law data's directory (default: the bundled one). A
    figure the law data cannot give (all of them when it does not load) is
    logged and named in the PDF where it would have been.

    Builds may run in several threads at once: only layout and saving are
    serialised (`fonts.render_settings`).
    """
    if period_from is not None and period_from > findings.as_of:
        raise ValueError(f"period_from {period_from} is after as_of {findings.as_of}")
    fp = fingerprint(case, findings)
    c = Ctx(
        case,
        findings,
        lang,
        generated_at,
        fp,
        evidence_path,
        journal_head,
        floor,
        mask,
        period_from=period_from,
        left_out=dict(left_out or {}),
        law=LawView.load(law_root),
        anchors=anchors,
    )
    w = c.w
    info = PageInfo(
        case_name=c.case_name(),
        fingerprint12=fp[:12],
        fingerprint_word=w("fingerprint_short"),
        brief_mark=w("brief.mark"),
        page_word={"brief": w("page"), "filing": w("page")},
        part_names={"brief": w("brief.title"), "filing": w("filing.title")},
        generated_at=generated_at,
    )
    c.info = info
    with_brief = part in ("brief", "both")
    with_filing = part in ("filing", "both")
    exhibits = c.evidence.exhibits() if with_filing else []
    total_steps = len(exhibits) + 3
    done = [0]

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total_steps - 1), total_steps)

    cache: dict[str, Prepared] = {}
    slots: dict[str, tuple[float, ...]] = {}
    wanted: list[Slot] = []

    # the long parts of PDF exhibits' copied pages wait for the save in a spool
    # in the directory `spill()` gives (when one is given), removed after it
    keeper = pdfform.Keeper(spill)
    try:
        step()
        if exhibits:
            prepare_all(c, exhibits, cache, step, keeper)

        def layout(sink: IO[bytes]) -> None:
            with fonts.render_settings():
                doc = ReportDoc(
                    sink,
                    info,
                    title=info.part_names["brief" if with_brief else "filing"],
                    author="caseapp",
                    first="brief" if with_brief else "filing",
                )
                story = brief(c) if with_brief else []
                if with_filing:
                    story += filing(c, cache, slots, wanted, after_brief=with_brief)
                doc.build(story, canvasmaker=doc.make_canvas)

        # written by reportlab straight into the (temporary) output file: no copy of
        # the finished document in memory beside reportlab's own
        with atomic.open_atomic(Path(out)) as sink:
            try:
                layout(sink)
            except LayoutError as e:
                # a table row taller than a page that the measure in blocks.too_tall did
                # not foresee (text the line breaker can only cut one character a line):
                # lay the whole report out again with every table free to split inside a row
                logger.warning("layout retried with rows split: %s", str(e).split("\n", 1)[0][:200])
                for found in (info.anchors, info.totals, info.page_refs, slots):
                    found.clear()
                wanted.clear()
                sink.seek(0)
                sink.truncate()
                token = SPLIT_ROWS.set(True)
                try:
                    layout(sink)
                finally:
                    SPLIT_ROWS.reset(token)
            totals = dict(info.totals)
            step()
    finally:
        keeper.close()
    if progress is not None:
        progress(total_steps, total_steps)
    problems = tuple(
        (e.label, cache[e.file.sha256].problem or "")
        for e in exhibits
        if e.file.sha256 in cache and cache[e.file.sha256].problem
    )
    logger.info(
        "report written: part %s, %s, %d pages, %d exhibits (%d not printed), %d law gaps",
        part,
        lang,
        sum(totals.values()),
        len(exhibits),
        len(problems),
        len(c.law.gaps),
    )
    return ReportResult(
        out,
        sum(totals.values()),
        totals,
        fp,
        len(exhibits),
        problems,
        {e.label: info.part_pages(e.label) or "" for e in exhibits},
    )
