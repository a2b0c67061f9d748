"""The cases the exit-offer and art. 38 notice tests share, built with the
rules tests' builder and run through the real rules engine.

The worked case (Beijing, contract wage 12,000, service from 2021-07-21,
worked every working day from 2024-07-01, paid 12,000 a month until May 2025
and 6,000 for June 2025), as of 2025-07-20:

* service 2021-07-21 → 2025-07-20 is 3 years and just under 12 months:
  4 years for N (LCL 47: 6 months or more count as a year);
  base = the contract wage due, 12,000; N = 4 × 12,000 = 48,000;
* June 2025 paid 6,000 of 12,000 while working: a unilateral pay cut of
  12,000 − 6,000 = 6,000 (firm, statute).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rules.builders import case, date, month_payments, payment, span

from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Contract, Incident
from caseapp.domain.vocab import ContractKind, DayStatus, Form, IncidentKind
from caseapp.rules.engine import run_rules
from caseapp.rules.law import LawData

AS_OF = dt.date(2025, 7, 20)


def worked_case(incidents: tuple[Incident, ...] = ()) -> Case:
    return case(
        days=span("2024-07-01", "2025-07-18", DayStatus.WORKING),
        payments=[
            *month_payments("2024-07-01", "2025-05-31", "12000"),
            payment("2025-06-01", "2025-06-30", "6000"),
        ],
        incidents=incidents,
        monthly_wage=Decimal("12000"),
        contract=Contract(
            kind=ContractKind.FIXED,
            start=date("2021-07-21"),
            end=date("2027-07-20"),
            written=True,
        ),
    )


def demand(on: str, asserts: tuple[str, ...], form: Form = Form.WRITTEN_ELECTRONIC) -> Incident:
    return Incident(
        id="I-demand",
        date=date(on),
        kind=IncidentKind.DEMAND_SENT,
        summary="书面要求补发六月工资",
        form=form,
        asserts=asserts,
    )


def findings(c: Case, law: LawData, as_of: dt.date = AS_OF) -> FindingsReport:
    return run_rules(c, as_of, law)
