"""Sources a lawyer can cite (issue 11 item 3): what the report prints for a
legal figure. A confirmed figure shows its document only; a secondary report
is printed only beside an unconfirmed figure, as "文号未核实，据……报道"."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.citation import Document, Source, is_official_url, printed_urls
from caseapp.domain.findings import Parameter
from caseapp.domain.vocab import Confidence
from caseapp.rules.law import load_law_data
from caseapp.rules.source_text import DOCUMENTED, printed_source


def test_official_urls() -> None:
    assert is_official_url("https://rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t.html")
    assert is_official_url("http://www.maoming.gov.cn/zwgk/x.html")
    assert is_official_url("court.gov.cn/zixun/xiangqing/472691.html")
    assert is_official_url("https://www.chinacourt.org/article/detail/x.shtml")
    assert not is_official_url("https://www.talent-spot.com/key-adjustments.html")
    assert not is_official_url("https://gov.cn.example.com/x")  # near miss
    assert not is_official_url("https://notgov.cn/x")  # near miss: not a subdomain


def test_a_confirmed_figure_never_cites_a_report() -> None:
    source = Source(
        document=Document(
            number="京人社劳发〔2025〕7号",
            url="rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html",
        ),
        reported_by=("https://www.talent-spot.com/key-adjustments-in-chinese-cities.html",),
        ref="law.md §2.1",
    )
    for lang in ("zh", "en"):
        printed = printed_source(source, Confidence.LOCAL_RULE, lang)  # type: ignore[arg-type]
        assert "京人社劳发〔2025〕7号" in printed and "rsj.beijing.gov.cn" in printed
        assert "talent-spot" not in printed and "law.md" not in printed


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_printed_url_is_official_or_marked_as_a_report(lang: str) -> None:
    """Walk every entry of the law data as the report would print it."""
    law = load_law_data()
    seen = 0
    for raw in law.all_entries():
        printed = printed_source(raw.source, raw.confidence, lang)  # type: ignore[arg-type]
        for url in printed_urls(printed):
            seen += 1
            if raw.confidence in DOCUMENTED or not any(url in r for r in raw.source.reported_by):
                assert is_official_url(url), (raw.place, url)
            else:
                assert "文号未核实" in printed[: printed.index(url)], (raw.place, printed)
    assert seen > 50


def test_unconfirmed_figure_says_so() -> None:
    p = Parameter(
        "minimum_wage",
        "2380",
        dt.date(2025, 12, 1),
        Source(
            reported_by=("https://www.china-payroll.com/x",),
            looked_in="Title and 文号 not found",
        ),
        Confidence.UNCONFIRMED,
    )
    printed = printed_source(p.source, p.confidence, "zh")
    assert printed == "文号未核实，据https://www.china-payroll.com/x报道"
    # with the partial document the data knows
    partial = Source(
        document=Document(number="粤府函〔2026〕188号"),
        reported_by=("https://m12333.cn/policy/swaps.html",),
    )
    assert printed_source(partial, Confidence.UNCONFIRMED, "zh") == (
        "文号未核实，据https://m12333.cn/policy/swaps.html报道（所报文件：粤府函〔2026〕188号）"
    )
    # a partial document alone, and nothing at all
    only = Source(document=Document(title="关于调整最低工资标准的通知"))
    assert (
        printed_source(only, Confidence.UNCONFIRMED, "zh")
        == "文号未核实：《关于调整最低工资标准的通知》"
    )
    assert printed_source(Source(), Confidence.UNCONFIRMED, "zh").startswith("文号未核实")


def test_a_repository_file_is_kept_in_the_data_but_not_printed() -> None:
    """As before issue 11, a file in a code repository never reaches the page: a
    reader cannot open it as a report. It stays in `reported_by` (and in
    `law show --json`); web pages and named outlets are printed."""
    source = Source(
        document=Document(number="人社部发〔2025〕2号"),
        reported_by=(
            "norbital-ai/templates docs/inventory/china.csv row CN-N02.day-conversion-21-75",
            "JETRO",
            "https://www.jetro.go.jp/biznews/2021/05/61e04aa3c0ac2d41.html",
        ),
    )
    printed = printed_source(source, Confidence.UNCONFIRMED, "zh")
    assert printed == (
        "文号未核实，据JETRO、https://www.jetro.go.jp/biznews/2021/05/61e04aa3c0ac2d41.html报道"
        "（所报文件：人社部发〔2025〕2号）"
    )
    only_repo = Source(reported_by=("polarsta/gjj-policy-watch",))
    assert printed_source(only_repo, Confidence.UNCONFIRMED, "zh") == (
        "文号未核实，未记载可查的公开来源"
    )
