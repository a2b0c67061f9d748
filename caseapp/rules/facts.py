"""Facts derived from a case: standby runs and episodes, the first pay cycle,
the wage in force, what each day is worth, and service years.

Definitions (documented once, used by every rule):

* **Employment window**: `info.work_start` to the day employment ended, or to
  `as_of` if it has not ended (whichever is earlier).
* **Standby run**: consecutive calendar days logged `standby`,
  `standby_onsite` or `standby_oncall`; days not logged and days logged
  `rest` inside it do not break it. Any other logged status (working, leave,
  sick, absent) ends it. A run starts and ends on a standby day; its length
  is counted in calendar days.
* **Days the worker did not log** (issue 9 item 4): a working day (by the
  holiday calendar) inside a run with no entry is *unlogged*; it is valued as
  a plain `standby` day (the conservative reading: the lower of the standby
  figures), counted and shown as unlogged by the rules that price it, with
  the full-wage reading as their alternative; it is never a day worked. A
  `rest` entry on a working day inside a run — typically an official make-up
  working day (调休上班日) the worker took for a weekend — is a standby day
  too (`Inferred.REST_ON_WORKDAY`).
* **Standby episode**: runs not separated by a day logged `working` belong to
  one stoppage. Its first day S opens the **first pay cycle** [S, S + 1
  month) — the MOHRSS/SPC 2020 typical case (人社部函〔2020〕62号, case 4: a
  stoppage from 2-10 is paid in full through 3-09), shortened where the
  region caps it (Guangdong art. 39: at most 30 days). Dispatch has no such
  cycle: LCL 58 applies from the first day without work.
* **Wage in force** on a day: the last `wage_history` entry whose `from` is on
  or before it; before the first entry, the first entry; with no history,
  `monthly_wage`.
* **Day value**: each working day (by the holiday calendar) inside the
  employment window gets a category and a *monthly figure* X: `wage`
  (worked, paid leave, or not logged outside a standby run) X = wage in
  force; `first_cycle` (inside a first cycle) X = wage × the region's
  first-cycle ratio; `floor` (standby after the first cycle, or any dispatch
  standby) X = minimum wage × the region's ratio (the presence ratio for
  on-site or on-call standby; the dispatch ratio for dispatch); `unpaid`
  (absent, personal leave) X = 0; `unmodelled` (sick) X unknown. Days
  outside the employment window count as X = 0. A day valued as standby by
  inference carries `DayValue.inferred`.
* **Pay cycle** (`cycle`): the agreed pay periods, inferred from the
  payments (`caseapp.rules.periods`); calendar months unless the payments
  consistently show another cycle (the 10th to the 9th, …).
* **Pro-rating** (`due_in`, `due_in_period`): see `caseapp.rules.prorate`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from caseapp.domain.model import Case, Day
from caseapp.domain.vocab import Arrangement, DayStatus, LeaveKind
from caseapp.rules.lawview import Figure
from caseapp.rules.params import CaseParams
from caseapp.rules.periods import PayCycle, infer_cycle
from caseapp.rules.workdays import ONE_DAY, WorkCalendar, add_months, month_end


class Category(StrEnum):
    WAGE = "wage"
    FIRST_CYCLE = "first_cycle"
    FLOOR = "floor"
    UNPAID = "unpaid"
    UNMODELLED = "unmodelled"
    OUTSIDE = "outside"


UNPAID_LEAVE = frozenset({LeaveKind.PERSONAL})
SICK_LEAVE = frozenset({LeaveKind.SICK})
PRESENCE = frozenset({DayStatus.STANDBY_ONSITE, DayStatus.STANDBY_ONCALL})


class Inferred(StrEnum):
    """Why a working day inside a standby run that is not logged as standby
    is valued as a standby day."""

    UNLOGGED = "unlogged"  # no entry at all
    REST_ON_WORKDAY = "rest_on_workday"  # `rest` on an official working day (调休上班日)


@dataclass(frozen=True, slots=True)
class StandbyRun:
    start: dt.date
    end: dt.date  # last standby day
    standby_days: tuple[dt.date, ...]  # the days logged as standby
    # working days inside the run valued as standby days (see Inferred)
    inferred_days: tuple[dt.date, ...] = ()

    @property
    def length(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Episode:
    """One stoppage: runs not separated by a logged working day."""

    start: dt.date
    end: dt.date
    runs: tuple[StandbyRun, ...]
    # First day after the first pay cycle [start, start + 1 month), shortened
    # where the region caps the cycle (Guangdong: at most 30 days).
    cycle_end: dt.date

    @property
    def standby_days(self) -> tuple[dt.date, ...]:
        """The days logged as standby."""
        return tuple(d for run in self.runs for d in run.standby_days)

    @property
    def inferred_days(self) -> tuple[dt.date, ...]:
        """Working days inside its runs valued as standby days (not logged, or
        logged `rest` on an official working day)."""
        return tuple(d for run in self.runs for d in run.inferred_days)


@dataclass(frozen=True, slots=True)
class DayValue:
    day: dt.date
    category: Category
    figure: Decimal | None  # the monthly figure X for this day
    sources: tuple[tuple[str, Figure], ...] = ()
    inferred: Inferred | None = None  # a standby day by inference, not by entry


class Facts:
    """Everything the rules derive from one case at one `as_of`."""

    def __init__(self, case: Case, params: CaseParams, as_of: dt.date) -> None:
        self.case = case
        self.params = params
        self.as_of = as_of
        self.cal = WorkCalendar(params.law.holidays.is_working_day, params.law.sha256)
        info = case.info
        self.start = info.work_start
        ended = info.employment_ended
        self.ended_on: dt.date | None = ended.date if ended else None
        self.end = min(self.ended_on, as_of) if self.ended_on else as_of
        self.dispatch = info.arrangement == Arrangement.DISPATCH
        self.days: dict[dt.date, Day] = {d.date: d for d in case.days}
        self.wage_steps = sorted(info.wage_history, key=lambda w: w.from_)
        self.cycle: PayCycle = infer_cycle(case.payments)
        self._inferred: dict[dt.date, Inferred] = {}
        self.runs = self._runs()
        self.episodes = self._episodes()
        self._standby_episode: dict[dt.date, Episode] = {}
        for episode in self.episodes:
            for run in episode.runs:
                for day in (*run.standby_days, *run.inferred_days):
                    self._standby_episode[day] = episode
        self._values: dict[dt.date, DayValue] = {}
        self._workdays: dict[tuple[dt.date, dt.date], tuple[dt.date, ...]] = {}

    def workdays(self, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
        """The working days (holiday calendar) of [first, last] (memoised: used
        for whole months and whole pay periods)."""
        key = (first, last)
        hit = self._workdays.get(key)
        if hit is None:
            out = []
            day = first
            while day <= last:
                if self.cal.is_working(day):
                    out.append(day)
                day += ONE_DAY
            hit = tuple(out)
            self._workdays[key] = hit
        return hit

    def month_workdays(self, first: dt.date) -> tuple[dt.date, ...]:
        """The working days (holiday calendar) of the month starting on `first`."""
        return self.workdays(first, month_end(first))

    # --- the wage in force -------------------------------------------------
    def wage_on(self, day: dt.date) -> Decimal:
        if not self.wage_steps:
            # hourly and piece work have no monthly wage: the monthly-wage
            # rules are held back for them (RuleContext.money_rules_held)
            return self.case.info.monthly_wage or Decimal(0)
        current = self.wage_steps[0]
        for step in self.wage_steps:
            if step.from_ <= day:
                current = step
            else:
                break
        return current.monthly_gross

    # --- standby runs and episodes --------------------------------------
    def _runs(self) -> tuple[StandbyRun, ...]:
        standby = sorted(
            d.date for d in self.case.days if d.status.is_standby and d.date <= self.end
        )
        runs: list[StandbyRun] = []
        current: list[dt.date] = []
        inferred: list[dt.date] = []
        for day in standby:
            between = self._between(current[-1], day) if current else None
            if current and between is None:
                runs.append(StandbyRun(current[0], current[-1], tuple(current), tuple(inferred)))
                current, inferred = [], []
            elif between:
                inferred.extend(between)
            current.append(day)
        if current:
            runs.append(StandbyRun(current[0], current[-1], tuple(current), tuple(inferred)))
        return tuple(runs)

    def _between(self, last: dt.date, nxt: dt.date) -> list[dt.date] | None:
        """The working days strictly between two standby days that the run
        values as standby days (recorded in `_inferred`), or None if a day
        between them is logged with another status (working, leave, sick,
        absent), which ends the run."""
        out: list[dt.date] = []
        kinds: list[Inferred] = []
        day = last + ONE_DAY
        while day < nxt:
            record = self.days.get(day)
            if record is not None and record.status != DayStatus.REST:
                return None
            if self.cal.is_working(day):
                out.append(day)
                kinds.append(Inferred.UNLOGGED if record is None else Inferred.REST_ON_WORKDAY)
            day += ONE_DAY
        for d, kind in zip(out, kinds, strict=True):
            self._inferred[d] = kind
        return out

    def _episodes(self) -> tuple[Episode, ...]:
        episodes: list[list[StandbyRun]] = []
        for run in self.runs:
            if episodes and not self._worked_between(episodes[-1][-1].end, run.start):
                episodes[-1].append(run)
            else:
                episodes.append([run])
        return tuple(
            Episode(runs[0].start, runs[-1].end, tuple(runs), self._cycle_end(runs[0].start))
            for runs in episodes
        )

    def _cycle_end(self, start: dt.date) -> dt.date:
        end = add_months(start, 1)
        cap = self.params.first_cycle_max_days(start)
        if cap is not None:
            end = min(end, start + dt.timedelta(days=int(cap.value)))
        return end

    def _worked_between(self, a: dt.date, b: dt.date) -> bool:
        day = a + ONE_DAY
        while day < b:
            record = self.days.get(day)
            if record is not None and record.status == DayStatus.WORKING:
                return True
            day += ONE_DAY
        return False

    def episode_of(self, day: dt.date) -> Episode | None:
        return self._standby_episode.get(day)

    # --- what a working day is worth ---------------------------------------
    def in_employment(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def value(self, day: dt.date) -> DayValue:
        hit = self._values.get(day)
        if hit is None:
            hit = self._value(day)
            self._values[day] = hit
        return hit

    def _value(self, day: dt.date) -> DayValue:
        if not self.in_employment(day):
            return DayValue(day, Category.OUTSIDE, Decimal(0))
        record = self.days.get(day)
        status = record.status if record else None
        if status is not None and status.is_standby:
            return self._standby_value(day, status)
        inferred = self._inferred.get(day)
        if inferred is not None:
            value = self._standby_value(day, DayStatus.STANDBY)
            return DayValue(day, value.category, value.figure, value.sources, inferred)
        if status == DayStatus.ABSENT or (
            status == DayStatus.LEAVE and record is not None and record.leave_kind in UNPAID_LEAVE
        ):
            return DayValue(day, Category.UNPAID, Decimal(0))
        if status == DayStatus.SICK or (
            status == DayStatus.LEAVE and record is not None and record.leave_kind in SICK_LEAVE
        ):
            return DayValue(day, Category.UNMODELLED, None)
        return DayValue(day, Category.WAGE, self.wage_on(day))

    def _standby_value(self, day: dt.date, status: DayStatus) -> DayValue:
        params = self.params
        minimum = params.minimum_wage(day)
        if self.dispatch:
            ratio = params.dispatch_ratio(day)
        else:
            episode = self.episode_of(day)
            if episode is not None and day < episode.cycle_end:
                first = params.first_cycle_ratio(day)
                wage = self.wage_on(day)
                figure = None if first is None else wage * first.value
                sources = (("first_cycle_ratio", first),) if first else ()
                return DayValue(day, Category.FIRST_CYCLE, figure, sources)
            ratio = params.presence_ratio(day) if status in PRESENCE else params.after_ratio(day)
        if ratio is None or minimum is None:
            srcs = (("minimum_wage", minimum),) if minimum else ()
            return DayValue(day, Category.FLOOR, None, srcs)
        name = (
            "dispatch_ratio"
            if self.dispatch
            else ("presence_required_ratio" if status in PRESENCE else "after_ratio")
        )
        return DayValue(
            day,
            Category.FLOOR,
            minimum.value * ratio.value,
            (("minimum_wage", minimum), (name, ratio)),
        )
