"""The notice of resignation with cause (被迫解除劳动合同通知书, LCL art. 38),
drafted only where `art38-grounds-recorded` holds: grounds on record, still
found after a written demand that named them (rules/r_art38_grounds.py). The
notice names the exact items of art. 38 ¶1 with their facts and dates, the
demand and that it went uncured, and reserves the claims (N, the arrears); it
holds no words that read as a personal reason (Beijing 534 Q73: the reason
written at resignation decides). Logged, on the worker's act, as
`resignation_submitted` with reason `art38`. The words live in
resources/i18n/offer.toml (`art38n.*`); docs/offer.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp import i18n
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import Form, IncidentKind, Party, ResignationReason
from caseapp.rules.r_art38_grounds import GROUNDS, RULE, is_ground

ZH_ITEM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}
WAGE_ITEM = 2


@dataclass(frozen=True)
class Ground:
    item: int  # LCL art. 38 ¶1 item
    finding: Finding
    demand: Incident


@dataclass(frozen=True)
class Grounds:
    grounds: tuple[Ground, ...]
    n: Decimal | None  # the N a resignation under art. 38 carries (the finding's first alternative)

    @property
    def items(self) -> tuple[int, ...]:
        return tuple(sorted({g.item for g in self.grounds}))

    @property
    def arrears(self) -> Decimal:
        return sum(
            (g.finding.amount for g in self.grounds if g.finding.amount is not None),
            Decimal(0),
        )


@dataclass(frozen=True)
class Refusal:
    reason: str  # art38n.refused.<reason>


def _demands(case: Case, as_of: dt.date) -> list[Incident]:
    return sorted(
        (
            i
            for i in case.incidents
            if i.kind == IncidentKind.DEMAND_SENT and i.date < as_of and i.form != Form.ORAL
        ),
        key=lambda i: (i.date, i.id),
    )


def grounds(case: Case, report: FindingsReport | None) -> Grounds | Refusal:
    """The grounds the notice may rest on, or why it cannot be drafted."""
    if report is None:
        return Refusal("no_findings")
    ended = case.info.employment_ended
    if ended is not None and ended.date <= report.as_of:
        return Refusal("ended")
    demands = _demands(case, report.as_of)
    if not demands:
        return Refusal("no_demand")
    holds = [f for f in report.findings if f.rule == RULE]
    if not holds:
        if any(i.kind == IncidentKind.RESIGNATION_SUBMITTED for i in case.incidents):
            return Refusal("resigned")
        return Refusal("not_uncured")
    out: list[Ground] = []
    for f in report.findings:
        if not is_ground(f):
            continue
        start = f.period.start if f.period else None
        demand = next(
            (d for d in demands if f.rule in d.asserts and (start is None or start <= d.date)),
            None,
        )
        if demand is not None:
            out.append(Ground(GROUNDS[f.rule], f, demand))
    if not out:
        return Refusal("not_uncured")
    alt = holds[0].alternatives
    n = alt[0].amount if alt else None
    return Grounds(tuple(sorted(out, key=lambda g: (g.item, g.finding.key))), n)


def _item_name(item: int, lang: i18n.Lang) -> str:
    return i18n.text(f"art38n.item.{item}", lang, zh_item=ZH_ITEM[item], item=item)


def _fact(g: Ground, lang: i18n.Lang) -> str:
    f = g.finding
    period = (
        i18n.text("art38n.period", lang, start=f.period.start, end=f.period.end)
        if f.period is not None
        else ""
    )
    amount = (
        i18n.text("art38n.amount", lang, amount=fmt_money(f.amount))
        if f.amount is not None and f.amount > 0
        else ""
    )
    return i18n.text(
        "art38n.fact",
        lang,
        item=_item_name(g.item, lang),
        title=i18n.render(f.title, lang),
        period=period,
        amount=amount,
        demand=g.demand.date.isoformat(),
    )


def fill_notice(case: Case, found: Grounds, lang: i18n.Lang, today: dt.date) -> str:
    info = case.info
    start = info.employment_start or info.contract.start
    items = (
        "、".join(f"第{ZH_ITEM[i]}项" for i in found.items)
        if lang == "zh"
        else ", ".join(f"({i})" for i in found.items)
    )
    reserved = [i18n.text("art38n.reserve.n", lang)]
    if found.n is not None:
        reserved[0] = i18n.text("art38n.reserve.n_amount", lang, amount=fmt_money(found.n))
    if found.arrears > 0:
        reserved.append(i18n.text("art38n.reserve.arrears", lang, amount=fmt_money(found.arrears)))
    reserved.append(i18n.text("art38n.reserve.other", lang))
    return i18n.text(
        "art38n.body",
        lang,
        employer=info.employer.name,
        worker=info.worker.name,
        start=start.isoformat(),
        facts="\n".join(f"{n}. {_fact(g, lang)}" for n, g in enumerate(found.grounds, 1)),
        items=items,
        today=today.isoformat(),
        reserved="\n".join(f"{n}. {r}" for n, r in enumerate(reserved, 1)),
    )


def resignation_incident(text: str, lang: i18n.Lang, today: dt.date) -> Incident:
    """The incident logged when the worker serves the notice: a written
    resignation by the worker, reason art. 38, with the notice's words."""
    return Incident(
        id="",
        date=today,
        kind=IncidentKind.RESIGNATION_SUBMITTED,
        summary=i18n.text("art38n.summary", lang),
        actor_party=Party.WORKER,
        form=Form.WRITTEN_PAPER,
        quote=text,
        reason=ResignationReason.ART38,
    )
