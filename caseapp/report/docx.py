"""`build_docx`: the arbitration application (仲裁申请书) and the evidence list
as an editable Word document, for the lawyer to finish (spec: `caseapp report
CASE -o OUT.docx`); the PDF stays the sealed copy.

The words come from the same functions the PDF lays out
(`application.application_text`, `evidence_sections.evidence_list_text`), so
the two copies never differ; `--mask` works through the same `Ctx`.

Layout: A4, real Word headings (Heading 1-3) and real tables (the parties,
each group of the evidence list, the files' SHA-256), ready to edit.

Font: every style names the family the PDF embeds, WenQuanYi Micro Hei, for
Latin and East Asian text (`w:rFonts` ascii/hAnsi/eastAsia/cs); the font
table gives Word 宋体 (SimSun, on every Chinese Windows) as its alternate
name (`w:altName`), so a machine without WenQuanYi shows the text in 宋体
rather than in a font without Chinese. A character the WenQuanYi font lacks
is written as its code point (`fonts.plain`), as in the PDF.

The page column holds the exhibits' pages in the filing pack's own numbering:
`exhibit_pages` from the PDF build (`ReportResult.exhibit_pages`); without it
the filing pack is laid out once, in a temporary directory, to find them.

Deterministic: the core properties' dates are the generation time and every
zip entry carries that time, so the same inputs give the same bytes.

python-docx (and lxml) are imported here only, and this module only when a
.docx is written: the app's start-up never loads them.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from caseapp import atomic
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case
from caseapp.i18n import Lang
from caseapp.report.application import ApplicationText, application_text
from caseapp.report.context import Ctx
from caseapp.report.evidence_sections import EvidenceListText, evidence_list_text
from caseapp.report.fingerprint import fingerprint
from caseapp.report.fonts import plain
from caseapp.report.lawdata import LawView

logger = logging.getLogger(__name__)

FONT = "WenQuanYi Micro Hei"  # the family the PDF embeds (resources/fonts/wqy-microhei.ttc)
FALLBACK = "SimSun"  # 宋体: Word's alternate when WenQuanYi is not installed
STYLES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid")
# evidence list column widths (mm): 编号, 名称, 类型, 来源, 原件, 证明对象, 页码 (A4, 20 mm margins)
EVLIST_MM = (14, 30, 18, 32, 16, 48, 12)
HASH_MM = (16, 50, 104)
PARTY_MM = (45, 125)


@dataclass(frozen=True)
class DocxResult:
    path: Path
    fingerprint: str
    requests: int
    evidence_rows: int


def _t(text: str) -> str:
    return plain(text)


def _fonts(style: Any) -> None:
    """Name the embedded family for every script in a style's run properties."""
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = etree.SubElement(rpr, qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _font_table(document: Any) -> None:
    """Declare the family in the font table with 宋体 as Word's alternate."""
    part = document.part
    for rel in part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            table = rel.target_part
            break
    else:  # the default template has one; nothing to add to otherwise
        return
    root = etree.fromstring(table.blob)
    font = etree.SubElement(root, qn("w:font"))
    font.set(qn("w:name"), FONT)
    alt = etree.SubElement(font, qn("w:altName"))
    alt.set(qn("w:val"), FALLBACK)
    charset = etree.SubElement(font, qn("w:charset"))
    charset.set(qn("w:val"), "86")  # GB2312
    family = etree.SubElement(font, qn("w:family"))
    family.set(qn("w:val"), "swiss")
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _setup(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(22)
    styles = document.styles
    for name in STYLES:
        _fonts(styles[name])
    styles["Normal"].font.size = Pt(10.5)  # 五号
    for name, size in (("Title", 18), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = RGBColor(0, 0, 0)
        styles[name].font.bold = True
    _font_table(document)


def _heading(document: Any, text: str, level: int, *, centre: bool = False) -> None:
    p = document.add_heading(_t(text), level)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(
    document: Any, header: list[str] | None, rows: list[list[str]], mm: tuple[int, ...]
) -> Any:
    table = document.add_table(rows=0, cols=len(mm))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, mm, strict=True):  # w:gridCol, read by LibreOffice
        column.width = Mm(width)
    lines = ([header] if header is not None else []) + rows
    for n, row in enumerate(lines):
        cells = table.add_row().cells
        for cell, text, width in zip(cells, row, mm, strict=True):
            cell.width = Mm(width)
            parts = text.split("\n")
            cell.paragraphs[0].text = _t(parts[0])
            for extra in parts[1:]:
                cell.add_paragraph(_t(extra))
            if header is not None and n == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if header is not None:  # the header row repeats on every page
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        etree.SubElement(tr_pr, qn("w:tblHeader"))
    return table


def _application(document: Any, a: ApplicationText) -> None:
    _heading(document, a.title, 1, centre=True)
    for party in a.parties:
        _heading(document, party.title, 3)
        _table(document, None, [[k, v] for k, v in party.rows], PARTY_MM)
    _heading(document, a.claims_heading, 2)
    for request in a.requests:
        document.add_paragraph(_t(request))
    _heading(document, a.facts_heading, 2)
    for sentence in a.facts:
        document.add_paragraph(_t(sentence))
    document.add_paragraph(_t(a.to))
    for place in a.places:
        document.add_paragraph(_t(place))
    for line in (a.signature, a.date):
        document.add_paragraph(_t(line)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph(_t(a.attachments))


def _pages(row_exhibits: tuple[str, ...], pages: Mapping[str, str]) -> str:
    return "\n".join(pages.get(label, "") for label in row_exhibits)


def _evidence(document: Any, c: Ctx, ev: EvidenceListText, pages: Mapping[str, str]) -> None:
    document.add_page_break()
    _heading(document, ev.title, 1)
    document.add_paragraph(_t(ev.intro))
    for heading, rows in ev.groups:
        _heading(document, heading, 2)
        _table(
            document,
            ev.header,
            [
                [
                    r.label,
                    r.name,
                    r.kind,
                    r.source,
                    r.original,
                    "\n".join(r.objects),
                    r.nofile or _pages(tuple(x.label for x in r.item.exhibits), pages),
                ]
                for r in rows
            ],
            EVLIST_MM,
        )
    if not ev.groups:
        document.add_paragraph(_t(ev.none))
    document.add_paragraph(_t(ev.sign))
    exhibits = c.evidence.exhibits()
    if exhibits:
        w = c.w
        document.add_page_break()
        _heading(document, w("evlist.hashes.title"), 2)
        document.add_paragraph(_t(w("evlist.hashes.intro")))
        _table(
            document,
            [w("evlist.hashes.no"), w("evlist.hashes.file"), w("evlist.hashes.sha256")],
            [[x.label, c.t(x.file.original_name or x.file.path), x.file.sha256] for x in exhibits],
            HASH_MM,
        )


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """The package again with every entry dated `when` (zip has no time zone:
    UTC), in the same order, so equal inputs give equal bytes."""
    utc = when.astimezone(dt.UTC)
    stamp = (max(utc.year, 1980), utc.month, utc.day, utc.hour, utc.minute, utc.second)
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def filing_pages(
    case: Case,
    findings: FindingsReport,
    *,
    lang: Lang,
    mask: bool,
    generated_at: dt.datetime,
    evidence_path: Callable[[str], Path | None],
    journal_head: tuple[int, str] | None,
    law_root: Path | None = None,
) -> dict[str, str]:
    """The exhibits' pages in the filing pack, from a layout of the PDF's filing part."""
    from caseapp.report.build import build_report

    with tempfile.TemporaryDirectory(prefix="caseapp-docx-") as tmp:
        result = build_report(
            case,
            findings,
            Path(tmp) / "filing.pdf",
            part="filing",
            lang=lang,
            mask=mask,
            generated_at=generated_at,
            evidence_path=evidence_path,
            journal_head=journal_head,
            law_root=law_root,
        )
    return result.exhibit_pages


def build_docx(
    case: Case,
    findings: FindingsReport,
    out: Path,
    *,
    lang: Lang,
    mask: bool,
    generated_at: dt.datetime,
    evidence_path: Callable[[str], Path | None],
    journal_head: tuple[int, str] | None,
    exhibit_pages: Mapping[str, str] | None = None,
    law_root: Path | None = None,
) -> DocxResult:
    """Write the application and the evidence list to `out` (atomically)."""
    fp = fingerprint(case, findings)
    c = Ctx(
        case,
        findings,
        lang,
        generated_at,
        fp,
        evidence_path,
        journal_head,
        None,
        mask,
        law=LawView.load(law_root),
    )
    if exhibit_pages is None:
        exhibit_pages = (
            filing_pages(
                case,
                findings,
                lang=lang,
                mask=mask,
                generated_at=generated_at,
                evidence_path=evidence_path,
                journal_head=journal_head,
                law_root=law_root,
            )
            if c.evidence.exhibits()
            else {}
        )
    a = application_text(c)
    ev = evidence_list_text(c)
    document = Document()
    _setup(document)
    _application(document, a)
    _evidence(document, c, ev, exhibit_pages)
    props = document.core_properties
    when = generated_at.astimezone(dt.UTC).replace(tzinfo=None)
    props.title = _t(f"{a.title} · {c.case_name()}")
    props.author = props.last_modified_by = "caseapp"
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    props.comments = props.subject = props.keywords = ""
    props.language = "zh-CN" if lang == "zh" else "en"
    buf = BytesIO()
    document.save(buf)
    atomic.write_bytes(Path(out), _fixed_zip(buf.getvalue(), generated_at))
    rows = sum(len(rows) for _, rows in ev.groups)
    logger.info("word copy written: %s, %d requests, %d evidence rows", lang, len(a.requests), rows)
    return DocxResult(out, fp, len(a.requests), rows)
