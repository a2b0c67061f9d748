"""The worker's say on 事实与理由 (caseapp/report/statement.py,
`case.arbitration.statement`): kept, edited, dropped and included paragraphs
in the filing PDF read back with pypdf and in the Word copy; stale choices
(records changed or deleted since) set aside as docs/format.md says; the
codec; `caseapp report -o OUT.json`."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from caseapp.__main__ import main
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.encode import info_to_json
from caseapp.domain.model import Arbitration, Case, StatementChoice
from caseapp.domain.vocab import StatementAction
from caseapp.report.docx import build_docx
from caseapp.report.statement import statement_document
from tests.report.conftest import JOURNAL_HEAD, render
from tests.report.fixtures import GENERATED_AT, rules_findings, sample_case
from tests.report.test_application import (
    ABSENT_DAY,
    ORAL_PAY_CUT,
    RESIGNED,
    application_text,
    entered,
    section,
    zh_date,
)

EDITED = "被申请人一的项目经理在微信群里通知申请人当天起不必再去项目现场"
Lookup = Callable[[str], Path | None]


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def drafted(case: Case, lookup: Lookup) -> dict[str, dict[str, Any]]:
    doc = statement_document(
        case, rules_findings(case), lang="zh", generated_at=GENERATED_AT, evidence_path=lookup
    )
    paragraphs = doc["paragraphs"]
    assert isinstance(paragraphs, list)
    return {p["key"]: p for p in paragraphs}


def say(case: Case, choices: dict[str, StatementChoice]) -> Case:
    arb = case.info.arbitration or Arbitration()
    info = dataclasses.replace(case.info, arbitration=dataclasses.replace(arb, statement=choices))
    return dataclasses.replace(case, info=info)


def choice(action: StatementAction, p: dict[str, Any], text: str | None = None) -> StatementChoice:
    return StatementChoice(action, p["facts"], text)


def facts_of(case: Case, lookup: Lookup, out: Path) -> str:
    render(case, rules_findings(case), out, lookup, part="filing")
    text = norm(section(application_text(out), "事实与理由", "此致"))
    # the running head and foot where a page turns (case name, fingerprint, page)
    return re.sub(r"(?<=。)[^。]*?文档指纹[0-9a-f]+第\d+页/共\d+页", "", text)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Lookup, Path]:
    directory = tmp_path_factory.mktemp("statement")
    case, lookup = sample_case(directory)
    return entered(case, dispatch=False), lookup, directory


def test_keys_are_the_records_and_harmful_ones_are_left_out(sample) -> None:  # type: ignore[no-untyped-def]
    case, lookup, _ = sample
    paragraphs = drafted(case, lookup)
    assert list(paragraphs)[:3] == ["case:hired", "case:contract", "case:placement"]
    assert list(paragraphs)[-1] == "closing"
    assert {"incident:I1", "days:standby", "payments:standby"} <= set(paragraphs)
    left = {k: p["left_out"] for k, p in paragraphs.items() if p["left_out"]}
    # the absent day, the oral pay-cut agreement, the personal resignation, the signed pay agreement
    assert left == {
        "days:absent": "absent",
        "incident:IX1": "agreed",
        "incident:IX2": "resigned",
        "incident:IX3": "signed",
    }
    for key in left:
        assert paragraphs[key]["printed"] is None and paragraphs[key]["why"]
        assert paragraphs[key]["drafted"]  # what would be stated, shown for the worker's choice
    assert "口头表示同意" in paragraphs["incident:IX1"]["drafted"]  # stated as it is, if included
    dates = [p["date"] for p in paragraphs.values()][3:-1]
    assert dates == sorted(dates)  # the records in date order


def test_kept_edited_dropped_included_in_pdf_and_word(sample) -> None:  # type: ignore[no-untyped-def]
    case, lookup, directory = sample
    p = drafted(case, lookup)
    before = facts_of(case, lookup, directory / "before.pdf")
    assert zh_date(ABSENT_DAY) not in before  # the acceptance: absent unless kept by the worker
    assert "待岗（见证据2-2）" in before  # I2, before it is dropped
    chosen = say(
        case,
        {
            "case:hired": choice(StatementAction.KEEP, p["case:hired"]),
            "incident:I1": choice(StatementAction.EDIT, p["incident:I1"], EDITED),
            "incident:I2": choice(StatementAction.DROP, p["incident:I2"]),
            "days:absent": choice(StatementAction.INCLUDE, p["days:absent"]),
            "incident:IX1": choice(StatementAction.INCLUDE, p["incident:IX1"]),
        },
    )
    after = facts_of(chosen, lookup, directory / "after.pdf")
    assert "申请人于2023年3月1日入职" in after  # kept
    # edited: the worker's words, with the exhibit the app cites and a full stop
    assert EDITED + "（见证据2-1）。" in after
    assert "撤出所在项目" not in after
    assert "通知申请人待岗" not in after  # dropped
    assert "2025年8月19日，申请人被记为缺勤" in after  # included by the worker
    pay_cut = "，被申请人一通知降低申请人的工资，申请人当时口头表示同意"
    assert zh_date(ORAL_PAY_CUT) + pay_cut in after
    assert zh_date(RESIGNED) not in after  # not included: still left out
    # the Word copy states the same paragraphs
    findings = rules_findings(chosen)
    out = directory / "after.docx"
    build_docx(
        chosen,
        findings,
        out,
        lang="zh",
        mask=False,
        generated_at=GENERATED_AT,
        evidence_path=lookup,
        journal_head=JOURNAL_HEAD,
    )
    texts = [x.text for x in docx.Document(str(out)).paragraphs]
    a, b = texts.index("事实与理由"), texts.index("此致")
    assert norm("".join(texts[a + 1 : b])) == after


def test_an_edit_keeps_its_own_stop(sample) -> None:  # type: ignore[no-untyped-def]
    case, lookup, _ = sample
    p = drafted(case, lookup)
    chosen = say(case, {"incident:I1": choice(StatementAction.EDIT, p["incident:I1"], "我的话。")})
    assert drafted(chosen, lookup)["incident:I1"]["printed"] == "我的话（见证据2-1）。"
    # an edit left empty states the draft (never an empty paragraph)
    empty = say(case, {"incident:I1": choice(StatementAction.EDIT, p["incident:I1"], "  ")})
    assert drafted(empty, lookup)["incident:I1"]["printed"] == p["incident:I1"]["drafted"]


def test_stale_choices_are_set_aside(sample) -> None:  # type: ignore[no-untyped-def]
    """The record changed after the choice: the edited words are not printed
    (the current draft is), an include is not applied, a drop stays."""
    case, lookup, directory = sample
    p = drafted(case, lookup)
    chosen = say(
        case,
        {
            "incident:I1": choice(StatementAction.EDIT, p["incident:I1"], EDITED),
            "incident:I2": choice(StatementAction.DROP, p["incident:I2"]),
            "days:absent": choice(StatementAction.INCLUDE, p["days:absent"]),
            "incident:I5": choice(StatementAction.KEEP, p["incident:I5"]),
        },
    )
    changed = {
        i.id: dataclasses.replace(i, date=i.date.replace(day=i.date.day + 1))
        if i.id in ("I1", "I2")
        else i
        for i in chosen.incidents
    }
    days = tuple(
        dataclasses.replace(d, note="经理说我那天没请假") if d.date == ABSENT_DAY else d
        for d in chosen.days
    )
    stale = dataclasses.replace(chosen, incidents=tuple(changed.values()), days=days)
    now = drafted(stale, lookup)
    assert now["incident:I1"]["stale"] and now["incident:I1"]["status"] == "drafted"
    assert now["incident:I1"]["printed"] == now["incident:I1"]["drafted"]
    assert now["incident:I2"]["stale"] and now["incident:I2"]["printed"] is None
    assert now["days:absent"]["stale"] and now["days:absent"]["status"] == "left_out"
    assert not now["incident:I5"]["stale"] and now["incident:I5"]["status"] == "keep"
    text = facts_of(stale, lookup, directory / "stale.pdf")
    assert EDITED not in text and "撤出所在项目" in text
    assert "通知申请人待岗" not in text
    assert zh_date(ABSENT_DAY) not in text
    # evidence linked, or the record's provenance, does not make a choice stale
    linked = dataclasses.replace(
        chosen,
        incidents=tuple(
            dataclasses.replace(i, evidence=()) if i.id == "I1" else i for i in chosen.incidents
        ),
    )
    assert not drafted(linked, lookup)["incident:I1"]["stale"]


def test_a_deleted_record_leaves_an_orphan_choice(sample) -> None:  # type: ignore[no-untyped-def]
    case, lookup, _ = sample
    p = drafted(case, lookup)
    chosen = say(case, {"incident:IX1": choice(StatementAction.INCLUDE, p["incident:IX1"])})
    kept = tuple(i for i in chosen.incidents if i.id != "IX1")
    gone = dataclasses.replace(chosen, incidents=kept)
    doc = statement_document(
        gone, rules_findings(gone), lang="zh", generated_at=GENERATED_AT, evidence_path=lookup
    )
    assert doc["orphans"] == ["incident:IX1"]


def test_cli_writes_the_review_json_and_honours_the_choices(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, lookup, _ = sample
    p = drafted(case, lookup)
    chosen = say(case, {"incident:I2": choice(StatementAction.DROP, p["incident:I2"])})
    days = {d.date: d for d in chosen.days}  # one record a day in a file: the absent one
    chosen = dataclasses.replace(chosen, days=tuple(days.values()))
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case_to_document(chosen), ensure_ascii=False), "utf-8")
    out = tmp_path / "statement.json"
    assert main(["--lang", "en", "report", str(source), "-o", str(out)]) == 0
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "caseapp-statement-v1" and doc["lang"] == "en"
    by_key = {x["key"]: x for x in doc["paragraphs"]}
    assert by_key["incident:I2"]["status"] == "drop" and by_key["incident:I2"]["printed"] is None
    assert by_key["incident:I2"]["facts"] == p["incident:I2"]["facts"]  # language-independent
    assert by_key["days:absent"]["why"].startswith("These days are marked absent")
    assert main(["report", str(source), "-o", str(tmp_path / "x.json"), "--part", "brief"]) == 2


def test_codec_and_old_files(sample) -> None:  # type: ignore[no-untyped-def]
    from caseapp.casefile.decode import info_from_json

    case, lookup, _ = sample
    plain = Arbitration(commission="杭州市西湖区劳动人事争议仲裁委员会")
    info = dataclasses.replace(case.info, arbitration=plain)
    written = info_to_json(info)
    assert "statement" not in written["arbitration"]  # old files write back as they were
    assert info_from_json(written) == info
    p = drafted(case, lookup)
    said = {
        "incident:I1": choice(StatementAction.EDIT, p["incident:I1"], EDITED),
        "days:absent": choice(StatementAction.INCLUDE, p["days:absent"]),
    }
    info = dataclasses.replace(info, arbitration=dataclasses.replace(plain, statement=said))
    written = info_to_json(info)
    assert written["arbitration"]["statement"]["incident:I1"] == {
        "choice": "edit",
        "facts": p["incident:I1"]["facts"],
        "text": EDITED,
    }
    assert info_from_json(written) == info


def test_edited_words_are_masked_with_mask(sample) -> None:  # type: ignore[no-untyped-def]
    """The worker's own words are free text: --mask hides the names and numbers in them."""
    case, lookup, directory = sample
    p = drafted(case, lookup)
    words = "项目经理王磊在微信里说不用来了，他的电话13800000000"
    chosen = say(case, {"incident:I1": choice(StatementAction.EDIT, p["incident:I1"], words)})
    out = directory / "masked.pdf"
    render(chosen, rules_findings(chosen), out, lookup, part="filing", mask=True)
    text = norm(section(application_text(out), "事实与理由", "此致"))
    assert "在微信里说不用来了" in text
    assert "王磊" not in text and "13800000000" not in text
