"""absence-pretext (law.md §5 patterns 18–19; LCL 39; SPC Interpretation I
art. 44).

The employer alleges absence (旷工) on days it had told the worker to stay
home. An **allegation** is a `termination_notice`, `performance_warning` or
`other` incident whose stated ground, summary or quote speaks of absence
(`ABSENCE_WORDS`). The **alleged days** are the dates written in those texts
(`2025-09-15`, `2025/9/15`, `2025年9月15日`); with none written, the last
logged day on or before the incident. A day the worker was **told to stay
home** is one logged `standby` or `standby_oncall` (not `standby_onsite`:
presence was required). It fires when at least one alleged day is such a
day. An alleged day logged `working`, `absent` or not logged at all gives
nothing: that is a dispute of fact, or unknown.

Amount: 2N (LCL 48, 87) once employment has ended, on or after the
allegation, by a termination on art. 39 or on a ground not stated; before
that, none. The employer bears the burden of proving the grounds of a
dismissal (Interp. I art. 44).
"""

from __future__ import annotations

import datetime as dt
import re

from caseapp.domain.findings import Finding, Period
from caseapp.domain.model import Incident
from caseapp.domain.vocab import Confidence, DayStatus, EndGround, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of, money
from caseapp.rules.standby_common import day_refs
from caseapp.rules.termination_common import Termination, damages, terminations

RULE = "absence-pretext"
KINDS = frozenset(
    {IncidentKind.TERMINATION_NOTICE, IncidentKind.PERFORMANCE_WARNING, IncidentKind.OTHER}
)
ABSENCE_WORDS = re.compile(
    r"旷工|缺勤|未到岗|不到岗|未出勤|擅自离岗|脱岗|absent|absence|absenteeism|no-show|awol",
    re.IGNORECASE,
)
DATE = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
HOME = frozenset({DayStatus.STANDBY, DayStatus.STANDBY_ONCALL})


def _texts(incident: Incident) -> str:
    return " ".join(t for t in (incident.stated_ground_text, incident.summary, incident.quote) if t)


def alleged_days(ctx: RuleContext, incident: Incident) -> list[dt.date]:
    found: list[dt.date] = []
    for y, m, d in DATE.findall(_texts(incident)):
        try:
            found.append(dt.date(int(y), int(m), int(d)))
        except ValueError:
            continue
    if found:
        return sorted(set(found))
    logged = [day for day in ctx.facts.days if day <= incident.date]
    return [max(logged)] if logged else []


def _ending(ctx: RuleContext, since: dt.date) -> Termination | None:
    for item in terminations(ctx):
        if item.effective is None or item.date < since:
            continue
        if item.ground is None or item.ground == EndGround.ART39:
            return item
    return None


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if incident.kind not in KINDS:
            continue
        if not ABSENCE_WORDS.search(_texts(incident)):
            continue
        home = [
            d
            for d in alleged_days(ctx, incident)
            if (day := ctx.facts.days.get(d)) is not None and day.status in HOME
        ]
        if not home:
            continue
        ending = _ending(ctx, incident.date)
        estimate = damages(ctx, ending) if ending is not None else None
        params: dict[str, object] = {
            "date": incident.date.isoformat(),
            "days": ", ".join(d.isoformat() for d in home[:5]) + ("…" if len(home) > 5 else ""),
            "count": len(home),
            "double": money(estimate.double) if estimate else "—",
        }
        end = ending.effective if ending is not None and ending.effective else incident.date
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, incident.id),
                severity=Severity.HIGH,
                confidence=Confidence.PRACTICE,
                params=params,
                period=Period(min(home[0], incident.date), max(end, incident.date)),
                amount=estimate.double if estimate else None,
                calculation=estimate.calculation if estimate else None,
                basis=(
                    B.art(B.LCL, "39"),
                    B.art(B.SPC_INTERP_1, "44"),
                    B.art(B.LCL, "48"),
                    B.art(B.LCL, "87"),
                ),
                refs=[*incident_refs([incident]), *day_refs(home)],
                strengthen=("stay_home_proof", "day_log"),
                next_steps=("reply_writing", "keep_notice", "lawyer"),
                counter=("not_told", "check_in"),
                variant="terminated" if estimate is not None else "",
            )
        )
    return out
