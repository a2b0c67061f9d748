"""What the report asks of the rules and their law data: city names, article
texts, the minimum wage and what is due at least each month (for the pay
chart). Every question has an answer without the law data (the code itself or
nothing), so a report never fails for want of it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from caseapp.domain.findings import Basis
from caseapp.domain.model import Case


class LawView:
    def __init__(self, law: Any | None) -> None:
        self.law = law

    @classmethod
    def load(cls) -> LawView:
        try:
            from caseapp.rules.law import load_law_data

            return cls(load_law_data())
        except Exception:  # the report works without the law data
            return cls(None)

    def city_name(self, city: str, lang: str) -> str | None:
        if self.law is None:
            return None
        try:
            return str(self.law.city_name(city, lang))
        except Exception:
            return None

    def article(self, b: Basis, lang: str) -> tuple[str, str] | None:
        """(law name, article text) in the language, or None."""
        if self.law is None:
            return None
        try:
            a = self.law.article(b.law, b.article, b.paragraph, b.item)
        except Exception:
            return None
        if lang == "zh":
            return str(a.law_zh), str(a.text_zh)
        return f"{a.law_en} ({a.law_zh})", str(a.text_en)

    def legal_due(
        self, case: Case, as_of: dt.date, start: dt.date, end: dt.date
    ) -> dict[dt.date, Decimal]:
        """What the rules compute as due at least, month by month (first day
        of the month -> amount): wage for days worked, the first-cycle share,
        the standby floor after it (`caseapp.rules.prorate.due_in`)."""
        if self.law is None:
            return {}
        try:
            from caseapp.rules.engine import make_context
            from caseapp.rules.prorate import due_in

            ctx = make_context(case, as_of, self.law)
            _, months = due_in(ctx.facts, start, end)
        except Exception:  # the chart then shows no such line
            return {}
        return {m.month: m.due for m in months if m.due is not None}

    def minimum_wage(self, city: str, on: dt.date) -> Decimal | None:
        if self.law is None:
            return None
        try:
            value = self.law.minimum_wage(city, on)
        except Exception:
            return None
        value = getattr(value, "value", value)
        return value if isinstance(value, Decimal) else None
