"""The brief's section "拿回钱的路 / The road to the money": the steps after
the worker decides to act (rules/road.py) — which the records show done, the
next one, each step's date and how it is counted — then what to bring to file
and to the hearing, and the sheet for answering the employer's evidence."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak

from caseapp.i18n import Lang, render, text
from caseapp.report.blocks import Cell, gap, grid, para, rich
from caseapp.report.context import Ctx
from caseapp.report.fonts import safe
from caseapp.report.layout import FRAME_W
from caseapp.rules.road import Road, RoadDate, RoadStep, final_note_key, road

FILING_ITEMS = 5
HEARING_ITEMS = 5
ANSWER_ITEMS = ("attendance", "resignation", "assessment", "standby")
ANSWER_POINTS = ("truth", "legality", "relevance")
STEP_W = 190
STATUS_W = 70


def the_road(c: Ctx) -> Road | None:
    law = c.law.law
    if law is None:
        return None
    return road(c.case, law, c.findings.as_of, c.findings)


def date_text(lang: Lang, r: RoadDate, as_of: dt.date) -> str:
    """A date's cell: label, day, how it is counted; a rest-day move and a
    passed date said in words (never "expired")."""
    colon = "：" if lang == "zh" else ": "
    lines = [f"{text(f'road.date.{r.kind}.label', lang)}{colon}{r.day.isoformat()}"]
    lines.append(render(r.computation, lang))
    if r.moved_to is not None:
        lines.append(
            text("road.date.moved", lang, day=r.day.isoformat(), moved=r.moved_to.isoformat())
        )
    if r.passed(as_of):
        lines.append(text("road.date.passed", lang, day=r.day.isoformat()))
    return "\n".join(lines)


def status_text(lang: Lang, step: RoadStep, the: Road) -> str:
    if step.done_on is not None:
        return text("road.status.done", lang, day=step.done_on.isoformat())
    if step.recorded:
        return text("road.status.recorded", lang)
    if step.key == the.next_step:
        return text("road.status.next", lang)
    if step.key == "advance":
        return text("road.status.optional", lang)
    return text("road.status.open", lang)


def road_section(c: Ctx) -> list[Flowable]:
    the = the_road(c)
    if the is None:
        return []
    lang, st = c.lang, c.st

    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    out: list[Flowable] = [para(t("road.title"), st.h1), para(t("road.intro"), st.small), gap(4)]
    rows: list[list[Cell]] = []
    for step in the.steps:
        title, what = t(f"road.step.{step.key}.title"), t(f"road.step.{step.key}.what")
        head = rich(f"<b>{safe(title)}</b><br/>{safe(what)}", st.cell)
        dates = [date_text(lang, d, the.as_of) for d in step.dates]
        if step.key == "enforcement" and the.award is not None and the.award.pay_by is None:
            dates.append(t("road.award.no_pay_by"))
        if step.key == "court":
            note = final_note_key(the)
            if note is not None:
                dates.append(t(note))
        rows.append([head, status_text(lang, step, the), "\n\n".join(dates) or t("road.none")])
    out += grid(
        st,
        [
            t("road.status.heading.step"),
            t("road.status.heading.status"),
            t("road.status.heading.date"),
        ],
        rows,
        [STEP_W + 90, STATUS_W, FRAME_W - STEP_W - 90 - STATUS_W],
        split_in_row=True,
    )
    out += [gap(8), para(t("road.filing.title"), st.h2)]
    out += [para(f"• {t(f'road.filing.{n}')}", st.body) for n in range(1, FILING_ITEMS + 1)]
    out += [gap(6), para(t("road.hearing.title"), st.h2)]
    out += [para(f"• {t(f'road.hearing.{n}')}", st.body) for n in range(1, HEARING_ITEMS + 1)]
    out += [gap(6), para(t("road.answer.title"), st.h2), para(t("road.answer.intro"), st.small)]
    width = (FRAME_W - 90) / 3
    out += grid(
        st,
        [t(f"road.answer.heading.{h}") for h in ("item", *ANSWER_POINTS)],
        [
            [t(f"road.answer.{item}.item"), *(t(f"road.answer.{item}.{p}") for p in ANSWER_POINTS)]
            for item in ANSWER_ITEMS
        ],
        [90, width, width, width],
    )
    out.append(PageBreak())
    return out
