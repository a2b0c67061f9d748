"""The fields of every object of case file v1 (spec: The document)."""

from __future__ import annotations

import re
from decimal import Decimal

from caseapp.casefile.checks import (
    INVALID,
    MAX_FILE_SIZE,
    Checker,
    Ctx,
    Fields,
    any_instant,
    birth_date,
    boolean,
    check_object,
    clock_time,
    decimal_in,
    enum,
    event_date,
    far_date,
    ident,
    instant,
    integer,
    list_of,
    map_of,
    money,
    month,
    name,
    obj,
    ratio,
    rule_id,
    sha256_hex,
    text,
)
from caseapp.casefile.strictjson import place_of
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

REQ = True
OPT = False

ORGANISATION: Fields = {
    "name": (name, REQ),
    "credit_code": (text, OPT),
    "address": (text, OPT),
    "service_address": (text, OPT),
    "city": (name, OPT),  # an unknown city key is a warning (validate)
    "legal_representative": (text, OPT),
    "representative_title": (text, OPT),
    "phone": (text, OPT),
    "union": (boolean, OPT),
}

WORKER: Fields = {
    "name": (name, REQ),
    "id_number": (text, OPT),
    "gender": (enum(Gender), OPT),
    "birth_date": (birth_date, OPT),
    "phone": (text, OPT),
    "address": (text, OPT),
    "service_address": (text, OPT),
    # caseapp's answers to the 主体资格 questions (docs/format.md): true, false
    # or null (not answered)
    "student": (boolean, OPT),
    "pensioner": (boolean, OPT),
}

# Every key optional: the worker may choose the remedy before the place, and
# the remedy applies only where a termination is contested (docs/format.md).
# `statement`: the worker's say on each paragraph of 事实与理由, keyed by the
# paragraph's key (`case:hired`, `incident:I3`, `days:absent`, …; report/statement.py)
STATEMENT_KEY = re.compile(r"^[a-z_]{1,32}(:[A-Za-z0-9._-]{1,64})?$")
STATEMENT_CHOICE: Fields = {
    "choice": (enum(StatementAction), REQ),
    "facts": (text, REQ),  # the fingerprint of the records the paragraph came from
    "text": (text, OPT),  # the worker's own words (with "edit")
}

ARBITRATION: Fields = {
    "place": (enum(ArbitrationPlace), OPT),
    "commission": (text, OPT),
    "remedy": (enum(Remedy), OPT),
    "statement": (map_of(STATEMENT_KEY, obj(STATEMENT_CHOICE)), OPT),
}


def _override_list(value: Checker) -> Checker:
    return list_of(obj({"from": (event_date, REQ), "value": (value, REQ), "source": (text, REQ)}))


CASE: Fields = {
    "uid": (text, OPT),  # checked as a UUID in validate
    "title": (text, OPT),
    "time_zone": (text, OPT),  # checked against zoneinfo in validate
    "worker": (obj(WORKER), REQ),
    "employer": (obj(ORGANISATION), REQ),
    "client": (obj(ORGANISATION), OPT),
    "arrangement": (enum(Arrangement), OPT),
    "city": (name, OPT),
    "district": (text, OPT),
    "position": (text, OPT),
    "employment_start": (event_date, OPT),
    "contract": (
        obj(
            {
                "kind": (enum(ContractKind), REQ),
                "start": (event_date, REQ),
                "end": (far_date, OPT),
                "written": (boolean, OPT),
                "signed_on": (event_date, OPT),
                "copy_held": (boolean, OPT),
                "probation_end": (far_date, OPT),
            }
        ),
        REQ,
    ),
    "prior_service": (
        list_of(
            obj(
                {
                    "employer": (name, REQ),
                    "start": (event_date, REQ),
                    "end": (event_date, REQ),
                    "same_workplace": (boolean, REQ),
                    "severance_paid": (boolean, REQ),
                }
            )
        ),
        OPT,
    ),
    "pay_basis": (enum(PayBasis), OPT),
    "hourly_wage": (money, OPT),
    # required when `pay_basis` is monthly (the default): validate checks it
    "monthly_wage": (money, OPT),
    "wage_history": (
        list_of(
            obj(
                {
                    "from": (event_date, REQ),
                    "monthly_gross": (money, REQ),
                    "base": (money, OPT),
                    "performance_target": (money, OPT),
                    "fixed_allowances": (money, OPT),
                    "basis": (enum(WageBasis), REQ),
                }
            )
        ),
        OPT,
    ),
    "payday": (integer(1, 31), REQ),
    "pay_lag_months": (integer(0, 2), OPT),
    "hours_system": (enum(HoursSystem), OPT),
    "work_years_before_start": (integer(0, 80), OPT),
    "protected": (
        list_of(
            obj(
                {
                    "kind": (enum(ProtectedKind), REQ),
                    "from": (event_date, REQ),
                    "to": (far_date, OPT),
                }
            )
        ),
        OPT,
    ),
    "control": (
        obj(
            {
                key: (enum(ControlBy), OPT)
                for key in (
                    "attendance_by",
                    "tasks_by",
                    "appraisal_by",
                    "badge_email_by",
                    "rules_by",
                    "pay_by",
                )
            }
        ),
        OPT,
    ),
    "dispatch": (obj({"agreement_end": (far_date, OPT)}), OPT),
    "employment_ended": (
        obj(
            {
                "date": (event_date, REQ),
                "ground": (enum(EndGround), REQ),
                "resignation_reason_text": (text, OPT),
                "written": (boolean, OPT),
                "certificate_issued": (boolean, OPT),
            }
        ),
        OPT,
    ),
    "overrides": (
        obj(
            {
                "minimum_wage": (_override_list(money), OPT),
                "standby_ratio": (_override_list(ratio), OPT),
                "average_wage": (_override_list(money), OPT),
            }
        ),
        OPT,
    ),
    "arbitration": (obj(ARBITRATION), OPT),
}

PROVENANCE: Fields = {
    "recorded_at": (instant, OPT),
    "updated_at": (instant, OPT),
    "origin": (enum(Origin), OPT),
    "backfill_basis": (text, OPT),
}

EVIDENCE_IDS = list_of(ident, unique=True)

PERSON: Fields = {
    "id": (ident, OPT),
    "name": (name, REQ),
    "role": (text, OPT),
    "party": (enum(Party), REQ),
    "accounts": (list_of(text), OPT),
    "credit_code": (text, OPT),
    "address": (text, OPT),
}

DAY: Fields = {
    "date": (event_date, REQ),
    "status": (enum(DayStatus), REQ),
    "leave_kind": (enum(LeaveKind), OPT),
    "start": (clock_time, OPT),
    "end": (clock_time, OPT),
    "hours": (decimal_in(Decimal(0), Decimal(24), "decimal"), OPT),
    "overtime_hours": (decimal_in(Decimal(0), Decimal(24), "decimal"), OPT),
    "note": (text, OPT),
    "evidence": (EVIDENCE_IDS, OPT),
    **PROVENANCE,
}

TASK: Fields = {
    "id": (ident, OPT),
    "assigned_on": (event_date, REQ),
    "title": (name, REQ),
    "assigned_by": (ident, OPT),
    "assigned_by_party": (enum(Party), OPT),
    "project": (text, OPT),
    "completed_on": (event_date, OPT),
    "platform": (text, OPT),
    "quantity": (decimal_in(Decimal(0), Decimal(1_000_000_000), "decimal"), OPT),
    "unit": (text, OPT),
    "rate": (money, OPT),
    "amount_due": (money, OPT),
    "status": (enum(TaskStatus), OPT),
    "submitted_on": (event_date, OPT),
    "review_days": (integer(0, 3650), OPT),
    "decided_on": (event_date, OPT),
    "rejection_reason": (text, OPT),
    "evidence": (EVIDENCE_IDS, OPT),
    **PROVENANCE,
}

PAYMENT: Fields = {
    "id": (ident, OPT),
    "paid_on": (event_date, REQ),
    "period_start": (event_date, REQ),
    "period_end": (event_date, REQ),
    "amount": (money, OPT),
    "net": (money, OPT),
    "deductions": (
        obj(
            {
                "si_employee": (money, OPT),
                "housing_fund_employee": (money, OPT),
                "iit": (money, OPT),
                "other": (money, OPT),
                "other_reason": (text, OPT),
            }
        ),
        OPT,
    ),
    "components": (
        obj(
            {
                "base": (money, OPT),
                "performance": (money, OPT),
                "allowance": (money, OPT),
                "overtime": (money, OPT),
            }
        ),
        OPT,
    ),
    "kind": (enum(PaymentKind), REQ),
    "payer_party": (enum(Party), OPT),
    "payer_name": (text, OPT),
    "tasks": (list_of(ident, unique=True), OPT),
    "note": (text, OPT),
    "evidence": (EVIDENCE_IDS, OPT),
    **PROVENANCE,
}


def _si_types(ctx: Ctx, value: object, place: str) -> object:
    """A map of SI types to statuses; `x-` keys have no place in this map."""
    fields: Fields = {t.value: (enum(SITypeStatus), OPT) for t in SIType}
    if isinstance(value, dict):
        for key in value:
            if isinstance(key, str) and key.startswith("x-"):
                ctx.err(place_of(place, key), "unknown_key", key=key)
    result = check_object(ctx, value, place, fields)
    if result is None or any(k.startswith("x-") for k in result):
        return INVALID
    return result


SOCIAL_INSURANCE: Fields = {
    "month": (month, REQ),
    "status": (enum(SIStatus), REQ),
    "types": (_si_types, OPT),
    "base": (money, OPT),
    "employee_share_withheld": (money, OPT),
    "payer_party": (enum(Party), OPT),
    "city": (text, OPT),
    "source": (enum(SISource), OPT),
    "known_on": (event_date, OPT),
    "evidence": (EVIDENCE_IDS, OPT),
    **PROVENANCE,
}

INCIDENT_BASE: Fields = {
    "id": (ident, OPT),
    "date": (event_date, REQ),
    "time": (clock_time, OPT),
    "known_on": (event_date, OPT),
    "kind": (enum(IncidentKind), REQ),
    "actor": (ident, OPT),
    "actor_party": (enum(Party), OPT),
    "channel": (enum(Channel), OPT),
    "form": (enum(Form), OPT),
    "stamped": (boolean, OPT),
    "summary": (name, REQ),
    "quote": (text, OPT),
    "evidence": (EVIDENCE_IDS, OPT),
    **PROVENANCE,
}

INCIDENT_EXTRA: Fields = {
    "scope": (enum(Scope), OPT),
    "stated_reason": (text, OPT),
    "terms": (enum(Terms), OPT),
    "terms_text": (text, OPT),
    "response": (enum(Response), OPT),
    "subject": (enum(AgreementSubject), OPT),
    "new_post": (text, OPT),
    "new_city": (text, OPT),
    "period_start": (event_date, OPT),
    "period_end": (event_date, OPT),
    "result": (text, OPT),
    "stated_ground_text": (text, OPT),
    "union_notified": (boolean, OPT),
    "affected_count": (integer(1, 10_000_000), OPT),
    "asserts": (list_of(rule_id, unique=True), OPT),
    "reason": (enum(ResignationReason), OPT),
    "amount": (money, OPT),
    "due_by": (far_date, OPT),
    "offer_amount": (money, OPT),
    "last_day": (far_date, OPT),
    "clauses": (list_of(enum(OfferClause), unique=True), OPT),
}


def incident_fields(kind: str | None) -> Fields:
    """The keys an incident of `kind` may carry (its own extra keys only)."""
    fields = dict(INCIDENT_BASE)
    try:
        ik = IncidentKind(kind) if isinstance(kind, str) else None
    except ValueError:
        ik = None
    if ik is None:  # the kind itself is wrong: do not add noise about its keys
        return {**fields, **INCIDENT_EXTRA, "ground": (text, OPT)}
    for key in INCIDENT_EXTRA_KEYS.get(ik, frozenset()):
        if key == "ground":
            grounds = ReturnGround if ik is IncidentKind.RETURNED_TO_AGENCY else EndGround
            fields[key] = (enum(grounds), OPT)
        else:
            fields[key] = INCIDENT_EXTRA[key]
    return fields


EVIDENCE_FILE: Fields = {
    "path": (text, REQ),
    "sha256": (sha256_hex, REQ),
    "size": (integer(0, MAX_FILE_SIZE), REQ),
    "original_name": (text, OPT),
    "mtime": (any_instant, OPT),
    "imported_at": (instant, OPT),
    "pages": (integer(1, 1_000_000), OPT),
}

EVIDENCE: Fields = {
    "id": (ident, OPT),
    "title": (name, REQ),
    "kind": (enum(EvidenceKind), REQ),
    "legal_type": (enum(LegalType), OPT),
    "files": (list_of(obj(EVIDENCE_FILE)), OPT),
    "created_on": (event_date, OPT),
    "obtained_on": (event_date, OPT),
    "source": (text, OPT),
    "source_app": (text, OPT),
    "counterparty_account": (text, OPT),
    "original_status": (enum(OriginalStatus), REQ),
    "transcript": (text, OPT),
    "proves": (list_of(enum(Proves), unique=True), OPT),
    "purpose": (text, OPT),
    "witness": (text, OPT),
    **PROVENANCE,
}
