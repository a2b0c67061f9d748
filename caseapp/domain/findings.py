"""The findings document (spec: `caseapp check --json`) as typed Python.

Texts are `Msg` keys; `caseapp.i18n` renders them in both languages when the
document is written as JSON or printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from caseapp.domain.citation import Source
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity


@dataclass(frozen=True, slots=True)
class Parameter:
    """A legal figure used in a calculation, with where it comes from."""

    name: str
    value: str
    effective_from: date | None
    source: Source
    confidence: Confidence


# Words of a calculation: a `Msg` (the rules always give one for a formula or
# an alternative's calculation), or language-neutral text: a number, an ISO
# date, a record reference, or codes the catalogue labels as `calc.code.<code>`.
CalcValue = str | Msg


@dataclass(frozen=True, slots=True)
class CalcRow:
    """One row of a breakdown: `key` is a month ("2025-06"), a record reference
    or another code (machines read it); `label`, when given, is what people see."""

    key: str
    cells: tuple[CalcValue, ...]
    label: CalcValue | None = None


@dataclass(frozen=True, slots=True)
class CalcTable:
    """A breakdown of a calculation, one row per month or item. Column codes
    are labelled `calc.col.<code>`; `key_column` heads the row keys."""

    key_column: str
    columns: tuple[str, ...]
    rows: tuple[CalcRow, ...]


@dataclass(frozen=True, slots=True)
class Calculation:
    """How an amount or a date was reached: `formula` in words (catalogue
    `calc.*`), input values by name (labels `calc.input.<name>`; a name that
    is a record reference is labelled as the record), and a breakdown."""

    formula: CalcValue
    inputs: Mapping[str, CalcValue] = field(default_factory=dict)
    parameters: tuple[Parameter, ...] = ()
    table: CalcTable | None = None


@dataclass(frozen=True, slots=True)
class Alternative:
    reading: Msg
    amount: Decimal | None
    calculation: CalcValue
    confidence: Confidence


@dataclass(frozen=True, slots=True)
class Basis:
    """An article of the statute table (`law` is a statute-table id)."""

    law: str
    article: str
    paragraph: int | None = None
    item: int | None = None


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Finding:
    key: str
    rule: str
    severity: Severity
    confidence: Confidence
    title: Msg
    explanation: Msg
    period: Period | None
    amount: Decimal | None
    calculation: Calculation | None
    basis: tuple[Basis, ...]
    forum: Forum | None
    respondents: tuple[str, ...]
    final_award_eligible: bool | None
    refs: tuple[str, ...]
    strengthen: tuple[Msg, ...] = ()
    next_steps: tuple[Msg, ...] = ()
    counter_arguments: tuple[Msg, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    summary: Msg | None = None  # one sentence: what it means for the worker


@dataclass(frozen=True, slots=True)
class SeveranceEstimate:
    """N and 2N for one ending (`caseapp.rules.calc_severance`).

    `years` are the years N counts (LCL 47, from 2008-01-01 under LCL 97 ¶3);
    `years_double` the years 2N counts (Reg. 25: from the first day of work;
    `calc_severance` always sets it, None means the same as `years`).
    `assumptions` state every figure the records do not give and the
    estimate supplies (a sick day valued at the contract wage, a month
    without pay records, service before 2008): empty when the estimate rests
    on the records and the law data alone."""

    years: Decimal
    base: Decimal
    n: Decimal
    double: Decimal
    notice_pay: Decimal | None
    alternatives: tuple[Alternative, ...] = ()
    calculation: Calculation | None = None
    years_double: Decimal | None = None
    assumptions: tuple[Msg, ...] = ()


@dataclass(frozen=True, slots=True)
class Deadline:
    claim: str
    from_: date
    last_day: date | None  # None: not running yet (wages during employment)
    computation: Msg


@dataclass(frozen=True, slots=True)
class Totals:
    """The headline (spec: the findings document's `totals`): the amount the
    claims give on a firm ground (`statute`, `local_rule`) and the amount
    arguable on top of it (`practice`, `contested`, `unconfirmed`), the same
    money counted once (`rules/totals.py`). `firm_rules` / `arguable_rules`
    are the rule ids summed, in the document's order; `firm_keys` /
    `arguable_keys` the keys of the findings summed (not in the JSON: the spec
    names rules; the text output numbers the findings by them)."""

    firm: Decimal
    arguable: Decimal
    firm_rules: tuple[str, ...] = ()
    arguable_rules: tuple[str, ...] = ()
    firm_keys: tuple[str, ...] = ()
    arguable_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FindingsReport:
    as_of: date
    case_uid: str
    app_version: str
    law_data_version: str
    law_data_sha256: str
    findings: tuple[Finding, ...]
    severance: SeveranceEstimate | None = None
    deadlines: tuple[Deadline, ...] = ()
    totals: Totals | None = None
