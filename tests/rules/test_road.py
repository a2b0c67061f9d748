"""The road to the money (rules/road.py): which steps the records show done,
the next one, and every date, each counted here by hand.

Periods start the day after the event (办案规则 art. 19), so the last day is
the event's date plus the period:

* mediation applied 2026-05-12 + 15 days (LDMAL art. 14) = 2026-05-27
  (12 + 15 = 27; a Wednesday, a working day);
* award received 2026-07-20 + 15 days (LDMAL arts. 48, 50): July has 31 days,
  20 + 15 = 35 → 35 − 31 = August 4 → 2026-08-04 (a Tuesday);
* award's pay-by date 2026-08-20 + 2 years (民事诉讼法 art. 250) = 2028-08-20
  (2028's holidays are not in the law data: not moved);
* pay-by 2028-02-29 + 2 years = 2030-02-28 (no 29 February in 2030);
* award received 2026-09-16 + 15 = 2026-10-01, National Day (holidays.toml:
  2026-10-01..07 off): the period runs to the first working day after it,
  2026-10-08 (民法典 art. 203), and the worker is still told 2026-10-01.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from caseapp.domain.findings import Deadline, FindingsReport
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import IncidentKind
from caseapp.i18n import render_both
from caseapp.rules.road import STEPS, award_incident, final_award_check, road
from rules.builders import case, incident

d = dt.date.fromisoformat


def _award(received: str, final: bool | None = None, pay_by: str | None = None) -> object:
    item = award_incident(d(received), "award", final, d(pay_by) if pay_by else None)
    from dataclasses import replace

    return replace(item, id="AW")


def _full(*extra: object) -> object:
    return case(
        incidents=[
            incident("C1", "2026-04-01", IncidentKind.COMPLAINT_FILED),
            incident(
                "O1",
                "2026-04-20",
                IncidentKind.INSPECTION_ORDER,
                amount=D("6000.00"),
                due_by=d("2026-05-10"),
            ),
            incident("M1", "2026-05-12", IncidentKind.MEDIATION_APPLIED),
            incident("A1", "2026-06-01", IncidentKind.ARBITRATION_FILED),
            *extra,
        ]
    )


def test_nothing_recorded_nothing_done(law) -> None:
    r = road(case(), law, d("2026-04-01"))
    assert [s.key for s in r.steps] == list(STEPS)
    assert not any(s.done for s in r.steps)
    assert r.dates == ()
    assert r.next_step == "filing"  # no wage claim found: the complaint is not the first step


def test_each_step_done_from_its_record_and_its_date(law) -> None:
    r = road(_full(_award("2026-07-20", final=False, pay_by="2026-08-20")), law, d("2026-07-21"))
    done = {s.key: s.done_on for s in r.steps}
    assert done["complaint"] == d("2026-04-01")
    assert done["inspection_order"] == d("2026-04-20")
    assert done["mediation"] == d("2026-05-12")
    assert done["filing"] == d("2026-06-01")
    assert done["award"] == d("2026-07-20")
    assert done["advance"] is None  # nothing records it: never assumed
    dates = {x.kind: x for x in r.dates}
    assert dates["pay_by"].day == d("2026-05-10")  # the order's due_by, as recorded
    assert dates["mediation_ends"].day == d("2026-05-27")
    assert dates["sue_by"].day == d("2026-08-04")
    assert dates["sue_by"].moved_to is None
    assert dates["enforce_by"].day == d("2028-08-20")
    assert dates["enforce_by"].confidence == "unconfirmed"
    assert "file_by" not in dates  # filed: the limitation date is no longer a step's date
    assert r.next_step == "court"
    assert r.final_award is False
    text = render_both(dates["sue_by"].computation)
    assert "2026-07-20" in text["zh"] and "2026-08-04" in text["en"]


def test_after_the_15_days_the_next_step_is_enforcement(law) -> None:
    r = road(_full(_award("2026-07-20", pay_by="2026-08-20")), law, d("2026-08-05"))
    assert r.next_step == "enforcement"
    assert r.step("court").dates[0].passed(d("2026-08-05"))
    assert not r.step("court").dates[0].passed(d("2026-08-04"))


def test_enforcement_from_29_february(law) -> None:
    r = road(case(incidents=[_award("2028-02-01", pay_by="2028-02-29")]), law, d("2028-02-02"))
    (enforce,) = r.step("enforcement").dates
    assert enforce.day == d("2030-02-28")


def test_no_pay_by_no_enforcement_date(law) -> None:
    """The award's date of effect is not on record: no date is guessed."""
    r = road(case(incidents=[_award("2026-07-20")]), law, d("2026-07-21"))
    assert r.step("enforcement").dates == ()
    assert r.step("court").dates[0].day == d("2026-08-04")


def test_sue_by_on_national_day_moves_to_the_next_working_day(law) -> None:
    r = road(case(incidents=[_award("2026-09-16")]), law, d("2026-09-17"))
    (sue,) = r.step("court").dates
    assert sue.day == d("2026-10-01")
    assert sue.moved_to == d("2026-10-08")


def test_next_step_follows_the_records(law) -> None:
    complaint = incident("C1", "2026-04-01", IncidentKind.COMPLAINT_FILED)
    assert road(case(incidents=[complaint]), law, d("2026-04-02")).next_step == "inspection_order"
    mediation = incident("M1", "2026-05-12", IncidentKind.MEDIATION_APPLIED)
    # within the 15 days mediation is still the step; from day 16 filing is
    assert road(case(incidents=[mediation]), law, d("2026-05-27")).next_step == "mediation"
    assert road(case(incidents=[mediation]), law, d("2026-05-28")).next_step == "filing"
    filed = incident("A1", "2026-06-01", IncidentKind.ARBITRATION_FILED)
    assert road(case(incidents=[filed]), law, d("2026-06-02")).next_step == "hearing"


def test_records_after_as_of_are_not_looked_at(law) -> None:
    r = road(_full(), law, d("2026-04-10"))
    assert r.step("complaint").done and not r.step("inspection_order").done


def test_file_by_is_the_earliest_running_arbitration_deadline(law) -> None:
    """Two claims' last days, 2027-03-10 and 2027-01-31, and one not running:
    the earliest running one, 2027-01-31, is the filing date."""
    report = FindingsReport(
        as_of=d("2026-04-01"),
        case_uid="u",
        app_version="t",
        law_data_version="t",
        law_data_sha256="t",
        findings=(),
        deadlines=(
            Deadline("severance-due", d("2026-03-10"), d("2027-03-10"), Msg("x")),
            Deadline("late-wages", d("2026-01-31"), d("2027-01-31"), Msg("x")),
            Deadline("standby-below-floor", d("2026-01-01"), None, Msg("x")),
        ),
    )
    r = road(case(), law, d("2026-04-01"), report)
    (file_by,) = r.step("filing").dates
    assert file_by.day == d("2027-01-31")
    assert "2027-01-31" in render_both(file_by.computation)["zh"]


def test_recorded_finality_wins_over_the_check(law) -> None:
    r = road(case(incidents=[_award("2026-07-20", final=True)]), law, d("2026-07-21"))
    assert r.final_award is True
    assert final_award_check(None) is None


def test_near_dates_for_today(law) -> None:
    r = road(_full(_award("2026-07-20", pay_by="2026-08-20")), law, d("2026-07-25"))
    near = r.near()
    # 2026-08-04 is 10 days ahead; 2028-08-20 is not near; the passed ones of
    # May lie more than a week back
    assert [x.day for x in near] == [d("2026-08-04")]


def test_certificate_date_after_the_job_ends(law) -> None:
    """Ended 2026-03-10 + 15 days (LCL art. 50) = 2026-03-25; issued: done, no date;
    unknown (null): the date stands, nothing is asserted about the certificate."""
    from dataclasses import replace as rep

    from rules.builders import ended

    for issued in (False, None):
        c = case(employment_ended=rep(ended("2026-03-10", "art40_3"), certificate_issued=issued))
        step = road(c, law, d("2026-03-12")).step("certificate")
        assert not step.done
        assert [x.day for x in step.dates] == [d("2026-03-25")]
    c = case(employment_ended=rep(ended("2026-03-10", "art40_3"), certificate_issued=True))
    step = road(c, law, d("2026-03-12")).step("certificate")
    assert step.done and step.done_on is None and step.dates == ()


def test_award_record_survives_the_case_file(tmp_path, law) -> None:
    """The award's x- keys are written to case.json and read back by the strict
    reader (an exported file carries the award), and the road reads them."""
    import json

    from caseapp.casefile.codec import case_to_document
    from caseapp.casefile.reader import read_case_file

    c = case(incidents=[_award("2026-07-20", final=False, pay_by="2026-08-20")])
    doc = case_to_document(c)
    (item,) = doc["incidents"]
    assert item["x-caseapp-event"] == "award_received"
    assert item["x-award-final"] is False and item["x-award-pay-by"] == "2026-08-20"
    path = tmp_path / "award.caseapp.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    back = read_case_file(path, d("2026-12-01")).case
    r = road(back, law, d("2026-07-21"))
    assert r.award is not None and r.award.final is False
    assert r.step("enforcement").dates[0].day == d("2028-08-20")


def test_road_texts_say_no_verdict_and_never_expired() -> None:
    """road.toml holds to rules' wording: no verdict words, nothing "expired";
    合法 only in the hearing term 合法性 (legality); every step that speaks of
    signing or going to court names legal aid (12348)."""
    import re
    import tomllib

    from caseapp.paths import resource
    from rules.test_wording import FORBIDDEN_EN

    with resource("i18n", "road.toml").open("rb") as fh:
        texts = tomllib.load(fh)
    for key, value in texts.items():
        zh, en = value["zh"], value["en"]
        for word in ("违法", "已过期", "过期", "非法", "已失效"):
            assert word not in zh, (key, word)
        assert "合法" not in zh.replace("合法性", ""), key
        assert not FORBIDDEN_EN.search(en), (key, en)
        if key.startswith("road.step.") and re.search(r"\b(sign(ing)?|sue)\b", en):
            assert "12348" in en and "12348" in zh, key


def test_every_deadline_claim_has_a_name_for_the_file_by_date() -> None:
    """The road's file-by date names its claim by the finding's own title, else
    by ``calc.claim.<id>``: every claim a deadline can carry has that key
    (``rules.<id>.title`` does not exist for rules titled by variant, e.g.
    incompetence-without-training's ``terminated.title``)."""
    from caseapp.i18n import catalogue
    from caseapp.rules.calc_deadline import CLAIMS

    missing = sorted(c for c in CLAIMS if f"calc.claim.{c}" not in catalogue())
    assert missing == []
