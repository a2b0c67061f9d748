"""Sources a lawyer can cite (issue 11 item 3): what the report prints for a
legal figure. A confirmed figure shows its document and official pages only;
a secondary report is printed only beside an unconfirmed figure, as
"文号未核实，据……报道"."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.citation import document_source, is_official_url, printed_urls
from caseapp.domain.findings import Parameter
from caseapp.domain.vocab import Confidence
from caseapp.report.calc_block import DOCUMENTED, printed_source
from caseapp.rules.law import load_law_data


def test_official_urls() -> None:
    assert is_official_url("https://rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t.html")
    assert is_official_url("http://www.maoming.gov.cn/zwgk/x.html")
    assert not is_official_url("https://www.talent-spot.com/key-adjustments.html")
    assert not is_official_url("https://gov.cn.example.com/x")  # near miss


def test_a_confirmed_figure_never_cites_a_report() -> None:
    source = (
        "京人社劳发〔2025〕7号, via Buxiulei/lawer data/beijing-zuidi-gongzi.md (cites "
        "rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html); "
        "https://www.talent-spot.com/key-adjustments-in-chinese-cities.html (law.md §2.1)"
    )
    printed = document_source(source, lang="en")
    assert "京人社劳发〔2025〕7号" in printed
    assert "talent-spot" not in printed
    reported = "山东省企业工资支付规定 art. 31; reported_by: http://www.sinohro.com/x.html"
    assert "sinohro" not in document_source(reported, lang="zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_printed_url_is_official_or_marked_as_a_report(lang: str) -> None:
    """Walk every entry of the law data as the report would print it."""
    law = load_law_data()
    seen = 0
    for raw in law.all_entries():
        printed = printed_source(raw.source, raw.confidence, lang)  # type: ignore[arg-type]
        for url in printed_urls(printed):
            seen += 1
            if raw.confidence in DOCUMENTED:
                assert is_official_url(url), (raw.place, url)
            else:
                assert printed.startswith("文号未核实"), (raw.place, printed)
    assert seen > 50


def test_unconfirmed_figure_says_so() -> None:
    p = Parameter(
        "minimum_wage",
        "2380",
        dt.date(2025, 12, 1),
        "Title and 文号 not found; reported by https://www.china-payroll.com/x",
        Confidence.UNCONFIRMED,
    )
    printed = printed_source(p.source, p.confidence, "zh")
    assert printed.startswith("文号未核实，据") and printed.endswith("报道")
    assert "china-payroll.com" in printed
