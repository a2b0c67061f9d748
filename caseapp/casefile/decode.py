"""The JSON document of case file v1 -> domain objects.

Expects data already checked by ``reader`` (or written by ``encode``): it
converts, it does not validate. Money given as strings or ints is accepted;
anything malformed raises ``KeyError``, ``ValueError`` or ``TypeError``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar, cast

from caseapp.casefile.encode import FORMAT, VERSION, sort_case
from caseapp.domain.kinds import RECORD_KINDS
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
    Record,
    SIMonth,
    StatementChoice,
    Task,
    WageChange,
    Worker,
)
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

# --- readers (for checked data) ---------------------------------------------

Obj = Mapping[str, Any]
E = TypeVar("E", bound=StrEnum)


def _extra_of(obj: Obj) -> dict[str, object]:
    return {k: v for k, v in obj.items() if k.startswith("x-")}


def _money(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise TypeError(f"not money: {value!r}")
    return Decimal(value)


def _om(obj: Obj, key: str) -> Decimal | None:
    value = obj.get(key)
    return None if value is None else _money(value)


def _od(obj: Obj, key: str) -> dt.date | None:
    value = obj.get(key)
    return None if value is None else dt.date.fromisoformat(value)


def parse_instant(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"instant without offset: {text!r}")
    return value


def _oi(obj: Obj, key: str) -> dt.datetime | None:
    value = obj.get(key)
    return None if value is None else parse_instant(value)


def _oe(obj: Obj, key: str, enum: type[E]) -> E | None:
    value = obj.get(key)
    return None if value is None else enum(value)


def _os(obj: Obj, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key}: not a string")
    return value


def _ids(obj: Obj, key: str) -> tuple[str, ...]:
    return tuple(str(v) for v in obj.get(key) or ())


def _prov(obj: Obj) -> Provenance:
    return Provenance(
        recorded_at=_oi(obj, "recorded_at"),
        updated_at=_oi(obj, "updated_at"),
        origin=_oe(obj, "origin", Origin),
        backfill_basis=_os(obj, "backfill_basis"),
    )


def _org_from(obj: Obj) -> Organisation:
    return Organisation(
        name=obj["name"],
        credit_code=_os(obj, "credit_code"),
        address=_os(obj, "address"),
        service_address=_os(obj, "service_address"),
        city=_os(obj, "city"),
        legal_representative=_os(obj, "legal_representative"),
        representative_title=_os(obj, "representative_title"),
        phone=_os(obj, "phone"),
        union=obj.get("union"),
        extra=_extra_of(obj),
    )


def _overrides_from(items: Iterable[Obj] | None, money: bool) -> tuple[OverrideValue, ...]:
    out = []
    for v in items or ():
        raw = v["value"]
        value = _money(raw) if money else Decimal(str(raw))
        out.append(
            OverrideValue(
                from_=dt.date.fromisoformat(v["from"]),
                value=value,
                source=v["source"],
                extra=_extra_of(v),
            )
        )
    return tuple(out)


def info_from_json(obj: Obj) -> CaseInfo:
    c = obj["contract"]
    contract = Contract(
        kind=ContractKind(c["kind"]),
        start=dt.date.fromisoformat(c["start"]),
        end=_od(c, "end"),
        written=c.get("written"),
        signed_on=_od(c, "signed_on"),
        copy_held=c.get("copy_held"),
        probation_end=_od(c, "probation_end"),
        extra=_extra_of(c),
    )
    w = obj["worker"]
    worker = Worker(
        name=w["name"],
        id_number=_os(w, "id_number"),
        phone=_os(w, "phone"),
        gender=_oe(w, "gender", Gender),
        birth_date=_od(w, "birth_date"),
        address=_os(w, "address"),
        service_address=_os(w, "service_address"),
        student=w.get("student"),
        pensioner=w.get("pensioner"),
        extra=_extra_of(w),
    )
    control = None
    if obj.get("control") is not None:
        ctl = obj["control"]
        control = Control(
            attendance_by=_oe(ctl, "attendance_by", ControlBy),
            tasks_by=_oe(ctl, "tasks_by", ControlBy),
            appraisal_by=_oe(ctl, "appraisal_by", ControlBy),
            badge_email_by=_oe(ctl, "badge_email_by", ControlBy),
            rules_by=_oe(ctl, "rules_by", ControlBy),
            pay_by=_oe(ctl, "pay_by", ControlBy),
            extra=_extra_of(ctl),
        )
    dispatch = None
    if obj.get("dispatch") is not None:
        d = obj["dispatch"]
        dispatch = Dispatch(agreement_end=_od(d, "agreement_end"), extra=_extra_of(d))
    ended = None
    if obj.get("employment_ended") is not None:
        e = obj["employment_ended"]
        ended = EmploymentEnded(
            date=dt.date.fromisoformat(e["date"]),
            ground=EndGround(e["ground"]),
            resignation_reason_text=_os(e, "resignation_reason_text"),
            written=e.get("written"),
            certificate_issued=e.get("certificate_issued"),
            extra=_extra_of(e),
        )
    overrides = None
    if obj.get("overrides") is not None:
        o = obj["overrides"]
        overrides = Overrides(
            minimum_wage=_overrides_from(o.get("minimum_wage"), money=True),
            standby_ratio=_overrides_from(o.get("standby_ratio"), money=False),
            average_wage=_overrides_from(o.get("average_wage"), money=True),
            extra=_extra_of(o),
        )
    arbitration = None
    if obj.get("arbitration") is not None:
        a = obj["arbitration"]
        arbitration = Arbitration(
            place=_oe(a, "place", ArbitrationPlace),
            commission=_os(a, "commission"),
            remedy=_oe(a, "remedy", Remedy),
            statement={
                key: StatementChoice(
                    choice=StatementAction(one["choice"]),
                    facts=one["facts"],
                    text=_os(one, "text"),
                    extra=_extra_of(one),
                )
                for key, one in sorted((a.get("statement") or {}).items())
            },
            extra=_extra_of(a),
        )
    return CaseInfo(
        uid=str(obj["uid"]).lower(),  # canonical: one spelling per case
        title=_os(obj, "title"),
        time_zone=obj.get("time_zone") or "Asia/Shanghai",
        worker=worker,
        employer=_org_from(obj["employer"]),
        client=None if obj.get("client") is None else _org_from(obj["client"]),
        arrangement=Arrangement(obj.get("arrangement") or "unknown"),
        city=obj.get("city") or "other",
        district=_os(obj, "district"),
        position=_os(obj, "position"),
        employment_start=_od(obj, "employment_start"),
        contract=contract,
        prior_service=tuple(
            PriorService(
                employer=p["employer"],
                start=dt.date.fromisoformat(p["start"]),
                end=dt.date.fromisoformat(p["end"]),
                same_workplace=p["same_workplace"],
                severance_paid=p["severance_paid"],
                extra=_extra_of(p),
            )
            for p in obj.get("prior_service") or ()
        ),
        monthly_wage=_om(obj, "monthly_wage"),
        pay_basis=PayBasis(obj.get("pay_basis") or "monthly"),
        hourly_wage=_om(obj, "hourly_wage"),
        wage_history=tuple(
            WageChange(
                from_=dt.date.fromisoformat(h["from"]),
                monthly_gross=_money(h["monthly_gross"]),
                basis=WageBasis(h["basis"]),
                base=_om(h, "base"),
                performance_target=_om(h, "performance_target"),
                fixed_allowances=_om(h, "fixed_allowances"),
                extra=_extra_of(h),
            )
            for h in obj.get("wage_history") or ()
        ),
        payday=int(obj["payday"]),
        pay_lag_months=int(obj.get("pay_lag_months", 1)),
        hours_system=_oe(obj, "hours_system", HoursSystem),
        work_years_before_start=obj.get("work_years_before_start"),
        protected=tuple(
            ProtectedPeriod(
                kind=ProtectedKind(p["kind"]),
                from_=dt.date.fromisoformat(p["from"]),
                to=_od(p, "to"),
                extra=_extra_of(p),
            )
            for p in obj.get("protected") or ()
        ),
        control=control,
        dispatch=dispatch,
        employment_ended=ended,
        overrides=overrides,
        arbitration=arbitration,
        extra=_extra_of(obj),
    )


def _person_from(o: Obj) -> Person:
    return Person(
        id=o["id"],
        name=o["name"],
        party=Party(o["party"]),
        role=_os(o, "role"),
        accounts=_ids(o, "accounts"),
        credit_code=_os(o, "credit_code"),
        address=_os(o, "address"),
        extra=_extra_of(o),
    )


def _day_from(o: Obj) -> Day:
    ot = o.get("overtime_hours")
    return Day(
        date=dt.date.fromisoformat(o["date"]),
        status=DayStatus(o["status"]),
        leave_kind=_oe(o, "leave_kind", LeaveKind),
        start=_os(o, "start"),
        end=_os(o, "end"),
        hours=None if o.get("hours") is None else Decimal(str(o["hours"])),
        overtime_hours=None if ot is None else Decimal(str(ot)),
        note=_os(o, "note"),
        evidence=_ids(o, "evidence"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def _task_from(o: Obj) -> Task:
    return Task(
        id=o["id"],
        assigned_on=dt.date.fromisoformat(o["assigned_on"]),
        title=o["title"],
        assigned_by=_os(o, "assigned_by"),
        assigned_by_party=_oe(o, "assigned_by_party", Party),
        project=_os(o, "project"),
        completed_on=_od(o, "completed_on"),
        platform=_os(o, "platform"),
        quantity=None if o.get("quantity") is None else Decimal(str(o["quantity"])),
        unit=_os(o, "unit"),
        rate=_om(o, "rate"),
        amount_due=_om(o, "amount_due"),
        status=_oe(o, "status", TaskStatus),
        submitted_on=_od(o, "submitted_on"),
        review_days=o.get("review_days"),
        decided_on=_od(o, "decided_on"),
        rejection_reason=_os(o, "rejection_reason"),
        evidence=_ids(o, "evidence"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def _payment_from(o: Obj) -> Payment:
    deductions = None
    if o.get("deductions") is not None:
        d = o["deductions"]
        deductions = Deductions(
            si_employee=_om(d, "si_employee"),
            housing_fund_employee=_om(d, "housing_fund_employee"),
            iit=_om(d, "iit"),
            other=_om(d, "other"),
            other_reason=_os(d, "other_reason"),
            extra=_extra_of(d),
        )
    components = None
    if o.get("components") is not None:
        c = o["components"]
        components = Components(
            base=_om(c, "base"),
            performance=_om(c, "performance"),
            allowance=_om(c, "allowance"),
            overtime=_om(c, "overtime"),
            extra=_extra_of(c),
        )
    return Payment(
        id=o["id"],
        paid_on=dt.date.fromisoformat(o["paid_on"]),
        period_start=dt.date.fromisoformat(o["period_start"]),
        period_end=dt.date.fromisoformat(o["period_end"]),
        kind=PaymentKind(o["kind"]),
        amount=_om(o, "amount"),
        net=_om(o, "net"),
        deductions=deductions,
        components=components,
        payer_party=_oe(o, "payer_party", Party),
        payer_name=_os(o, "payer_name"),
        tasks=_ids(o, "tasks"),
        note=_os(o, "note"),
        evidence=_ids(o, "evidence"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def parse_month(text: str) -> dt.date:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        raise ValueError(f"not a month: {text!r}")
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def _si_from(o: Obj) -> SIMonth:
    return SIMonth(
        month=parse_month(o["month"]),
        status=SIStatus(o["status"]),
        types={SIType(k): SITypeStatus(v) for k, v in (o.get("types") or {}).items()},
        base=_om(o, "base"),
        employee_share_withheld=_om(o, "employee_share_withheld"),
        payer_party=_oe(o, "payer_party", Party),
        city=_os(o, "city"),
        source=_oe(o, "source", SISource),
        known_on=_od(o, "known_on"),
        evidence=_ids(o, "evidence"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def _incident_from(o: Obj) -> Incident:
    kind = IncidentKind(o["kind"])
    ground: ReturnGround | EndGround | None = None
    if o.get("ground") is not None:
        ground = (
            ReturnGround(o["ground"])
            if kind is IncidentKind.RETURNED_TO_AGENCY
            else EndGround(o["ground"])
        )
    count = o.get("affected_count")
    return Incident(
        id=o["id"],
        date=dt.date.fromisoformat(o["date"]),
        kind=kind,
        summary=o["summary"],
        time=_os(o, "time"),
        known_on=_od(o, "known_on"),
        actor=_os(o, "actor"),
        actor_party=_oe(o, "actor_party", Party),
        channel=_oe(o, "channel", Channel),
        form=_oe(o, "form", Form),
        stamped=o.get("stamped"),
        quote=_os(o, "quote"),
        evidence=_ids(o, "evidence"),
        scope=_oe(o, "scope", Scope),
        stated_reason=_os(o, "stated_reason"),
        ground=ground,
        terms=_oe(o, "terms", Terms),
        terms_text=_os(o, "terms_text"),
        response=_oe(o, "response", Response),
        subject=_oe(o, "subject", AgreementSubject),
        new_post=_os(o, "new_post"),
        new_city=_os(o, "new_city"),
        period_start=_od(o, "period_start"),
        period_end=_od(o, "period_end"),
        result=_os(o, "result"),
        stated_ground_text=_os(o, "stated_ground_text"),
        union_notified=o.get("union_notified"),
        affected_count=None if count is None else int(count),
        asserts=_ids(o, "asserts"),
        reason=_oe(o, "reason", ResignationReason),
        amount=_om(o, "amount"),
        due_by=_od(o, "due_by"),
        offer_amount=_om(o, "offer_amount"),
        last_day=_od(o, "last_day"),
        clauses=tuple(OfferClause(c) for c in o.get("clauses") or ()),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def evidence_file_from_json(f: Obj) -> EvidenceFile:
    pages = f.get("pages")
    return EvidenceFile(
        path=f["path"],
        sha256=f["sha256"],
        size=int(f["size"]),
        original_name=_os(f, "original_name"),
        mtime=_oi(f, "mtime"),
        imported_at=_oi(f, "imported_at"),
        pages=None if pages is None else int(pages),
        extra=_extra_of(f),
    )


def _evidence_from(o: Obj) -> Evidence:
    return Evidence(
        id=o["id"],
        title=o["title"],
        kind=EvidenceKind(o["kind"]),
        original_status=OriginalStatus(o["original_status"]),
        legal_type=_oe(o, "legal_type", LegalType),
        files=tuple(evidence_file_from_json(f) for f in o.get("files") or ()),
        created_on=_od(o, "created_on"),
        obtained_on=_od(o, "obtained_on"),
        source=_os(o, "source"),
        source_app=_os(o, "source_app"),
        counterparty_account=_os(o, "counterparty_account"),
        transcript=_os(o, "transcript"),
        proves=tuple(Proves(p) for p in o.get("proves") or ()),
        purpose=_os(o, "purpose"),
        witness=_os(o, "witness"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


_FROM: dict[str, Callable[[Obj], Record]] = {
    "person": _person_from,
    "day": _day_from,
    "task": _task_from,
    "payment": _payment_from,
    "si": _si_from,
    "incident": _incident_from,
    "evidence": _evidence_from,
}


def record_from_json(kind: str, obj: Mapping[str, object]) -> Record:
    """Rebuild one record of `kind` (person, day, task, payment, si, incident,
    evidence) from its JSON object (checked data, e.g. a journal before-image)."""
    try:
        build = _FROM[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}") from None
    return build(cast(Obj, obj))


def document_to_case(doc: Mapping[str, object]) -> Case:
    """Rebuild a case from a checked document; lists come back in canonical order."""
    d = cast(Obj, doc)
    if d.get("format") != FORMAT or d.get("version") != VERSION:
        raise ValueError("not a caseapp.case version 1 document")
    lists = {
        kind.list_field: tuple(record_from_json(kind.name, o) for o in d.get(kind.list_field) or ())
        for kind in RECORD_KINDS
    }
    case = Case(info=info_from_json(d["case"]), extra=_extra_of(d), **lists)  # type: ignore[arg-type]
    return sort_case(case)
