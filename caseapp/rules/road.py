"""The road to the money: the steps after the worker decides to act, which of
them the records show done, the next one, and every date a step has — pure
functions of the case, the law data, the findings and `as_of` (no Qt, no
clock). The app's road page, Today, the phone calendar and the brief all read
`road(...)`.

Steps, in order (`STEPS`): after the job ends, the certificate of
termination and unemployment insurance (LCL art. 50; done when
`employment_ended.certificate_issued` is true); a labour-inspection complaint (投诉, 12333: the fast
route for unpaid wages, and the condition of LCL art. 85's additional
compensation), the inspection's order, mediation (and the payment order a
mediation agreement on wages opens, LDMAL art. 16), filing for arbitration,
advance execution (先予执行, LDMAL art. 44), the hearing, the award, going to
court, enforcement.

What is done comes only from records the worker made: `complaint_filed`,
`inspection_order`, `mediation_applied`, `arbitration_filed` incidents, and
the award — an `other` incident with `x-caseapp-event: "award_received"`
(the case file has no kind for it; docs/format.md), dated the day the award
was received, with optional `x-award-final` (true/false: what the award says)
and `x-award-pay-by` (the last day the award gives the employer to pay).

Dates (each `RoadDate`: the last day, how it was counted, its confidence):

* `certificate_by` — `employment_ended.date` + 15 days (LCL art. 50), while
  the certificate is not recorded as issued.
* `pay_by` — the inspection order's `due_by`, as recorded.
* `mediation_ends` — `mediation_applied` + 15 days (LDMAL art. 14): no
  agreement by then, and arbitration may be applied for.
* `file_by` — the earliest last day of the findings' arbitration deadlines
  (Mediation and Arbitration Law art. 27, `calc_deadline`), while not filed.
* `sue_by` — award received + 15 days (LDMAL arts. 48, 50).
* `enforce_by` — `x-award-pay-by` + 2 years (民事诉讼法 art. 250: from the
  last day the award sets for payment). Without a recorded pay-by date no
  date is computed: the award is dated by when it takes effect, which the
  records cannot tell, and a guess could give the worker more time than the
  law does.

Periods count from the day after the event (办案规则 art. 19): the last day
is the event's date plus the period; years keep the calendar date (29
February → 28 February). A last day on a rest day or holiday moves to the
next working day (民法典 art. 203) only where the holiday calendar is
confirmed; the unmoved day stays the one the worker is told to act by.
A date before `as_of` is never called expired: the page gives the date and
"talk to a lawyer or legal aid (12348)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import Basis, FindingsReport
from caseapp.domain.messages import Msg
from caseapp.domain.model import Case, Incident
from caseapp.domain.vocab import Confidence, IncidentKind
from caseapp.rules.lawview import Law
from caseapp.rules.workdays import add_months

STEPS = (
    "certificate",
    "complaint",
    "inspection_order",
    "mediation",
    "filing",
    "advance",
    "hearing",
    "award",
    "court",
    "enforcement",
)
# The x- keys of the award record (docs/format.md, "The award").
AWARD_EVENT_KEY = "x-caseapp-event"
AWARD_EVENT = "award_received"
AWARD_FINAL_KEY = "x-award-final"
AWARD_PAY_BY_KEY = "x-award-pay-by"
# Today shows a road date this many days ahead (and any passed in the last week).
NEAR_DAYS = 30


@dataclass(frozen=True, slots=True)
class RoadDate:
    kind: str  # pay_by | mediation_ends | file_by | sue_by | enforce_by
    step: str
    day: dt.date  # the last day, unmoved
    computation: Msg
    confidence: Confidence
    basis: tuple[Basis, ...] = ()
    moved_to: dt.date | None = None  # 民法典 art. 203, where the calendar is confirmed

    def passed(self, as_of: dt.date) -> bool:
        return as_of > self.day


@dataclass(frozen=True, slots=True)
class Award:
    received_on: dt.date
    final: bool | None  # as the award says; None: not recorded
    pay_by: dt.date | None
    ref: str


@dataclass(frozen=True, slots=True)
class RoadStep:
    key: str
    done_on: dt.date | None
    refs: tuple[str, ...]
    dates: tuple[RoadDate, ...] = ()
    recorded: bool = False  # done by a record that carries no date (the certificate)

    @property
    def done(self) -> bool:
        return self.done_on is not None or self.recorded


@dataclass(frozen=True, slots=True)
class Road:
    as_of: dt.date
    steps: tuple[RoadStep, ...]
    next_step: str
    award: Award | None
    # The final-award check: True when the award (as recorded) is final, or,
    # unrecorded, every claim found is within art. 47's limit; None unknown.
    final_award: bool | None

    def step(self, key: str) -> RoadStep:
        return next(s for s in self.steps if s.key == key)

    @property
    def dates(self) -> tuple[RoadDate, ...]:
        return tuple(d for s in self.steps for d in s.dates)

    def near(self, within: int = NEAR_DAYS) -> tuple[RoadDate, ...]:
        """The dates Today shows: from a week ago to `within` days ahead."""
        low = self.as_of - dt.timedelta(days=7)
        high = self.as_of + dt.timedelta(days=within)
        return tuple(sorted((d for d in self.dates if low <= d.day <= high), key=lambda d: d.day))


def is_award(incident: Incident) -> bool:
    return (
        incident.kind == IncidentKind.OTHER and incident.extra.get(AWARD_EVENT_KEY) == AWARD_EVENT
    )


def award_of(case: Case, as_of: dt.date) -> Award | None:
    """The latest award record on or before `as_of`."""
    items = [i for i in case.incidents if is_award(i) and i.date <= as_of]
    if not items:
        return None
    last = max(items, key=lambda i: (i.date, i.id))
    final = last.extra.get(AWARD_FINAL_KEY)
    pay_by = last.extra.get(AWARD_PAY_BY_KEY)
    try:
        pay_day = dt.date.fromisoformat(pay_by) if isinstance(pay_by, str) else None
    except ValueError:
        pay_day = None
    return Award(
        received_on=last.date,
        final=final if isinstance(final, bool) else None,
        pay_by=pay_day,
        ref=f"incident:{last.id}",
    )


def award_incident(
    received_on: dt.date, summary: str, final: bool | None, pay_by: dt.date | None
) -> Incident:
    """The record of an award received, as the road page saves it."""
    extra: dict[str, object] = {AWARD_EVENT_KEY: AWARD_EVENT}
    if final is not None:
        extra[AWARD_FINAL_KEY] = final
    if pay_by is not None:
        extra[AWARD_PAY_BY_KEY] = pay_by.isoformat()
    return Incident(id="", date=received_on, kind=IncidentKind.OTHER, summary=summary, extra=extra)


def _latest(case: Case, kind: IncidentKind, as_of: dt.date) -> Incident | None:
    items = [i for i in case.incidents if i.kind == kind and i.date <= as_of]
    return max(items, key=lambda i: (i.date, i.id)) if items else None


def _moved(law: Law, day: dt.date) -> dt.date | None:
    calendar = law.holidays
    if not calendar.confirmed(day) or calendar.is_working_day(day):
        return None
    return calendar.next_working_day(day)


def _days_date(law: Law, kind: str, step: str, period: str, start: dt.date) -> RoadDate | None:
    figure = law.period(period, start)
    if figure is None:
        return None
    day = start + dt.timedelta(days=figure.value)
    return RoadDate(
        kind=kind,
        step=step,
        day=day,
        computation=Msg(
            f"road.date.{kind}.computation",
            {"start": start.isoformat(), "days": figure.value, "day": day.isoformat()},
        ),
        confidence=figure.confidence,
        basis=figure.basis,
        moved_to=_moved(law, day),
    )


def final_award_check(report: FindingsReport | None) -> bool | None:
    """Every claim the findings price within art. 47's limit (12 × the local
    monthly minimum wage): True; any above it: False; none known: None."""
    if report is None:
        return None
    flags = [
        f.final_award_eligible
        for f in report.findings
        if f.amount is not None and f.amount > Decimal(0)
    ]
    if any(flag is False for flag in flags):
        return False
    if flags and all(flag is True for flag in flags):
        return True
    return None


def _file_by(report: FindingsReport | None, law: Law) -> RoadDate | None:
    if report is None:
        return None
    running = [d for d in report.deadlines if d.last_day is not None]
    if not running:
        return None
    first = min(running, key=lambda d: (d.last_day, d.claim))
    assert first.last_day is not None
    return RoadDate(
        kind="file_by",
        step="filing",
        day=first.last_day,
        computation=Msg(
            "road.date.file_by.computation",
            {"claim": _claim_title(report, first.claim), "day": first.last_day.isoformat()},
        ),
        confidence=Confidence.STATUTE,
        basis=(Basis("mediation_arbitration_law", "27"),),
        moved_to=_moved(law, first.last_day),
    )


def _claim_title(report: FindingsReport, claim: str) -> Msg:
    """The claim's name as its finding titles it (a rule's title can depend on
    the variant, e.g. ``rules.<id>.terminated.title``), else the claim's short
    name (``calc.claim.<id>``)."""
    for finding in report.findings:
        if finding.rule == claim:
            return finding.title
    return Msg(f"calc.claim.{claim}")


def _enforce_by(law: Law, award: Award) -> RoadDate | None:
    if award.pay_by is None:
        return None
    figure = law.period("enforcement_years", award.pay_by)
    if figure is None:
        return None
    day = add_months(award.pay_by, 12 * figure.value)
    return RoadDate(
        kind="enforce_by",
        step="enforcement",
        day=day,
        computation=Msg(
            "road.date.enforce_by.computation",
            {"start": award.pay_by.isoformat(), "years": figure.value, "day": day.isoformat()},
        ),
        confidence=figure.confidence,
        basis=figure.basis,
        moved_to=_moved(law, day),
    )


def _next(
    steps: dict[str, RoadStep], award: Award | None, has_wage_claims: bool, as_of: dt.date
) -> str:
    if award is not None:
        sue = [d for d in steps["court"].dates if d.kind == "sue_by"]
        return "court" if sue and as_of <= sue[0].day else "enforcement"
    if steps["filing"].done:
        return "hearing"
    mediation = steps["mediation"]
    if mediation.done:
        ends = [d for d in mediation.dates if d.kind == "mediation_ends"]
        return "filing" if not ends or as_of > ends[0].day else "mediation"
    if steps["inspection_order"].done:
        return "filing"
    if steps["complaint"].done:
        return "inspection_order"
    return "complaint" if has_wage_claims else "filing"


WAGE_RULES = frozenset(
    {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "unilateral-pay-cut",
        "below-minimum-wage",
        "late-wages",
        "labour-inspection-route",
    }
)


def road(case: Case, law: Law, as_of: dt.date, report: FindingsReport | None = None) -> Road:
    """The road as of `as_of`: records after it are not looked at."""
    complaint = _latest(case, IncidentKind.COMPLAINT_FILED, as_of)
    order = _latest(case, IncidentKind.INSPECTION_ORDER, as_of)
    mediation = _latest(case, IncidentKind.MEDIATION_APPLIED, as_of)
    filed = _latest(case, IncidentKind.ARBITRATION_FILED, as_of)
    award = award_of(case, as_of)

    def done(item: Incident | None) -> tuple[dt.date | None, tuple[str, ...]]:
        return (None, ()) if item is None else (item.date, (f"incident:{item.id}",))

    order_dates: list[RoadDate] = []
    if order is not None and order.due_by is not None:
        order_dates.append(
            RoadDate(
                kind="pay_by",
                step="inspection_order",
                day=order.due_by,
                computation=Msg("road.date.pay_by.computation", {"day": order.due_by.isoformat()}),
                confidence=Confidence.STATUTE,
                basis=(Basis("labour_contract_law", "85"),),
            )
        )
    mediation_dates: list[RoadDate] = []
    if mediation is not None:
        ends = _days_date(law, "mediation_ends", "mediation", "mediation_days", mediation.date)
        mediation_dates += [ends] if ends else []
    filing_dates: list[RoadDate] = []
    if filed is None:
        file_by = _file_by(report, law)
        filing_dates += [file_by] if file_by else []
    court_dates: list[RoadDate] = []
    enforcement_dates: list[RoadDate] = []
    if award is not None:
        sue = _days_date(law, "sue_by", "court", "sue_days", award.received_on)
        court_dates += [sue] if sue else []
        enforce = _enforce_by(law, award)
        enforcement_dates += [enforce] if enforce else []

    ended = case.info.employment_ended
    certificate_dates: list[RoadDate] = []
    issued = ended is not None and ended.certificate_issued is True
    if ended is not None and not issued:
        due = _days_date(law, "certificate_by", "certificate", "certificate_days", ended.date)
        certificate_dates += [due] if due else []
    built = {
        "certificate": RoadStep("certificate", None, (), tuple(certificate_dates), issued),
        "complaint": RoadStep("complaint", *done(complaint)),
        "inspection_order": RoadStep("inspection_order", *done(order), tuple(order_dates)),
        "mediation": RoadStep("mediation", *done(mediation), tuple(mediation_dates)),
        "filing": RoadStep("filing", *done(filed), tuple(filing_dates)),
        "advance": RoadStep("advance", None, ()),
        "hearing": RoadStep(
            "hearing", award.received_on if award else None, (award.ref,) if award else ()
        ),
        "award": RoadStep(
            "award", award.received_on if award else None, (award.ref,) if award else ()
        ),
        "court": RoadStep("court", None, (), tuple(court_dates)),
        "enforcement": RoadStep("enforcement", None, (), tuple(enforcement_dates)),
    }
    has_wage = report is not None and any(f.rule in WAGE_RULES for f in report.findings)
    final = award.final if award is not None and award.final is not None else None
    if final is None:
        final = final_award_check(report)
    return Road(
        as_of=as_of,
        steps=tuple(built[key] for key in STEPS),
        next_step=_next(built, award, has_wage, as_of),
        award=award,
        final_award=final,
    )


def final_note_key(road_: Road) -> str | None:
    """What to say about the award's finality (a `road.award.*` key), or None."""
    award = road_.award
    if award is not None and award.final is not None:
        return "road.award.final" if award.final else "road.award.not_final"
    if road_.final_award is True:
        return "road.award.check_final"
    if road_.final_award is False:
        return "road.award.check_not_final"
    return "road.award.unknown" if award is not None else None


def dates_for_calendar(road_: Road) -> Sequence[RoadDate]:
    """Every road date, for the phone calendar (ics.py): passed ones too, so a
    calendar made late still shows when a step was due."""
    return road_.dates
