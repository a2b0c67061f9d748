"""Phrases some rules put inside their texts: rule names joined into one
list, a period, and labels of termination and return grounds. All words live
in `resources/i18n/rules_phrases.toml` and `vocab.toml`; a list is a chain of
`rules.more.join` messages, which `caseapp.i18n.render` renders recursively.
The keys keep their old `rules.more.` prefix: the report's fingerprint hashes
the findings with their message keys, so a renamed key would change it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from caseapp.domain.messages import Msg
from caseapp.rules.lawview import Law


def rule_name(rule: str) -> Msg:
    return Msg(f"rules.more.name.{rule}")


def joined(items: Iterable[Msg]) -> Msg:
    """One message listing `items` ("a、b、c" / "a; b; c")."""
    parts = list(items)
    if not parts:
        return Msg("rules.more.none")
    out = parts[-1]
    for item in reversed(parts[:-1]):
        out = Msg("rules.more.join", {"a": item, "b": out})
    return out


def rule_names(rules: Iterable[str]) -> Msg:
    return joined(rule_name(r) for r in sorted(set(rules)))


def city_words(law: Law, code: str) -> Msg | str:
    """A city of the law data by its name in both languages (`rules.city.name`);
    text the user typed that is not a city code is shown as typed. A 6-digit
    administrative division code is named by its province ("安徽省其他城市（340100）")."""
    if code not in law.cities() and not (len(code) == 6 and code.isdigit()):
        return code
    names = {"zh": law.city_name(code, "zh"), "en": law.city_name(code, "en")}
    return Msg("rules.city.name", names)


def span_of(start: dt.date, end: dt.date | None) -> Msg:
    """ "start to end", or "from start" for a period still running."""
    if end is None:
        return Msg("rules.more.span_open", {"from": start.isoformat()})
    return Msg("rules.more.span", {"from": start.isoformat(), "to": end.isoformat()})


def ground_label(vocabulary: str, code: object | None) -> Msg:
    """`vocab.<vocabulary>.<code>`, or "not stated" when there is none."""
    if code is None:
        return Msg("rules.more.ground_not_stated")
    return Msg(f"vocab.{vocabulary}.{code}")
