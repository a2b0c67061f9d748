"""The PDF cites a question of a court's answers, a case of a collection and
a whole instrument as a reader names them (rules.output.cite), never as
"第Q41条" or "第2016-07-21条"; a plain article keeps 《…》第N条."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from caseapp.casefile.reader import read_case_file
from caseapp.rules.engine import run_rules
from caseapp.rules.law import load_law_data
from tests.report.conftest import page_texts, render

CASES = Path(__file__).resolve().parent.parent / "rules" / "cases"


def test_a_published_case_is_cited_by_its_date_in_the_pdf(tmp_path: Path) -> None:
    as_of = dt.date(2016, 8, 1)
    case = read_case_file(CASES / "bj2016-tang-pledge-self-departure.caseapp.json", as_of).case
    findings = run_rules(case, as_of, load_law_data())
    out = tmp_path / "tang.pdf"
    render(case, findings, out, lambda _sha: None, part="brief")
    text = "".join(page_texts(PdfReader(out))).replace("\n", "")
    assert "2016-07-21 发布的案例" in text
    assert "第2016-07-21条" not in text
    assert "《中华人民共和国劳动合同法》第87条" in text
