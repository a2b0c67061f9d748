"""A journal change in words: each field of a record's JSON by its label,
codes by their vocabulary labels, money as money, dates as the app shows
them, nested objects (deductions, components, provenance …) flattened into
labelled lines; unknown `x-` keys as they are.

`field_lines(kind, doc, case)` flattens one record's JSON into
(path, label, shown value); `changed_lines(kind, before, after, case)` keeps
the lines that differ."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain import model
from caseapp.domain.kinds import RECORD_KINDS
from caseapp.domain.model import Case
from caseapp.ui import words
from caseapp.ui.words import QT_TRANSLATE_NOOP

CTX = "Fields"

# Labels by dotted JSON path (list items drop their index). A record kind may
# word a field its own way: "day.start" (a time) before "start" (a date).
LABELS: dict[str, str] = {
    # shared by several records
    "id": QT_TRANSLATE_NOOP("Fields", "Number"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "known_on": QT_TRANSLATE_NOOP("Fields", "Learned of it on"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end": QT_TRANSLATE_NOOP("Fields", "End date"),
    "base": QT_TRANSLATE_NOOP("Fields", "Base"),
    "payer_party": QT_TRANSLATE_NOOP("Fields", "Paid by"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "credit_code": QT_TRANSLATE_NOOP("Fields", "Unified social credit code"),
    # provenance (flat in the JSON, or under "provenance")
    "provenance": QT_TRANSLATE_NOOP("Fields", "Record"),
    "recorded_at": QT_TRANSLATE_NOOP("Fields", "Recorded at"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Last changed at"),
    "origin": QT_TRANSLATE_NOOP("Fields", "Recorded on"),
    "backfill_basis": QT_TRANSLATE_NOOP("Fields", "Filled in later, based on"),
    # day
    "day.status": QT_TRANSLATE_NOOP("Fields", "That day"),
    "leave_kind": QT_TRANSLATE_NOOP("Fields", "Kind of leave"),
    "day.start": QT_TRANSLATE_NOOP("Fields", "Started at"),
    "day.end": QT_TRANSLATE_NOOP("Fields", "Finished at"),
    "overtime_hours": QT_TRANSLATE_NOOP("Fields", "Overtime hours"),
    # hourly and piece work (issue 15)
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours worked"),
    "pay_basis": QT_TRANSLATE_NOOP("Fields", "How the work is paid"),
    "hourly_wage": QT_TRANSLATE_NOOP("Fields", "Hourly wage"),
    "student": QT_TRANSLATE_NOOP("Fields", "Full-time student"),
    "pensioner": QT_TRANSLATE_NOOP("Fields", "Drawing a pension"),
    "platform": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "rate": QT_TRANSLATE_NOOP("Fields", "Rate"),
    "amount_due": QT_TRANSLATE_NOOP("Fields", "Amount due"),
    "task.status": QT_TRANSLATE_NOOP("Fields", "Where the batch stands"),
    "submitted_on": QT_TRANSLATE_NOOP("Fields", "Submitted on"),
    "review_days": QT_TRANSLATE_NOOP("Fields", "Review period (days)"),
    "decided_on": QT_TRANSLATE_NOOP("Fields", "Decided on"),
    "rejection_reason": QT_TRANSLATE_NOOP("Fields", "Reason for rejection"),
    "payment.tasks": QT_TRANSLATE_NOOP("Fields", "Batches paid"),
    # payment
    "paid_on": QT_TRANSLATE_NOOP("Fields", "Paid on"),
    "period_start": QT_TRANSLATE_NOOP("Fields", "For the period from"),
    "period_end": QT_TRANSLATE_NOOP("Fields", "For the period to"),
    "payment.kind": QT_TRANSLATE_NOOP("Fields", "What it is"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Gross (before deductions)"),
    "net": QT_TRANSLATE_NOOP("Fields", "Net received"),
    "deductions": QT_TRANSLATE_NOOP("Fields", "Deductions"),
    "deductions.si_employee": QT_TRANSLATE_NOOP("Fields", "Your social insurance"),
    "deductions.housing_fund_employee": QT_TRANSLATE_NOOP("Fields", "Your housing fund"),
    "deductions.iit": QT_TRANSLATE_NOOP("Fields", "Income tax"),
    "deductions.other": QT_TRANSLATE_NOOP("Fields", "Other deductions"),
    "deductions.other_reason": QT_TRANSLATE_NOOP("Fields", "Reason for other deductions"),
    "components": QT_TRANSLATE_NOOP("Fields", "Pay items"),
    "components.base": QT_TRANSLATE_NOOP("Fields", "Base pay"),
    "components.performance": QT_TRANSLATE_NOOP("Fields", "Performance pay"),
    "components.allowance": QT_TRANSLATE_NOOP("Fields", "Allowances"),
    "components.overtime": QT_TRANSLATE_NOOP("Fields", "Overtime pay"),
    "payer_name": QT_TRANSLATE_NOOP("Fields", "Payer's name"),
    # task
    "assigned_on": QT_TRANSLATE_NOOP("Fields", "Assigned on"),
    "assigned_by": QT_TRANSLATE_NOOP("Fields", "Assigned by"),
    "assigned_by_party": QT_TRANSLATE_NOOP("Fields", "Assigned by (side)"),
    "project": QT_TRANSLATE_NOOP("Fields", "Project"),
    "completed_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
    # social insurance month
    "month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "si.status": QT_TRANSLATE_NOOP("Fields", "Contributions"),
    "types": QT_TRANSLATE_NOOP("Fields", "Insurance"),
    "si.base": QT_TRANSLATE_NOOP("Fields", "Contribution base"),
    "employee_share_withheld": QT_TRANSLATE_NOOP("Fields", "Your share withheld"),
    "si.source": QT_TRANSLATE_NOOP("Fields", "Where this comes from"),
    # incident
    "incident.kind": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "summary": QT_TRANSLATE_NOOP("Fields", "What happened, in your words"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "actor": QT_TRANSLATE_NOOP("Fields", "Who"),
    "actor_party": QT_TRANSLATE_NOOP("Fields", "Which side"),
    "channel": QT_TRANSLATE_NOOP("Fields", "How"),
    "form": QT_TRANSLATE_NOOP("Fields", "Written or oral"),
    "stamped": QT_TRANSLATE_NOOP("Fields", "Stamped"),
    "quote": QT_TRANSLATE_NOOP("Fields", "Exact words"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Who it concerned"),
    "stated_reason": QT_TRANSLATE_NOOP("Fields", "Reason they gave"),
    "ground": QT_TRANSLATE_NOOP("Fields", "Ground"),
    "terms": QT_TRANSLATE_NOOP("Fields", "Terms offered"),
    "terms_text": QT_TRANSLATE_NOOP("Fields", "Terms, in words"),
    "response": QT_TRANSLATE_NOOP("Fields", "My response"),
    "subject": QT_TRANSLATE_NOOP("Fields", "What the agreement covers"),
    "new_post": QT_TRANSLATE_NOOP("Fields", "New post"),
    "new_city": QT_TRANSLATE_NOOP("Fields", "New city"),
    "incident.period_start": QT_TRANSLATE_NOOP("Fields", "From"),
    "incident.period_end": QT_TRANSLATE_NOOP("Fields", "Until"),
    "result": QT_TRANSLATE_NOOP("Fields", "Result"),
    "stated_ground_text": QT_TRANSLATE_NOOP("Fields", "Ground they gave, in words"),
    "union_notified": QT_TRANSLATE_NOOP("Fields", "Union notified"),
    "affected_count": QT_TRANSLATE_NOOP("Fields", "People affected"),
    "asserts": QT_TRANSLATE_NOOP("Fields", "Points it supports"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "incident.amount": QT_TRANSLATE_NOOP("Fields", "Amount ordered paid"),
    "due_by": QT_TRANSLATE_NOOP("Fields", "To be paid by"),
    "offer_amount": QT_TRANSLATE_NOOP("Fields", "Sum offered"),
    "last_day": QT_TRANSLATE_NOOP("Fields", "Last working day offered"),
    "clauses": QT_TRANSLATE_NOOP("Fields", "What the offer's paper says"),
    # evidence
    "evidence.kind": QT_TRANSLATE_NOOP("Fields", "Kind of evidence"),
    "original_status": QT_TRANSLATE_NOOP("Fields", "The original"),
    "legal_type": QT_TRANSLATE_NOOP("Fields", "Type in law"),
    "files": QT_TRANSLATE_NOOP("Fields", "File"),
    "files.path": QT_TRANSLATE_NOOP("Fields", "Stored as"),
    "files.sha256": QT_TRANSLATE_NOOP("Fields", "Fingerprint (SHA-256)"),
    "files.size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "files.original_name": QT_TRANSLATE_NOOP("Fields", "Original name"),
    "files.mtime": QT_TRANSLATE_NOOP("Fields", "File last modified"),
    "files.imported_at": QT_TRANSLATE_NOOP("Fields", "Imported at"),
    "files.pages": QT_TRANSLATE_NOOP("Fields", "Pages"),
    "created_on": QT_TRANSLATE_NOOP("Fields", "Made on"),
    "obtained_on": QT_TRANSLATE_NOOP("Fields", "Obtained on"),
    "evidence.source": QT_TRANSLATE_NOOP("Fields", "Where it comes from"),
    "source_app": QT_TRANSLATE_NOOP("Fields", "App"),
    "counterparty_account": QT_TRANSLATE_NOOP("Fields", "The other side's account"),
    "transcript": QT_TRANSLATE_NOOP("Fields", "Transcript"),
    "proves": QT_TRANSLATE_NOOP("Fields", "What it shows"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "What it is meant to prove"),
    "witness": QT_TRANSLATE_NOOP("Fields", "Witness"),
    # person
    "party": QT_TRANSLATE_NOOP("Fields", "Side"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "accounts": QT_TRANSLATE_NOOP("Fields", "Accounts"),
    # case details
    "uid": QT_TRANSLATE_NOOP("Fields", "Case number"),
    "worker": QT_TRANSLATE_NOOP("Fields", "Worker"),
    "worker.name": QT_TRANSLATE_NOOP("Fields", "Your name"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "worker.address": QT_TRANSLATE_NOOP("Fields", "Home address (as on the ID card)"),
    "service_address": QT_TRANSLATE_NOOP("Fields", "Address for papers"),
    "legal_representative": QT_TRANSLATE_NOOP("Fields", "Legal representative"),
    "representative_title": QT_TRANSLATE_NOOP("Fields", "Representative's title"),
    "union": QT_TRANSLATE_NOOP("Fields", "Has a trade union"),
    "arbitration": QT_TRANSLATE_NOOP("Fields", "Arbitration"),
    "arbitration.place": QT_TRANSLATE_NOOP("Fields", "Where to apply"),
    "commission": QT_TRANSLATE_NOOP("Fields", "Arbitration commission"),
    "remedy": QT_TRANSLATE_NOOP("Fields", "What you ask for"),
    "statement": QT_TRANSLATE_NOOP("Fields", "Facts and reasons: your say"),
    "choice": QT_TRANSLATE_NOOP("Fields", "Your choice"),
    "facts": QT_TRANSLATE_NOOP("Fields", "The records as they were then"),
    "text": QT_TRANSLATE_NOOP("Fields", "In your words"),
    "employer": QT_TRANSLATE_NOOP("Fields", "Employer"),
    "client": QT_TRANSLATE_NOOP("Fields", "Where you actually work"),
    "arrangement": QT_TRANSLATE_NOOP("Fields", "How you are employed"),
    "district": QT_TRANSLATE_NOOP("Fields", "District"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "time_zone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "contract": QT_TRANSLATE_NOOP("Fields", "Contract"),
    "contract.kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "written": QT_TRANSLATE_NOOP("Fields", "In writing"),
    "signed_on": QT_TRANSLATE_NOOP("Fields", "Signed on"),
    "copy_held": QT_TRANSLATE_NOOP("Fields", "I have a copy"),
    "probation_end": QT_TRANSLATE_NOOP("Fields", "Probation ends"),
    "monthly_wage": QT_TRANSLATE_NOOP("Fields", "Monthly wage in the contract"),
    "payday": QT_TRANSLATE_NOOP("Fields", "Payday"),
    "employment_start": QT_TRANSLATE_NOOP("Fields", "Employed since"),
    "prior_service": QT_TRANSLATE_NOOP("Fields", "Earlier service"),
    "prior_service.employer": QT_TRANSLATE_NOOP("Fields", "Employer"),
    "same_workplace": QT_TRANSLATE_NOOP("Fields", "Same workplace"),
    "severance_paid": QT_TRANSLATE_NOOP("Fields", "Severance paid"),
    "wage_history": QT_TRANSLATE_NOOP("Fields", "Wage change"),
    "from": QT_TRANSLATE_NOOP("Fields", "From"),
    "to": QT_TRANSLATE_NOOP("Fields", "Until"),
    "monthly_gross": QT_TRANSLATE_NOOP("Fields", "Monthly gross"),
    "basis": QT_TRANSLATE_NOOP("Fields", "Basis"),
    "performance_target": QT_TRANSLATE_NOOP("Fields", "Performance pay (target)"),
    "fixed_allowances": QT_TRANSLATE_NOOP("Fields", "Fixed allowances"),
    "pay_lag_months": QT_TRANSLATE_NOOP("Fields", "Pay arrives months later"),
    "hours_system": QT_TRANSLATE_NOOP("Fields", "Working-hours system"),
    "work_years_before_start": QT_TRANSLATE_NOOP("Fields", "Years worked before"),
    "protected": QT_TRANSLATE_NOOP("Fields", "Protected period"),
    "control": QT_TRANSLATE_NOOP("Fields", "Who manages what"),
    "attendance_by": QT_TRANSLATE_NOOP("Fields", "Attendance"),
    "tasks_by": QT_TRANSLATE_NOOP("Fields", "Work tasks"),
    "appraisal_by": QT_TRANSLATE_NOOP("Fields", "Appraisal"),
    "badge_email_by": QT_TRANSLATE_NOOP("Fields", "Badge and email"),
    "rules_by": QT_TRANSLATE_NOOP("Fields", "Workplace rules"),
    "pay_by": QT_TRANSLATE_NOOP("Fields", "Pay"),
    "dispatch": QT_TRANSLATE_NOOP("Fields", "Dispatch"),
    "agreement_end": QT_TRANSLATE_NOOP("Fields", "Dispatch agreement ends"),
    "employment_ended": QT_TRANSLATE_NOOP("Fields", "Employment ended"),
    "resignation_reason_text": QT_TRANSLATE_NOOP("Fields", "Reason for resigning, in words"),
    "certificate_issued": QT_TRANSLATE_NOOP("Fields", "Certificate of termination issued"),
    "overrides": QT_TRANSLATE_NOOP("Fields", "Figures you set yourself"),
    "minimum_wage": QT_TRANSLATE_NOOP("Fields", "Minimum wage"),
    "standby_ratio": QT_TRANSLATE_NOOP("Fields", "Standby pay ratio"),
    "average_wage": QT_TRANSLATE_NOOP("Fields", "Average wage"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
}

CONTROL_FIELDS = ("attendance_by", "tasks_by", "appraisal_by", "badge_email_by", "rules_by",
                  "pay_by")  # fmt: skip

# Which vocabulary a field's codes come from ("kind.path" before "path").
VOCABS: dict[str, str | tuple[str, ...]] = {
    "day.status": "day_status",
    "leave_kind": "leave_kind",
    "payment.kind": "payment_kind",
    "payer_party": "party",
    "actor_party": "party",
    "assigned_by_party": "party",
    "party": "party",
    "incident.kind": "incident_kind",
    "channel": "channel",
    "form": "form",
    "scope": "scope",
    "ground": ("return_ground", "end_ground"),
    "terms": "terms",
    "response": "response",
    "subject": "agreement_subject",
    "reason": "resignation_reason",
    "clauses": "offer_clause",
    "evidence.kind": "evidence_kind",
    "original_status": "original_status",
    "legal_type": "legal_type",
    "proves": "proves",
    "si.status": "si_status",
    "si.source": "si_source",
    "types": "si_type_status",
    "arrangement": "arrangement",
    "contract.kind": "contract_kind",
    "hours_system": "hours_system",
    "basis": "wage_basis",
    "protected.kind": "protected_kind",
    "employment_ended.ground": "end_ground",
    "origin": "origin",
    "gender": "gender",
    "arbitration.place": "arbitration_place",
    "remedy": "remedy",
    "pay_basis": "pay_basis",
    "task.status": "task_status",
    "choice": "statement_action",
    **{f"control.{k}": "control_by" for k in CONTROL_FIELDS},
}

MONEY = {
    "amount", "net", "monthly_wage", "monthly_gross", "performance_target", "fixed_allowances",
    "employee_share_withheld", "si.base", "wage_history.base", "minimum_wage.value",
    "average_wage.value", "hourly_wage", "rate", "amount_due",
    *(f"deductions.{k}" for k in ("si_employee", "housing_fund_employee", "iit", "other")),
    *(f"components.{k}" for k in ("base", "performance", "allowance", "overtime")),
}  # fmt: skip

PEOPLE = {"actor", "assigned_by"}  # person ids
YES, NO = QT_TRANSLATE_NOOP("Fields", "yes"), QT_TRANSLATE_NOOP("Fields", "no")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _plain(path: str) -> str:
    """The path without list positions: "files.0.size" → "files.size"."""
    return ".".join(p for p in path.split(".") if not p.isdigit())


def _lookup(table: dict[str, Any], kind: str, path: str) -> Any:
    plain = _plain(path)
    last = plain.rsplit(".", 1)[-1]
    for key in (f"{kind}.{plain}", plain, f"{kind}.{last}", last):
        if key in table:
            return table[key]
    return None


def field_label(kind: str, path: str) -> str:
    """ "deductions.iit" → "扣款 · 个人所得税"; list items numbered; `x-` keys as they are."""
    shown: list[str] = []
    names: list[str] = []
    for part in path.split("."):
        if part.isdigit():
            if shown:
                shown[-1] += f" {int(part) + 1}"
            continue
        names.append(part)
        if part.startswith("x-"):
            shown.append(part)
            continue
        if names[0] == "types" and len(names) == 2:  # social insurance kinds
            shown.append(words.vocab_label("si_type", part))
            continue
        if names[0] == "provenance":  # its fields read as the record's own
            if len(names) == 1:
                continue
            keys = [part]
        else:
            sub = ".".join(names)
            keys = [f"{kind}.{sub}", sub]
            if len(names) > 1:
                keys += [f"{kind}.{part}", part]
        text = next((LABELS[k] for k in keys if k in LABELS), None)
        shown.append(_tr(text) if text else part)
    return " · ".join(shown)


def _datetime(text: str) -> str | None:
    if "T" not in text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


def _money(value: object) -> str | None:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return f"¥{amount:,.2f}"


def _code(vocab: str | tuple[str, ...], code: str) -> str:
    names = (vocab,) if isinstance(vocab, str) else vocab
    for name in names:
        text = words.vocab_label(name, code)
        if text != code:
            return text
    return code


def _person(case: Case | None, pid: str) -> str:
    for person in case.people if case else ():
        if person.id == pid:
            return person.name
    return pid


def _evidence_title(case: Case | None, eid: str) -> str:
    for item in case.evidence if case else ():
        if item.id == eid:
            return item.title
    return eid


def _rule_title(rule: str) -> str:
    """A rule id an incident supports, by the rule's title (the id if unknown)."""
    from caseapp import i18n

    try:
        return i18n.text(f"rules.{rule}.title", words.lang())
    except (i18n.MissingMessage, KeyError, ValueError):
        return rule


def show_value(kind: str, path: str, value: object, case: Case | None, law: Any = None) -> str:
    """One leaf value as the app shows it."""
    if value is None:
        return "—"
    plain = _plain(path)
    last = plain.rsplit(".", 1)[-1]
    if last.startswith("x-") or any(p.startswith("x-") for p in plain.split(".")):
        return value if isinstance(value, str) else repr(value)
    if isinstance(value, bool):
        return _tr(YES) if value else _tr(NO)
    if isinstance(value, list):
        if not value:
            return "—"
        return "、".join(show_value(kind, path, v, case, law) for v in value)
    vocab = _lookup(VOCABS, kind, path)
    if plain.startswith("types.") or plain.startswith("si.types."):
        vocab = "si_type_status"
    if vocab is not None and isinstance(value, str):
        return _code(vocab, value)
    if f"{kind}.{plain}" in MONEY or any(plain == m or plain.endswith("." + m) for m in MONEY):
        money = _money(value)
        if money is not None:
            return money
    if last in PEOPLE and isinstance(value, str):
        return _person(case, value)
    if plain == "evidence" and isinstance(value, str):
        return _evidence_title(case, value)
    if plain == "asserts" and isinstance(value, str):
        return _rule_title(value)
    if last == "size" and isinstance(value, int):
        return _size(value)
    if last in ("city", "new_city") and isinstance(value, str) and law is not None:
        try:
            return str(law.city_name(value, words.lang()) or value)
        except (KeyError, ValueError, AttributeError):
            return value
    if isinstance(value, str):
        return _datetime(value) or value
    return str(value)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def _flatten(prefix: str, value: object, out: dict[str, object]) -> None:
    if isinstance(value, dict):
        if not value and prefix:
            out[prefix] = None
        for key in value:
            _flatten(f"{prefix}.{key}" if prefix else str(key), value[key], out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, item in enumerate(value):
            _flatten(f"{prefix}.{i}", item, out)
    else:
        out[prefix] = value


def flat(doc: object) -> dict[str, object]:
    out: dict[str, object] = {}
    if isinstance(doc, dict):
        _flatten("", doc, out)
    return out


_CLASSES: dict[str, type] = {"case": model.CaseInfo, **{k.name: k.cls for k in RECORD_KINDS}}
_TAIL = ["provenance", *(f.name for f in dataclasses.fields(model.Provenance))]


def _field_rank(kind: str) -> dict[str, int]:
    """Fields in the order the record declares them; record-keeping last."""
    cls = _CLASSES.get(kind)
    names = [f.name.rstrip("_") for f in dataclasses.fields(cls)] if cls else []
    names = [n for n in names if n not in _TAIL] + _TAIL
    return {name: i for i, name in enumerate(names)}


def _sort_key(rank: dict[str, int], path: str) -> tuple[int, int, str]:
    head = path.split(".", 1)[0]
    if head.startswith("x-"):
        return (2, 0, path)
    return (0 if head in rank else 1, rank.get(head, 0), path)


def record_kind(ref: str) -> str:
    """ "payment:p1" → "payment"; the case details → "case"."""
    head = ref.split(":", 1)[0]
    return "case" if head in ("info", "case_info") else head


def changed_lines(
    ref: str, before: object, after: object, case: Case | None, law: Any = None
) -> list[tuple[str, str, str, str]]:
    """(path, label, before, after) for each flattened field that differs."""
    kind = record_kind(ref)
    b, a = flat(before), flat(after)
    rank = _field_rank(kind)
    paths = list(b) + [k for k in a if k not in b]
    paths.sort(key=lambda p: _sort_key(rank, p))
    lines = []
    for path in paths:
        if b.get(path) == a.get(path):
            continue
        lines.append(
            (
                path,
                field_label(kind, path),
                show_value(kind, path, b.get(path), case, law),
                show_value(kind, path, a.get(path), case, law),
            )
        )
    return lines
