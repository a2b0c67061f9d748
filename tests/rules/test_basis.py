"""Every article a finding cites is a row of the law data's statute table,
every text renders in both languages and the findings JSON validates against
the schema — over a set of cases that makes every listed rule fire
(disguised-dispatch has its own cases in test_disguised.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import jsonschema

from caseapp.domain.model import Contract, Deductions, Evidence, ProtectedPeriod
from caseapp.domain.vocab import (
    DayStatus,
    EndGround,
    EvidenceKind,
    IncidentKind,
    OriginalStatus,
    ProtectedKind,
    ReturnGround,
)
from caseapp.paths import resource
from caseapp.rules.engine import rule_ids
from caseapp.rules.output import findings_to_json, format_findings_text
from rules.builders import case, dispatch, ended, incident, month_payments, payment, si, span
from rules.helpers import run

# Fired by the pay, standby and contract cases below.
PAY_STANDBY_AND_CONTRACT = (
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
# Fired by the dismissal and route cases below.
DISMISSAL_AND_ROUTES = (
    "labour-inspection-route",
    "employer-held-evidence",
    "art38-grounds-recorded",
    "union-not-notified",
    "protected-worker-terminated",
    "absence-pretext",
    "incompetence-without-training",
)


def _pay_standby_and_contract_cases() -> list[tuple[object, str]]:
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
                    incident("I5", "2025-09-03", IncidentKind.TRANSFER_NOTICE, new_city="保定"),
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


def _dismissal_and_route_cases() -> list[tuple[object, str]]:
    standby = span("2025-07-01", "2025-10-31", DayStatus.STANDBY)
    pays = [
        *month_payments("2024-01-01", "2025-07-31", "10000"),
        *month_payments("2025-08-01", "2025-10-31", "1000", kind="standby"),
    ]
    bench = case(
        days=standby,
        payments=pays,
        incidents=[
            incident("D1", "2025-11-03", IncidentKind.DEMAND_SENT, asserts=("standby-below-floor",))
        ],
    )
    bench = replace(
        bench,
        evidence=(
            Evidence(
                id="E1",
                title="考勤系统导出",
                kind=EvidenceKind.ATTENDANCE,
                original_status=OriginalStatus.HELD_BY_EMPLOYER,
            ),
        ),
    )
    terminated = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "T1",
                "2025-09-01",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART39,
                union_notified=False,
            )
        ],
        employment_ended=ended("2025-09-30", "art39"),
    )
    pregnant = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident("T2", "2025-09-01", IncidentKind.TERMINATION_NOTICE, ground=EndGround.ART40_3)
        ],
        employment_ended=ended("2025-09-30", "art40_3"),
        protected=(ProtectedPeriod(kind=ProtectedKind.PREGNANCY, from_=date(2025, 6, 1)),),
    )
    returned = case(
        arrangement="dispatch",
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[incident("R1", "2025-09-01", IncidentKind.RETURNED_TO_AGENCY)],
        protected=(ProtectedPeriod(kind=ProtectedKind.MEDICAL_PERIOD, from_=date(2025, 8, 1)),),
    )
    absent = case(
        days=span("2025-08-01", "2025-09-30", DayStatus.STANDBY),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "T3",
                "2025-09-20",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART39,
                stated_ground_text="2025-09-15 旷工",
            )
        ],
        employment_ended=ended("2025-09-30", "art39"),
    )
    incompetent = case(
        days=span("2025-08-01", "2025-08-31", DayStatus.STANDBY),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "A1",
                "2025-08-31",
                IncidentKind.ASSESSMENT,
                period_start=date(2025, 8, 1),
                period_end=date(2025, 8, 31),
            ),
            incident("T4", "2025-09-01", IncidentKind.TERMINATION_NOTICE, ground=EndGround.ART40_2),
        ],
        employment_ended=ended("2025-09-30", "art40_2"),
    )
    return [
        (incompetent, "2025-10-20"),
        (absent, "2025-10-20"),
        (bench, "2025-11-20"),
        (terminated, "2025-10-20"),
        (pregnant, "2025-10-20"),
        (returned, "2025-09-20"),
    ]


def _cases() -> list[tuple[object, str]]:
    return [*_pay_standby_and_contract_cases(), *_dismissal_and_route_cases()]


def _every_basis_in_the_table_and_every_rule_fires(
    law, cases: list[tuple[object, str]], listed: tuple[str, ...]
) -> None:
    fired: set[str] = set()
    for c, as_of in cases:
        report = run(c, as_of, law)
        findings_to_json(report)  # every text renders in zh and en
        for f in report.findings:
            fired.add(f.rule)
            for b in f.basis:
                assert law.has_article(b.law, b.article, b.paragraph, b.item), (f.rule, b)
    assert set(listed) - fired == set()
    assert set(listed) <= set(rule_ids())


def test_every_basis_of_the_pay_standby_and_contract_rules_is_in_the_statute_table(law) -> None:
    _every_basis_in_the_table_and_every_rule_fires(
        law, _pay_standby_and_contract_cases(), PAY_STANDBY_AND_CONTRACT
    )


def test_every_basis_of_the_dismissal_and_route_rules_is_in_the_statute_table(law) -> None:
    _every_basis_in_the_table_and_every_rule_fires(
        law, _dismissal_and_route_cases(), DISMISSAL_AND_ROUTES
    )


def test_json_validates_and_text_renders(law) -> None:
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        schema = json.load(fh)
    for c, as_of in _cases():
        report = run(c, as_of, law)
        jsonschema.validate(findings_to_json(report), schema)
        for lang in ("zh", "en"):
            assert format_findings_text(report, lang, law)
