"""Words a reader can use (issue 9 item 8): what `caseapp check` prints and
every finding's texts, in both languages, hold no record id (`payment:PAY3`),
no rule id, no placeholder (`第*条`, a stray brace), no raw code
(`business_difficulty`), and — in Chinese — no confidence code and no English
word but the few names the catalogue uses (EMS, App).

`problems()` is called on every report the rules tests build (through
`reader_language.problems`, i.e. `helpers.run`) and on the sample case and
the published cases (test_reader_words.py).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from enum import Enum

from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.messages import Msg
from caseapp.domain.model import Case
from caseapp.i18n import LANGS, Lang, MissingMessage
from caseapp.rules.calc_text import value_text
from caseapp.rules.engine import rule_ids
from caseapp.rules.lawview import Law
from caseapp.rules.output import format_findings_text

# The spec's ids that the rules of other parts of issue 9 add.
SPEC_IDS = ("severance-due", "unlawful-termination")
RECORD_ID = re.compile(r"\b[a-z]+:[A-Za-z0-9]+")
IDS = "|".join(re.escape(r) for r in sorted({*rule_ids(), *SPEC_IDS}))
RULE_ID = re.compile(r"(?<![\w-])(" + IDS + r")(?![\w-])")
PLACEHOLDER = re.compile(r"\{\w*\}|[*{}]")
URL = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+=%]+|\b[\w.-]+\.gov\.cn/[A-Za-z0-9\-._~:/?#@!$&'*+=%]*"
)
SNAKE_CODE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
CONFIDENCE_CODE = re.compile(r"\b(statute|local_rule|practice|contested|unconfirmed)\b")
ENGLISH_WORD = re.compile(r"(?<![A-Za-z])(?!(?:EMS|App)(?![A-Za-z]))[A-Za-z]{3,}")

CHECKS: tuple[tuple[str, re.Pattern[str], tuple[Lang, ...]], ...] = (
    ("record id", RECORD_ID, LANGS),
    ("rule id", RULE_ID, LANGS),
    ("placeholder", PLACEHOLDER, LANGS),
    ("raw code", SNAKE_CODE, LANGS),
    ("confidence code", CONFIDENCE_CODE, ("zh",)),
    ("English word", ENGLISH_WORD, ("zh",)),
)


def _words(message: Msg | str, lang: Lang) -> str:
    try:
        return value_text(message, lang)
    except MissingMessage as exc:
        return f"{{missing message {exc}}}"  # a placeholder: reported as one


def finding_texts(f: Finding, lang: Lang) -> Iterator[str]:
    for message in (f.title, f.explanation, f.summary):
        if message is not None:
            yield _words(message, lang)
    for items in (f.strengthen, f.next_steps, f.counter_arguments):
        yield from (_words(m, lang) for m in items)
    for alt in f.alternatives:
        yield _words(alt.reading, lang)
        yield _words(alt.calculation, lang)


# Fields of the case that hold codes or ids, not the user's own words.
NOT_USER_TEXT = frozenset({"id", "uid", "city", "time_zone", "asserts"})
ID_LISTS = frozenset({"evidence"})  # a record's evidence ids (the case's own list holds records)


def user_texts(case: Case | None) -> list[str]:
    """What the user typed (names, titles, summaries, notes, …): shown as typed,
    so it is left out of the scan (longest first, for masking)."""
    found: set[str] = set()

    def walk(node: object, name: str = "") -> None:
        if isinstance(node, Enum) or name in NOT_USER_TEXT:
            return
        if isinstance(node, str):
            if name not in ID_LISTS and (len(node) >= 2 or node in ("*", "{", "}")):
                found.add(node)
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            for f in dataclasses.fields(node):
                walk(getattr(node, f.name), f.name)
        elif isinstance(node, tuple | list):
            for item in node:
                walk(item, name)

    walk(case)
    return sorted(found, key=len, reverse=True)


@functools.cache
def quoted_reports() -> tuple[str, ...]:
    """The names of the secondary reports the law data quotes verbatim beside an
    unconfirmed figure ("文号未核实，据JETRO报道"): names, like the worker's own
    texts, not words of ours. Longest first."""
    from caseapp.rules.law import load_law_data

    law = load_law_data()
    names = {r for raw in law.all_entries() for r in raw.source.reported_by}
    names |= {r for a in law.articles() for r in a.source.reported_by}
    return tuple(sorted(names, key=len, reverse=True))


def scan(text: str, lang: Lang, where: str, masked: list[str] | None = None) -> list[str]:
    for typed in [*(masked or ()), *quoted_reports()]:
        text = text.replace(typed, "·")
    # an address is printed as it is (a document's official page)
    text = URL.sub("·", text)
    out: list[str] = []
    for name, pattern, langs in CHECKS:
        if lang in langs:
            out += [f"{name} {m.group(0)!r} in {where} [{lang}]" for m in pattern.finditer(text)]
    return out


def problems(report: FindingsReport, case: Case | None, law: Law | None = None) -> list[str]:
    if law is None:
        from caseapp.rules.law import load_law_data

        law = load_law_data()
    out: list[str] = []
    masked = user_texts(case)
    for lang in LANGS:
        for f in report.findings:
            for text in finding_texts(f, lang):
                out += scan(text, lang, f.key, masked)
        for d in report.deadlines:
            out += scan(_words(d.computation, lang), lang, f"deadline {d.claim}", masked)
        try:
            printed = format_findings_text(report, lang, law, case)
        except MissingMessage as exc:
            printed = f"{{missing message {exc}}}"
        out += scan(printed, lang, "caseapp check", masked)
    return list(dict.fromkeys(out))
