"""A finding's calculation in the report: its labelled inputs and its
breakdown table, in the report's language (caseapp.rules.calc_text); record
references are named as the report numbers them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from caseapp.domain.findings import Calculation, CalcValue, Parameter
from caseapp.report.blocks import gap, grid
from caseapp.report.context import Ctx
from caseapp.report.layout import FRAME_W
from caseapp.rules.calc_text import formula_text, input_rows, table_text, value_text
from caseapp.rules.source_text import printed_source


def formula(c: Ctx, calc: Calculation) -> str:
    return formula_text(calc, c.lang)


def words(c: Ctx, value: CalcValue) -> str:
    """An alternative's calculation (or any calculation value) in words."""
    return value_text(value, c.lang, c.ref_text)


def input_pairs(c: Ctx, calc: Calculation) -> list[list[str]]:
    """[label, value] of every input; values masked like the worker's text."""
    return [[label, c.t(value)] for label, value in input_rows(calc, c.lang, c.ref_text)]


def param_source(c: Ctx, p: Parameter) -> str:
    """Where a legal figure comes from, as a reader can look it up."""
    return printed_source(p.source, p.confidence, c.lang)


def breakdown(c: Ctx, calc: Calculation) -> list[Flowable]:
    """The calculation's table (one row per month or item), or nothing."""
    table = table_text(calc.table, c.lang, c.ref_text)
    if table is None:
        return []
    n = len(table.header)
    first = min(FRAME_W * 0.3, FRAME_W / n * 1.4) if n > 2 else FRAME_W * 0.45
    rest = (FRAME_W - first) / (n - 1)
    rows = [[c.t(cell) for cell in row] for row in table.rows]
    return [gap(3), *grid(c.st, table.header, rows, [first, *([rest] * (n - 1))])]
