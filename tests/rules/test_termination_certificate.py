"""termination-certificate-missing (LCL arts. 50, 89; Reg. art. 24): a worked
example and near misses, with the dates counted by hand.

The worked dates: employment ended 2026-03-10 (the employer's art. 40(3)
termination). The 15 days of LCL art. 50 start the next day, 2026-03-11, so
day 15 is 2026-03-25 (10 + 15 = 25, March has 31 days). The rule says nothing
on or before 2026-03-25 and fires from 2026-03-26.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import jsonschema

from caseapp.i18n import render_both
from caseapp.paths import resource
from caseapp.rules.output import findings_to_json, format_findings_text
from rules.builders import case, ended, month_payments
from rules.helpers import one, only, run

RULE = "termination-certificate-missing"
END = "2026-03-10"
DAY_15 = "2026-03-25"  # 2026-03-10 + 15 days
DAY_16 = "2026-03-26"


def _case(issued: bool | None) -> object:
    end = replace(ended(END, "art40_3"), certificate_issued=issued)
    return case(
        payments=month_payments("2025-01-01", "2026-03-31", "10000"),
        employment_ended=end,
    )


def test_worked_example_not_issued_fires_on_day_16(law) -> None:
    f = one(run(_case(False), DAY_16, law), RULE)
    assert f.key == f"{RULE}@2026-03-10"
    assert f.severity == "medium" and f.confidence == "statute"
    assert f.period is not None
    assert (f.period.start, f.period.end) == (date(2026, 3, 10), date(2026, 3, 25))
    assert f.amount is None  # art. 89 damages are the loss shown, not priced
    assert f.forum == "labour_inspection"
    arts = {(b.law, b.article) for b in f.basis}
    assert arts == {
        ("labour_contract_law", "50"),
        ("labour_contract_law", "89"),
        ("lcl_regulation", "24"),
    }
    assert f.calculation is not None
    assert f.calculation.inputs["last_day"] == DAY_15
    (param,) = f.calculation.parameters
    assert (param.name, param.value, param.confidence) == ("certificate_days", "15", "statute")
    text = render_both(f.explanation)
    assert "2026-03-25" in text["zh"] and "2026-03-25" in text["en"]
    steps = " ".join(render_both(s)["en"] for s in f.next_steps)
    assert "unemployed" in steps and "Without the certificate" in steps


def test_near_miss_day_15_does_not_fire(law) -> None:
    """Issued on day 15 at the latest: on 2026-03-25 nothing is missing yet."""
    assert only(run(_case(False), DAY_15, law), RULE) == []


def test_issued_never_fires(law) -> None:
    """The certificate came (on day 15, or any day): nothing, however late we look."""
    for as_of in (DAY_15, DAY_16, "2026-09-30"):
        assert only(run(_case(True), as_of, law), RULE) == []


def test_absent_is_unknown_not_a_failure(law) -> None:
    f = one(run(_case(None), DAY_16, law), RULE)
    assert f.severity == "low" and f.confidence == "unconfirmed"
    texts = render_both(f.explanation)
    assert "unknown" in texts["en"] and "未知" in texts["zh"]
    assert "not issued" not in render_both(f.title)["en"]
    # and on day 15 not even the question
    assert only(run(_case(None), DAY_15, law), RULE) == []


def test_no_end_or_end_after_as_of_gives_nothing(law) -> None:
    c = case(payments=month_payments("2025-01-01", "2026-03-31", "10000"))
    assert only(run(c, DAY_16, law), RULE) == []
    assert only(run(_case(False), "2026-03-09", law), RULE) == []


def test_json_validates_and_text_renders(law) -> None:
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        schema = json.load(fh)
    for issued in (False, None):
        report = run(_case(issued), DAY_16, law)
        jsonschema.validate(findings_to_json(report), schema)
        for lang in ("zh", "en"):
            assert format_findings_text(report, lang, law)
        for f in only(report, RULE):
            for b in f.basis:
                assert law.has_article(b.law, b.article, b.paragraph, b.item)
