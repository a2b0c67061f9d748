"""The second rules engineer's rules: every article a finding cites is a row
of the statute table, every text renders in zh and en, and the set of cases
below makes every one of these rules fire."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import jsonschema

from caseapp.domain.model import Evidence, ProtectedPeriod
from caseapp.domain.vocab import (
    DayStatus,
    EndGround,
    EvidenceKind,
    IncidentKind,
    OriginalStatus,
    ProtectedKind,
)
from caseapp.paths import resource
from caseapp.rules.engine import rule_ids
from caseapp.rules.output import findings_to_json, format_findings_text
from rules.builders import case, ended, incident, month_payments, span
from rules.helpers import run

MINE = (
    "labour-inspection-route",
    "employer-held-evidence",
    "art38-grounds-recorded",
    "union-not-notified",
    "protected-worker-terminated",
    "absence-pretext",
    "incompetence-without-training",
)


def _cases() -> list[tuple[object, str]]:
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


def test_json_validates_and_text_renders(law) -> None:
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        schema = json.load(fh)
    for c, as_of in _cases():
        report = run(c, as_of, law)
        jsonschema.validate(findings_to_json(report), schema)
        for lang in ("zh", "en"):
            assert format_findings_text(report, lang, law)


def test_every_basis_is_in_the_statute_table(law) -> None:
    fired: set[str] = set()
    for c, as_of in _cases():
        report = run(c, as_of, law)
        findings_to_json(report)  # every text renders in zh and en
        for f in report.findings:
            fired.add(f.rule)
            for b in f.basis:
                assert law.has_article(b.law, b.article, b.paragraph, b.item), (f.rule, b)
    registered = set(rule_ids())
    assert set(MINE) <= registered
    assert set(MINE) - fired == set()


def test_every_rule_named_in_a_text_has_a_name() -> None:
    from caseapp.i18n import text
    from caseapp.rules.r_art38_grounds import GROUNDS
    from caseapp.rules.r_employer_held import DAY_RULES, PAY_RULES

    for rule in {*GROUNDS, *DAY_RULES, *PAY_RULES}:
        assert text(f"rules.more.name.{rule}", "zh") and text(f"rules.more.name.{rule}", "en")
