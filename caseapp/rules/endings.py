"""How the job ended, as `severance-due` and `unlawful-termination` read it.

* **A resignation** is the worker's own ending: `employment_ended` on
  `art36_worker_proposed`, `art37` or `art38`, or a `resignation_submitted`
  incident while employment is not recorded as ended on another ground. Its
  day is the last such incident's (else the ended day); it ends employment on
  the ended day (else on its own day). Its reason is the incident's `reason`;
  an ended ground `art38` is a resignation under art. 38 too.
* **Pressure** (`pressure_records`): what shows the employer drafted, demanded
  or extracted a resignation — an `asked_to_resign`, a
  `resignation_form_presented` (the employer's form) or a
  `mutual_termination_offer` on or before the resignation day, and a signed
  pledge to leave (`agreement_signed` on `termination` whose words say the
  worker will leave of their own accord). Persuasion is recorded as such; the
  rules never read it as coercion (that is for the tribunal).
* **Words** of a ground outside LCL 39–41 and 44, read in a notice's stated
  ground, summary and quote: "automatic departure" (自动离职, 视为离职, 自行离职
  …), a pledge or target (承诺书, 业绩, 销售额 …), last-place elimination
  (末位淘汰 …), and an open-ended contract asked for (无固定期限).
* **Notice pay** (LCL 40; Reg. 20: the previous month's wage): the month is
  the last whole calendar month on or before the end (the month of the end
  if the end is its last day, as the severance base counts months). Two
  readings: what was due that month — for a benched worker the standby
  allowance (standby days at their figure, other days at the wage in force)
  — and the wage in force. The lower is the claim, the higher the
  alternative.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.model import Incident
from caseapp.domain.vocab import (
    AgreementSubject,
    EndGround,
    Form,
    IncidentKind,
    PaymentKind,
    ResignationReason,
)
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.prorate import due_in
from caseapp.rules.workdays import ONE_DAY, month_end, month_start

WORKER_GROUNDS = frozenset({EndGround.ART36_WORKER_PROPOSED, EndGround.ART37, EndGround.ART38})
PRESSURE_KINDS = frozenset(
    {
        IncidentKind.ASKED_TO_RESIGN,
        IncidentKind.RESIGNATION_FORM_PRESENTED,
        IncidentKind.MUTUAL_TERMINATION_OFFER,
    }
)
NOTICE_DAYS = 30  # LCL 40: thirty days' written notice

AUTOMATIC_WORDS = re.compile(
    r"自动离职|自动辞职|视为离职|视为辞职|视为自动|自行离职|自动解除|自动终止|当然解除"
    r"|automatic(ally)?\s+(left|leav\w*|departure|resign\w*|terminat\w*|end\w*)"
    r"|deemed\s+to\s+have\s+(left|resigned|quit)|of\s+(my|his|her|their)\s+own\s+accord",
    re.IGNORECASE,
)
PLEDGE_WORDS = re.compile(
    r"承诺书|承诺|保证书|对赌|业绩|销售额|销售指标|考核指标|改进计划"
    r"|pledge|undertaking|sales\s+target|performance\s+target|quota",
    re.IGNORECASE,
)
LEAVE_WORDS = re.compile(r"离职|辞职|走人|leave|resign|quit", re.IGNORECASE)
LAST_PLACE_WORDS = re.compile(
    r"末位淘汰|末位|排名最后|排名垫底|最后一名|bottom[- ]ranked|ranked\s+last|last\s+place",
    re.IGNORECASE,
)
OPEN_ENDED_WORDS = re.compile(r"无固定期限|open[- ]ended", re.IGNORECASE)


def words(incident: Incident | None, *extra: str | None) -> str:
    """The texts of a record that can state a ground."""
    parts: list[str | None] = list(extra)
    if incident is not None:
        parts += [incident.stated_ground_text, incident.stated_reason, incident.summary]
        parts.append(incident.quote)
    return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Resignation:
    day: dt.date  # the day the resignation was given
    end: dt.date  # the day employment ends
    reason: ResignationReason | None
    art38: bool  # given under art. 38 (its reason, or the ended ground)
    incident: Incident | None


def resignation(ctx: RuleContext) -> Resignation | None:
    ended = ctx.case.info.employment_ended
    if ended is not None and ended.ground not in WORKER_GROUNDS:
        return None
    given = sorted(
        (i for i in ctx.case.incidents if i.kind == IncidentKind.RESIGNATION_SUBMITTED),
        key=lambda i: (i.date, i.id),
    )
    if not given and ended is None:
        return None
    last = given[-1] if given else None
    day = last.date if last is not None else ended.date if ended is not None else ctx.as_of
    end = ended.date if ended is not None else day
    reason = last.reason if last is not None else None
    art38 = reason == ResignationReason.ART38 or (
        ended is not None and ended.ground == EndGround.ART38
    )
    return Resignation(min(day, end), end, reason, art38, last)


def pressure_records(ctx: RuleContext, until: dt.date) -> list[Incident]:
    """The records on or before `until` that show the employer drafted,
    demanded or extracted a resignation (see the module's docstring)."""
    out = []
    for i in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if i.date > until:
            continue
        if i.kind in PRESSURE_KINDS or is_pledge_to_leave(i):
            out.append(i)
    return out


def is_pledge_to_leave(incident: Incident) -> bool:
    """A signed undertaking to leave of one's own accord (承诺书 "自行离职")."""
    if incident.kind != IncidentKind.AGREEMENT_SIGNED:
        return False
    if incident.subject not in (None, AgreementSubject.TERMINATION):
        return False
    text = words(incident)
    return bool(
        AUTOMATIC_WORDS.search(text) or (PLEDGE_WORDS.search(text) and LEAVE_WORDS.search(text))
    )


def pledges_before(ctx: RuleContext, day: dt.date) -> list[Incident]:
    """Records on or before `day` of a pledge or target tied to leaving: a
    signed pledge to leave, or an improvement plan, warning or other record
    whose words tie a target to leaving."""
    out = []
    for i in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if i.date > day or i.kind == IncidentKind.TERMINATION_NOTICE:
            continue
        text = words(i)
        if is_pledge_to_leave(i) or (
            PLEDGE_WORDS.search(text) and (LEAVE_WORDS.search(text) or AUTOMATIC_WORDS.search(text))
        ):
            out.append(i)
    return out


def notice_given(ctx: RuleContext, end: dt.date) -> Incident | None:
    """A written termination notice at least 30 days before `end` (LCL 40)."""
    for i in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if (
            i.kind == IncidentKind.TERMINATION_NOTICE
            and i.form != Form.ORAL
            and (end - i.date).days >= NOTICE_DAYS
        ):
            return i
    return None


def paid_of(ctx: RuleContext, kind: PaymentKind) -> Decimal:
    """What the records show the employer paid as severance or notice pay."""
    total = Decimal(0)
    for p in ctx.case.payments:
        if p.kind == kind:
            total += p.amount if p.amount is not None else (p.net or Decimal(0))
    return total


@dataclass(frozen=True, slots=True)
class NoticePay:
    month: dt.date  # the first day of the month it is read from
    due: Decimal | None  # what was due that month (a benched worker: the allowance)
    wage: Decimal  # the wage in force

    @property
    def low(self) -> Decimal:
        return self.wage if self.due is None else min(self.due, self.wage)

    @property
    def high(self) -> Decimal:
        return self.wage if self.due is None else max(self.due, self.wage)


def notice_pay(ctx: RuleContext, end: dt.date) -> NoticePay:
    facts = ctx.facts
    day = min(end, ctx.as_of, facts.end)
    last = day if day == month_end(day) else month_start(day) - ONE_DAY
    first = month_start(last)
    wage = facts.wage_on(last)

    def figure(v: DayValue) -> Decimal | None:
        if v.category in (Category.FLOOR, Category.FIRST_CYCLE):
            return v.figure
        if v.category == Category.OUTSIDE:
            return Decimal(0)
        return facts.wage_on(v.day)

    if last < facts.start:
        return NoticePay(first, None, wage)
    due, _ = due_in(facts, first, last, figure)
    return NoticePay(first, due, wage)
