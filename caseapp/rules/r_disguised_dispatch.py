"""disguised-dispatch (law.md R15; §5 patterns 12–14).

An `outsourcing` arrangement with a client in which the client does at least
two of what an employer does: keeps attendance, assigns the tasks (the
`control` section, or tasks recorded as assigned by the client), appraises,
gives the badge or e-mail, applies its own rules. Work used "in dispatch form
under the name of outsourcing" is treated as dispatch (Interim Provisions on
Labour Dispatch art. 27): the client can be named with the vendor (LCL 92 ¶2;
Mediation and Arbitration Law 22 ¶2), and an outsourcing contract does not
shield the client (Chaoyang 2024 case 3). An indicator score, not a verdict;
no amount. Two indicators is a product threshold (law.md R15), not a legal one.
"""

from __future__ import annotations

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Arrangement, Confidence, ControlBy, Party, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of

RULE = "disguised-dispatch"
MIN_INDICATORS = 2
FIELDS = ("attendance_by", "tasks_by", "appraisal_by", "badge_email_by", "rules_by")


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if info.arrangement != Arrangement.OUTSOURCING or info.client is None:
        return []
    indicators: list[str] = []
    control = info.control
    if control is not None:
        indicators = [f for f in FIELDS if getattr(control, f) == ControlBy.CLIENT]
    client_tasks = sorted(
        (t for t in ctx.case.tasks if t.assigned_by_party == Party.CLIENT),
        key=lambda t: (t.assigned_on, t.id),
    )
    if client_tasks and "tasks_by" not in indicators:
        indicators.append("tasks_by")
    if len(indicators) < MIN_INDICATORS:
        return []
    refs = [f"task:{t.id}" for t in client_tasks[:5]]
    start = client_tasks[0].assigned_on if client_tasks else ctx.facts.start
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, "client"),
            severity=Severity.MEDIUM,
            confidence=Confidence.PRACTICE,
            params={
                "client": info.client.name,
                "employer": info.employer.name,
                "count": len(indicators),
                "tasks": len(client_tasks),
            },
            period=Period(min(start, ctx.facts.end), ctx.facts.end),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula", {"min": MIN_INDICATORS}),
                inputs={
                    "indicators": ", ".join(sorted(indicators)),
                    "tasks_assigned_by_client": str(len(client_tasks)),
                },
            ),
            basis=(
                B.art(B.DISPATCH_PROV, "27"),
                B.art(B.LCL, "92", 2),
                B.art(B.ARBITRATION_LAW, "22", 2),
                B.art(B.CHAOYANG_CASES, "3"),
            ),
            respondents=("employer", "client"),
            refs=refs,
            strengthen=("badge", "chats", "attendance"),
            next_steps=("collect", "name_client", "steps.lawyer_relationship"),
            counter=("genuine_outsourcing",),
        )
    ]
