"""The layout snapshot: page count, per-page extracted text and the font list
of the sample report, in both languages (not a byte hash, which a library
update would break).

Regenerate after an intended change, then look at the diff and at the pages:

    CASEAPP_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/report/test_snapshot.py

The sample's findings are hand-made (tests/report/fixtures.py), but article
texts, city names and the minimum wage come from the bundled law data, so a
change there shows up here too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.report import ReportResult
from tests.report.conftest import page_texts

SNAPSHOTS = Path(__file__).parent / "snapshots"


def snapshot_of(result: ReportResult, reader: PdfReader) -> dict[str, object]:
    fonts: set[str] = set()
    for page in reader.pages:
        res = page.get("/Resources")
        if res is None:
            continue
        for font in (res.get_object().get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return {
        "pages": result.pages,
        "part_pages": result.part_pages,
        "exhibit_pages": result.exhibit_pages,
        "fonts": sorted(fonts),
        "text": page_texts(reader),
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_layout_snapshot(built: dict[str, tuple[ReportResult, PdfReader]], lang: str) -> None:
    result, reader = built[lang]
    current = snapshot_of(result, reader)
    path = SNAPSHOTS / f"sample-{lang}.json"
    if os.environ.get("CASEAPP_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", "utf-8")
        if os.environ.get("CASEAPP_UPDATE_SNAPSHOTS") != "1":
            pytest.fail(f"snapshot {path.name} was missing and has been written; commit it")
    expected = json.loads(path.read_text("utf-8"))
    assert current["pages"] == expected["pages"]
    assert current["part_pages"] == expected["part_pages"]
    assert current["exhibit_pages"] == expected["exhibit_pages"]
    assert current["fonts"] == expected["fonts"]
    for n, (now, then) in enumerate(zip(current["text"], expected["text"], strict=True)):  # type: ignore[call-overload]
        assert now == then, f"page {n + 1} of sample-{lang} changed"
