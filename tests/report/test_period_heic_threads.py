"""The report period (`--from` / `period_from`), deadlines on the summary,
HEIC exhibits, and builds in several threads at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.domain.findings import Deadline, FindingsReport
from caseapp.domain.messages import Msg
from caseapp.domain.model import Case
from caseapp.report import build_report
from tests.report.conftest import JOURNAL_HEAD, page_texts, photo_evidence, render
from tests.report.fixtures import GENERATED_AT, sample_case, sample_findings


def _flat(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", t) for t in page_texts(PdfReader(str(path)))]


# --- report period -----------------------------------------------------------------------------


def test_period_from_limits_chronology_but_keeps_cited_records(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    findings = sample_findings(case)
    full = render(case, findings, tmp_path / "full.pdf", lookup, part="brief")
    part = render(
        case, findings, tmp_path / "part.pdf", lookup, part="brief", period_from=dt.date(2025, 8, 1)
    )
    whole, cut = _flat(full.path), _flat(part.path)
    # the cover gives the period and says the findings use all records
    assert "报告期间2025-08-01至" in cut[0]
    assert "截至2025-10-15的全部记录" in cut[0]
    assert "本时间线只列出" not in "".join(whole)
    chrono = "".join(cut)["".join(cut).index("本时间线只列出2025-08-01至") :]
    # an early record no finding cites is left out; cited early ones stay, marked
    assert "项目经理王磊在微信上通知我从项目撤出" not in chrono
    assert "人事张敏通知我待岗" in chrono  # incident:I2, cited by a finding
    assert "同组同事赵强等人仍在原项目正常工作" in chrono  # incident:I3
    assert chrono.count("期间外（分析结论引用）") >= 2
    # records inside the period are all there
    assert "人事张敏约谈，劝我主动离职" in chrono
    assert "招聘网站上外包公司仍在招聘同一岗位" in chrono
    # the findings are the same ones, computed on all records
    assert "待岗期间工资低于当地规定的标准" in "".join(cut)
    assert len("".join(cut)) < len("".join(whole))


def test_period_from_after_as_of_is_refused(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    with pytest.raises(ValueError):
        render(
            case,
            sample_findings(case),
            tmp_path / "x.pdf",
            lookup,
            period_from=dt.date(2025, 10, 16),
        )
    assert not (tmp_path / "x.pdf").exists()


def test_cli_from(case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--lang", "zh", "report", str(case_file), "--as-of", "2025-10-15", "--part", "brief"]
    out = tmp_path / "from.pdf"
    assert main([*base, "--from", "2025-08-01", "-o", str(out)]) == 0
    text = "".join(_flat(out))
    assert "报告期间2025-08-01至" in text and "期间外（分析结论引用）" in text
    capsys.readouterr()
    assert main([*base, "--from", "2025-10-16", "-o", str(tmp_path / "late.pdf")]) == 2
    err = capsys.readouterr().err
    assert "2025-10-16" in err and "晚于分析基准日" in err
    assert not (tmp_path / "late.pdf").exists()
    assert main([*base, "--from", "2025-13-01", "-o", str(tmp_path / "bad.pdf")]) == 2
    capsys.readouterr()


def test_cli_help_documents_from(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "report", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--from DATE" in out and "start of the report period" in out


# --- deadlines on the summary ------------------------------------------------------------------


def _summary(path: Path) -> str:
    return next(t for t in _flat(path) if "一页摘要" in t)


def test_summary_explains_a_clock_that_has_not_started(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    from caseapp.rules.engine import run_rules

    case, lookup = sample
    findings = run_rules(case, dt.date(2025, 10, 15))
    assert findings.deadlines and all(d.last_day is None for d in findings.deadlines)
    result = render(case, findings, tmp_path / "s.pdf", lookup, part="brief")
    summary = _summary(result.path)
    assert "最近的期限" in summary
    assert "劳动关系终止后起算" in summary
    assert "劳动争议调解仲裁法第二十七条第四款" in summary
    assert "过期" not in summary and "已过期" not in summary


def test_summary_lists_dated_deadlines_and_never_says_expired(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    base = sample_findings(case)
    dated = (
        Deadline(
            "contract-expiry", dt.date(2024, 9, 1), dt.date(2025, 9, 1), Msg("report.test.deadline")
        ),
        Deadline(
            "absence-pretext",
            dt.date(2025, 9, 20),
            dt.date(2026, 9, 20),
            Msg("report.test.deadline"),
        ),
    )
    findings = dataclasses.replace(base, deadlines=base.deadlines + dated)
    summary = _summary(render(case, findings, tmp_path / "d.pdf", lookup, part="brief").path)
    assert "2025-09-01" in summary and "2026-09-20" in summary
    assert summary.index("2025-09-01") < summary.index("2026-09-20")
    assert "如用人单位提出时效抗辩" in summary  # the passed day, said the careful way
    assert "劳动关系终止后起算" in summary  # and the one not running yet
    assert "过期" not in summary


def test_summary_says_when_there_is_no_deadline(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    findings = dataclasses.replace(sample_findings(case), deadlines=())
    summary = _summary(render(case, findings, tmp_path / "n.pdf", lookup, part="brief").path)
    assert "最近的期限" in summary and "没有需要计算仲裁时效的请求事项" in summary


# --- HEIC --------------------------------------------------------------------------------------


def _heic_bytes() -> bytes:
    from pillow_heif import from_pillow

    img = Image.new("RGB", (96, 64), (200, 30, 30))
    for x in range(96):
        img.putpixel((x, x % 64), (0, 0, 255))
    buf = io.BytesIO()
    from_pillow(img).save(buf, quality=90)
    return buf.getvalue()


def test_heic_exhibit_is_printed_and_a_broken_one_gets_the_placeholder(tmp_path: Path) -> None:
    data = _heic_bytes()
    assert data[4:12] in (b"ftypheic", b"ftypmif1", b"ftypheix")
    good = photo_evidence(tmp_path, "IMG_0001.HEIC", data, "H1")
    bad = photo_evidence(tmp_path, "IMG_0002.heic", b"\x00\x00\x00\x18ftypheic" * 20, "H2")
    paths = {i.files[0].sha256: p for i, p in (good, bad)}
    case, _ = sample_case(None)
    case = dataclasses.replace(case, evidence=(good[0], bad[0]))
    result = render(case, sample_findings(case), tmp_path / "h.pdf", paths.get, part="filing")
    assert dict(result.exhibit_problems) == {"1-2": "exhibit.heic_failed"}
    reader = PdfReader(str(result.path))
    pages = page_texts(reader)
    first = int(result.exhibit_pages["1-1"]) - 1 + (len(reader.pages) - result.part_pages["filing"])
    images = list(reader.pages[first].images)
    assert len(images) == 1
    with Image.open(io.BytesIO(images[0].data)) as img:
        assert img.size == (96, 64)
        red = img.convert("RGB").getpixel((50, 10))
        assert red[0] > 150 and red[1] < 90
    second = re.sub(r"\s+", "", pages[first + 1])
    assert "HEIC/HEIF照片无法解码" in second and bad[0].files[0].sha256 in second


def test_heic_opener_is_not_loaded_on_import() -> None:
    import subprocess

    code = "import sys, caseapp.report, caseapp.report.exhibits;print('pillow_heif' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- threads -----------------------------------------------------------------------------------


def test_two_builds_in_two_threads_give_the_same_bytes(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    findings: FindingsReport = sample_findings(case)

    def build(out: Path, lang: str) -> None:
        build_report(
            case,
            findings,
            out,
            part="both",
            lang=lang,  # type: ignore[arg-type]
            mask=False,
            generated_at=GENERATED_AT,
            evidence_path=lookup,
            journal_head=JOURNAL_HEAD,
        )

    build(tmp_path / "zh-seq.pdf", "zh")
    build(tmp_path / "en-seq.pdf", "en")
    errors: list[BaseException] = []

    def run(out: Path, lang: str) -> None:
        try:
            build(out, lang)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(tmp_path / f"{lang}-par{n}.pdf", lang))
        for n in range(2)
        for lang in ("zh", "en")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for n in range(2):
        for lang in ("zh", "en"):
            parallel = (tmp_path / f"{lang}-par{n}.pdf").read_bytes()
            assert parallel == (tmp_path / f"{lang}-seq.pdf").read_bytes()
