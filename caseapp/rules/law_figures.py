"""Every figure the law data holds for a place on a day, with its document.

Used by `caseapp law show` (what a lawyer checks before trusting a finding)
and its JSON form. A figure marked `statute`, `local_rule` or `practice`
names the document that sets it; any other is printed with "文号未核实"
beside the report it rests on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from caseapp.domain.citation import Source
from caseapp.domain.vocab import Confidence
from caseapp.i18n import Lang
from caseapp.rules.law import LawData
from caseapp.rules.law_types import Dated
from caseapp.rules.source_text import DOCUMENTED, printed_source, shows_document


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure in force: `name` is a catalogue key suffix (cli.law.figure.NAME)."""

    name: str
    value: str | None  # None: a gap (no figure in the data)
    # "yuan_month", "yuan_hour", "share_wage", "share_min", "days" (a bare number of
    # days), "day_count" (a length printed with its unit), "text", "months"
    unit: str
    effective_from: dt.date | None
    effective_from_known: bool
    confidence: Confidence | None
    source: Source | None
    note: str | None

    @property
    def documented(self) -> bool:
        return self.confidence in DOCUMENTED

    def to_json(self) -> dict[str, object]:
        return {
            "figure": self.name,
            "value": self.value,
            "unit": self.unit,
            "effective_from": None
            if self.effective_from is None
            else self.effective_from.isoformat(),
            "effective_from_known": self.effective_from_known,
            "confidence": None if self.confidence is None else self.confidence.value,
            "document_verified": self.documented,
            **(Source().to_json() if self.source is None else self.source.to_json()),
            "note": self.note,
        }

    @property
    def shows_document(self) -> bool:
        """Printed as its document (not "文号未核实")."""
        if self.source is None or self.confidence is None:
            return False
        return shows_document(self.source, self.confidence)

    def printed(self, lang: Lang) -> str:
        """The figure's document (or "文号未核实，据……报道") as the report prints it."""
        if self.source is None or self.confidence is None:
            return "-"
        return printed_source(self.source, self.confidence, lang)


def _row(name: str, dated: Dated[Any] | None, unit: str, shown: str | None = None) -> FigureRow:
    if dated is None:
        return FigureRow(name, None, unit, None, True, None, None, None)
    value = shown if shown is not None else _plain(dated.value)
    return FigureRow(
        name,
        value,
        unit,
        dated.effective_from,
        dated.effective_from_known,
        dated.confidence,
        dated.source,
        dated.note,
    )


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def figures_on(law: LawData, place: str, on: dt.date) -> list[FigureRow]:
    """The figures in force for `place` on `on`, gaps included (value None)."""
    rows: list[FigureRow] = []
    rows.append(_row("minimum_wage", law.minimum_wage(place, on), "yuan_month"))
    for extra in law.minimum_wage_candidates(place, on)[1:]:
        rows.append(_row("minimum_wage_newer", extra, "yuan_month"))
    rows.append(_row("minimum_wage_hourly", law.minimum_wage_hourly(place, on), "yuan_hour"))
    rule = law.standby_rule(place, on)
    if rule is not None:
        rows.append(_row("standby_first_cycle", rule.first_cycle_ratio, "share_wage"))
        if rule.first_cycle_max_days is not None:
            rows.append(_row("standby_first_cycle_days", rule.first_cycle_max_days, "days"))
        rows.append(_row("standby_after", rule.after_ratio, "share_min"))
        for alt in rule.after_alternatives:
            rows.append(_row("standby_after_plausible", alt, "share_min"))
        rows.append(_row("standby_presence", rule.presence_required_ratio, "share_min"))
        rows.append(_row("standby_dispatch", rule.dispatch_ratio, "share_min"))
        if rule.employer_bears_worker_si is not None:
            rows.append(_row("standby_employer_si", rule.employer_bears_worker_si, "text"))
    rows.append(_row("wage_grace_days", law.wage_grace_days(place, on), "days"))
    deferral = law.wage_deferral(place, on)
    if deferral is not None:
        length, unit = deferral.value
        shown_unit = "day_count" if unit == "days" else "months"
        rows.append(_row("wage_deferral_max", deferral, shown_unit, shown=str(length)))
    rows.append(_row("average_wage", law.average_wage(place, on), "yuan_month"))
    rows.append(_row("severance_cap", law.severance_cap(place, on), "yuan_month"))
    rows.append(_row("severance_overtime", law.severance_overtime(place, on), "text"))
    rows.append(_row("double_wage_limitation", law.double_wage_limitation(place, on), "text"))
    rows.append(_row("double_wage_lapsed", law.lapsed_contract_double_wages(place, on), "text"))
    rows.append(_row("pay_divisor", law.pay_divisor(on), "days"))
    return rows


def newest_entries(law: LawData, place: str) -> dt.date | None:
    """The effective date of the place's newest monthly minimum wage."""
    return law.newest_figure_date(place)
