"""The context every rule receives, and the pieces rules share: pay due
dates, respondents, the final-award check and a finding builder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    Basis,
    Calculation,
    Finding,
    Parameter,
    Period,
    SeveranceEstimate,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import Case, Incident
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import Arrangement, Confidence, Forum, PayBasis, Severity
from caseapp.rules.facts import Facts
from caseapp.rules.lawview import Law
from caseapp.rules.params import CaseParams
from caseapp.rules.workdays import add_months, month_days

# Arrangements outside a labour contract: money rules are held back (spec;
# law-addendum §4) until the relationship is confirmed.
OUTSIDE_LABOUR_CONTRACT = frozenset(
    {
        Arrangement.PART_TIME,
        Arrangement.SERVICE_AGREEMENT,
        Arrangement.PLATFORM,
        Arrangement.UNKNOWN,
    }
)


@dataclass
class RuleContext:
    """What every rule receives. `case` is the case as it stood on `as_of`
    (`engine.as_of_view`): no day, task, payment, incident or social-insurance
    month after it, so rules need not check those dates against `as_of` again
    (`employment_ended` and the contract's dates may still lie after it)."""

    case: Case
    law: Law
    as_of: dt.date
    params: CaseParams
    facts: Facts
    # Findings of the rules run before this one (the engine's first phase);
    # rules of the second phase (deadlines, routes) read them.
    prior: tuple[Finding, ...] = ()
    notes: dict[str, object] = field(default_factory=dict)
    # severance_estimate's results by (end, base day), for this run.
    severance_memo: dict[tuple[dt.date, dt.date], SeveranceEstimate | None] = field(
        default_factory=dict
    )

    @property
    def region(self) -> str | None:
        """The law data's region of the case's city (e.g. "beijing", "guangdong")."""
        try:
            return self.law.region_of(self.case.info.city)
        except (KeyError, ValueError):
            return None

    @property
    def relationship_in_doubt(self) -> bool:
        """An arrangement outside a labour contract, or a worker who answered
        that they are a full-time student or draw a pension (主体资格):
        `relationship-to-confirm` says what the records show."""
        info = self.case.info
        return (
            info.arrangement in OUTSIDE_LABOUR_CONTRACT
            or info.worker.student is True
            or info.worker.pensioner is True
        )

    @property
    def money_rules_held(self) -> bool:
        """The monthly-wage rules are held back while the relationship is in
        doubt, and for hourly and piece work (no monthly wage to price them
        by); the hourly and piece-work rules (`caseapp.rules.hourly`) apply."""
        return self.relationship_in_doubt or self.case.info.pay_basis != PayBasis.MONTHLY

    # --- pay timing -------------------------------------------------------
    def pay_due_date(self, month: dt.date) -> dt.date:
        """The day the wage for `month` is due: `payday` of the month
        `pay_lag_months` later, clamped to its last day, moved to the nearest
        earlier working day when it is a rest day (Wage Provisions art. 7)."""
        info = self.case.info
        target = add_months(month.replace(day=1), info.pay_lag_months)
        day = min(info.payday, month_days(target.year, target.month))
        return self.facts.cal.last_working_on_or_before(target.replace(day=day))

    def respondents(self, with_client: bool = False) -> tuple[str, ...]:
        """Who to name: the employer; for dispatch, agency (the employer) and
        client together (Mediation and Arbitration Law art. 22 ¶2)."""
        info = self.case.info
        if info.client is not None and (with_client or info.arrangement == Arrangement.DISPATCH):
            return ("employer", "client")
        return ("employer",)

    def final_award(self, amount: Decimal | None) -> bool | None:
        """Amount ≤ 12 × the local monthly minimum wage on `as_of` (the filing
        date): Mediation and Arbitration Law art. 47; law.md R23."""
        if amount is None:
            return None
        minimum = self.params.minimum_wage(self.as_of)
        if minimum is None:
            return None
        return amount <= 12 * minimum.value


def key_of(rule: str, *parts: object) -> str:
    return "@".join([rule, *(str(p) for p in parts)]) if parts else rule


SHARED = "steps."  # a step several rules recommend: one wording (rules_steps.toml)


def msgs(prefix: str, names: Iterable[str], **params: object) -> tuple[Msg, ...]:
    """Messages `<prefix>.<name>`; a name beginning with `steps.` is a shared
    step's own key, so the same action reads the same in every finding and
    the report's summary lists it once."""
    return tuple(
        Msg(name if name.startswith(SHARED) else f"{prefix}.{name}", params) for name in names
    )


def finding(
    ctx: RuleContext,
    rule: str,
    key: str,
    *,
    severity: Severity,
    confidence: Confidence,
    params: dict[str, object] | None = None,
    period: Period | None = None,
    amount: Decimal | None = None,
    calculation: Calculation | None = None,
    basis: Sequence[Basis] = (),
    forum: Forum | None = Forum.ARBITRATION,
    respondents: tuple[str, ...] | None = None,
    refs: Iterable[str] = (),
    strengthen: Sequence[str] = (),
    next_steps: Sequence[str] = (),
    counter: Sequence[str] = (),
    alternatives: Sequence[Alternative] = (),
    variant: str = "",
) -> Finding:
    """A finding whose texts are `rules.<rule>[.<variant>].title|explanation|summary`
    and `rules.<rule>.strengthen.<n>`, `.next.<n>`, `.counter.<n>`."""
    p = params or {}
    base = f"rules.{rule}"
    head = f"{base}.{variant}" if variant else base
    money = round_fen(amount) if amount is not None else None
    return Finding(
        key=key,
        rule=rule,
        severity=severity,
        confidence=confidence,
        title=Msg(f"{head}.title", p),
        explanation=Msg(f"{head}.explanation", p),
        summary=Msg(f"{head}.summary", p),
        period=period,
        amount=money,
        calculation=calculation,
        basis=tuple(basis),
        forum=forum,
        respondents=respondents if respondents is not None else ctx.respondents(),
        final_award_eligible=ctx.final_award(money),
        refs=tuple(dict.fromkeys(refs)),
        strengthen=msgs(f"{base}.strengthen", strengthen, **p),
        next_steps=msgs(f"{base}.next", next_steps, **p),
        counter_arguments=msgs(f"{base}.counter", counter, **p),
        alternatives=tuple(alternatives),
    )


def incident_refs(incidents: Iterable[Incident]) -> list[str]:
    """Refs to incidents, then to the evidence attached to them, in order."""
    items = list(incidents)
    return [f"incident:{i.id}" for i in items] + [
        f"evidence:{e}" for i in items for e in i.evidence
    ]


def unique_params(items: Iterable[Parameter]) -> tuple[Parameter, ...]:
    seen: dict[tuple[str, str, dt.date | None], Parameter] = {}
    for item in items:
        seen.setdefault((item.name, item.value, item.effective_from), item)
    return tuple(seen.values())


def money(value: Decimal | None) -> str:
    return "—" if value is None else f"{round_fen(value):.2f}"
