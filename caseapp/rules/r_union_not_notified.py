"""union-not-notified (LCL 43).

An employer that ends the contract unilaterally must first notify the union
of its reasons (LCL 43). For each employer termination (see
`termination_common`) whose `union_notified` is not `true`:

* `union_notified: false` (variant `not_notified`): the record says the union
  was not notified. Medium, `practice` (courts treat a termination without
  the prior notice as not following the statute, but an employer may cure it
  before the case, and views differ where there is no union).
* no record (variant `no_record`): unknown, never a violation. Low,
  `unconfirmed`; the step is to find out whether the union was told.

Amount: none under the conservative reading (the employer puts the
procedure right before the case); damages of 2N (LCL 48, 87) are the
alternative once employment has ended. The procedural defect supports the
same damages claim as the termination's other grounds, so it does not add a
second 2N to the claims of the filing pack.

A termination with `union_notified: true`, an expiry, an agreement or a
resignation gives nothing.
"""

from __future__ import annotations

from caseapp.domain.findings import Alternative, Finding
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.phrases import ground_label
from caseapp.rules.termination_common import damages, terminations, unilateral

RULE = "union-not-notified"


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for item in unilateral(terminations(ctx)):
        notified = item.incident.union_notified if item.incident else None
        if notified is True:
            continue
        recorded_no = notified is False
        estimate = damages(ctx, item)
        params: dict[str, object] = {
            "date": item.date.isoformat(),
            "ground": ground_label("end_ground", item.ground),
            "double": money(estimate.double) if estimate else "—",
            "n": money(estimate.n) if estimate else "—",
        }
        alternatives: list[Alternative] = []
        if estimate is not None:
            reading = "not_notified" if recorded_no else "if_not_notified"
            alternatives.append(
                Alternative(
                    reading=Msg(f"rules.{RULE}.alt.{reading}", params),
                    amount=estimate.double,
                    calculation=Msg("calc.severance.alt.double", {"n": money(estimate.n)}),
                    confidence=Confidence.PRACTICE,
                )
            )
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, item.key_part),
                severity=Severity.MEDIUM if recorded_no else Severity.LOW,
                confidence=Confidence.PRACTICE if recorded_no else Confidence.UNCONFIRMED,
                params=params,
                period=item.period,
                amount=None,
                calculation=estimate.calculation if estimate else None,
                basis=(B.art(B.LCL, "43"), B.art(B.LCL, "48"), B.art(B.LCL, "87")),
                refs=item.refs,
                strengthen=("union_exists", "notice"),
                next_steps=("ask_union", "keep_notice", "steps.no_sign"),
                counter=("no_union", "cured"),
                alternatives=alternatives,
                variant="not_notified" if recorded_no else "no_record",
            )
        )
    return out
