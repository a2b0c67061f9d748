"""relationship-to-confirm (law-addendum §4; LCL 68–72; 劳社部发〔2005〕12号).

Arrangements outside a labour contract — `part_time` (which may be misused
for full-time work), `service_agreement`, `platform`, `unknown` — may first
need the employment relationship confirmed (Mediation and Arbitration Law
art. 2(1)). Until it is, the monthly-wage rules are held back
(`RuleContext.money_rules_held`); the hourly and piece-work rules apply.

**What the records show on each element** (12号 art. 1), as a table in the
calculation, with the records that would settle it (art. 2):

* 主体资格 — both parties legally able to form a labour relationship: the
  worker's answers to the two questions that most often decide it for
  labellers (`worker.student`: a full-time student, 劳部发〔1995〕309号 item
  12; `worker.pensioner`: drawing a pension, 法释〔2020〕26号 art. 32);
* management — the employer's rules apply and it manages and pays the work:
  `control` naming a party, tasks assigned by another party, pay recorded;
* business — the work is part of the employer's business: tasks recorded,
  the position.

**Variants.** A student or a pensioner (`no_subject`): no labour
relationship can be confirmed; the finding offers only the civil route
(forum `court`) and the guidance route, and the filing pack asks for no
confirmation. `part_time`: with hours recorded over the LCL 68 limits
(`part_time_over`) the relationship to confirm is a full-time one; within
them (`part_time_within`, low) the records fit part-time work — hourly
minimum, 15-day cycle, and either side may end it at any time with no
compensation (LCL 71): no N is priced; with no hours recorded, `part_time`.
"""

from __future__ import annotations

from caseapp.domain.findings import Basis, CalcRow, CalcTable, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Arrangement, Confidence, Forum, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.hourly import hours_by_day
from caseapp.rules.phrases import ground_label
from caseapp.rules.r_part_time_limits import exceeded_weeks
from caseapp.rules.r_platform_pay_below_minimum import management_indicators

RULE = "relationship-to-confirm"


def _variant(ctx: RuleContext) -> str:
    info = ctx.case.info
    if info.worker.student is True or info.worker.pensioner is True:
        return "no_subject"
    if info.arrangement != Arrangement.PART_TIME:
        return ""
    if not hours_by_day(ctx.case):
        return "part_time"
    return "part_time_over" if exceeded_weeks(ctx) else "part_time_within"


def _subject(ctx: RuleContext) -> tuple[str, list[str]]:
    worker = ctx.case.info.worker
    if worker.student is True:
        return "student", []
    if worker.pensioner is True:
        return "pensioner", []
    if worker.student is False and worker.pensioner is False:
        return "answered_no", []
    return "unanswered", ["questions"]


def _management(ctx: RuleContext) -> tuple[str, dict[str, object]]:
    found = management_indicators(ctx)
    if found:  # which ones: the calculation's input `managed_by`
        return "shown", {"count": len(found)}
    if ctx.case.payments:
        return "pay_only", {"payments": len(ctx.case.payments)}
    return "not_recorded", {}


def _business(ctx: RuleContext) -> tuple[str, dict[str, object]]:
    tasks = len(ctx.case.tasks)
    if tasks:
        return "tasks", {"count": tasks}
    if ctx.case.info.position:
        # the worker's own words stay out of the calculation (a zh table may not
        # carry another language's words): the row points to the case details
        return "position", {}
    return "not_recorded", {}


def checklist(ctx: RuleContext) -> tuple[CalcTable, list[str]]:
    """The element table (12号 art. 1) and the questions still open."""
    subject, open_questions = _subject(ctx)
    managed, managed_params = _management(ctx)
    business, business_params = _business(ctx)
    rows = (
        ("subject", Msg(f"calc.{RULE}.show.subject.{subject}")),
        ("management", Msg(f"calc.{RULE}.show.management.{managed}", managed_params)),
        ("business", Msg(f"calc.{RULE}.show.business.{business}", business_params)),
    )
    table = CalcTable(
        "element",
        ("records_show", "would_settle"),
        tuple(
            CalcRow(
                name,
                (shown, Msg(f"calc.{RULE}.settle.{name}")),
                label=Msg(f"calc.{RULE}.element.{name}"),
            )
            for name, shown in rows
        ),
    )
    return table, open_questions


def check(ctx: RuleContext) -> list[Finding]:
    if not ctx.relationship_in_doubt:
        return []
    info = ctx.case.info
    arrangement = str(info.arrangement)
    variant = _variant(ctx)
    basis: list[Basis] = [
        B.art(B.ARBITRATION_LAW, "2"),
        B.art(B.LCL, "7"),
        B.art(B.RELATIONSHIP_NOTICE, "1"),
        B.art(B.RELATIONSHIP_NOTICE, "2"),
    ]
    if variant.startswith("part_time"):
        basis += [B.art(B.LCL, "68"), B.art(B.LCL, "69"), B.art(B.LCL, "71"), B.art(B.LCL, "72")]
    if variant == "no_subject":
        basis = [B.art(B.RELATIONSHIP_NOTICE, "1")]
        if info.worker.student:
            basis.append(B.art(B.LABOUR_LAW_OPINIONS, "12"))
        if info.worker.pensioner:
            basis.append(B.art(B.SPC_INTERP_1, "32"))
        basis.append(B.art(B.NEW_EMPLOYMENT, "*"))
    table, open_questions = checklist(ctx)
    managed = management_indicators(ctx)
    strengthen = [*open_questions, "control", "attendance", "pay_records"]
    if variant == "no_subject":
        next_steps: tuple[str, ...] = ("civil_route", "guidance_route", "steps.lawyer_relationship")
    else:
        next_steps = ("collect", "employer_records", "steps.lawyer_relationship")
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, arrangement),
            severity=Severity.LOW if variant == "part_time_within" else Severity.HIGH,
            confidence=Confidence.PRACTICE,
            params={"arrangement": ground_label("arrangement", arrangement)},
            period=Period(ctx.facts.start, ctx.facts.end),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                inputs={"managed_by": ", ".join(managed)} if managed else {},
                table=table,
            ),
            basis=basis,
            forum=Forum.COURT if variant == "no_subject" else Forum.ARBITRATION,
            respondents=ctx.respondents(with_client=True),
            refs=[],
            strengthen=strengthen,
            next_steps=next_steps,
            counter=("independent",),
            variant=variant,
        )
    ]
