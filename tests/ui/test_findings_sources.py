"""风险提示: the parameter rows of a calculation show only the part of a
law-data source a person can look up (no internal research provenance)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.findings import Calculation, Parameter
from caseapp.ui.findings_view import FindingsView
from tests.ui.test_findings_view import _finding, _report

INTERNAL = (
    "http://www.suzhou.gov.cn/szsrmzf/rdwd5/202607/c93e34fe3ffb4c998ad1e1d8b11343a7.shtml "
    "(via polarsta/gjj-policy-watch) (addendum §2)"
)


def test_parameter_sources_are_public(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = parts.window.views["findings"]
    assert isinstance(view, FindingsView)
    params = (
        Parameter("minimum_wage", "2420", dt.date(2025, 4, 1), INTERNAL, "official"),  # type: ignore[arg-type]
        Parameter("standby_ratio", "0.8", None, "addendum §5.3 (as reported in a/b)", "official"),  # type: ignore[arg-type]
    )
    finding = dataclasses.replace(
        _finding("k1", "high", "1000.00"),
        calculation=Calculation("floor − paid", {"paid": "800.00"}, params),
    )
    view.set_report(_report(finding))
    html = view.detail_html(finding)
    assert "suzhou.gov.cn" in html
    assert "polarsta" not in html and "via " not in html and "addendum" not in html
    assert "没有可公开查询的出处" in html  # a source with nothing public left
    # in Chinese, no English notes: what remains reads in Chinese or opens
    english = "https://www.gov.cn/x.html (official text, see notes)"
    params = (Parameter("minimum_wage", "2420", None, english, "official"),)  # type: ignore[arg-type]
    finding = dataclasses.replace(finding, calculation=Calculation("f", {}, params))
    html = view.detail_html(finding)
    assert "www.gov.cn" in html and "official text" not in html
