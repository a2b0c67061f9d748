"""风险提示: the parameter rows of a calculation print a figure's source from
its fields (issue 11 item 3): a confirmed figure its document only, never a
report or our own notes; an unconfirmed one "文号未核实，据……报道"."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.citation import Document, Source
from caseapp.domain.findings import Calculation, Parameter
from caseapp.domain.vocab import Confidence
from caseapp.ui.findings_view import FindingsView
from tests.ui.test_findings_view import _finding, _report

CONFIRMED = Source(
    document=Document(
        number="京人社劳发〔2025〕7号",
        url="rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html",
    ),
    reported_by=("https://www.talent-spot.com/key-adjustments-in-chinese-cities.html",),
    ref="law.md §2.1 (via Buxiulei/lawer data/beijing-zuidi-gongzi.md)",
)
REPORTED = Source(
    reported_by=("http://www.suzhou-news.example.com/x.html",),
    ref="addendum §2",
)


def test_parameter_sources_are_printed_from_their_fields(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = parts.window.views["findings"]
    assert isinstance(view, FindingsView)
    params = (
        Parameter("minimum_wage", "2540", dt.date(2025, 9, 1), CONFIRMED, Confidence.LOCAL_RULE),
        Parameter("standby_ratio", "0.8", None, REPORTED, Confidence.UNCONFIRMED),
        Parameter("average_wage", "12000", None, Source(ref="law.md"), Confidence.PRACTICE),
    )
    finding = dataclasses.replace(
        _finding("k1", "high", "1000.00"),
        calculation=Calculation("floor − paid", {"paid": "800.00"}, params),
    )
    view.set_report(_report(finding))
    html = view.detail_html(finding)
    assert "京人社劳发〔2025〕7号" in html and "rsj.beijing.gov.cn" in html
    # the confirmed figure's report and our notes are never shown
    assert "talent-spot" not in html and "Buxiulei" not in html and "law.md" not in html
    assert "addendum" not in html
    # the unconfirmed figure: 文号未核实, with the report it rests on
    assert "文号未核实，据http://www.suzhou-news.example.com/x.html报道" in html
    assert "未记载可查的公开来源" in html  # a confirmed figure with no document recorded
