"""Everything a section needs, computed once per build."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from caseapp.casefile.anchors import AnchorCheck
from caseapp.domain.findings import Basis, Finding, FindingsReport
from caseapp.domain.kinds import split_ref
from caseapp.domain.model import Case
from caseapp.i18n import Lang
from caseapp.report.chronology import Entry, build_chronology, in_period, ref_index
from caseapp.report.evidence_list import EvidenceList, build_evidence_list
from caseapp.report.figures import PayMonth, pay_months, report_period
from caseapp.report.lawdata import ARTICLE, LawView, article_ref
from caseapp.report.layout import PageInfo, Styles, make_styles
from caseapp.report.mask import Masker
from caseapp.report.words import Words
from caseapp.rules.output import cite

logger = logging.getLogger(__name__)


@dataclass
class Ctx:
    case: Case
    findings: FindingsReport
    lang: Lang
    generated_at: dt.datetime
    fingerprint: str
    evidence_path: Callable[[str], Path | None]
    journal_head: tuple[int, str] | None
    floor: Callable[[str, dt.date], Decimal | None] | None = None
    mask_enabled: bool = False
    period_from: dt.date | None = None  # `--from`: the report period starts here
    # fingerprints sent outside the app (journal `anchor` entries, casefile/anchors.py)
    anchors: tuple[AnchorCheck, ...] = ()
    # sha256 -> reason (missing, changed, not_included): files the case file's
    # export left out (`casefile.journal.export_left_out`); their exhibits say why
    left_out: Mapping[str, str] = field(default_factory=dict)
    law: LawView = field(default_factory=LawView.load)
    w: Words = field(init=False)
    st: Styles = field(init=False)
    masker: Masker = field(init=False)
    chronology: list[Entry] = field(init=False)  # the entries printed
    earlier: frozenset[int] = field(init=False)  # entry numbers before the period, cited
    refs: dict[str, int] = field(init=False)
    evidence: EvidenceList = field(init=False)
    evidence_labels: dict[str, str] = field(init=False)
    period: tuple[dt.date, dt.date] = field(init=False)
    pay: list[PayMonth] = field(init=False)
    zone: ZoneInfo = field(init=False)
    info: PageInfo | None = None

    def __post_init__(self) -> None:
        self.w = Words(self.lang)
        self.st = make_styles(self.lang)
        self.masker = Masker(self.case, self.mask_enabled, self.w("mask.person"))
        everything = build_chronology(self.case)
        self.refs = ref_index(everything)  # numbers stay those of the whole chronology
        self.evidence = build_evidence_list(self.case)
        self.evidence_labels = self.evidence.label_of()
        self.period = report_period(self.case, self.findings.as_of, self.period_from)
        self.chronology, self.earlier = in_period(everything, self.period, self.findings)
        floor = self.floor if self.floor is not None else self.law.minimum_wage
        due = self.law.legal_due(self.case, self.findings.as_of, *self.period)
        self.pay = pay_months(self.case, self.period[0], self.period[1], floor, due)
        try:
            self.zone = ZoneInfo(self.case.info.time_zone)
        except (KeyError, ValueError) as exc:  # the times printed name the zone used
            logger.warning("case time zone not found (%s): Asia/Shanghai used", type(exc).__name__)
            self.zone = ZoneInfo("Asia/Shanghai")

    # --- names ------------------------------------------------------------
    def t(self, value: str | None) -> str:
        """Free text written by the worker, masked when asked."""
        return "" if value is None else self.masker.text(value)

    def person(self, person_id: str | None) -> str:
        if person_id is None:
            return ""
        for p in self.case.people:
            if p.id == person_id:
                return self.masker.person(p.id, p.name)
        return person_id

    def case_name(self) -> str:
        info = self.case.info
        worker = self.masker.text(info.worker.name)
        title = self.t(info.title) if info.title else ""
        if not title:
            return worker
        return title if worker in title else f"{worker} · {title}"

    def party_name(self, code: str) -> str:
        info = self.case.info
        if code == "employer":
            return info.employer.name
        if code == "client" and info.client is not None:
            return info.client.name
        return self.w.label("party", code)

    # --- references ---------------------------------------------------------
    def ref_text(self, ref: str) -> str:
        try:
            kind, key = split_ref(ref)
        except ValueError:
            return ref
        if kind == "evidence" and key in self.evidence_labels:
            return self.w("ref.evidence", label=self.evidence_labels[key])
        if kind == "person":
            return self.person(key)
        number = self.refs.get(ref)
        if number is None and kind == "si":
            number = self.refs.get(f"si:{key}-01")
        if number is not None:
            return self.w("ref.entry", no=number)
        return self.w("ref.unlisted", ref=ref)

    def evidence_refs(self, ids: tuple[str, ...]) -> list[str]:
        return [
            self.w("ref.evidence", label=self.evidence_labels[i])
            for i in ids
            if i in self.evidence_labels
        ]

    def basis_text(self, b: Basis, *, with_text: bool = False) -> str:
        found = self.law.article(b, self.lang)
        law = found[0] if found else self.w.label("law", b.law)
        named = self.w("basis.law", law=law)  # 《…》 in Chinese
        special = cite(b, self.lang, named)
        if special is not None:  # a question, a case, the instrument as a whole
            text = special.replace(named + " ", named) if named.endswith("》") else special
        else:
            text = self.w("basis.article", law=law, article=b.article)
            if b.paragraph is not None:
                text += self.w("basis.paragraph", n=b.paragraph)
            if b.item is not None:
                text += self.w("basis.item", n=b.item)
        if with_text and found and found[1]:
            text += self.w.colon + found[1]
        elif with_text and found is None:
            gap = self.law.gap(ARTICLE, article_ref(b))
            if gap is not None:  # say why the text is not there
                reason = self.w(f"lawgap.reason.{gap.reason}")
                text += self.w.paren(self.w("lawgap.article", reason=reason))
        return text

    def city(self) -> str:
        info = self.case.info
        name = self.law.city_name(info.city, self.lang) or self.w.label("city", info.city)
        return name + (f" · {info.district}" if info.district else "")

    def amount_range(self, f: Finding) -> str:
        values = [a for a in [f.amount, *(x.amount for x in f.alternatives)] if a is not None]
        if not values:
            return "—"
        low, high = min(values), max(values)
        if low == high:
            return self.w.money(low)
        return self.w("range", low=self.w.money(low), high=self.w.money(high))

    def local(self, instant: dt.datetime) -> str:
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=dt.UTC)
        here = instant.astimezone(self.zone)
        offset = here.strftime("%z")
        return f"{here:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]} ({self.zone.key})"
