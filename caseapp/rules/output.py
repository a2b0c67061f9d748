"""The findings document (spec: `caseapp check --json`) and readable text.

`findings_to_json` gives the spec's document: texts in both languages
(`caseapp.i18n.render_both`), money as strings with two decimals, dates as
ISO strings. A finding also carries `summary` (one sentence: what it means
for the worker), allowed by the schema as an addition within version 1.
`format_findings_text` prints the same content for a terminal.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from caseapp.domain.findings import (
    Alternative,
    Basis,
    Calculation,
    Finding,
    FindingsReport,
    Parameter,
    SeveranceEstimate,
    Totals,
)
from caseapp.domain.model import Case
from caseapp.domain.money import fmt_money
from caseapp.i18n import Lang, catalogue, param_label, render, render_both, text
from caseapp.rules.calc_text import (
    RefLabel,
    formula_text,
    input_rows,
    inputs_json,
    json_text,
    ref_labeller,
    table_text,
    value_text,
)
from caseapp.rules.claims import pricing_finding
from caseapp.rules.lawview import Law
from caseapp.rules.source_text import printed_source, source_line

FORMAT = "caseapp.findings"
VERSION = 1


def _money(value: Decimal | None) -> str | None:
    return None if value is None else fmt_money(value)


def _alternative(alt: Alternative) -> dict[str, Any]:
    return {
        "reading": render_both(alt.reading),
        "amount": _money(alt.amount),
        "calculation": json_text(alt.calculation),
        "confidence": str(alt.confidence),
    }


def _calculation(calc: Calculation | None) -> dict[str, Any] | None:
    if calc is None:
        return None
    return {
        "formula": json_text(calc.formula),
        "inputs": inputs_json(calc),
        "parameters": [
            {
                "name": p.name,
                "value": p.value,
                "effective_from": p.effective_from.isoformat() if p.effective_from else None,
                "source": source_line(p.source),
                "confidence": str(p.confidence),
            }
            for p in calc.parameters
        ],
    }


def _basis(item: Basis) -> dict[str, Any]:
    out: dict[str, Any] = {"law": item.law, "article": item.article}
    if item.paragraph is not None:
        out["paragraph"] = item.paragraph
    if item.item is not None:
        out["item"] = item.item
    return out


def finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "key": f.key,
        "rule": f.rule,
        "severity": str(f.severity),
        "confidence": str(f.confidence),
        "title": render_both(f.title),
        "explanation": render_both(f.explanation),
        "summary": render_both(f.summary) if f.summary else None,
        "period": (
            {"start": f.period.start.isoformat(), "end": f.period.end.isoformat()}
            if f.period
            else None
        ),
        "amount": _money(f.amount),
        "alternatives": [_alternative(a) for a in f.alternatives],
        "calculation": _calculation(f.calculation),
        "basis": [_basis(b) for b in f.basis],
        "forum": str(f.forum) if f.forum else None,
        "respondents": list(f.respondents),
        "final_award_eligible": f.final_award_eligible,
        "refs": list(f.refs),
        "strengthen": [render_both(m) for m in f.strengthen],
        "next_steps": [render_both(m) for m in f.next_steps],
        "counter_arguments": [render_both(m) for m in f.counter_arguments],
    }


def severance_to_json(est: SeveranceEstimate) -> dict[str, Any]:
    return {
        "years": str(est.years),
        "base": fmt_money(est.base),
        "n": fmt_money(est.n),
        "double": fmt_money(est.double),
        "notice_pay": _money(est.notice_pay),
        "alternatives": [_alternative(a) for a in est.alternatives],
        "calculation": _calculation(est.calculation),
    }


def totals_to_json(totals: Totals) -> dict[str, Any]:
    """The spec's `totals`: the firm amount, the amount arguable on top of
    it, and the rule ids each sums (`rules/totals.py`)."""
    return {
        "firm": fmt_money(totals.firm),
        "arguable": fmt_money(totals.arguable),
        "firm_rules": list(totals.firm_rules),
        "arguable_rules": list(totals.arguable_rules),
    }


def findings_to_json(report: FindingsReport) -> dict[str, Any]:
    estimates: dict[str, Any] = {}
    if report.severance is not None:
        estimates["severance"] = severance_to_json(report.severance)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "as_of": report.as_of.isoformat(),
        "case_uid": report.case_uid,
        "app_version": report.app_version,
        "law_data": {"version": report.law_data_version, "sha256": report.law_data_sha256},
        "findings": [finding_to_json(f) for f in report.findings],
    }
    if report.totals is not None:
        document["totals"] = totals_to_json(report.totals)
    return document | {
        "estimates": estimates,
        "deadlines": [
            {
                "claim": d.claim,
                "from": d.from_.isoformat(),
                "last_day": d.last_day.isoformat() if d.last_day else None,
                "computation": render_both(d.computation),
            }
            for d in report.deadlines
        ],
    }


# --- text ----------------------------------------------------------------------


def _t(key: str, lang: Lang, **params: object) -> str:
    return text(f"rules.out.{key}", lang, **params)


def _law_name(item: Basis, lang: Lang, law: Law | None) -> str:
    if law is None:
        return item.law
    try:
        article = law.article(item.law, item.article, item.paragraph, item.item)
    except (KeyError, ValueError, LookupError):
        return item.law
    return article.law_zh if lang == "zh" else article.law_en


# Collections of cases in the statute table: their "articles" are case numbers.
CASE_COLLECTIONS = frozenset(
    {
        "typical_cases_2020",
        "spc_guiding_cases",
        "beijing_arbitration_cases",
        "chaoyang_court_cases_2024",
        "beijing_hrss_typical_cases",
    }
)
QUESTION = re.compile(r"\AQ([0-9]+)\Z")
YEAR_CASE = re.compile(r"\A([0-9]{4})-([0-9]+)\Z")
# a case known by the day it was published
DATED_CASE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def cite(item: Basis, lang: Lang, name: str) -> str | None:
    """The forms a reader uses where "第N条" would be wrong — the instrument as
    a whole (`*`, never 第*条), a question of a court's answers (第41问), a case
    of a collection (第4号案例, 2024年第7号案例, or a case dated by its
    publication) — or None for a plain article. The CLI, the report and the
    window all cite through this."""
    if item.article == "*":
        return name
    question = QUESTION.match(item.article)
    if question:
        return _t("question", lang, law=name, n=question.group(1))
    if item.law in CASE_COLLECTIONS:
        dated = DATED_CASE.match(item.article)
        if dated:
            return _t("dated_case", lang, law=name, date=item.article)
        year_case = YEAR_CASE.match(item.article)
        if year_case:
            return _t("year_case", lang, law=name, year=year_case.group(1), n=year_case.group(2))
        return _t("case", lang, law=name, n=item.article)
    return None


def _basis_text(item: Basis, lang: Lang, law: Law | None = None) -> str:
    """An article as a reader names it: 第N条第N款第N项, or one of `cite`'s forms."""
    name = _law_name(item, lang, law)
    special = cite(item, lang, name)
    if special is not None:
        return special
    para = "" if item.paragraph is None else _t("paragraph", lang, n=item.paragraph)
    it = "" if item.item is None else _t("item", lang, n=item.item)
    return _t(
        "article",
        lang,
        law=name,
        article=item.article,
        paragraph=para,
        item=it,
    )


def _parameter_line(p: Parameter, lang: Lang) -> str:
    """A legal figure in the reader's words: its label, value, the date it
    applies from, the documents its source names and how firm it is — never
    the raw source (research notes and repositories stay in the JSON) or a
    confidence code."""
    details: list[str] = []
    if p.effective_from is not None:
        details.append(_t("param_since", lang, date=p.effective_from.isoformat()))
    details.append(printed_source(p.source, p.confidence, lang))
    details.append(_t("param_confidence", lang, confidence=_t(f"confidence.{p.confidence}", lang)))
    joiner = "；" if lang == "zh" else "; "
    return _t(
        "parameter",
        lang,
        label=param_label(p.name, lang),
        value=_value_words(p.value, lang),
        details=joiner.join(details),
    )


def _value_words(value: str, lang: Lang) -> str:
    """A parameter's value; codes (`si_employee,housing_fund_employee`) by their
    `calc.code.*` labels."""
    entries = catalogue()
    value = {"true": "yes", "false": "no"}.get(value, value)
    codes = value.split(",")
    if not all(f"calc.code.{c}" in entries for c in codes):
        return value
    return ("、" if lang == "zh" else ", ").join(entries[f"calc.code.{c}"][lang] for c in codes)


def _ref_words(lang: Lang, case: Case | None) -> RefLabel:
    """Records in words for a reader of `caseapp check`: by date and kind
    (`calc_text.ref_words`), evidence, tasks and people by their titles and
    names — never by their ids (those stay in the JSON's `refs`)."""
    plain = ref_labeller(lang, case)

    def words(ref: str) -> str:
        kind, _, key = ref.partition(":")
        if case is not None:
            if kind == "evidence":
                for e in case.evidence:
                    if e.id == key:
                        return _t("ref_evidence", lang, title=e.title)
            elif kind == "task":
                for t in case.tasks:
                    if t.id == key:
                        return _t("ref_task", lang, title=t.title, date=t.assigned_on.isoformat())
            elif kind == "person":
                for person in case.people:
                    if person.id == key:
                        return person.name
        return plain(ref)

    return words


def _calculation_lines(calc: Calculation, lang: Lang, case: Case | None) -> list[str]:
    refs = _ref_words(lang, case)
    lines = ["   " + _t("formula", lang, formula=formula_text(calc, lang))]
    lines += [f"     {name}: {value}" for name, value in input_rows(calc, lang, refs)]
    table = table_text(calc.table, lang, refs)
    if table is not None:
        lines.append("     " + " | ".join(table.header))
        lines += ["     " + " | ".join(row) for row in table.rows]
    lines += ["     " + _parameter_line(p, lang) for p in calc.parameters]
    return lines


def _claim_name(claim: str, lang: Lang) -> str:
    """A claim by its name (`calc.claim.<rule>`), never by its rule id."""
    entry = catalogue().get(f"calc.claim.{claim}")
    return entry[lang] if entry is not None else _t("claim_other", lang)


def format_findings_text(
    report: FindingsReport, lang: Lang, law: Law | None = None, case: Case | None = None
) -> str:
    """Readable findings; `law` (optional) names the statutes cited, `case`
    (optional) names the records a calculation lists."""
    lines = [_t("header", lang, as_of=report.as_of.isoformat(), count=len(report.findings))]
    lines += totals_lines(report, lang)
    if not any(f.severity != "info" for f in report.findings):
        lines.append(_t("nothing_above_info", lang))
    for index, f in enumerate(report.findings, 1):
        lines.append("")
        sev = _t(f"severity.{f.severity}", lang)
        lines.append(f"{index}. [{sev}] {render(f.title, lang)}")
        if f.summary is not None:
            lines.append("   " + render(f.summary, lang))
        lines.append("   " + render(f.explanation, lang))
        if f.period is not None:
            lines.append(
                "   "
                + _t("period", lang, start=f.period.start.isoformat(), end=f.period.end.isoformat())
            )
        if f.amount is not None:
            lines.append(
                "   "
                + _t(
                    "amount",
                    lang,
                    amount=fmt_money(f.amount),
                    confidence=_t(f"confidence.{f.confidence}", lang),
                )
            )
        else:
            lines.append(
                "   " + _t("confidence", lang, confidence=_t(f"confidence.{f.confidence}", lang))
            )
        for alt in f.alternatives:
            lines.append(
                "   "
                + _t(
                    "alternative",
                    lang,
                    reading=render(alt.reading, lang),
                    amount=_money(alt.amount) or "—",
                )
            )
            lines.append(
                "     "
                + text("calc.out.alternative", lang, calculation=value_text(alt.calculation, lang))
            )
        if f.calculation is not None:
            lines += _calculation_lines(f.calculation, lang, case)
        if f.basis:
            lines.append(
                "   "
                + _t("basis", lang, basis="; ".join(_basis_text(b, lang, law) for b in f.basis))
            )
        if f.final_award_eligible is not None:
            lines.append("   " + _t(f"final_award.{str(f.final_award_eligible).lower()}", lang))
        for label, items in (
            ("next", f.next_steps),
            ("strengthen", f.strengthen),
            ("counter", f.counter_arguments),
        ):
            if items:
                lines.append("   " + _t(label, lang))
                lines.extend("   - " + render(m, lang) for m in items)
        if f.refs:
            words = _ref_words(lang, case)
            joiner = "、" if lang == "zh" else "; "
            lines.append("   " + _t("refs", lang, refs=joiner.join(words(r) for r in f.refs)))
    if report.severance is not None:
        s = report.severance
        lines.append("")
        lines.append(
            _t(
                "severance",
                lang,
                years=str(s.years),
                base=fmt_money(s.base),
                n=fmt_money(s.n),
                double=fmt_money(s.double),
            )
        )
        for alt in s.alternatives:
            lines.append(
                "   "
                + _t(
                    "alternative",
                    lang,
                    reading=render(alt.reading, lang),
                    amount=_money(alt.amount) or "—",
                )
            )
        lines.append("   " + severance_note(report, lang))
    if report.deadlines:
        lines.append("")
        lines.append(_t("deadlines", lang))
        for d in report.deadlines:
            lines.append(
                "   - "
                + _t("deadline", lang, claim=_claim_name(d.claim, lang))
                + render(d.computation, lang)
            )
    lines.append("")
    lines.append(_t("disclaimer", lang))
    return "\n".join(lines) + "\n"


# --- the headline and the estimate's place (catalogue: rules_endings.toml) -----------


def _items(keys: tuple[str, ...], report: FindingsReport, lang: Lang) -> str:
    index = {f.key: n for n, f in enumerate(report.findings, 1)}
    numbers = sorted({index[k] for k in keys if k in index})
    return ("、" if lang == "zh" else ", ").join(str(n) for n in numbers)


def totals_lines(report: FindingsReport, lang: Lang) -> list[str]:
    """The headline, printed first: the amount on a firm ground and the amount
    arguable on top of it, with the numbers of the findings they sum."""
    totals = report.totals
    if totals is None:
        return []
    if not totals.firm and not totals.arguable:
        return [text("rules.out.totals.none", lang)]
    lines = [text("rules.out.totals.title", lang)]
    firm_items = _items(totals.firm_keys, report, lang)
    lines.append(
        "   "
        + (
            text("rules.out.totals.firm", lang, amount=fmt_money(totals.firm), items=firm_items)
            if firm_items
            else text("rules.out.totals.firm_none", lang, amount=fmt_money(totals.firm))
        )
    )
    if totals.arguable:
        lines.append(
            "   "
            + text(
                "rules.out.totals.arguable",
                lang,
                amount=fmt_money(totals.arguable),
                items=_items(totals.arguable_keys, report, lang) or "—",
            )
        )
    lines.append("   " + text("rules.out.totals.once", lang))
    return lines


def severance_note(report: FindingsReport, lang: Lang) -> str:
    """Under the severance estimate: where the claimable N or 2N is."""
    price = pricing_finding(report.findings)
    if price is None or price.amount is None:
        return text("rules.out.severance_note.none", lang)
    index = next(n for n, f in enumerate(report.findings, 1) if f is price)
    return text(
        "rules.out.severance_note.priced",
        lang,
        n=index,
        title=render(price.title, lang),
        amount=fmt_money(price.amount),
    )
