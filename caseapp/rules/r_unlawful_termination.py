"""unlawful-termination (LCL 48, 87; Reg. 13; spec rule table): the employer
ended the contract on a ground outside LCL 39–41 and 44. Second phase: it
reads `absence-pretext`'s findings.

Variants, for each employer termination (`termination_common.terminations`:
the notices, else the ended record), the first that applies:

* `automatic` / `pledge` — the termination's words (stated ground, summary,
  quote; the ended record's reason text) say the worker "left automatically"
  or "of their own accord" (自动离职, 视为离职, 自行离职 …), or the ground is
  recorded as `other` (or none, or a worker's ground on the employer's
  notice) and the words name a pledge or target; `pledge` when the words, or
  an earlier record (a signed pledge to leave, an improvement plan tying a
  target to leaving), name one. A condition for ending the contract agreed
  outside LCL 44 is void (Reg. 13) and the ending is the employer's own
  (Beijing typical cases of 2016-07-21 and 2016-09-18). `statute`. Only where
  no ground of LCL 39–41 is recorded: "absent three days = automatic
  departure" on an art. 39 notice is a dismissal for fault, read by
  `absence-pretext` when the days were stay-home days.
* `last_place` — the words name last-place elimination (末位淘汰 …), whatever
  ground is recorded: ranking last is not incompetence (SPC Guiding Case
  18). `practice`.
* `absence` — `absence-pretext` found the dismissal rests on absence on days
  the worker was told to stay home (LCL 39; Interp. I art. 44). `practice`.
* `other_ground` — an employer's notice with its ground recorded as `other`
  and none of the words above: the ground recorded is none of LCL 39–41 and
  44 (lawfulness is judged on the grounds the notice states, SPC Guiding
  Case 180). `practice`: check the notice's own words.
* `open_ended` — the contract ended by expiry (ended ground `expiry`) when
  an open-ended contract was arguably due: the records show earlier work for
  the same employer (an unpaid-for `prior_service` at the same workplace, or
  a first day of work at least a year before this contract's start: an
  earlier contract, or a year without one, LCL 14 ¶2–3, Reg. 7), and the
  worker asked for it or objected (an incident whose words name an
  open-ended contract, or a written objection after the non-renewal notice).
  `practice` (Beijing typical case of 2023-06-13); N on the expiry is the
  alternative.

Amount: 2N (the severance calculator at the day employment ended) once it
has ended by `as_of`; before that none. Continued performance (reinstatement,
LCL 48) is the alternative the worker may choose instead, with the facts that
decide whether it is realistic (a fixed term that has run out since;
Interp. II arts. 16, 18). A termination on a stated ground of LCL 39–41 is
the other termination rules' (incompetence, objective change, protected
worker, dispatch return, union notice), and a ground not stated is unknown,
never a finding here. Several rules may price the same ending: the most
specific keeps the amount (`claims.price_endings`).
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Alternative, Basis, Finding, Period, SeveranceEstimate
from caseapp.domain.messages import Msg
from caseapp.domain.model import Incident
from caseapp.domain.vocab import (
    Confidence,
    ContractKind,
    EndGround,
    IncidentKind,
    Severity,
)
from caseapp.rules import basis as B
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of, money
from caseapp.rules.endings import (
    AUTOMATIC_WORDS,
    LAST_PLACE_WORDS,
    OPEN_ENDED_WORDS,
    PLEDGE_WORDS,
    pledges_before,
    words,
)
from caseapp.rules.termination_common import Termination, damages, terminations
from caseapp.rules.workdays import add_months

RULE = "unlawful-termination"
ABSENCE_RULE = "absence-pretext"
# Grounds that are not one of LCL 39–41: `other`, none stated, or a worker's
# own ground written on the employer's notice.
OUTSIDE = frozenset({None, EndGround.OTHER, EndGround.ART36_WORKER_PROPOSED, EndGround.ART37})
OBJECTIONS = frozenset(
    {IncidentKind.WRITTEN_OBJECTION, IncidentKind.DEMAND_SENT, IncidentKind.WORK_REQUESTED}
)
CONFIDENCE = {
    "automatic": Confidence.STATUTE,
    "pledge": Confidence.STATUTE,
    "last_place": Confidence.PRACTICE,
    "absence": Confidence.PRACTICE,
    "other_ground": Confidence.PRACTICE,
    "open_ended": Confidence.PRACTICE,
}


def _variant(ctx: RuleContext, item: Termination) -> tuple[str, list[Incident]] | None:
    ended = ctx.case.info.employment_ended
    text = words(item.incident, ended.resignation_reason_text if ended else None)
    if item.ground in OUTSIDE:
        pledges = pledges_before(ctx, item.date)
        if AUTOMATIC_WORDS.search(text) or (item.ground is not None and PLEDGE_WORDS.search(text)):
            return ("pledge" if PLEDGE_WORDS.search(text) or pledges else "automatic"), pledges
    if LAST_PLACE_WORDS.search(text):
        return "last_place", []
    if item.incident is not None and item.ground == EndGround.OTHER:
        return "other_ground", []
    return None


def _absence_ended(ctx: RuleContext, item: Termination) -> Finding | None:
    """The `absence-pretext` finding about this termination, if any."""
    for f in ctx.prior:
        if (
            f.rule == ABSENCE_RULE
            and f.title.key.endswith(".terminated.title")
            and f.period is not None
            and item.effective is not None
            and f.period.end == item.effective
        ):
            return f
    return None


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for item in terminations(ctx):
        found = _variant(ctx, item)
        absence = _absence_ended(ctx, item)
        if found is None and absence is not None:
            found = ("absence", [])
        if found is None:
            continue
        variant, pledges = found
        refs = [*item.refs, *incident_refs(pledges)]
        if variant == "absence" and absence is not None:
            refs += list(absence.refs)
        basis = _basis(variant)
        out.append(
            _finding(ctx, variant, item.key_part, item.period, damages(ctx, item), basis, refs)
        )
    expiry = _open_ended(ctx)
    if expiry is not None:
        out.append(expiry)
    return out


def _basis(variant: str) -> list[Basis]:
    tail = [B.art(B.LCL, "48"), B.art(B.LCL, "87"), B.art(B.LCL_REG, "25")]
    if variant in ("automatic", "pledge"):
        return [
            B.art(B.LCL_REG, "13"),
            B.art(B.LCL, "39"),
            B.art(B.LCL, "40"),
            B.art(B.LCL, "41"),
            B.art(B.BJ_HRSS_CASES, "2016-07-21"),
            B.art(B.BJ_HRSS_CASES, "2016-09-18"),
            *tail,
        ]
    if variant == "last_place":
        return [B.art(B.LCL, "40", 1, 2), B.art(B.SPC_GUIDING, "18"), *tail]
    if variant == "absence":
        return [B.art(B.LCL, "39"), B.art(B.SPC_INTERP_1, "44"), *tail]
    if variant == "open_ended":
        return [
            B.art(B.LCL, "14"),
            B.art(B.LCL_REG, "7"),
            B.art(B.BJ_HRSS_CASES, "2023-06-13"),
            *tail,
        ]
    return [
        B.art(B.LCL, "39"),
        B.art(B.LCL, "40"),
        B.art(B.LCL, "41"),
        B.art(B.SPC_GUIDING, "180"),
        *tail,
    ]


def _finding(
    ctx: RuleContext,
    variant: str,
    key: str,
    period: Period,
    estimate: SeveranceEstimate | None,
    basis: list[Basis],
    refs: list[str],
    expiry_n: bool = False,
) -> Finding:
    contract = ctx.case.info.contract
    end = period.end
    # A fixed term that has run out since the termination: reinstatement can
    # reach no further than its end. (An ending at expiry itself is not that:
    # reinstatement there means the contract goes on.)
    term_over = (
        contract.kind == ContractKind.FIXED
        and contract.end is not None
        and end < contract.end <= ctx.as_of
    )
    params: dict[str, object] = {
        "date": period.start.isoformat(),
        "end": end.isoformat(),
        "double": money(estimate.double) if estimate else "—",
        "n": money(estimate.n) if estimate else "—",
    }
    reading = "term_over" if term_over and contract.end is not None else "open"
    reinstate = Msg(
        f"rules.{RULE}.alt.reinstate.{reading}",
        {"contract_end": contract.end.isoformat() if contract.end else "—", "end": end.isoformat()},
    )
    params["reinstate"] = reinstate
    alternatives = [
        Alternative(
            reading=reinstate,
            amount=None,
            calculation=Msg(f"calc.{RULE}.alt.reinstate", {"end": end.isoformat()}),
            confidence=Confidence.STATUTE,
        )
    ]
    if expiry_n and estimate is not None:
        alternatives.append(
            Alternative(
                reading=Msg(f"rules.{RULE}.alt.expiry_n", {"n": money(estimate.n)}),
                amount=estimate.n,
                calculation=Msg(
                    "calc.severance.alt.n",
                    {"base": money(estimate.base), "years": str(estimate.years)},
                ),
                confidence=Confidence.STATUTE,
            )
        )
    basis = [*basis, B.art(B.SPC_INTERP_2, "16"), B.art(B.SPC_INTERP_2, "18")]
    return finding(
        ctx,
        RULE,
        key_of(RULE, key),
        severity=Severity.HIGH,
        confidence=CONFIDENCE[variant],
        params=params,
        period=period,
        amount=estimate.double if estimate is not None else None,
        calculation=estimate.calculation if estimate is not None else None,
        basis=basis,
        refs=refs,
        strengthen=_STRENGTHEN[variant],
        next_steps=("steps.termination_papers", "choose", "lawyer"),
        counter=_COUNTER[variant],
        alternatives=alternatives,
        variant=variant,
    )


def _earlier_work(ctx: RuleContext) -> bool:
    """Earlier work for the same employer before this contract (LCL 14)."""
    info = ctx.case.info
    if any(p.same_workplace and not p.severance_paid for p in info.prior_service):
        return True
    return add_months(info.work_start, 12) <= info.contract.start


def _asked(ctx: RuleContext, end: dt.date) -> list[Incident]:
    """Records on or before the end of the worker asking for an open-ended
    contract, or objecting after the non-renewal notice."""
    notices = [i.date for i in ctx.case.incidents if i.kind == IncidentKind.NONRENEWAL_NOTICE]
    since = min(notices, default=None)
    out = []
    for i in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if i.date > max(end, ctx.as_of):
            continue
        if OPEN_ENDED_WORDS.search(words(i)) or (
            since is not None and i.kind in OBJECTIONS and since <= i.date
        ):
            out.append(i)
    return out


def _open_ended(ctx: RuleContext) -> Finding | None:
    info = ctx.case.info
    ended = info.employment_ended
    if (
        ended is None
        or ended.ground != EndGround.EXPIRY
        or info.contract.kind != ContractKind.FIXED
    ):
        return None
    if not _earlier_work(ctx):
        return None
    asked = _asked(ctx, ended.date)
    if not asked:
        return None
    estimate: SeveranceEstimate | None = None
    if ended.date <= ctx.as_of and not ctx.money_rules_held:
        estimate = severance_estimate(ctx, ended.date)
    notices = [
        i
        for i in ctx.case.incidents
        if i.kind == IncidentKind.NONRENEWAL_NOTICE and i.date <= ended.date
    ]
    start = min([ended.date, *(i.date for i in notices)])
    return _finding(
        ctx,
        "open_ended",
        ended.date.isoformat(),
        Period(start, ended.date),
        estimate,
        _basis("open_ended"),
        incident_refs([*notices, *asked]),
        expiry_n=True,
    )


_STRENGTHEN: dict[str, tuple[str, ...]] = {
    "automatic": ("notice_words", "no_resignation"),
    "pledge": ("pledge_copy", "no_resignation"),
    "last_place": ("ranking", "notice_words"),
    "absence": ("stay_home", "notice_words"),
    "other_ground": ("notice_words", "no_resignation"),
    "open_ended": ("contracts", "asked"),
}
_COUNTER: dict[str, tuple[str, ...]] = {
    "automatic": ("resigned",),
    "pledge": ("resigned", "agreed"),
    "last_place": ("incompetent",),
    "absence": ("absent",),
    "other_ground": ("real_ground",),
    "open_ended": ("not_consecutive", "fixed_asked"),
}
