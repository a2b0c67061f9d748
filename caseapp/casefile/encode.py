"""Domain objects -> the JSON document of case file v1, in canonical form.

Money as strings with exactly two decimals (``"1500.00"``), other decimals
(ratios, overtime hours) as plain decimal strings, dates ``YYYY-MM-DD``,
instants RFC 3339 with their offset, enums as their codes, optional keys
omitted when None or empty, ``x-`` keys restored from ``extra``; lists of the
document in one canonical order (``sort_case``), so the same data always
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from caseapp.domain.kinds import RECORD_KINDS, kind_of
from caseapp.domain.model import (
    Case,
    CaseInfo,
    Day,
    Evidence,
    EvidenceFile,
    Incident,
    Organisation,
    OverrideValue,
    Payment,
    Person,
    Provenance,
    Record,
    SIMonth,
    Task,
)
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import PayBasis

FORMAT = "caseapp.case"
VERSION = 1

JsonObj = dict[str, object]

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
    _put(out, "service_address", org.service_address)
    _put(out, "city", org.city)
    _put(out, "legal_representative", org.legal_representative)
    _put(out, "representative_title", org.representative_title)
    _put(out, "phone", org.phone)
    _put(out, "union", org.union)
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
    _put(worker, "gender", _e(info.worker.gender))
    _put(worker, "birth_date", _d(info.worker.birth_date))
    _put(worker, "phone", info.worker.phone)
    _put(worker, "address", info.worker.address)
    _put(worker, "service_address", info.worker.service_address)
    _put(worker, "student", info.worker.student)
    _put(worker, "pensioner", info.worker.pensioner)
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
    if info.pay_basis != PayBasis.MONTHLY:  # missing means monthly: old files stay as they were
        out["pay_basis"] = info.pay_basis.value
    _put(out, "hourly_wage", _m(info.hourly_wage))
    _put(out, "monthly_wage", _m(info.monthly_wage))
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
    if info.arbitration is not None:
        a = info.arbitration
        arb: JsonObj = {}
        _put(arb, "place", _e(a.place))
        _put(arb, "commission", a.commission)
        _put(arb, "remedy", _e(a.remedy))
        if a.statement:
            said: JsonObj = {}
            for key in sorted(a.statement):
                choice = a.statement[key]
                one: JsonObj = {"choice": choice.choice.value, "facts": choice.facts}
                _put(one, "text", choice.text)
                said[key] = _extra(one, choice.extra)
            arb["statement"] = said
        out["arbitration"] = _extra(arb, a.extra)
    return _extra(out, info.extra)


# --- records ---------------------------------------------------------------


def _person(r: Person) -> JsonObj:
    out: JsonObj = {"id": r.id, "name": r.name, "party": r.party.value}
    _put(out, "role", r.role)
    _put(out, "accounts", list(r.accounts))
    _put(out, "credit_code", r.credit_code)
    _put(out, "address", r.address)
    return out


def _day(r: Day) -> JsonObj:
    out: JsonObj = {"date": r.date.isoformat(), "status": r.status.value}
    _put(out, "leave_kind", _e(r.leave_kind))
    _put(out, "start", r.start)
    _put(out, "end", r.end)
    _put(out, "hours", None if r.hours is None else decimal_str(r.hours))
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
    _put(out, "platform", r.platform)
    _put(out, "quantity", None if r.quantity is None else decimal_str(r.quantity))
    _put(out, "unit", r.unit)
    _put(out, "rate", _m(r.rate))
    _put(out, "amount_due", _m(r.amount_due))
    _put(out, "status", _e(r.status))
    _put(out, "submitted_on", _d(r.submitted_on))
    _put(out, "review_days", r.review_days)
    _put(out, "decided_on", _d(r.decided_on))
    _put(out, "rejection_reason", r.rejection_reason)
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
    _put(out, "tasks", list(r.tasks))
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
    _put(out, "amount", _m(r.amount))
    _put(out, "due_by", _d(r.due_by))
    _put(out, "offer_amount", _m(r.offer_amount))
    _put(out, "last_day", _d(r.last_day))
    _put(out, "clauses", [c.value for c in r.clauses])
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


# Each record kind's writer (a test checks that every kind has one and that
# each writes every field of its dataclass).
_ENCODE: dict[str, Callable[[Any], JsonObj]] = {
    "person": _person,
    "day": _day,
    "task": _task,
    "payment": _payment,
    "si": _si,
    "incident": _incident,
    "evidence": _evidence,
}


def record_to_json(record: Record) -> JsonObj:
    """One record as it appears in its list of the document."""
    out = _ENCODE[kind_of(record).name](record)
    if not isinstance(record, Person):
        _provenance(out, record.provenance)
    return _extra(out, record.extra)


# --- canonical order -------------------------------------------------------


def sort_case(case: Case) -> Case:
    """The case with every list in canonical order (`RecordKind.order`: days by
    date, SI by month, people and evidence by id in natural order, tasks by
    assigned_on, payments by paid_on then period_start, incidents by date then
    time; ids break ties)."""
    lists = {k.list_field: tuple(sorted(k.records(case), key=k.order)) for k in RECORD_KINDS}
    return replace(case, **lists)  # type: ignore[arg-type]


def case_to_document(case: Case) -> JsonObj:
    """The whole JSON document, lists in canonical order, lists always present."""
    case = sort_case(case)
    doc: JsonObj = {"format": FORMAT, "version": VERSION, "case": info_to_json(case.info)}
    for kind in RECORD_KINDS:
        doc[kind.list_field] = [record_to_json(r) for r in kind.records(case)]
    return _extra(doc, case.extra)
