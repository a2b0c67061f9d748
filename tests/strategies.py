"""Hypothesis strategies for valid domain `Case` objects (case file v1).

Everything generated passes `caseapp.casefile.reader` for any `today` on or
after ``LATEST_EVENT`` (event dates stay within 2015-01-01 .. 2025-12-31;
contract ends may run to 2030). Money has at most two decimals, ids are unique
per list, every reference resolves, and ``x-`` keys appear now and then.

    from strategies import cases   # tests/ is on sys.path (conftest.py lives there)
    @given(cases())
    def test_something(case: Case) -> None: ...

`cases(max_records=...)` bounds each list; `with_files=False` gives evidence
without files (for JSON round trips with no file bytes to carry).
`cases_with_files()` gives ``(case, {sha256: bytes})`` with real file contents,
for zip exports and imports.
"""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from caseapp.domain.model import (
    Arbitration,
    Case,
    CaseInfo,
    Components,
    Contract,
    Control,
    Day,
    Deductions,
    Dispatch,
    EmploymentEnded,
    Evidence,
    EvidenceFile,
    Incident,
    Organisation,
    Overrides,
    OverrideValue,
    Payment,
    Person,
    PriorService,
    ProtectedPeriod,
    Provenance,
    SIMonth,
    StatementChoice,
    Task,
    WageChange,
    Worker,
)
from caseapp.domain.text import is_blank
from caseapp.domain.vocab import (
    INCIDENT_EXTRA_KEYS,
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

EARLIEST_EVENT = dt.date(2015, 1, 1)
LATEST_EVENT = dt.date(2025, 12, 31)
CITIES = ("hangzhou", "shanghai", "beijing", "shenzhen", "guangzhou", "other")
ZONES = ("Asia/Shanghai", "Asia/Shanghai", "Asia/Shanghai", "Asia/Hong_Kong", "Europe/Berlin")
RULE_IDS = ("standby-below-floor", "late-wages", "unilateral-pay-cut", "social-insurance-gap")

event_dates = st.dates(min_value=EARLIEST_EVENT, max_value=LATEST_EVENT)
far_dates = st.dates(min_value=EARLIEST_EVENT, max_value=dt.date(2030, 12, 31))
date_pairs = st.lists(event_dates, min_size=2, max_size=2).map(sorted).map(tuple)

# Text: printable, including CJK, never lone surrogates (the reader refuses them).
_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_plain = st.characters(codec="utf-8", exclude_categories=("Cs",))
# Not blank: white space and invisible characters alone are refused (domain.text).
texts = st.text(st.one_of(_cjk, _plain), min_size=1, max_size=40).filter(lambda s: not is_blank(s))
names = st.text(_cjk, min_size=2, max_size=4)


@cache
def maybe(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), strategy)


@cache
def code(values: object) -> st.SearchStrategy[object]:
    """One of the values (an enum, or a tuple); built once, reused per draw."""
    return st.sampled_from(values)  # type: ignore[call-overload]


@cache
def some(strategy: st.SearchStrategy[object], max_size: int) -> st.SearchStrategy[object]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


money = st.one_of(
    st.decimals(min_value=0, max_value=60000, places=2),
    st.sampled_from([Decimal("0.00"), Decimal("2490.00"), Decimal("15000.00")]),
    st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2),
)
hours = st.decimals(min_value=0, max_value=16, places=1)
_quantities = st.decimals(min_value=0, max_value=100000, places=2)
ratios = st.decimals(min_value=0, max_value=1, places=2)
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
offsets = st.sampled_from([8, 8, 8, 0, -5, 5.5]).map(
    lambda h: dt.timezone(dt.timedelta(minutes=int(h * 60)))
)
instants = st.builds(
    lambda d, s, tz: dt.datetime.combine(d, dt.time(), tz) + dt.timedelta(seconds=s),
    event_dates,
    st.integers(0, 86399),
    offsets,
)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**6), 10**6), st.text(_plain, max_size=10)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=5), inner, max_size=3),
    ),
    max_leaves=6,
)
# x- keys: mostly none, sometimes one or two.
extras = st.one_of(
    st.just({}),
    st.just({}),
    st.dictionaries(
        st.text(string.ascii_lowercase + "-", min_size=1, max_size=8).map(lambda s: "x-" + s),
        json_values,
        min_size=1,
        max_size=2,
    ),
)
provenances = st.one_of(
    st.just(Provenance()),
    st.builds(
        Provenance,
        recorded_at=maybe(instants),
        updated_at=maybe(instants),
        origin=maybe(st.sampled_from(Origin)),
        backfill_basis=maybe(texts),
    ),
)


_legal_ids = st.text(string.ascii_letters + string.digits + "._-", min_size=1, max_size=12)


@cache
def _ids(prefix: str, n: int) -> st.SearchStrategy[list[str]]:
    """n unique ids: mostly `P1`-style, sometimes other legal ids."""
    legal = _legal_ids
    return st.one_of(
        st.just([f"{prefix}{i + 1}" for i in range(n)]),
        st.lists(legal, min_size=n, max_size=n, unique=True),
    )


orgs = st.builds(
    Organisation,
    name=texts,
    credit_code=maybe(st.text(string.digits + string.ascii_uppercase, min_size=18, max_size=18)),
    address=maybe(texts),
    service_address=maybe(texts),
    city=maybe(code(CITIES)),
    legal_representative=maybe(names),
    representative_title=maybe(code(("法定代表人", "负责人"))),
    phone=maybe(st.text(string.digits + "-", min_size=7, max_size=13)),
    union=maybe(st.booleans()),
    extra=extras,
)
_arbitration = maybe(
    st.builds(
        Arbitration,
        place=maybe(code(ArbitrationPlace)),
        commission=maybe(texts),
        remedy=maybe(code(Remedy)),
        statement=st.dictionaries(
            st.sampled_from(["case:hired", "incident:I1", "days:absent", "closing"]),
            st.builds(
                StatementChoice,
                choice=code(StatementAction),
                facts=st.text("0123456789abcdef", min_size=16, max_size=16),
                text=maybe(texts),
                extra=extras,
            ),
            max_size=3,
        ),
        extra=extras,
    )
)
_birth_dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2005, 12, 31))


_bools = maybe(st.booleans())
_overrides = maybe(
    st.builds(
        Overrides,
        minimum_wage=st.lists(
            st.builds(OverrideValue, from_=event_dates, value=money, source=texts), max_size=2
        ).map(tuple),
        standby_ratio=st.lists(
            st.builds(OverrideValue, from_=event_dates, value=ratios, source=texts), max_size=2
        ).map(tuple),
        average_wage=st.lists(
            st.builds(OverrideValue, from_=event_dates, value=money, source=texts), max_size=1
        ).map(tuple),
        extra=extras,
    )
)
_prior_service = st.lists(
    st.builds(
        lambda e, pair, sw, sp, x: PriorService(e, *pair, sw, sp, x),
        texts,
        date_pairs,
        st.booleans(),
        st.booleans(),
        extras,
    ),
    max_size=2,
).map(tuple)
_wage_history = st.lists(
    st.builds(
        WageChange,
        from_=event_dates,
        monthly_gross=money,
        basis=code(WageBasis),
        base=maybe(money),
        performance_target=maybe(money),
        fixed_allowances=maybe(money),
        extra=extras,
    ),
    max_size=3,
).map(tuple)
_protected = st.lists(
    st.builds(
        lambda k, pair, open_, x: ProtectedPeriod(k, pair[0], None if open_ else pair[1], x),
        code(ProtectedKind),
        date_pairs,
        st.booleans(),
        extras,
    ),
    max_size=2,
).map(tuple)
_control = maybe(
    st.builds(
        Control,
        attendance_by=maybe(code(ControlBy)),
        tasks_by=maybe(code(ControlBy)),
        appraisal_by=maybe(code(ControlBy)),
        badge_email_by=maybe(code(ControlBy)),
        rules_by=maybe(code(ControlBy)),
        pay_by=maybe(code(ControlBy)),
        extra=extras,
    )
)
_dispatch = maybe(st.builds(Dispatch, agreement_end=maybe(far_dates), extra=extras))
_ended = maybe(
    st.builds(
        EmploymentEnded,
        date=event_dates,
        ground=code(EndGround),
        resignation_reason_text=maybe(texts),
        written=_bools,
        certificate_issued=_bools,
        extra=extras,
    )
)
_starts = st.dates(min_value=EARLIEST_EVENT, max_value=dt.date(2024, 12, 31))
_id_numbers = maybe(st.text(string.digits, min_size=18, max_size=18))
_phones = maybe(st.text(string.digits, min_size=11, max_size=11))


@st.composite
def case_infos(draw: st.DrawFn) -> CaseInfo:
    start = draw(_starts)
    end = draw(maybe(far_dates))
    contract = Contract(
        kind=draw(code(ContractKind)),
        start=start,
        end=end if end is None or end >= start else None,
        written=draw(_bools),
        signed_on=draw(maybe(event_dates)),
        copy_held=draw(_bools),
        probation_end=draw(maybe(far_dates)),
        extra=draw(extras),
    )
    basis = draw(code(PayBasis))
    return CaseInfo(
        uid=str(draw(st.uuids())),
        title=draw(maybe(texts)),
        time_zone=draw(code(ZONES)),
        worker=Worker(
            name=draw(names),
            id_number=draw(_id_numbers),
            phone=draw(_phones),
            gender=draw(maybe(code(Gender))),
            birth_date=draw(maybe(_birth_dates)),
            address=draw(maybe(texts)),
            service_address=draw(maybe(texts)),
            student=draw(_bools),
            pensioner=draw(_bools),
            extra=draw(extras),
        ),
        employer=draw(orgs),
        client=draw(maybe(orgs)),
        arrangement=draw(code(Arrangement)),
        city=draw(code(CITIES)),
        district=draw(maybe(texts)),
        position=draw(maybe(texts)),
        employment_start=draw(maybe(event_dates)),
        contract=contract,
        prior_service=draw(_prior_service),
        # monthly_wage may be absent only for hourly and piece work (spec: case)
        monthly_wage=draw(money if basis is PayBasis.MONTHLY else maybe(money)),
        pay_basis=basis,
        hourly_wage=draw(maybe(money)),
        wage_history=draw(_wage_history),
        payday=draw(_paydays),
        pay_lag_months=draw(_lags),
        hours_system=draw(maybe(code(HoursSystem))),
        work_years_before_start=draw(_years),
        protected=draw(_protected),
        control=draw(_control),
        dispatch=draw(_dispatch),
        employment_ended=draw(_ended),
        overrides=draw(_overrides),
        arbitration=draw(_arbitration),
        extra=draw(extras),
    )


_paydays = st.integers(1, 31)
_lags = st.integers(0, 2)
_years = maybe(st.integers(0, 45))


def _refs(draw: st.DrawFn, pool: list[str], max_size: int = 2) -> tuple[str, ...]:
    if not pool:
        return ()
    return draw(some(code(tuple(pool)), max_size))


def _ref(draw: st.DrawFn, pool: list[str]) -> str | None:
    if not pool or draw(st.booleans()):
        return None
    return draw(code(tuple(pool)))


_shas = st.text("0123456789abcdef", min_size=64, max_size=64)
_MAX_SIZE = 4 * 1024**3


def _size_of(sha: str) -> int:
    """One file (one SHA-256) has one size wherever it is listed (the reader
    refuses a conflict), so the size is a function of the hash."""
    return int(sha[:10], 16) % (_MAX_SIZE + 1)


_pages = maybe(st.integers(1, 500))


@st.composite
def evidence_files(draw: st.DrawFn) -> EvidenceFile:
    sha = draw(_shas)
    ext = draw(code(("", ".jpg", ".png", ".pdf", ".txt", ".mp4")))
    return EvidenceFile(
        path=f"evidence/{sha}{ext}",
        sha256=sha,
        size=_size_of(sha),
        original_name=draw(maybe(texts)),
        mtime=draw(maybe(instants)),
        imported_at=draw(maybe(instants)),
        pages=draw(_pages),
        extra=draw(extras),
    )


_KIND_POOLS: dict[str, st.SearchStrategy[object]] = {
    "scope": code(Scope),
    "stated_reason": texts,
    "terms": code(Terms),
    "terms_text": texts,
    "response": code(Response),
    "subject": code(AgreementSubject),
    "new_post": texts,
    "new_city": code(CITIES),
    "period_start": event_dates,
    "period_end": event_dates,
    "result": texts,
    "stated_ground_text": texts,
    "union_notified": st.booleans(),
    "affected_count": st.integers(1, 5000),
    "asserts": some(code(RULE_IDS), 3),
    "reason": code(ResignationReason),
    "amount": money,
    "due_by": far_dates,
    "offer_amount": money,
    "last_day": far_dates,
    "clauses": some(code(OfferClause), 3),
}


def _incident_kind_fields(draw: st.DrawFn, kind: IncidentKind) -> dict[str, object]:
    allowed = INCIDENT_EXTRA_KEYS.get(kind, frozenset())
    grounds = ReturnGround if kind is IncidentKind.RETURNED_TO_AGENCY else EndGround
    pools = {**_KIND_POOLS, "ground": code(grounds)}
    fields: dict[str, object] = {}
    for key in sorted(allowed):
        if draw(st.booleans()):
            fields[key] = draw(pools[key])
    if "period_start" in fields and "period_end" in fields:
        a, b = sorted([fields["period_start"], fields["period_end"]])
        fields["period_start"], fields["period_end"] = a, b
    return fields


_file_lists = st.lists(evidence_files(), max_size=3).map(tuple)
_si_types = st.dictionaries(code(SIType), code(SITypeStatus))
_deductions = maybe(
    st.builds(
        Deductions,
        si_employee=maybe(money),
        housing_fund_employee=maybe(money),
        iit=maybe(money),
        other=maybe(money),
        other_reason=maybe(texts),
        extra=extras,
    )
)
_components = maybe(
    st.builds(
        Components,
        base=maybe(money),
        performance=maybe(money),
        allowance=maybe(money),
        overtime=maybe(money),
        extra=extras,
    )
)


@cache
def _date_lists(max_size: int) -> st.SearchStrategy[list[dt.date]]:
    return st.lists(event_dates, max_size=max_size, unique=True)


@cache
def _month_lists(max_size: int) -> st.SearchStrategy[list[dt.date]]:
    return st.lists(event_dates.map(lambda d: d.replace(day=1)), max_size=max_size, unique=True)


@cache
def _counts(max_records: int) -> st.SearchStrategy[int]:
    return st.integers(0, max_records)


@st.composite
def cases(draw: st.DrawFn, max_records: int = 6, with_files: bool = True) -> Case:
    info = draw(case_infos())
    n = {k: draw(_counts(max_records)) for k in ("people", "tasks", "pay", "inc", "ev")}
    person_ids = draw(_ids("P", n["people"]))
    evidence_ids = draw(_ids("E", n["ev"]))

    people = tuple(
        Person(
            id=pid,
            name=draw(names),
            party=draw(code(Party)),
            role=draw(maybe(texts)),
            accounts=draw(some(texts, 2)),
            credit_code=draw(
                maybe(st.text(string.digits + string.ascii_uppercase, min_size=18, max_size=18))
            ),
            address=draw(maybe(texts)),
            extra=draw(extras),
        )
        for pid in person_ids
    )
    evidence = tuple(
        Evidence(
            id=eid,
            title=draw(texts),
            kind=draw(code(EvidenceKind)),
            original_status=draw(code(OriginalStatus)),
            legal_type=draw(maybe(code(LegalType))),
            files=draw(_file_lists) if with_files else (),
            created_on=draw(maybe(event_dates)),
            obtained_on=draw(maybe(event_dates)),
            source=draw(maybe(texts)),
            source_app=draw(maybe(code(("微信", "钉钉", "WeChat")))),
            counterparty_account=draw(maybe(texts)),
            transcript=draw(maybe(texts)),
            proves=draw(some(code(Proves), 3)),
            purpose=draw(maybe(texts)),
            witness=draw(maybe(names)),
            provenance=draw(provenances),
            extra=draw(extras),
        )
        for eid in evidence_ids
    )

    day_dates = draw(_date_lists(max_records * 4))
    days = []
    for d in day_dates:
        status = draw(code(DayStatus))
        days.append(
            Day(
                date=d,
                status=status,
                leave_kind=(draw(maybe(code(LeaveKind))) if status is DayStatus.LEAVE else None),
                start=draw(maybe(times)),
                end=draw(maybe(times)),
                hours=draw(maybe(hours)),
                overtime_hours=draw(maybe(hours)),
                note=draw(maybe(texts)),
                evidence=_refs(draw, evidence_ids),
                provenance=draw(provenances),
                extra=draw(extras),
            )
        )

    tasks = tuple(
        Task(
            id=tid,
            assigned_on=draw(event_dates),
            title=draw(texts),
            assigned_by=_ref(draw, person_ids),
            assigned_by_party=draw(maybe(code(Party))),
            project=draw(maybe(texts)),
            completed_on=draw(maybe(event_dates)),
            platform=draw(maybe(texts)),
            quantity=draw(maybe(_quantities)),
            unit=draw(maybe(code(("条", "张", "分钟", "items")))),
            rate=draw(maybe(money)),
            amount_due=draw(maybe(money)),
            status=draw(maybe(code(TaskStatus))),
            submitted_on=draw(maybe(event_dates)),
            review_days=draw(maybe(st.integers(0, 60))),
            decided_on=draw(maybe(event_dates)),
            rejection_reason=draw(maybe(texts)),
            evidence=_refs(draw, evidence_ids),
            provenance=draw(provenances),
            extra=draw(extras),
        )
        for tid in draw(_ids("T", n["tasks"]))
    )
    task_ids = [t.id for t in tasks]

    payments = []
    for pid in draw(_ids("P", n["pay"])):
        a, b = draw(date_pairs)
        amount = draw(maybe(money))
        net = draw(money) if amount is None else draw(maybe(money))
        payments.append(
            Payment(
                id=pid,
                paid_on=draw(event_dates),
                period_start=a,
                period_end=b,
                kind=draw(code(PaymentKind)),
                amount=amount,
                net=net,
                deductions=draw(_deductions),
                components=draw(_components),
                payer_party=draw(maybe(code(Party))),
                payer_name=draw(maybe(texts)),
                tasks=_refs(draw, task_ids),
                note=draw(maybe(texts)),
                evidence=_refs(draw, evidence_ids),
                provenance=draw(provenances),
                extra=draw(extras),
            )
        )

    months = draw(_month_lists(max_records))
    social = tuple(
        SIMonth(
            month=m,
            status=draw(code(SIStatus)),
            types=draw(_si_types),
            base=draw(maybe(money)),
            employee_share_withheld=draw(maybe(money)),
            payer_party=draw(maybe(code(Party))),
            city=draw(maybe(code(CITIES))),
            source=draw(maybe(code(SISource))),
            known_on=draw(maybe(event_dates)),
            evidence=_refs(draw, evidence_ids),
            provenance=draw(provenances),
            extra=draw(extras),
        )
        for m in months
    )

    incidents = []
    for iid in draw(_ids("I", n["inc"])):
        kind = draw(code(IncidentKind))
        incidents.append(
            Incident(
                id=iid,
                date=draw(event_dates),
                kind=kind,
                summary=draw(texts),
                time=draw(maybe(times)),
                known_on=draw(maybe(event_dates)),
                actor=_ref(draw, person_ids),
                actor_party=draw(maybe(code(Party))),
                channel=draw(maybe(code(Channel))),
                form=draw(maybe(code(Form))),
                stamped=draw(maybe(st.booleans())),
                quote=draw(maybe(texts)),
                evidence=_refs(draw, evidence_ids),
                provenance=draw(provenances),
                extra=draw(extras),
                **_incident_kind_fields(draw, kind),
            )
        )

    return Case(
        info=info,
        people=people,
        days=tuple(days),
        tasks=tasks,
        payments=tuple(payments),
        social_insurance=social,
        incidents=tuple(incidents),
        evidence=evidence,
        extra=draw(extras),
    )


_file_contents = st.lists(
    st.tuples(
        st.integers(0, 50),
        st.binary(max_size=4096),
        st.sampled_from(
            ["chat.png", "IMG_0001.JPG", "payslip.pdf", "notice.txt", "voice.m4a", "x"]
        ),
    ),
    max_size=6,
)


@st.composite
def cases_with_files(draw: st.DrawFn, max_records: int = 6) -> tuple[Case, dict[str, bytes]]:
    """A valid case whose evidence files are real: ``(case, {sha256: bytes})``.
    Write the bytes somewhere (e.g. ``tmp / sha``) to export the case with
    ``write_zip(case, journal, lambda sha: tmp / sha, out)``."""
    import dataclasses
    import hashlib

    from caseapp.casefile.writer import evidence_path

    case = draw(cases(max_records=max_records, with_files=False))
    evidence = list(case.evidence)
    blobs: dict[str, bytes] = {}
    if not evidence:
        return case, blobs
    for index, data, name in draw(_file_contents):
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        item = evidence[index % len(evidence)]
        ef = EvidenceFile(
            path=evidence_path(sha, name), sha256=sha, size=len(data), original_name=name
        )
        if ef.path not in {f.path for f in item.files}:
            evidence[index % len(evidence)] = dataclasses.replace(item, files=(*item.files, ef))
    used = {f.sha256 for e in evidence for f in e.files}
    return dataclasses.replace(case, evidence=tuple(evidence)), {
        sha: data for sha, data in blobs.items() if sha in used
    }
