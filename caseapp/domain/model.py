"""The case as plain typed Python: one dataclass per object of the case file.

Immutable (frozen) so records can cross threads safely; change them with
``dataclasses.replace``. Lists are tuples. Money is ``Decimal``; dates are
local calendar dates in the case's time zone; instants are aware datetimes.
Every object keeps its ``x-`` keys in ``extra`` untouched (spec: General rules).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.domain.vocab import (
    AgreementSubject,
    ArbitrationPlace,
    Arrangement,
    Channel,
    ContractKind,
    ControlBy,
    DayStatus,
    EndGround,
    EvidenceKind,
    Form,
    Gender,
    HoursSystem,
    IncidentKind,
    LeaveKind,
    LegalType,
    OfferClause,
    Origin,
    OriginalStatus,
    Party,
    PayBasis,
    PaymentKind,
    ProtectedKind,
    Proves,
    Remedy,
    ResignationReason,
    Response,
    ReturnGround,
    Scope,
    SISource,
    SIStatus,
    SIType,
    SITypeStatus,
    StatementAction,
    TaskStatus,
    Terms,
    WageBasis,
)

Extra = Mapping[str, object]
DEFAULT_TIME_ZONE = "Asia/Shanghai"


def _no_extra() -> dict[str, object]:
    return {}


@dataclass(frozen=True, slots=True)
class Provenance:
    """When and how a record was written (spec: Provenance)."""

    recorded_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    origin: Origin | None = None
    backfill_basis: str | None = None


NO_PROVENANCE = Provenance()


# --- the case object -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Worker:
    """`{name, id_number?, gender?, birth_date?, phone?, address?, service_address?,
    student?, pensioner?}`: `address` the registered or habitual residence
    (住所), `service_address` where papers reach the worker (通讯地址).
    `student` (a full-time student while doing the work, 劳部发〔1995〕309号
    item 12) and `pensioner` (drawing a basic pension, 法释〔2020〕26号 art. 32)
    are the worker's answers to the two questions that decide 主体资格 for
    part-time and platform work: True, False, or None (not asked or not
    answered). docs/format.md."""

    name: str
    id_number: str | None = None
    phone: str | None = None
    gender: Gender | None = None
    birth_date: dt.date | None = None
    address: str | None = None
    service_address: str | None = None
    student: bool | None = None
    pensioner: bool | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Organisation:
    """An employer or client: `{name, credit_code?, address?, service_address?,
    city?, legal_representative?, representative_title?, phone?, union?}`.
    `city` is where it is located (a city key); `representative_title` e.g.
    法定代表人 or, for a branch, 负责人; `union` None means unknown."""

    name: str
    credit_code: str | None = None
    address: str | None = None
    service_address: str | None = None
    city: str | None = None
    legal_representative: str | None = None
    representative_title: str | None = None
    phone: str | None = None
    union: bool | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class StatementChoice:
    """`case.arbitration.statement[KEY]`: keep, edit, drop or include one
    paragraph of 事实与理由. `facts` is the fingerprint of the records the
    paragraph was drafted from when the worker chose: a choice whose records
    changed since is stale and set aside (docs/format.md)."""

    choice: StatementAction
    facts: str
    text: str | None = None  # the worker's own words, with `edit`
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Arbitration:
    """`case.arbitration`: the worker's choices for filing. Every key is
    optional (docs/format.md): the worker may choose one before the other."""

    place: ArbitrationPlace | None = None
    commission: str | None = None
    remedy: Remedy | None = None
    # the worker's say on 事实与理由, by paragraph key (`report/statement.py`)
    statement: Mapping[str, StatementChoice] = field(default_factory=dict)
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Contract:
    kind: ContractKind
    start: dt.date
    end: dt.date | None = None
    written: bool | None = None
    signed_on: dt.date | None = None
    copy_held: bool | None = None
    probation_end: dt.date | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class PriorService:
    employer: str
    start: dt.date
    end: dt.date
    same_workplace: bool
    severance_paid: bool
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class WageChange:
    """One entry of `wage_history`: the wage in force from `from_`."""

    from_: dt.date
    monthly_gross: Decimal
    basis: WageBasis
    base: Decimal | None = None
    performance_target: Decimal | None = None
    fixed_allowances: Decimal | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class ProtectedPeriod:
    kind: ProtectedKind
    from_: dt.date
    to: dt.date | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Control:
    attendance_by: ControlBy | None = None
    tasks_by: ControlBy | None = None
    appraisal_by: ControlBy | None = None
    badge_email_by: ControlBy | None = None
    rules_by: ControlBy | None = None
    pay_by: ControlBy | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Dispatch:
    agreement_end: dt.date | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class EmploymentEnded:
    date: dt.date
    ground: EndGround
    resignation_reason_text: str | None = None
    written: bool | None = None
    certificate_issued: bool | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class OverrideValue:
    """A user's own dated figure: `{from, value, source}`.

    `value` is money for minimum_wage and average_wage, a ratio for standby_ratio.
    """

    from_: dt.date
    value: Decimal
    source: str
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Overrides:
    minimum_wage: tuple[OverrideValue, ...] = ()
    standby_ratio: tuple[OverrideValue, ...] = ()
    average_wage: tuple[OverrideValue, ...] = ()
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """The `case` object of the document."""

    uid: str
    worker: Worker
    employer: Organisation
    arrangement: Arrangement
    city: str
    contract: Contract
    # Required when `pay_basis` is monthly (the default); None for hourly
    # and piece work that has no monthly wage (spec: case).
    monthly_wage: Decimal | None
    payday: int
    title: str | None = None
    time_zone: str = DEFAULT_TIME_ZONE
    client: Organisation | None = None
    district: str | None = None
    position: str | None = None
    employment_start: dt.date | None = None
    prior_service: tuple[PriorService, ...] = ()
    wage_history: tuple[WageChange, ...] = ()
    pay_lag_months: int = 1
    hours_system: HoursSystem | None = None
    work_years_before_start: int | None = None
    protected: tuple[ProtectedPeriod, ...] = ()
    control: Control | None = None
    dispatch: Dispatch | None = None
    employment_ended: EmploymentEnded | None = None
    overrides: Overrides | None = None
    arbitration: Arbitration | None = None
    pay_basis: PayBasis = PayBasis.MONTHLY
    hourly_wage: Decimal | None = None
    extra: Extra = field(default_factory=_no_extra)

    @property
    def work_start(self) -> dt.date:
        """First day of actual work (spec: default `contract.start`)."""
        return self.employment_start or self.contract.start


def new_uid() -> str:
    return str(uuid.uuid4())


# --- the lists -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    party: Party
    role: str | None = None
    accounts: tuple[str, ...] = ()
    credit_code: str | None = None
    address: str | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Day:
    date: dt.date
    status: DayStatus
    leave_kind: LeaveKind | None = None
    start: str | None = None  # "HH:MM"
    end: str | None = None  # "HH:MM"
    hours: Decimal | None = None  # hours worked that day (hourly and piece work)
    overtime_hours: Decimal | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()  # evidence ids
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Task:
    """A task; for piece work a batch: `quantity` of `unit` at `rate`,
    `amount_due`, where it stands (`status`), when it was submitted, the
    agreed review period in days, when it was decided and why it was
    rejected, and the `platform` it was done on."""

    id: str
    assigned_on: dt.date
    title: str
    assigned_by: str | None = None  # person id
    assigned_by_party: Party | None = None
    project: str | None = None
    completed_on: dt.date | None = None
    platform: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    rate: Decimal | None = None
    amount_due: Decimal | None = None
    status: TaskStatus | None = None
    submitted_on: dt.date | None = None
    review_days: int | None = None
    decided_on: dt.date | None = None
    rejection_reason: str | None = None
    evidence: tuple[str, ...] = ()
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)

    @property
    def due(self) -> Decimal | None:
        """What the batch is worth: `amount_due`, else `quantity` × `rate`."""
        if self.amount_due is not None:
            return self.amount_due
        if self.quantity is not None and self.rate is not None:
            return self.quantity * self.rate
        return None


@dataclass(frozen=True, slots=True)
class Deductions:
    si_employee: Decimal | None = None
    housing_fund_employee: Decimal | None = None
    iit: Decimal | None = None
    other: Decimal | None = None
    other_reason: str | None = None
    extra: Extra = field(default_factory=_no_extra)

    @property
    def total(self) -> Decimal:
        return sum(
            (v for v in (self.si_employee, self.housing_fund_employee, self.iit, self.other) if v),
            Decimal(0),
        )


@dataclass(frozen=True, slots=True)
class Components:
    base: Decimal | None = None
    performance: Decimal | None = None
    allowance: Decimal | None = None
    overtime: Decimal | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment received. `amount` is gross, `net` what reached the account;
    at least one of them is present."""

    id: str
    paid_on: dt.date
    period_start: dt.date
    period_end: dt.date
    kind: PaymentKind
    amount: Decimal | None = None
    net: Decimal | None = None
    deductions: Deductions | None = None
    components: Components | None = None
    payer_party: Party | None = None
    payer_name: str | None = None
    tasks: tuple[str, ...] = ()  # ids of the piece-work batches this payout covers
    note: str | None = None
    evidence: tuple[str, ...] = ()
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class SIMonth:
    """A social-insurance month; `month` is the first day of the month."""

    month: dt.date
    status: SIStatus
    types: Mapping[SIType, SITypeStatus] = field(default_factory=dict)
    base: Decimal | None = None
    employee_share_withheld: Decimal | None = None
    payer_party: Party | None = None
    city: str | None = None
    source: SISource | None = None
    known_on: dt.date | None = None
    evidence: tuple[str, ...] = ()
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Incident:
    """What was said and done. The kind-specific keys are flat optional fields;
    `vocab.INCIDENT_EXTRA_KEYS` says which belong to which kind."""

    id: str
    date: dt.date
    kind: IncidentKind
    summary: str
    time: str | None = None  # "HH:MM"
    known_on: dt.date | None = None
    actor: str | None = None  # person id
    actor_party: Party | None = None
    channel: Channel | None = None
    form: Form | None = None
    stamped: bool | None = None
    quote: str | None = None
    evidence: tuple[str, ...] = ()
    # kind-specific
    scope: Scope | None = None
    stated_reason: str | None = None
    ground: ReturnGround | EndGround | None = None
    terms: Terms | None = None
    terms_text: str | None = None
    response: Response | None = None
    subject: AgreementSubject | None = None
    new_post: str | None = None
    new_city: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    result: str | None = None
    stated_ground_text: str | None = None
    union_notified: bool | None = None
    affected_count: int | None = None
    asserts: tuple[str, ...] = ()
    reason: ResignationReason | None = None
    amount: Decimal | None = None  # inspection_order: the sum ordered paid
    due_by: dt.date | None = None  # inspection_order: the date it was to be paid by
    offer_amount: Decimal | None = None  # mutual_termination_offer: the sum offered
    last_day: dt.date | None = None  # mutual_termination_offer: the last working day offered
    clauses: tuple[OfferClause, ...] = ()  # mutual_termination_offer: what the paper says
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)

    @property
    def learned_on(self) -> dt.date:
        """The day the worker learned of it (spec: `known_on`, default `date`)."""
        return self.known_on or self.date


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    path: str  # inside the zip: evidence/<sha256><ext>
    sha256: str
    size: int
    original_name: str | None = None
    mtime: dt.datetime | None = None
    imported_at: dt.datetime | None = None
    pages: int | None = None
    extra: Extra = field(default_factory=_no_extra)


@dataclass(frozen=True, slots=True)
class Evidence:
    id: str
    title: str
    kind: EvidenceKind
    original_status: OriginalStatus
    legal_type: LegalType | None = None
    files: tuple[EvidenceFile, ...] = ()
    created_on: dt.date | None = None
    obtained_on: dt.date | None = None
    source: str | None = None
    source_app: str | None = None
    counterparty_account: str | None = None
    transcript: str | None = None
    proves: tuple[Proves, ...] = ()
    purpose: str | None = None
    witness: str | None = None
    provenance: Provenance = NO_PROVENANCE
    extra: Extra = field(default_factory=_no_extra)


Record = Person | Day | Task | Payment | SIMonth | Incident | Evidence


@dataclass(frozen=True, slots=True)
class Case:
    """The whole case document (format `caseapp.case`, version 1)."""

    info: CaseInfo
    people: tuple[Person, ...] = ()
    days: tuple[Day, ...] = ()
    tasks: tuple[Task, ...] = ()
    payments: tuple[Payment, ...] = ()
    social_insurance: tuple[SIMonth, ...] = ()
    incidents: tuple[Incident, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    extra: Extra = field(default_factory=_no_extra)  # top-level x- keys
