"""Every article a finding cites is a row of the law data's statute table,
and every text renders in both languages — over a set of cases that makes
every rule fire."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from caseapp.domain.model import Contract, Deductions
from caseapp.domain.vocab import DayStatus, EndGround, IncidentKind, ReturnGround
from caseapp.rules.engine import rule_ids
from caseapp.rules.output import findings_to_json
from rules.builders import case, dispatch, ended, incident, month_payments, payment, si, span
from rules.helpers import run

MINE = (
    "relationship-to-confirm",
    "standby-first-cycle-underpaid",
    "standby-below-floor",
    "standby-full-wage-arguable",
    "prolonged-standby",
    "targeted-standby",
    "resignation-pressure",
    "unilateral-pay-cut",
    "late-wages",
    "below-minimum-wage",
    "social-insurance-gap",
    "working-conditions-withdrawn",
    "unreasonable-transfer",
    "dispatch-return-ground-not-allowed",
    "dispatch-termination-after-return",
    "objective-change-not-shown",
    "no-written-contract",
    "contract-expiry",
    "data-gap",
    "parameter-stale",
    "limitation-deadline",
)


def _cases() -> list[tuple[object, str]]:
    standby = span("2025-07-01", "2025-10-31", DayStatus.STANDBY)
    paid = month_payments("2024-01-01", "2025-06-30", "10000")
    return [
        (
            case(
                days=standby,
                payments=[
                    *paid,
                    payment("2025-07-01", "2025-07-31", "6000"),
                    payment(
                        "2025-08-01", "2025-08-31", "1500", kind="standby", paid_on="2025-09-26"
                    ),
                    payment("2025-09-01", "2025-09-30", "0.00", kind="standby"),
                ],
                social_insurance=[si("2025-08", "unpaid")],
                incidents=[
                    incident("I1", "2025-10-10", IncidentKind.ASKED_TO_RESIGN),
                    incident("I2", "2025-10-12", IncidentKind.POST_ELIMINATED),
                    incident("I3", "2025-08-12", IncidentKind.COLLEAGUES_STILL_WORKING),
                    incident("I4", "2025-09-02", IncidentKind.ACCESS_REVOKED),
                    incident("I5", "2025-09-03", IncidentKind.TRANSFER_NOTICE, new_city="baoding"),
                ],
            ),
            "2025-11-20",
        ),
        (
            case(
                arrangement="dispatch",
                dispatch=dispatch(),
                days=standby,
                payments=[*paid, *month_payments("2025-07-01", "2025-10-31", "1000")],
                incidents=[
                    incident(
                        "R1",
                        "2025-06-30",
                        IncidentKind.RETURNED_TO_AGENCY,
                        ground=ReturnGround.PROJECT_ENDED,
                    ),
                    incident("T2", "2025-10-31", IncidentKind.TERMINATION_NOTICE),
                ],
                employment_ended=ended("2025-10-31", "other"),
            ),
            "2025-11-20",
        ),
        (
            case(
                payments=[
                    *month_payments("2024-03-01", "2025-06-30", "10000"),
                    payment(
                        "2025-07-01",
                        "2025-07-31",
                        "2600",
                        deductions=Deductions(si_employee=D("300"), housing_fund_employee=D("200")),
                    ),
                ],
                contract=Contract(kind="fixed", start=date(2024, 3, 1), written=False),
                incidents=[
                    incident(
                        "T1",
                        "2025-07-31",
                        IncidentKind.TERMINATION_NOTICE,
                        ground=EndGround.ART40_3,
                    )
                ],
                employment_ended=ended("2025-07-31", "art40_3"),
            ),
            "2026-07-15",
        ),
        (case(arrangement="part_time", payments=paid), "2025-07-20"),
        (case(city="other", payments=paid), "2025-07-20"),
        (case(payments=paid), "2028-07-20"),
        (
            case(
                payments=paid,
                contract=Contract(
                    kind="fixed", start=date(2024, 1, 1), end=date(2025, 8, 31), written=True
                ),
            ),
            "2025-07-20",
        ),
    ]


def test_every_basis_is_in_the_statute_table(law) -> None:
    fired: set[str] = set()
    for c, as_of in _cases():
        report = run(c, as_of, law)
        findings_to_json(report)  # every text renders in zh and en
        for f in report.findings:
            fired.add(f.rule)
            for b in f.basis:
                assert law.has_article(b.law, b.article, b.paragraph, b.item), (f.rule, b)
    # the set above exercises every rule of this engineer's list (the other rules
    # engineer's rules are covered by their own tests)
    assert set(MINE) - fired == set()
    assert set(MINE) <= set(rule_ids())
