"""The rule registry and `run_rules`.

Rules run in two phases: the first phase looks only at the case; each rule
of the second (how the job ended, `limitation-deadline`, routes and
summaries) also reads, through `RuleContext.prior`, every finding made before
it — the first phase's and those of the second-phase rules before it (so the
deadlines see `severance-due` and `unlawful-termination`). Findings are
ordered by severity, then by the registry's order, then by key: the same case
and `as_of` always give the same document. Then the totals are computed from
every claim as its rule priced it (`totals.py`), and the ending is priced
once (`claims.price_endings`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from caseapp import __version__
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case
from caseapp.domain.vocab import Severity
from caseapp.rules import (
    r_absence_pretext,
    r_art38_grounds,
    r_below_hourly_minimum,
    r_below_minimum_wage,
    r_conditions_withdrawn,
    r_contract_expiry,
    r_data_gap,
    r_disguised_dispatch,
    r_dispatch_return,
    r_dispatch_termination,
    r_employer_held,
    r_incompetence,
    r_labour_inspection,
    r_late_wages,
    r_limitation,
    r_no_written_contract,
    r_objective_change,
    r_parameter_stale,
    r_part_time_limits,
    r_part_time_pay_cycle,
    r_piece_work_unpaid,
    r_platform_pay_below_minimum,
    r_prolonged_standby,
    r_protected_terminated,
    r_relationship,
    r_resignation_pressure,
    r_severance_due,
    r_social_insurance,
    r_standby_below_floor,
    r_standby_first_cycle,
    r_standby_full_wage,
    r_targeted_standby,
    r_termination_certificate,
    r_transfer,
    r_unilateral_pay_cut,
    r_union_not_notified,
    r_unlawful_termination,
)
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Facts
from caseapp.rules.lawview import Law
from caseapp.rules.params import CaseParams

Rule = Callable[[RuleContext], list[Finding]]

# (rule id, check) in the order of the spec's build list. The rule modules are
# imported statically above: one without `RULE` or `check` fails when this
# module is imported (and mypy flags it). tests/rules/test_registry.py checks
# that every r_*.py file of the package is registered exactly once.
FIRST_PHASE: tuple[tuple[str, Rule], ...] = (
    (r_relationship.RULE, r_relationship.check),
    (r_standby_first_cycle.RULE, r_standby_first_cycle.check),
    (r_standby_below_floor.RULE, r_standby_below_floor.check),
    (r_standby_full_wage.RULE, r_standby_full_wage.check),
    (r_prolonged_standby.RULE, r_prolonged_standby.check),
    (r_targeted_standby.RULE, r_targeted_standby.check),
    (r_resignation_pressure.RULE, r_resignation_pressure.check),
    (r_unilateral_pay_cut.RULE, r_unilateral_pay_cut.check),
    (r_late_wages.RULE, r_late_wages.check),
    (r_below_minimum_wage.RULE, r_below_minimum_wage.check),
    (r_social_insurance.RULE, r_social_insurance.check),
    (r_conditions_withdrawn.RULE, r_conditions_withdrawn.check),
    (r_transfer.RULE, r_transfer.check),
    (r_dispatch_return.RULE, r_dispatch_return.check),
    (r_dispatch_termination.RULE, r_dispatch_termination.check),
    (r_disguised_dispatch.RULE, r_disguised_dispatch.check),
    (r_objective_change.RULE, r_objective_change.check),
    (r_no_written_contract.RULE, r_no_written_contract.check),
    (r_contract_expiry.RULE, r_contract_expiry.check),
    (r_data_gap.RULE, r_data_gap.check),
    (r_parameter_stale.RULE, r_parameter_stale.check),
    (r_union_not_notified.RULE, r_union_not_notified.check),
    (r_protected_terminated.RULE, r_protected_terminated.check),
    (r_absence_pretext.RULE, r_absence_pretext.check),
    (r_incompetence.RULE, r_incompetence.check),
    # part-time, hourly and platform work (issue 15)
    (r_part_time_limits.RULE, r_part_time_limits.check),
    (r_below_hourly_minimum.RULE, r_below_hourly_minimum.check),
    (r_part_time_pay_cycle.RULE, r_part_time_pay_cycle.check),
    (r_piece_work_unpaid.RULE, r_piece_work_unpaid.check),
    (r_platform_pay_below_minimum.RULE, r_platform_pay_below_minimum.check),
    (r_termination_certificate.RULE, r_termination_certificate.check),
)
SECOND_PHASE: tuple[tuple[str, Rule], ...] = (
    (r_unlawful_termination.RULE, r_unlawful_termination.check),
    (r_severance_due.RULE, r_severance_due.check),
    (r_limitation.RULE, r_limitation.check),
    (r_labour_inspection.RULE, r_labour_inspection.check),
    (r_art38_grounds.RULE, r_art38_grounds.check),
    (r_employer_held.RULE, r_employer_held.check),
)

SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2, Severity.INFO: 3}


def registry() -> list[tuple[str, Rule]]:
    return [*FIRST_PHASE, *SECOND_PHASE]


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
    params = CaseParams(case, law, as_of)
    return RuleContext(case, law, as_of, params, Facts(case, params, as_of))


def run_rules(case: Case, as_of: dt.date, law: Law | None = None) -> FindingsReport:
    if law is None:
        from caseapp.rules.law import load_law_data

        law = load_law_data()
    ctx = make_context(case, as_of, law)
    order = {rule_id: index for index, (rule_id, _) in enumerate(registry())}
    findings: list[Finding] = []
    for _rule_id, check in FIRST_PHASE:
        findings.extend(check(ctx))
    ctx.prior = tuple(findings)
    for _rule_id, check in SECOND_PHASE:
        findings.extend(check(ctx))
        ctx.prior = tuple(findings)
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], order.get(f.rule, 99), f.key))
    from caseapp.rules.calc_deadline import deadlines
    from caseapp.rules.calc_severance import severance_estimate
    from caseapp.rules.claims import price_endings
    from caseapp.rules.totals import totals

    headline = totals(findings)
    priced = price_endings(findings)

    return FindingsReport(
        as_of=as_of,
        case_uid=case.info.uid,
        app_version=__version__,
        law_data_version=str(law.version),
        law_data_sha256=str(law.sha256),
        findings=priced,
        severance=None if ctx.money_rules_held else severance_estimate(ctx),
        deadlines=deadlines(ctx, tuple(findings)),
        totals=headline,
    )
