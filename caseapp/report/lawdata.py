"""What the report asks of the rules and their law data: city names, article
texts, the minimum wage and what is due at least each month (for the pay
chart). Every question has an answer without the law data (the code itself or
nothing), so a report never fails for want of it; but a figure left out is
never left out silently: it is logged (a warning naming the figure's code and
the exception's type) and kept in `LawView.gaps`, from which the PDF says
which figure is missing and why (`caseapp.report.brief`).

Which failures occur, and what is caught:

- loading: `load_law_data` raises `LawDataError` (a file missing, not valid
  TOML, or failing validation) or `OSError` (a file unreadable);
- `LawData.article` raises `KeyError` for an article not in the statute table;
- `LawData.city_name` and `LawData.minimum_wage` do not raise on validated
  data (an unknown city is the `other` entry, a month without a figure None);
- the month-by-month due runs the rules' own computation over the report's
  period: `ValueError` (`LawDataError` among them) when the law data lacks a
  figure it needs, and anything else a defect in that computation, which is
  caught too so that the report is still written, saying so.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.findings import Basis
from caseapp.domain.model import Case
from caseapp.logs import where

if TYPE_CHECKING:
    from caseapp.rules.law import LawData

logger = logging.getLogger(__name__)

# Figure codes (`LawGap.figure`).
MINIMUM_WAGE = "minimum_wage"
LEGAL_DUE = "legal_due"
ARTICLE = "article"
# Reason codes (`LawGap.reason`), each a `report.lawgap.reason.*` message.
UNAVAILABLE = "unavailable"  # the law data could not be loaded
NOT_IN_DATA = "not_in_data"  # the law data lacks a figure the computation needs
NO_ARTICLE = "no_article"  # the statute table has no such article
FAILED = "failed"  # the computation raised something unexpected


@dataclass(frozen=True)
class LawGap:
    """A figure the report could not take from the law data, and why."""

    figure: str  # MINIMUM_WAGE, LEGAL_DUE or ARTICLE
    reason: str  # UNAVAILABLE, NOT_IN_DATA, NO_ARTICLE or FAILED
    ref: str = ""  # the article cited ("LCL 47"), for ARTICLE


class LawView:
    def __init__(self, law: LawData | None, *, unavailable: bool = False) -> None:
        self.law = law
        self.unavailable = unavailable  # loading failed (logged then)
        self.gaps: list[LawGap] = []  # in the order found, each once

    @classmethod
    def load(cls, root: Path | None = None) -> LawView:
        """The law data under `root` (default: the bundled `resources/law`),
        or a view without it when it cannot be loaded."""
        from caseapp.rules.law import LawDataError, load_law_data

        try:
            return cls(load_law_data(root))
        except (LawDataError, OSError) as exc:  # the report works without the law data
            logger.warning("law data not loaded: %s; the report goes without it", _name(exc))
            return cls(None, unavailable=True)

    def gap(self, figure: str, ref: str = "") -> LawGap | None:
        """The recorded gap of `figure` (and `ref`), if any."""
        for found in self.gaps:
            if found.figure == figure and found.ref == ref:
                return found
        return None

    def _gap(self, gap: LawGap, exc: BaseException | None = None) -> None:
        if gap in self.gaps:
            return
        self.gaps.append(gap)
        if exc is not None:
            what = f"{gap.figure} {gap.ref}".strip()
            logger.warning(
                "report: %s left out (%s): %s at %s", what, gap.reason, _name(exc), where(exc)
            )

    def city_name(self, city: str, lang: str) -> str | None:
        if self.law is None:
            return None
        return self.law.city_name(city, lang)

    def article(self, b: Basis, lang: str) -> tuple[str, str] | None:
        """(law name, article text) in the language, or None."""
        ref = article_ref(b)
        if self.law is None:
            self._gap(LawGap(ARTICLE, UNAVAILABLE, ref))
            return None
        try:
            a = self.law.article(b.law, b.article, b.paragraph, b.item)
        except KeyError as exc:  # not in the statute table
            self._gap(LawGap(ARTICLE, NO_ARTICLE, ref), exc)
            return None
        if lang == "zh":
            return a.law_zh, a.text_zh
        return f"{a.law_en} ({a.law_zh})", a.text_en

    def legal_due(
        self, case: Case, as_of: dt.date, start: dt.date, end: dt.date
    ) -> dict[dt.date, Decimal]:
        """What the rules compute as due at least, month by month (first day
        of the month -> amount): wage for days worked, the first-cycle share,
        the standby floor after it (`caseapp.rules.prorate.due_in`). A sick
        day, whose pay the rules do not model, counts 0 — the figure stays a
        lower bound, and one sick day no longer leaves its month (and the
        summary's total) without a figure."""
        if self.law is None:
            self._gap(LawGap(LEGAL_DUE, UNAVAILABLE))
            return {}
        from caseapp.rules.engine import make_context
        from caseapp.rules.facts import Category, DayValue
        from caseapp.rules.prorate import due_in

        def at_least(v: DayValue) -> Decimal | None:
            return Decimal(0) if v.category == Category.UNMODELLED else v.figure

        try:
            ctx = make_context(case, as_of, self.law)
            _, months = due_in(ctx.facts, start, end, at_least)
        except ValueError as exc:  # LawDataError among them: a figure missing from the data
            self._gap(LawGap(LEGAL_DUE, NOT_IN_DATA), exc)
            return {}
        except Exception as exc:  # a defect in the computation: the report still goes out
            self._gap(LawGap(LEGAL_DUE, FAILED), exc)
            return {}
        return {m.month: m.due for m in months if m.due is not None}

    def minimum_wage(self, city: str, on: dt.date) -> Decimal | None:
        if self.law is None:
            self._gap(LawGap(MINIMUM_WAGE, UNAVAILABLE))
            return None
        found = self.law.minimum_wage(city, on)
        return None if found is None else found.value


def article_ref(b: Basis) -> str:
    """The article cited, as a code: "LCL 47", "LCL 40(3)", "LCL 38.1(2)"."""
    text = f"{b.law} {b.article}"
    if b.paragraph is not None:
        text += f".{b.paragraph}"
    if b.item is not None:
        text += f"({b.item})"
    return text


def _name(exc: BaseException) -> str:
    return type(exc).__name__
