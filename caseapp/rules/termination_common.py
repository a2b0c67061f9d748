"""What the termination rules share (union-not-notified, unlawful-termination,
protected-worker-terminated, absence-pretext, incompetence-without-training).

* A **termination** is a `termination_notice` incident, or — when no notice
  is logged — `employment_ended` itself. Its ground is the notice's `ground`
  (else the ended ground); a notice with no ground is an employer termination
  on a ground not stated.
* An **employer's unilateral termination** (解除 by the employer: LCL 39, 40,
  41) has ground `art39`, `art39_probation`, `art40_*`, `art41`, or none
  stated. Expiry and art. 44 endings, agreements and resignations are not.
* **Damages 2N** (LCL 48, 87) are only computed once employment has ended on
  or before `as_of`, with the severance calculator and the ended day as its
  end; before that the finding carries no amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.findings import Period, SeveranceEstimate
from caseapp.domain.model import Incident
from caseapp.domain.vocab import EndGround, IncidentKind
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, incident_refs

UNILATERAL = frozenset(
    {
        EndGround.ART39,
        EndGround.ART39_PROBATION,
        EndGround.ART40_1,
        EndGround.ART40_2,
        EndGround.ART40_3,
        EndGround.ART41,
    }
)
# Grounds LCL 42 bars for a protected worker.
ART40_41 = frozenset({EndGround.ART40_1, EndGround.ART40_2, EndGround.ART40_3, EndGround.ART41})


@dataclass(frozen=True, slots=True)
class Termination:
    date: dt.date  # the notice's date, or the ended day
    ground: EndGround | None  # None: not stated
    incident: Incident | None
    effective: dt.date | None  # the day employment ended, if it has by as_of

    @property
    def key_part(self) -> str:
        return self.incident.id if self.incident else "ended"

    @property
    def period(self) -> Period:
        """From the notice day to the day employment ended (or the notice day alone)."""
        end = self.effective or self.date
        return Period(min(self.date, end), max(self.date, end))

    @property
    def refs(self) -> list[str]:
        if self.incident is None:
            return []
        return incident_refs([self.incident])


def _ground(value: object) -> EndGround | None:
    try:
        return EndGround(str(value)) if value is not None else None
    except ValueError:  # a dispatch return ground on a notice: not an end ground
        return None


def terminations(ctx: RuleContext) -> list[Termination]:
    """Employer terminations known on `as_of`, oldest first."""
    ended = ctx.case.info.employment_ended
    effective = ended.date if ended is not None and ended.date <= ctx.as_of else None
    notices = sorted(
        (i for i in ctx.case.incidents if i.kind == IncidentKind.TERMINATION_NOTICE),
        key=lambda i: (i.date, i.id),
    )
    if notices:
        fallback = ended.ground if ended is not None else None
        return [Termination(i.date, _ground(i.ground) or fallback, i, effective) for i in notices]
    if ended is not None and effective is not None:
        return [Termination(ended.date, ended.ground, None, effective)]
    return []


def unilateral(items: list[Termination]) -> list[Termination]:
    return [t for t in items if t.ground is None or t.ground in UNILATERAL]


def damages(ctx: RuleContext, item: Termination) -> SeveranceEstimate | None:
    """Severance N and 2N at the day employment ended, if it has by `as_of`."""
    if item.effective is None or ctx.money_rules_held:
        return None
    return severance_estimate(ctx, item.effective)
