"""The rule registry and `run_rules`.

Rules run in two phases: the first phase looks only at the case; the second
(`limitation-deadline`, routes and summaries) also reads the first phase's
findings through `RuleContext.prior`. Findings are ordered by severity, then
by the registry's order, then by key: the same case and `as_of` always give
the same document.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import replace

from caseapp import __version__
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case
from caseapp.domain.vocab import Severity
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Facts
from caseapp.rules.lawview import Law
from caseapp.rules.params import CaseParams

Rule = Callable[[RuleContext], list[Finding]]

# (rule id, module) in the order of the spec's build list.
FIRST_PHASE: tuple[tuple[str, str], ...] = (
    ("relationship-to-confirm", "r_relationship"),
    ("standby-first-cycle-underpaid", "r_standby_first_cycle"),
    ("standby-below-floor", "r_standby_below_floor"),
    ("standby-full-wage-arguable", "r_standby_full_wage"),
    ("prolonged-standby", "r_prolonged_standby"),
    ("targeted-standby", "r_targeted_standby"),
    ("resignation-pressure", "r_resignation_pressure"),
    ("unilateral-pay-cut", "r_unilateral_pay_cut"),
    ("late-wages", "r_late_wages"),
    ("below-minimum-wage", "r_below_minimum_wage"),
    ("social-insurance-gap", "r_social_insurance"),
    ("working-conditions-withdrawn", "r_conditions_withdrawn"),
    ("unreasonable-transfer", "r_transfer"),
    ("dispatch-return-ground-not-allowed", "r_dispatch_return"),
    ("dispatch-termination-after-return", "r_dispatch_termination"),
    ("disguised-dispatch", "r_disguised_dispatch"),
    ("objective-change-not-shown", "r_objective_change"),
    ("no-written-contract", "r_no_written_contract"),
    ("contract-expiry", "r_contract_expiry"),
    ("data-gap", "r_data_gap"),
    ("parameter-stale", "r_parameter_stale"),
    ("union-not-notified", "r_union_not_notified"),
    ("protected-worker-terminated", "r_protected_terminated"),
    ("absence-pretext", "r_absence_pretext"),
    ("incompetence-without-training", "r_incompetence"),
)
SECOND_PHASE: tuple[tuple[str, str], ...] = (
    ("limitation-deadline", "r_limitation"),
    ("labour-inspection-route", "r_labour_inspection"),
    ("art38-grounds-recorded", "r_art38_grounds"),
    ("employer-held-evidence", "r_employer_held"),
)

SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2, Severity.INFO: 3}


def _load(entries: tuple[tuple[str, str], ...]) -> list[tuple[str, Rule]]:
    out: list[tuple[str, Rule]] = []
    for rule_id, module_name in entries:
        module = importlib.import_module(f"caseapp.rules.{module_name}")
        check = getattr(module, "check", None)
        if check is None:
            continue  # a module claimed by an engineer but not written yet
        out.append((rule_id, check))
    return out


def registry() -> list[tuple[str, Rule]]:
    return _load(FIRST_PHASE) + _load(SECOND_PHASE)


def rule_ids() -> tuple[str, ...]:
    return tuple(rule_id for rule_id, _ in registry())


def as_of_view(case: Case, as_of: dt.date) -> Case:
    """The case as it stood on `as_of`: days, tasks, incidents, social-insurance
    months and evidence dated after it, and payments paid after it, are left
    out (the analysis is made for that day; a later record was not known then).
    """
    return replace(
        case,
        days=tuple(d for d in case.days if d.date <= as_of),
        tasks=tuple(t for t in case.tasks if t.assigned_on <= as_of),
        payments=tuple(p for p in case.payments if p.paid_on <= as_of),
        incidents=tuple(i for i in case.incidents if i.date <= as_of),
        social_insurance=tuple(s for s in case.social_insurance if s.month <= as_of),
    )


def make_context(case: Case, as_of: dt.date, law: Law) -> RuleContext:
    case = as_of_view(case, as_of)
    params = CaseParams(case, law)
    return RuleContext(case, law, as_of, params, Facts(case, params, as_of))


def run_rules(case: Case, as_of: dt.date, law: Law | None = None) -> FindingsReport:
    if law is None:
        from caseapp.rules.law import load_law_data

        law = load_law_data()
    ctx = make_context(case, as_of, law)
    order = {rule_id: index for index, (rule_id, _) in enumerate(registry())}
    findings: list[Finding] = []
    for _rule_id, check in _load(FIRST_PHASE):
        findings.extend(check(ctx))
    ctx.prior = tuple(findings)
    for _rule_id, check in _load(SECOND_PHASE):
        findings.extend(check(ctx))
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], order.get(f.rule, 99), f.key))
    from caseapp.rules.calc_deadline import deadlines
    from caseapp.rules.calc_severance import severance_estimate

    return FindingsReport(
        as_of=as_of,
        case_uid=case.info.uid,
        app_version=__version__,
        law_data_version=str(law.version),
        law_data_sha256=str(law.sha256),
        findings=tuple(findings),
        severance=None if ctx.money_rules_held else severance_estimate(ctx),
        deadlines=deadlines(ctx, tuple(findings)),
    )
