# ruff: noqa: E501
"""Build resources/samples/sample.caseapp.zip through the app's own services.

Run: .venv/bin/python packaging/make_sample.py [OUT]

The case (packaging/sample_case.py) is entered step by step into a temporary
data directory with a simulated clock, in the order and at the times a worker
would have entered it (a backfill session on 2025-04-02, then day by day, some
weeks in one go), so the journal is real and the provenance realistic; the
evidence files are generated (packaging/sample_files.py). Then the case is
exported and verified. Fixed uid, ids and clock: the output is reproducible
for a given set of library versions.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_case as sc
import sample_files as sf
from sample_replay import Step, replay_export_verify

from caseapp.domain.model import Evidence, Provenance
from caseapp.domain.vocab import EvidenceKind, LegalType, Origin, OriginalStatus, Proves

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "samples" / "sample.caseapp.zip"


def evidence_items(files: Path) -> list[tuple[dt.datetime, Evidence, list[Path]]]:
    notice_at = dt.datetime(2025, 3, 14, 17, 53, tzinfo=sc.TZ)
    chat1_at = dt.datetime(2025, 3, 14, 17, 50, tzinfo=sc.TZ)
    chat2_at = dt.datetime(2025, 5, 20, 16, 55, tzinfo=sc.TZ)
    slip_at = dt.datetime(2025, 7, 16, 8, 20, tzinfo=sc.TZ)
    notice = sf.notice_jpeg(
        files / "IMG_20250314_175301.jpg",
        "待岗通知书",
        [
            "李青：",
            "因客户项目调整，自2025年3月17日起安排你回公司资源池待岗，在家等候通知。待岗期间工资按基本工资发放。",
            "杭州某某信息技术有限公司（虚构）",
            "2025年3月14日",
        ],
        notice_at,
    )
    chat1 = sf.chat_png(
        files / "微信截图_20250314_王建国.png",
        "王建国（某某信息·交付经理）",
        [
            (
                False,
                "2025年3月14日 17:42",
                "下周一开始你先回池待岗，在家等通知，工资按基本工资发。",
            ),
            (True, "17:45", "收到。请问待岗有书面通知吗？待岗多久？"),
            (False, "17:47", "通知书下午已经给你了。多久不好说，等客户那边有新项目。"),
        ],
        chat1_at,
    )
    chat2 = sf.chat_png(
        files / "微信截图_20250520_王建国.png",
        "王建国（某某信息·交付经理）",
        [
            (
                False,
                "2025年5月20日 16:48",
                "从6月起待岗人员按每月1800元发放生活费，每天9点前钉钉打卡，随时等通知。",
            ),
            (True, "16:52", "我不同意降薪。待岗是公司安排的，不是我的原因。请书面说明依据。"),
            (False, "16:55", "这是公司统一规定。"),
        ],
        chat2_at,
    )
    slip = sf.payslip_pdf(
        files / "2025年6月工资条_李青.pdf",
        [
            ("待岗生活费", "1800.00"),
            ("个人社保", "-360.00"),
            ("个人公积金", "-210.00"),
            ("个人所得税", "0.00"),
            ("实发", "1230.00"),
        ],
        "杭州某某信息技术有限公司 · 2025年6月工资条 · 李青",
        slip_at,
    )
    backfill = Provenance(
        recorded_at=sc.BACKFILL_DONE, origin=Origin.BACKFILL, backfill_basis=sc.BACKFILL_BASIS
    )
    return [
        (sc.BACKFILL_DONE, Evidence(
            id="E1", title="纸质《待岗通知书》照片", kind=EvidenceKind.NOTICE,
            legal_type=LegalType.DOCUMENTARY, original_status=OriginalStatus.KEPT,
            created_on=dt.date(2025, 3, 14), obtained_on=dt.date(2025, 3, 14),
            source="供应商经理当面交给本人", proves=(Proves.STANDBY, Proves.WAGE_LEVEL),
            purpose="证明公司安排本人自2025年3月17日起待岗，并承诺按基本工资发放", provenance=backfill),
         [notice]),
        (sc.BACKFILL_DONE, Evidence(
            id="E2", title="与王建国的微信聊天：通知回池待岗", kind=EvidenceKind.CHAT,
            legal_type=LegalType.ELECTRONIC, original_status=OriginalStatus.KEPT,
            created_on=dt.date(2025, 3, 14), obtained_on=dt.date(2025, 3, 14),
            source_app="微信", counterparty_account="wxid_demo_wangjg",
            proves=(Proves.STANDBY,), purpose="证明待岗是公司安排，不是本人原因",
            transcript="王建国：下周一开始你先回池待岗，在家等通知，工资按基本工资发。",
            provenance=backfill),
         [chat1]),
        (sc.BACKFILL_DONE, Evidence(
            id="E3", title="劳动合同（2022-03-01 至 2026-02-28）", kind=EvidenceKind.CONTRACT,
            legal_type=LegalType.DOCUMENTARY, original_status=OriginalStatus.KEPT,
            created_on=dt.date(2022, 2, 25), proves=(Proves.RELATIONSHIP, Proves.WAGE_LEVEL),
            purpose="证明与杭州某某信息技术有限公司的劳动关系和约定工资（原件在家中抽屉）",
            provenance=backfill),
         []),
        (sc.at(dt.date(2025, 5, 20), 18, 0), Evidence(
            id="E4", title="与王建国的微信聊天：6 月起按 1800 元发生活费", kind=EvidenceKind.CHAT,
            legal_type=LegalType.ELECTRONIC, original_status=OriginalStatus.KEPT,
            created_on=dt.date(2025, 5, 20), obtained_on=dt.date(2025, 5, 20),
            source_app="微信", counterparty_account="wxid_demo_wangjg",
            proves=(Proves.PAY_SHORTFALL, Proves.STANDBY),
            purpose="证明公司单方决定降低待岗工资并要求每天打卡待命，本人当即表示不同意",
            provenance=Provenance(recorded_at=sc.at(dt.date(2025, 5, 20), 18, 0))),
         [chat2]),
        (sc.at(dt.date(2025, 7, 16), 8, 25), Evidence(
            id="E5", title="2025 年 6 月工资条（PDF）", kind=EvidenceKind.PAYSLIP,
            legal_type=LegalType.DOCUMENTARY, original_status=OriginalStatus.KEPT,
            created_on=dt.date(2025, 7, 15), obtained_on=dt.date(2025, 7, 16),
            source="公司 HR 系统下载", proves=(Proves.WAGE_LEVEL, Proves.PAY_SHORTFALL),
            purpose="证明 6 月待岗期间应发 1800 元，低于杭州市最低工资标准的 80%",
            provenance=Provenance(recorded_at=sc.at(dt.date(2025, 7, 16), 8, 25))),
         [slip]),
    ]  # fmt: skip


EVIDENCE_OF_INCIDENT = {"I3": ("E1", "E2"), "I7": ("E4",)}


def steps(files: Path) -> list[Step]:
    out: list[Step] = []
    for person in sc.people():
        out.append(
            (sc.at(dt.date(2025, 4, 2), 20, 5), 1, lambda s, c, p=person: s.save_record(c, p))
        )
    # Order 2: evidence before the records that cite it.
    for when, item, paths in evidence_items(files):
        out.append((when, 2, lambda s, c, e=item, ps=paths: s.add_evidence_files(c, e, ps)))
    dates = sc.all_dates()
    backfilled = [sc.day(d, sc.BACKFILL_DONE, True) for d in dates if d < dt.date(2025, 4, 2)]
    out.append((sc.BACKFILL_DONE, 3, lambda s, c: s.set_days(c, backfilled)))
    weekly_from = dt.date(2025, 7, 1)
    pending: list[dt.date] = []
    for d in (d for d in dates if d >= dt.date(2025, 4, 2)):
        if d < weekly_from:
            day = sc.day(d, sc.at(d, 21, 30), False)
            out.append((sc.at(d, 21, 30), 3, lambda s, c, x=day: s.set_days(c, [x])))
            continue
        pending.append(d)
        if d.weekday() == 6 or d == sc.LAST_DAY:  # July: logged each Sunday for the week
            when = sc.at(d, 22, 0)
            batch = [sc.day(x, when, False) for x in pending]
            out.append((when, 3, lambda s, c, b=batch: s.set_days(c, b)))
            pending = []
    for task in sc.tasks():
        when = task.provenance.recorded_at or sc.BACKFILL_DONE
        out.append((when, 4, lambda s, c, t=task: s.save_record(c, t)))
    for when, payment in sc.payments():
        out.append((when, 4, lambda s, c, p=payment: s.save_record(c, p)))
    for when, month in sc.social_insurance():
        out.append((when, 4, lambda s, c, x=month: s.save_record(c, x)))
    for when, incident in sc.incidents():
        ids = EVIDENCE_OF_INCIDENT.get(incident.id, ())
        if ids:
            import dataclasses

            incident = dataclasses.replace(incident, evidence=ids)
        out.append((when, 5, lambda s, c, i=incident: s.save_record(c, i)))
    out.sort(key=lambda step: (step[0], step[1]))
    return out


def build(out: Path) -> Path:
    return replay_export_verify(
        sc.case_info(),
        steps,
        created_at=dt.datetime(2025, 4, 2, 20, 0, tzinfo=sc.TZ),
        exported_at=dt.datetime(2025, 8, 21, 10, 0, tzinfo=sc.TZ),
        out=out,
        name="the sample case",
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
