"""The Word copy (caseapp/report/docx.py): the application and the evidence
list as a .docx, read back with python-docx and compared with the PDF's
filing pack read back with pypdf (same requests, same evidence rows), its
headings, tables and fonts, and --mask; then `caseapp report -o OUT.docx`."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from caseapp.__main__ import main
from caseapp.paths import resource
from caseapp.report.docx import FALLBACK, FONT, build_docx
from tests.report.conftest import JOURNAL_HEAD, page_texts, render
from tests.report.fixtures import GENERATED_AT, rules_findings, sample_case
from tests.report.test_application import WORKER, application_text, entered, numbered, section


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    directory = tmp_path_factory.mktemp("docx")
    case, lookup = sample_case(directory)
    case = entered(case, dispatch=True)  # ID number, phone, addresses entered
    findings = rules_findings(case)
    pdf = directory / "filing.pdf"
    result = render(case, findings, pdf, lookup, part="filing")
    out: dict[str, Any] = {"pdf": pdf, "pdf_result": result}
    for name, mask in (("plain", False), ("masked", True)):
        path = directory / f"{name}.docx"
        build_docx(
            case,
            findings,
            path,
            lang="zh",
            mask=mask,
            generated_at=GENERATED_AT,
            evidence_path=lookup,
            journal_head=JOURNAL_HEAD,
            exhibit_pages=result.exhibit_pages if not mask else None,
        )
        out[name] = path
    again = directory / "again.docx"
    build_docx(
        case,
        findings,
        again,
        lang="zh",
        mask=False,
        generated_at=GENERATED_AT,
        evidence_path=lookup,
        journal_head=JOURNAL_HEAD,
    )  # the pages found by laying out the filing pack itself
    out["again"] = again
    return out


def paragraphs_between(doc: Any, start: str, end: str) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    a = texts.index(start)
    b = texts.index(end, a)
    return [t for t in texts[a + 1 : b] if t.strip()]


def all_text(doc: Any) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_requests_equal_the_pdf(built) -> None:  # type: ignore[no-untyped-def]
    doc = docx.Document(str(built["plain"]))
    words = paragraphs_between(doc, "仲裁请求", "事实与理由")
    assert words and all(re.match(r"\d+\. ", r) for r in words)
    pdf = numbered(section(application_text(built["pdf"]), "仲裁请求", "事实与理由"))
    assert [norm(re.sub(r"^\d+\. ", "", r)) for r in words] == [norm(r) for r in pdf]


def test_evidence_rows_equal_the_pdf(built) -> None:  # type: ignore[no-untyped-def]
    doc = docx.Document(str(built["plain"]))
    pages = page_texts(PdfReader(str(built["pdf"])))
    listed = norm("".join(p for p in pages if "证据目录" in p or "证明对象及内容" in p))
    header = ["编号", "证据名称", "证据种类", "证据来源", "原件状态", "证明对象及内容", "页码"]
    rows = [
        [cell.text for cell in row.cells]
        for table in doc.tables
        if [c.text for c in table.rows[0].cells] == header
        for row in table.rows[1:]
    ]
    result = built["pdf_result"]
    assert len(rows) == 7
    positions = []
    for label, name, *_, pages_cell in rows:
        assert norm(label + name) in listed, (label, name)
        positions.append(listed.index(norm(label + name)))
        item_pages = [
            p for x, p in result.exhibit_pages.items() if x.split("-")[:2] == label.split("-")
        ]
        if item_pages:  # the exhibits' pages, as the PDF prints them
            assert pages_cell.split("\n") == item_pages
    assert positions == sorted(positions)
    # the pages found by laying out the filing pack give the same document
    assert built["again"].read_bytes() == built["plain"].read_bytes()


def test_real_headings_tables_a4_and_font(built) -> None:  # type: ignore[no-untyped-def]
    doc = docx.Document(str(built["plain"]))
    headings = {p.text: p.style.name for p in doc.paragraphs if p.style.name.startswith("Heading")}
    for text in ("劳动人事争议仲裁申请书", "仲裁请求", "事实与理由", "申请人", "被申请人一"):
        assert text in headings, text
    assert any("证据目录" in t for t in headings)
    assert len(doc.tables) >= 4  # applicant, two respondents, evidence groups, hashes
    assert [c.text for c in doc.tables[0].rows[0].cells][1] == WORKER.name
    section_ = doc.sections[0]
    assert round(section_.page_width.mm) == 210 and round(section_.page_height.mm) == 297
    with zipfile.ZipFile(built["plain"]) as z:
        styles = z.read("word/styles.xml").decode()
        fonts = z.read("word/fontTable.xml").decode()
    for style in ("Normal", "Heading1", "Title"):
        block = re.search(rf'w:styleId="{style}".*?</w:style>', styles, re.S)
        assert block and f'w:eastAsia="{FONT}"' in block.group(0), style
    assert f'w:name="{FONT}"' in fonts and f'w:val="{FALLBACK}"' in fonts


def test_every_character_is_in_the_embedded_font(built) -> None:  # type: ignore[no-untyped-def]
    face = TTFont("WQY-docx-test", str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0).face
    cmap = set(face.charToGlyph)
    for name in ("plain", "masked"):
        doc = docx.Document(str(built[name]))
        text = all_text(doc) + doc.core_properties.title
        missing = {ch for ch in text if ch not in "\n\t" and ord(ch) not in cmap}
        assert not missing, (name, missing)


def test_mask_leaves_out_the_personal_data(built) -> None:  # type: ignore[no-untyped-def]
    def xml(path: Path) -> str:
        with zipfile.ZipFile(path) as z:
            return norm("".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()))

    secret = [WORKER.id_number, WORKER.phone, WORKER.address, WORKER.service_address]
    plain, masked = xml(built["plain"]), xml(built["masked"])
    for value in secret:
        assert value is not None
        assert norm(value) in plain, value  # entered, so the test means something
        assert norm(value) not in masked, value
    assert "王某某" in plain and "王某某" not in masked  # a representative is a person


def test_same_input_same_bytes_with_the_given_time(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = docx.Document(str(built["plain"]))
    assert doc.core_properties.created.isoformat().startswith("2025-10-15T12:30")
    with zipfile.ZipFile(built["plain"]) as z:
        assert {i.date_time for i in z.infolist()} == {(2025, 10, 15, 12, 30, 0)}


def test_english_word_copy(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    case = entered(case, dispatch=True)
    out = tmp_path / "en.docx"
    build_docx(
        case,
        rules_findings(case),
        out,
        lang="en",
        mask=False,
        generated_at=GENERATED_AT,
        evidence_path=lookup,
        journal_head=JOURNAL_HEAD,
    )
    doc = docx.Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert any(h.startswith("Application for Labour") for h in headings)
    assert "Requests" in headings and "Facts and reasons" in headings
    widths = [round(c.width.mm) for c in doc.tables[-1].columns]
    assert widths == [16, 50, 104]  # the SHA-256 annex


# --- the command -------------------------------------------------------------------------
ARGS = [
    "--lang",
    "zh",
    "report",
    "--as-of",
    "2025-10-15",
    "--generated-at",
    "2025-10-15T20:30:00+08:00",
]


def test_cli_writes_the_word_copy(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "申请书.docx"
    assert main([*ARGS, str(case_file), "-o", str(out), "--mask"]) == 0
    assert "申请书.docx" in capsys.readouterr().out
    doc = docx.Document(str(out))
    assert any(p.text == "劳动人事争议仲裁申请书" for p in doc.paragraphs)
    assert doc.tables


@pytest.mark.parametrize(
    ("extra", "said"),
    [(["-o", "x.txt"], ".docx"), (["-o", "x.docx", "--part", "brief"], "--part")],
)
def test_cli_refuses_a_bad_suffix_and_pdf_options(
    case_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    said: str,
) -> None:
    extra = [str(tmp_path / a) if a.startswith("x.") else a for a in extra]
    assert main([*ARGS, str(case_file), *extra]) == 2
    assert said in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))
