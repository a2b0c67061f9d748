"""The brief's road section, read back from the PDF: the steps done from the
records, and the dates counted by hand.

The case: the report's sample plus a complaint filed 2025-09-01, arbitration
filed 2025-09-20 and the award received 2025-10-09 (non-final, pay by
2025-10-31). Award received 2025-10-09 + 15 days = 2025-10-24 (a Friday, a
working day); pay-by 2025-10-31 + 2 years = 2027-10-31."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from caseapp.domain.model import Case, Incident
from caseapp.domain.vocab import IncidentKind
from caseapp.report import build_report
from caseapp.rules.engine import run_rules
from caseapp.rules.road import award_incident
from tests.report.fixtures import GENERATED_AT, sample_case

AS_OF = dt.date(2025, 10, 12)


def _with_road(case: Case) -> Case:
    award = replace(
        award_incident(dt.date(2025, 10, 9), "裁决", False, dt.date(2025, 10, 31)), id="AW1"
    )
    extra = (
        Incident(
            id="RC1", date=dt.date(2025, 9, 1), kind=IncidentKind.COMPLAINT_FILED, summary="投诉"
        ),
        Incident(
            id="RA1", date=dt.date(2025, 9, 20), kind=IncidentKind.ARBITRATION_FILED, summary="立案"
        ),
        award,
    )
    return replace(case, incidents=(*case.incidents, *extra))


def _text(tmp_path: Path, lang: str) -> str:
    case, lookup = sample_case(None)
    case = _with_road(case)
    out = tmp_path / f"brief-{lang}.pdf"
    build_report(
        case,
        run_rules(case, AS_OF),
        out,
        part="brief",
        lang=lang,  # type: ignore[arg-type]
        mask=False,
        generated_at=GENERATED_AT,
        evidence_path=lookup,
        journal_head=None,
    )
    pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
    start = next(
        i
        for i, t in enumerate(pages)
        if ("拿回钱的路" if lang == "zh" else "The road to the money") in t
    )
    return "\n".join(pages[start : start + 3]).replace("\n", "")


def test_zh_section_has_the_steps_done_and_the_dates(tmp_path: Path) -> None:
    text = _text(tmp_path, "zh")
    assert "已做（2025-09-01）" in text and "已做（2025-09-20）" in text
    assert "已做（2025-10-09）" in text
    assert "2025-10-24" in text  # 2025-10-09 + 15
    assert "2027-10-31" in text  # 2025-10-31 + 2 years
    assert "非终局" in text
    for word in ("真实性", "合法性", "关联性", "一式四份", "先予执行", "支付令"):
        assert word in text, word
    assert "过期" not in text


def test_en_section(tmp_path: Path) -> None:
    text = _text(tmp_path, "en").replace(" ", "")  # pypdf joins wrapped lines unevenly
    assert "Done(2025-09-01)" in text and "2025-10-24" in text and "2027-10-31" in text
    assert "expired" not in text.lower()
