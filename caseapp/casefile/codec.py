"""Domain objects <-> the JSON document of case file v1 (canonical values).

Writing (``*_to_json``) always produces canonical values: money as strings with
exactly two decimals (``"1500.00"``), other decimals (ratios, overtime hours)
as plain decimal strings without exponent, dates ``YYYY-MM-DD``, instants RFC
3339 with their offset, enums as their codes, optional keys omitted when None
or empty, ``x-`` keys restored from ``extra``. Lists of the document are sorted
into one canonical order (see ``sort_case``), so the same data always gives the
same bytes.

Reading (``*_from_json``) expects data already checked by ``reader`` (or
written by this module): it converts, it does not validate. Money given as
strings or ints is accepted; anything malformed raises ``KeyError``,
``ValueError`` or ``TypeError``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar, cast

from caseapp.domain.model import (
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
    Task,
    WageChange,
    Worker,
)
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import (
    AgreementSubject,
    Arrangement,
    Channel,
    ContractKind,
    ControlBy,
    DayStatus,
    EndGround,
    EvidenceKind,
    Form,
    HoursSystem,
    IncidentKind,
    LeaveKind,
    LegalType,
    Origin,
    OriginalStatus,
    Party,
    PaymentKind,
    ProtectedKind,
    Proves,
    ResignationReason,
    Response,
    ReturnGround,
    Scope,
    SISource,
    SIStatus,
    SIType,
    SITypeStatus,
    Terms,
    WageBasis,
)

FORMAT = "caseapp.case"
VERSION = 1
LIST_KEYS = ("people", "days", "tasks", "payments", "social_insurance", "incidents", "evidence")
# record kind (as in references) -> list key of the document
KIND_LIST = {
    "person": "people",
    "day": "days",
    "task": "tasks",
    "payment": "payments",
    "si": "social_insurance",
    "incident": "incidents",
    "evidence": "evidence",
}

JsonObj = dict[str, object]
E = TypeVar("E", bound=StrEnum)

# --- value writers ---------------------------------------------------------


def money_str(value: Decimal) -> str:
    return fmt_money(value)


def decimal_str(value: Decimal) -> str:
    """A plain decimal string (no exponent), trailing zeros kept as given."""
    return format(value, "f")


def instant_str(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("instants must carry an offset")
    return value.isoformat()


def month_str(value: dt.date) -> str:
    return value.isoformat()[:7]


def _put(out: JsonObj, key: str, value: object) -> None:
    """Set `key` unless the value is None or an empty list/dict."""
    if value is None:
        return
    if isinstance(value, (list, tuple, dict)) and not value:
        return
    out[key] = value


def _extra(out: JsonObj, extra: Mapping[str, object]) -> JsonObj:
    for key, value in extra.items():
        out[key] = value
    return out


def _m(value: Decimal | None) -> str | None:
    return None if value is None else money_str(value)


def _d(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _i(value: dt.datetime | None) -> str | None:
    return None if value is None else instant_str(value)


def _e(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def _provenance(out: JsonObj, p: Provenance) -> None:
    _put(out, "recorded_at", _i(p.recorded_at))
    _put(out, "updated_at", _i(p.updated_at))
    _put(out, "origin", _e(p.origin))
    _put(out, "backfill_basis", p.backfill_basis)


# --- the case object -------------------------------------------------------


def _org(org: Organisation) -> JsonObj:
    out: JsonObj = {"name": org.name}
    _put(out, "credit_code", org.credit_code)
    _put(out, "address", org.address)
    return _extra(out, org.extra)


def _override_values(values: Iterable[OverrideValue], money: bool) -> list[JsonObj]:
    items: list[JsonObj] = []
    for v in values:
        value = money_str(v.value) if money else decimal_str(v.value)
        items.append(
            _extra({"from": v.from_.isoformat(), "value": value, "source": v.source}, v.extra)
        )
    return items


def info_to_json(info: CaseInfo) -> JsonObj:
    out: JsonObj = {"uid": info.uid}
    _put(out, "title", info.title)
    out["time_zone"] = info.time_zone
    worker: JsonObj = {"name": info.worker.name}
    _put(worker, "id_number", info.worker.id_number)
    _put(worker, "phone", info.worker.phone)
    out["worker"] = _extra(worker, info.worker.extra)
    out["employer"] = _org(info.employer)
    if info.client is not None:
        out["client"] = _org(info.client)
    out["arrangement"] = info.arrangement.value
    out["city"] = info.city
    _put(out, "district", info.district)
    _put(out, "position", info.position)
    _put(out, "employment_start", _d(info.employment_start))
    c = info.contract
    contract: JsonObj = {"kind": c.kind.value, "start": c.start.isoformat()}
    _put(contract, "end", _d(c.end))
    _put(contract, "written", c.written)
    _put(contract, "signed_on", _d(c.signed_on))
    _put(contract, "copy_held", c.copy_held)
    _put(contract, "probation_end", _d(c.probation_end))
    out["contract"] = _extra(contract, c.extra)
    _put(
        out,
        "prior_service",
        [
            _extra(
                {
                    "employer": p.employer,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat(),
                    "same_workplace": p.same_workplace,
                    "severance_paid": p.severance_paid,
                },
                p.extra,
            )
            for p in info.prior_service
        ],
    )
    out["monthly_wage"] = money_str(info.monthly_wage)
    history: list[JsonObj] = []
    for w in info.wage_history:
        item: JsonObj = {
            "from": w.from_.isoformat(),
            "monthly_gross": money_str(w.monthly_gross),
            "basis": w.basis.value,
        }
        _put(item, "base", _m(w.base))
        _put(item, "performance_target", _m(w.performance_target))
        _put(item, "fixed_allowances", _m(w.fixed_allowances))
        history.append(_extra(item, w.extra))
    _put(out, "wage_history", history)
    out["payday"] = info.payday
    out["pay_lag_months"] = info.pay_lag_months
    _put(out, "hours_system", _e(info.hours_system))
    _put(out, "work_years_before_start", info.work_years_before_start)
    protected: list[JsonObj] = []
    for p in info.protected:
        item = {"kind": p.kind.value, "from": p.from_.isoformat()}
        _put(item, "to", _d(p.to))
        protected.append(_extra(item, p.extra))
    _put(out, "protected", protected)
    if info.control is not None:
        ctl: JsonObj = {}
        for key in (
            "attendance_by",
            "tasks_by",
            "appraisal_by",
            "badge_email_by",
            "rules_by",
            "pay_by",
        ):
            _put(ctl, key, _e(getattr(info.control, key)))
        out["control"] = _extra(ctl, info.control.extra)
    if info.dispatch is not None:
        disp: JsonObj = {}
        _put(disp, "agreement_end", _d(info.dispatch.agreement_end))
        out["dispatch"] = _extra(disp, info.dispatch.extra)
    if info.employment_ended is not None:
        e = info.employment_ended
        ended: JsonObj = {"date": e.date.isoformat(), "ground": e.ground.value}
        _put(ended, "resignation_reason_text", e.resignation_reason_text)
        _put(ended, "written", e.written)
        _put(ended, "certificate_issued", e.certificate_issued)
        out["employment_ended"] = _extra(ended, e.extra)
    if info.overrides is not None:
        o = info.overrides
        ov: JsonObj = {}
        _put(ov, "minimum_wage", _override_values(o.minimum_wage, money=True))
        _put(ov, "standby_ratio", _override_values(o.standby_ratio, money=False))
        _put(ov, "average_wage", _override_values(o.average_wage, money=True))
        out["overrides"] = _extra(ov, o.extra)
    return _extra(out, info.extra)


# --- records ---------------------------------------------------------------


def _person(r: Person) -> JsonObj:
    out: JsonObj = {"id": r.id, "name": r.name, "party": r.party.value}
    _put(out, "role", r.role)
    _put(out, "accounts", list(r.accounts))
    return out


def _day(r: Day) -> JsonObj:
    out: JsonObj = {"date": r.date.isoformat(), "status": r.status.value}
    _put(out, "leave_kind", _e(r.leave_kind))
    _put(out, "start", r.start)
    _put(out, "end", r.end)
    _put(out, "overtime_hours", None if r.overtime_hours is None else decimal_str(r.overtime_hours))
    _put(out, "note", r.note)
    _put(out, "evidence", list(r.evidence))
    return out


def _task(r: Task) -> JsonObj:
    out: JsonObj = {"id": r.id, "assigned_on": r.assigned_on.isoformat(), "title": r.title}
    _put(out, "assigned_by", r.assigned_by)
    _put(out, "assigned_by_party", _e(r.assigned_by_party))
    _put(out, "project", r.project)
    _put(out, "completed_on", _d(r.completed_on))
    _put(out, "evidence", list(r.evidence))
    return out


def _payment(r: Payment) -> JsonObj:
    out: JsonObj = {
        "id": r.id,
        "paid_on": r.paid_on.isoformat(),
        "period_start": r.period_start.isoformat(),
        "period_end": r.period_end.isoformat(),
        "kind": r.kind.value,
    }
    _put(out, "amount", _m(r.amount))
    _put(out, "net", _m(r.net))
    if r.deductions is not None:
        d = r.deductions
        ded: JsonObj = {}
        _put(ded, "si_employee", _m(d.si_employee))
        _put(ded, "housing_fund_employee", _m(d.housing_fund_employee))
        _put(ded, "iit", _m(d.iit))
        _put(ded, "other", _m(d.other))
        _put(ded, "other_reason", d.other_reason)
        out["deductions"] = _extra(ded, d.extra)
    if r.components is not None:
        c = r.components
        comp: JsonObj = {}
        _put(comp, "base", _m(c.base))
        _put(comp, "performance", _m(c.performance))
        _put(comp, "allowance", _m(c.allowance))
        _put(comp, "overtime", _m(c.overtime))
        out["components"] = _extra(comp, c.extra)
    _put(out, "payer_party", _e(r.payer_party))
    _put(out, "payer_name", r.payer_name)
    _put(out, "note", r.note)
    _put(out, "evidence", list(r.evidence))
    return out


def _si(r: SIMonth) -> JsonObj:
    out: JsonObj = {"month": month_str(r.month), "status": r.status.value}
    _put(out, "types", {k.value: v.value for k, v in r.types.items()})
    _put(out, "base", _m(r.base))
    _put(out, "employee_share_withheld", _m(r.employee_share_withheld))
    _put(out, "payer_party", _e(r.payer_party))
    _put(out, "city", r.city)
    _put(out, "source", _e(r.source))
    _put(out, "known_on", _d(r.known_on))
    _put(out, "evidence", list(r.evidence))
    return out


def _incident(r: Incident) -> JsonObj:
    out: JsonObj = {
        "id": r.id,
        "date": r.date.isoformat(),
        "kind": r.kind.value,
        "summary": r.summary,
    }
    _put(out, "time", r.time)
    _put(out, "known_on", _d(r.known_on))
    _put(out, "actor", r.actor)
    _put(out, "actor_party", _e(r.actor_party))
    _put(out, "channel", _e(r.channel))
    _put(out, "form", _e(r.form))
    _put(out, "stamped", r.stamped)
    _put(out, "quote", r.quote)
    _put(out, "evidence", list(r.evidence))
    _put(out, "scope", _e(r.scope))
    _put(out, "stated_reason", r.stated_reason)
    _put(out, "ground", _e(r.ground))
    _put(out, "terms", _e(r.terms))
    _put(out, "terms_text", r.terms_text)
    _put(out, "response", _e(r.response))
    _put(out, "subject", _e(r.subject))
    _put(out, "new_post", r.new_post)
    _put(out, "new_city", r.new_city)
    _put(out, "period_start", _d(r.period_start))
    _put(out, "period_end", _d(r.period_end))
    _put(out, "result", r.result)
    _put(out, "stated_ground_text", r.stated_ground_text)
    _put(out, "union_notified", r.union_notified)
    _put(out, "affected_count", r.affected_count)
    _put(out, "asserts", list(r.asserts))
    _put(out, "reason", _e(r.reason))
    return out


def evidence_file_to_json(f: EvidenceFile) -> JsonObj:
    out: JsonObj = {"path": f.path, "sha256": f.sha256, "size": f.size}
    _put(out, "original_name", f.original_name)
    _put(out, "mtime", _i(f.mtime))
    _put(out, "imported_at", _i(f.imported_at))
    _put(out, "pages", f.pages)
    return _extra(out, f.extra)


def _evidence(r: Evidence) -> JsonObj:
    out: JsonObj = {
        "id": r.id,
        "title": r.title,
        "kind": r.kind.value,
        "original_status": r.original_status.value,
    }
    _put(out, "legal_type", _e(r.legal_type))
    _put(out, "files", [evidence_file_to_json(f) for f in r.files])
    _put(out, "created_on", _d(r.created_on))
    _put(out, "obtained_on", _d(r.obtained_on))
    _put(out, "source", r.source)
    _put(out, "source_app", r.source_app)
    _put(out, "counterparty_account", r.counterparty_account)
    _put(out, "transcript", r.transcript)
    _put(out, "proves", [p.value for p in r.proves])
    _put(out, "purpose", r.purpose)
    _put(out, "witness", r.witness)
    return out


def record_kind(record: Record) -> str:
    """The reference kind of a record: person, day, task, payment, si, incident, evidence."""
    match record:
        case Person():
            return "person"
        case Day():
            return "day"
        case Task():
            return "task"
        case Payment():
            return "payment"
        case SIMonth():
            return "si"
        case Incident():
            return "incident"
        case Evidence():
            return "evidence"
    raise TypeError(type(record))  # pragma: no cover


def record_to_json(record: Record) -> JsonObj:
    """One record as it appears in its list of the document."""
    match record:
        case Person():
            out = _person(record)
        case Day():
            out = _day(record)
        case Task():
            out = _task(record)
        case Payment():
            out = _payment(record)
        case SIMonth():
            out = _si(record)
        case Incident():
            out = _incident(record)
        case Evidence():
            out = _evidence(record)
        case _:  # pragma: no cover
            raise TypeError(type(record))
    if not isinstance(record, Person):
        _provenance(out, record.provenance)
    return _extra(out, record.extra)


# --- canonical order -------------------------------------------------------

_DIGITS = re.compile(r"(\d+)")


def id_key(ident: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Natural order of ids: "E2" before "E10"; ties broken by the raw id."""
    parts = tuple((1, int(p), "") if p.isdigit() else (0, 0, p) for p in _DIGITS.split(ident) if p)
    return parts, ident


def sort_case(case: Case) -> Case:
    """The case with every list in canonical order: days by date, SI by month,
    people and evidence by id (natural order), tasks by assigned_on, payments
    by paid_on then period_start, incidents by date then time; ids break ties."""
    return replace(
        case,
        people=tuple(sorted(case.people, key=lambda r: id_key(r.id))),
        days=tuple(sorted(case.days, key=lambda r: r.date)),
        tasks=tuple(sorted(case.tasks, key=lambda r: (r.assigned_on, id_key(r.id)))),
        payments=tuple(
            sorted(case.payments, key=lambda r: (r.paid_on, r.period_start, id_key(r.id)))
        ),
        social_insurance=tuple(sorted(case.social_insurance, key=lambda r: r.month)),
        incidents=tuple(sorted(case.incidents, key=lambda r: (r.date, r.time or "", id_key(r.id)))),
        evidence=tuple(sorted(case.evidence, key=lambda r: id_key(r.id))),
    )


def case_to_document(case: Case) -> JsonObj:
    """The whole JSON document, lists in canonical order, lists always present."""
    case = sort_case(case)
    doc: JsonObj = {"format": FORMAT, "version": VERSION, "case": info_to_json(case.info)}
    for key in LIST_KEYS:
        records: tuple[Record, ...] = getattr(case, key)
        doc[key] = [record_to_json(r) for r in records]
    return _extra(doc, case.extra)


# --- readers (for checked data) ---------------------------------------------

Obj = Mapping[str, Any]


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
        name=w["name"], id_number=_os(w, "id_number"), phone=_os(w, "phone"), extra=_extra_of(w)
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
    return CaseInfo(
        uid=obj["uid"],
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
        monthly_wage=_money(obj["monthly_wage"]),
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
        extra=_extra_of(obj),
    )


def _person_from(o: Obj) -> Person:
    return Person(
        id=o["id"],
        name=o["name"],
        party=Party(o["party"]),
        role=_os(o, "role"),
        accounts=_ids(o, "accounts"),
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
        note=_os(o, "note"),
        evidence=_ids(o, "evidence"),
        provenance=_prov(o),
        extra=_extra_of(o),
    )


def parse_month(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}", text):
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
    lists: dict[str, tuple[Record, ...]] = {}
    for kind, key in KIND_LIST.items():
        lists[key] = tuple(record_from_json(kind, o) for o in d.get(key) or ())
    case = Case(
        info=info_from_json(d["case"]),
        people=cast(tuple[Person, ...], lists["people"]),
        days=cast(tuple[Day, ...], lists["days"]),
        tasks=cast(tuple[Task, ...], lists["tasks"]),
        payments=cast(tuple[Payment, ...], lists["payments"]),
        social_insurance=cast(tuple[SIMonth, ...], lists["social_insurance"]),
        incidents=cast(tuple[Incident, ...], lists["incidents"]),
        evidence=cast(tuple[Evidence, ...], lists["evidence"]),
        extra=_extra_of(d),
    )
    return sort_case(case)
