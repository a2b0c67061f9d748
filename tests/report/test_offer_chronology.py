"""The chronology of the brief shows an exit offer's keys (issue 16): the sum
offered, the last working day and the clauses, in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from caseapp.domain.model import Case, Incident
from caseapp.domain.vocab import IncidentKind, OfferClause
from caseapp.report.brief import _entry_text
from caseapp.report.chronology import build_chronology
from caseapp.report.context import Ctx
from tests.report.conftest import JOURNAL_HEAD
from tests.report.fixtures import GENERATED_AT, sample_findings


def test_an_offer_shows_its_sum_last_day_and_clauses(
    sample: tuple[Case, Callable[[str], Path | None]],
) -> None:
    case, lookup = sample
    offer = Incident(
        id="I-offer",
        date=dt.date(2025, 6, 3),
        kind=IncidentKind.MUTUAL_TERMINATION_OFFER,
        summary="HR 给了一份协商解除协议",
        offer_amount=Decimal("20000"),
        last_day=dt.date(2025, 6, 30),
        clauses=(OfferClause.NO_FURTHER_CLAIMS, OfferClause.NON_COMPETE),
    )
    case = dataclasses.replace(case, incidents=(*case.incidents, offer))
    findings = sample_findings(case)
    texts = {}
    for lang in ("zh", "en"):
        c = Ctx(case, findings, lang, GENERATED_AT, "0" * 64, lookup, JOURNAL_HEAD)
        entry = next(e for e in build_chronology(case) if e.record is offer)
        texts[lang] = _entry_text(c, entry)
    assert "协议（报价 ¥20,000.00" in texts["zh"] and "最后工作日 2025-06-30" in texts["zh"]
    assert "条款：“双方再无争议”（放弃其他请求）、竞业限制" in texts["zh"]
    assert "(offered CNY 20,000.00" in texts["en"] and "Non-compete" in texts["en"]
