"""Words of the report: the catalogue (resources/i18n/report.toml), vocabulary
labels, dates and money, in one language.

Vocabulary labels come from the shared `vocab.*` keys when they exist and from
this area's own `report.vocab.*` keys otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.messages import Msg
from caseapp.domain.money import round_fen
from caseapp.i18n import Lang, MissingMessage, catalogue, render, text


@dataclass(frozen=True)
class Words:
    lang: Lang

    def __call__(self, key: str, /, **params: object) -> str:
        return text(f"report.{key}", self.lang, **params)

    def msg(self, message: Msg) -> str:
        try:
            return render(message, self.lang)
        except (MissingMessage, KeyError, IndexError):
            # A rule's text not (yet) in the catalogue: show its key rather than fail.
            return message.key

    def label(self, vocabulary: str, code: str | None) -> str:
        if code is None:
            return "—"
        entries = catalogue()
        for key in (f"vocab.{vocabulary}.{code}", f"report.vocab.{vocabulary}.{code}"):
            entry = entries.get(key)
            if entry is not None and self.lang in entry:
                return entry[self.lang]
        return str(code)

    def rule_title(self, rule: str) -> str:
        """A rule's title, else its claim's short name, else the id itself."""
        for key in (f"rules.{rule}.title", f"calc.claim.{rule}"):
            entry = catalogue().get(key)
            if entry is not None and self.lang in entry:
                return entry[self.lang]
        return rule

    def date(self, day: dt.date | None) -> str:
        return "—" if day is None else day.isoformat()

    def month(self, day: dt.date) -> str:
        return day.strftime("%Y-%m")

    def money(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return self("money", amount=f"{round_fen(value):,.2f}")

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self("unknown")
        return self("yes") if value else self("no")

    def join(self, items: list[str]) -> str:
        return ("、" if self.lang == "zh" else ", ").join(items)

    @property
    def colon(self) -> str:
        """ "：" in Chinese, ": " in English."""
        return "：" if self.lang == "zh" else ": "

    def paren(self, inner: str) -> str:
        """ "（…）" in Chinese, " (…)" in English."""
        return f"（{inner}）" if self.lang == "zh" else f" ({inner})"

    def tag(self, inner: str) -> str:
        """A record's kind before its text: "【…】" in Chinese, "[…] " in English."""
        return f"【{inner}】" if self.lang == "zh" else f"[{inner}] "
