# ruff: noqa: E501
"""Build resources/samples/platform.caseapp.zip, the second sample case, through
the app's own services (like packaging/make_sample.py builds the first).

Run: .venv/bin/python packaging/sample_platform.py [OUT]

吴晓雨 (fictional), an outsourced tester benched after her project ended,
labels images and transcribes speech in the evenings, June to July 2025, in
Chengdu: batches from a large crowdsourcing platform (示例云帆智能科技有限公司,
its board 云帆众包), handed out by a guild (星火标注公会, run by 刘洋) whose
settlement company (成都某某人力资源服务有限公司) signed a "part-time
labeller" agreement with her and pays her by the batch, twice a month.
Every name, company and account is invented. The story:

- 2025-06-03 to 2025-07-11, Monday to Friday evenings, 3 to 4 hours a day
  (18.5 hours a week: within LCL 68's limits), logged day by day in the app
  with the hours the labelling tool shows;
- batches of lane-marking images (0.25 yuan an image) and of speech
  transcription (1.50 yuan an item), each submitted for the platform's
  review, 7 days agreed in the agreement;
- payouts for 1–15 June (600.00), 16–30 June (655.00) and 1–15 July
  (225.00), each listing the batches it pays — about 18.18, 15.98 and 6.82
  yuan an hour, under Chengdu's hourly minimum of 23 (2025);
- batch 5 rejected without a reason (250.00), batch 7 rejected on 07-18,
  after the 7-day review that ended 07-10 (250.00), batch 8 accepted on
  07-16 but never paid (200.00); batch 9 rejected with a reason inside the
  review period (a rejection that stands: not claimed);
- after 07-11 the guild hands out no more batches.

Days, batches and payouts are entered as the worker would have entered them,
with a simulated clock; each batch is saved when assigned and saved again
when submitted and when decided, so the journal shows its history. Fixed uid,
ids and clock: the output is reproducible for a given set of library versions.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_files as sf
from sample_replay import Step, replay_export_verify

from caseapp.domain.model import (
    CaseInfo,
    Contract,
    Control,
    Day,
    Evidence,
    Incident,
    Organisation,
    Payment,
    Person,
    Provenance,
    Task,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    Channel,
    ContractKind,
    ControlBy,
    DayStatus,
    EvidenceKind,
    Form,
    IncidentKind,
    LegalType,
    OriginalStatus,
    Party,
    PayBasis,
    PaymentKind,
    Proves,
    TaskStatus,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "samples" / "platform.caseapp.zip"
TZ = dt.timezone(dt.timedelta(hours=8))
UID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://caseapp.invalid/sample/wu-xiaoyu"))
FIRST_DAY = dt.date(2025, 6, 3)
LAST_DAY = dt.date(2025, 7, 11)
LOGGED_UNTIL = dt.date(2025, 7, 20)  # rest days logged after the last batch
EXPORTED_AT = dt.datetime(2025, 8, 20, 10, 0, tzinfo=TZ)
EMPLOYER = "成都某某人力资源服务有限公司"
PLATFORM = "云帆众包（示例云帆智能科技有限公司）"
# hours on Monday .. Friday evenings: 4 + 3.5 + 4 + 3 + 4 = 18.5 a week
HOURS = (Decimal("4"), Decimal("3.5"), Decimal("4"), Decimal("3"), Decimal("4"))
REVIEW_DAYS = 7


def at(day: dt.date, hour: int = 22, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def case_info() -> CaseInfo:
    return CaseInfo(
        uid=UID,
        title="吴晓雨 · 标注兼职按批结算（示例案件）",
        worker=Worker(name="吴晓雨", phone="13900000000", student=False, pensioner=False),
        employer=Organisation(name=EMPLOYER, address="成都市高新区示例大道 8 号", city="chengdu"),
        client=Organisation(name="示例云帆智能科技有限公司", address="北京市海淀区示例路 2 号"),
        arrangement=Arrangement.PART_TIME,
        pay_basis=PayBasis.PIECE,
        city="chengdu",
        district="高新区",
        position="数据标注员（兼职，居家）",
        employment_start=FIRST_DAY,
        contract=Contract(
            kind=ContractKind.NONE, start=FIRST_DAY, written=True, signed_on=FIRST_DAY
        ),
        monthly_wage=None,
        payday=25,
        pay_lag_months=0,
        control=Control(
            tasks_by=ControlBy.CLIENT,
            appraisal_by=ControlBy.CLIENT,
            rules_by=ControlBy.CLIENT,
            pay_by=ControlBy.AGENCY,
        ),
    )


def people() -> list[Person]:
    return [
        Person(id="P1", name="星火标注公会", role="标注公会（中介，接平台任务再分派）",
               party=Party.AGENCY, accounts=("wxgroup_demo_xinghuo",)),
        Person(id="P2", name="刘洋", role="星火标注公会会长", party=Party.AGENCY,
               accounts=("wxid_demo_liuyang",)),
        Person(id="P3", name="审核员 A07", role="云帆众包平台质检审核", party=Party.CLIENT,
               accounts=("yunfan_qc_a07",)),
        Person(id="P4", name="孙琪", role="同一公会的标注员", party=Party.OTHER,
               accounts=("wxid_demo_sunqi",)),
    ]  # fmt: skip


def dates() -> list[dt.date]:
    count = (LOGGED_UNTIL - FIRST_DAY).days + 1
    return [FIRST_DAY + dt.timedelta(days=i) for i in range(count)]


def day(date: dt.date) -> Day:
    recorded = Provenance(recorded_at=at(date, 22, 30))
    if date.weekday() < 5 and date <= LAST_DAY:
        return Day(date=date, status=DayStatus.WORKING, hours=HOURS[date.weekday()],
                   note="晚上在家标注，时长按标注工具的计时", provenance=recorded)  # fmt: skip
    note = "公会群里没有再派单" if date > LAST_DAY and date.weekday() < 5 else None
    return Day(date=date, status=DayStatus.REST, note=note, provenance=recorded)


# (id, assigned, title, quantity, unit, rate, submitted, decided, final status, reason)
BATCHES: list[tuple[str, str, str, str, str, str, str, str | None, TaskStatus, str | None]] = [
    ("T1", "2025-06-03", "车道线图像标注 第 1 批", "800", "张", "0.25", "2025-06-05", "2025-06-09", TaskStatus.ACCEPTED, None),
    ("T2", "2025-06-06", "车道线图像标注 第 2 批", "900", "张", "0.25", "2025-06-09", "2025-06-12", TaskStatus.ACCEPTED, None),
    ("T3", "2025-06-10", "车道线图像标注 第 3 批", "700", "张", "0.25", "2025-06-13", "2025-06-17", TaskStatus.ACCEPTED, None),
    ("T4", "2025-06-16", "车道线图像标注 第 4 批", "1000", "张", "0.25", "2025-06-19", "2025-06-23", TaskStatus.ACCEPTED, None),
    ("T5", "2025-06-19", "车道线图像标注 第 5 批", "1000", "张", "0.25", "2025-06-23", "2025-06-26", TaskStatus.REJECTED, None),
    ("T6", "2025-06-24", "车道线图像标注 第 6 批", "900", "张", "0.25", "2025-06-27", "2025-07-01", TaskStatus.ACCEPTED, None),
    ("T7", "2025-06-27", "普通话语音转写 第 1 批", "120", "条", "1.50", "2025-06-30", "2025-07-03", TaskStatus.ACCEPTED, None),
    ("T8", "2025-07-01", "车道线图像标注 第 7 批", "1000", "张", "0.25", "2025-07-03", "2025-07-18", TaskStatus.REJECTED, "抽检准确率低于 98%"),
    ("T9", "2025-07-04", "普通话语音转写 第 2 批", "150", "条", "1.50", "2025-07-08", "2025-07-11", TaskStatus.ACCEPTED, None),
    ("T10", "2025-07-08", "车道线图像标注 第 8 批", "800", "张", "0.25", "2025-07-11", "2025-07-16", TaskStatus.ACCEPTED, None),
    ("T11", "2025-07-09", "车道线图像标注 第 9 批", "600", "张", "0.25", "2025-07-10", "2025-07-14", TaskStatus.REJECTED, "漏标超过 5%，附抽检截图"),
]  # fmt: skip


def batch_steps() -> list[Step]:
    """Each batch saved three times: assigned, submitted, decided."""
    out: list[Step] = []
    for tid, assigned, title, qty, unit, rate, submitted, decided, status, reason in BATCHES:
        quantity, price = Decimal(qty), Decimal(rate)
        base = Task(
            id=tid, assigned_on=d(assigned), title=title, assigned_by="P2",
            assigned_by_party=Party.AGENCY, platform=PLATFORM, quantity=quantity, unit=unit,
            rate=price, amount_due=(quantity * price).quantize(Decimal("0.01")),
            status=TaskStatus.ASSIGNED, provenance=Provenance(recorded_at=at(d(assigned), 19, 30)),
        )  # fmt: skip
        sent = replace(
            base, status=TaskStatus.SUBMITTED, submitted_on=d(submitted), review_days=REVIEW_DAYS,
            provenance=Provenance(recorded_at=at(d(submitted), 22, 10)),
        )  # fmt: skip
        steps: list[tuple[dt.datetime, Task]] = [
            (at(d(assigned), 19, 30), base),
            (at(d(submitted), 22, 10), sent),
        ]
        if decided is not None:
            done = replace(
                sent, status=status, decided_on=d(decided), rejection_reason=reason,
                completed_on=d(decided) if status is TaskStatus.ACCEPTED else None,
                provenance=Provenance(recorded_at=at(d(decided), 22, 20)),
            )  # fmt: skip
            steps.append((at(d(decided), 22, 20), done))
        for when, task in steps:
            out.append((when, 4, lambda s, c, t=task: s.save_record(c, t)))
    return out


PAYOUTS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    # (paid on, period start, period end, amount, batches paid)
    ("2025-06-25", "2025-06-01", "2025-06-15", "600.00", ("T1", "T2", "T3")),
    ("2025-07-10", "2025-06-16", "2025-06-30", "655.00", ("T4", "T6", "T7")),
    ("2025-07-25", "2025-07-01", "2025-07-15", "225.00", ("T9",)),
]


def payments() -> list[tuple[dt.datetime, Payment]]:
    rows = []
    for paid_on, start, end, amount, batches in PAYOUTS:
        when = at(d(paid_on), 21, 15)
        rows.append(
            (when, Payment(
                id="", paid_on=d(paid_on), period_start=d(start), period_end=d(end),
                kind=PaymentKind.WAGE, amount=Decimal(amount), net=Decimal(amount),
                payer_party=Party.EMPLOYER, payer_name=EMPLOYER, tasks=batches,
                note="支付宝到账，公会群里发结算单", provenance=Provenance(recorded_at=when),
                evidence=("E3",) if paid_on == "2025-07-25" else (),
            ))
        )  # fmt: skip
    return rows


def evidence_items(files: Path) -> list[tuple[dt.datetime, Evidence, list[Path]]]:
    agreement = sf.notice_jpeg(
        files / "IMG_20250603_兼职协议.jpg",
        "兼职标注员合作协议（节选）",
        [
            "甲方：成都某某人力资源服务有限公司（虚构）  乙方：吴晓雨",
            "一、乙方以非全日制方式承接甲方分派的数据标注任务，按批次计件结算，单价以任务页面为准。",
            "二、平台在乙方提交后 7 日内完成质检；逾期未反馈视为验收通过。质检不通过的，应说明原因。",
            "三、结算周期为半月，每月 10 日、25 日前支付上一周期已验收批次的报酬。",
            "2025年6月3日",
        ],
        at(d("2025-06-03"), 20, 10),
    )
    chat1 = sf.chat_png(
        files / "微信截图_20250626_刘洋.png",
        "刘洋（星火标注公会·会长）",
        [
            (True, "2025年6月26日 21:02", "第5批怎么显示不通过？没有写原因，我这批做了三个晚上。"),
            (False, "21:10", "平台那边直接打回的，没给原因，这批就不结算了。"),
            (True, "21:12", "协议写了不通过要说明原因，请帮我问平台要质检结果。"),
            (False, "21:20", "问了也没用，大家都这样，下一批注意点。"),
        ],
        at(d("2025-06-26"), 21, 20),
    )
    chat2 = sf.chat_png(
        files / "微信截图_20250718_刘洋.png",
        "刘洋（星火标注公会·会长）",
        [
            (False, "2025年7月18日 10:31", "第7批平台今天给了不通过，准确率不够98%。"),
            (True, "10:35", "第7批是7月3日提交的，7天早过了，协议说逾期没反馈就算验收通过。"),
            (True, "10:36", "第8批7月16日已经通过了，什么时候结算？"),
            (False, "10:50", "平台规则改了，以平台为准。第8批等通知。"),
        ],
        at(d("2025-07-18"), 10, 50),
    )
    statement = sf.payslip_pdf(
        files / "结算单_2025年7月上半月_吴晓雨.pdf",
        [
            ("普通话语音转写 第 2 批（150 条 × 1.50）", "225.00"),
            ("车道线图像标注 第 7 批（质检不通过）", "0.00"),
            ("车道线图像标注 第 8 批（下期结算）", "—"),
            ("本期实发", "225.00"),
        ],
        "星火标注公会 · 2025年7月1日—15日结算单 · 吴晓雨",
        at(d("2025-07-25"), 20, 40),
        author="成都某某人力资源服务有限公司（虚构）",
    )
    return [
        (at(d("2025-06-03"), 20, 20), Evidence(
            id="E1", title="《兼职标注员合作协议》照片（节选）", kind=EvidenceKind.CONTRACT,
            legal_type=LegalType.DOCUMENTARY, original_status=OriginalStatus.KEPT,
            created_on=d("2025-06-03"), obtained_on=d("2025-06-03"),
            source="公会群里发的协议，线上签署后截取", proves=(Proves.RELATIONSHIP, Proves.WAGE_LEVEL),
            purpose="证明按批计件、7 日质检期、半月结算的约定，以及质检不通过应说明原因",
            provenance=Provenance(recorded_at=at(d("2025-06-03"), 20, 20))),
         [agreement]),
        (at(d("2025-06-26"), 21, 40), Evidence(
            id="E2", title="与刘洋的微信聊天：第 5 批无理由不通过", kind=EvidenceKind.CHAT,
            legal_type=LegalType.ELECTRONIC, original_status=OriginalStatus.KEPT,
            created_on=d("2025-06-26"), obtained_on=d("2025-06-26"), source_app="微信",
            counterparty_account="wxid_demo_liuyang", proves=(Proves.PAY_SHORTFALL,),
            purpose="证明第 5 批被打回时没有任何理由，公会拒绝结算",
            transcript="刘洋：平台那边直接打回的，没给原因，这批就不结算了。",
            provenance=Provenance(recorded_at=at(d("2025-06-26"), 21, 40))),
         [chat1]),
        (at(d("2025-07-25"), 20, 45), Evidence(
            id="E3", title="2025 年 7 月上半月结算单（PDF）", kind=EvidenceKind.PAYSLIP,
            legal_type=LegalType.DOCUMENTARY, original_status=OriginalStatus.KEPT,
            created_on=d("2025-07-25"), obtained_on=d("2025-07-25"), source="公会群文件",
            proves=(Proves.WAGE_LEVEL, Proves.PAY_SHORTFALL),
            purpose="证明 7 月 1 日至 15 日只结算 225 元，第 7、8 批未结算",
            provenance=Provenance(recorded_at=at(d("2025-07-25"), 20, 45))),
         [statement]),
        (at(d("2025-07-18"), 11, 0), Evidence(
            id="E4", title="与刘洋的微信聊天：第 7 批超期打回、第 8 批未结算", kind=EvidenceKind.CHAT,
            legal_type=LegalType.ELECTRONIC, original_status=OriginalStatus.KEPT,
            created_on=d("2025-07-18"), obtained_on=d("2025-07-18"), source_app="微信",
            counterparty_account="wxid_demo_liuyang", proves=(Proves.PAY_SHORTFALL,),
            purpose="证明第 7 批在质检期满后才被打回，第 8 批验收通过但未结算",
            transcript="刘洋：第7批平台今天给了不通过，准确率不够98%。……第8批等通知。",
            provenance=Provenance(recorded_at=at(d("2025-07-18"), 11, 0))),
         [chat2]),
    ]  # fmt: skip


def incidents() -> list[tuple[dt.datetime, Incident]]:
    return [
        (at(d("2025-06-26"), 21, 45), Incident(
            id="I1", date=d("2025-06-26"), time="21:10", kind=IncidentKind.OTHER, actor="P2",
            actor_party=Party.AGENCY, channel=Channel.WECHAT, form=Form.WRITTEN_ELECTRONIC,
            summary="第 5 批被平台打回，没有说明原因；公会会长说这批不结算。当天书面要求提供质检结果。",
            quote="平台那边直接打回的，没给原因，这批就不结算了。",
            evidence=("E2",),
            provenance=Provenance(recorded_at=at(d("2025-06-26"), 21, 45)))),
        (at(d("2025-07-18"), 11, 5), Incident(
            id="I2", date=d("2025-07-18"), time="10:31", kind=IncidentKind.OTHER, actor="P2",
            actor_party=Party.AGENCY, channel=Channel.WECHAT, form=Form.WRITTEN_ELECTRONIC,
            summary="7 月 3 日提交的第 7 批在 7 天质检期满一周后被打回；第 8 批已通过但“等通知”结算。当天回复不同意。",
            quote="平台规则改了，以平台为准。第8批等通知。",
            evidence=("E4",),
            provenance=Provenance(recorded_at=at(d("2025-07-18"), 11, 5)))),
        (at(d("2025-08-05"), 20, 0), Incident(
            id="I3", date=d("2025-08-05"), kind=IncidentKind.DEMAND_SENT,
            actor_party=Party.WORKER, channel=Channel.WECHAT, form=Form.WRITTEN_ELECTRONIC,
            summary="在微信上向公会会长和结算公司客服发书面要求：结算第 5、7、8 批，并按成都市非全日制小时最低工资补足差额。",
            quote="请于十五日内结算第5、7、8批共700元，并按每小时23元的最低标准补足6月3日至7月11日的报酬差额。",
            asserts=("piece-work-unpaid", "below-hourly-minimum"),
            provenance=Provenance(recorded_at=at(d("2025-08-05"), 20, 0)))),
    ]  # fmt: skip


def steps(files: Path) -> list[Step]:
    out: list[Step] = []
    for person in people():
        out.append((at(FIRST_DAY, 18, 40), 1, lambda s, c, p=person: s.save_record(c, p)))
    for when, item, paths in evidence_items(files):
        out.append((when, 2, lambda s, c, e=item, ps=paths: s.add_evidence_files(c, e, ps)))
    for date in dates():
        x = day(date)
        out.append((at(date, 22, 30), 3, lambda s, c, x=x: s.set_days(c, [x])))
    out.extend(batch_steps())
    for when, payment in payments():
        out.append((when, 4, lambda s, c, p=payment: s.save_record(c, p)))
    for when, incident in incidents():
        out.append((when, 5, lambda s, c, i=incident: s.save_record(c, i)))
    out.sort(key=lambda step: (step[0], step[1]))
    return out


def build(out: Path) -> Path:
    return replay_export_verify(
        case_info(),
        steps,
        created_at=at(FIRST_DAY, 18, 30),
        exported_at=EXPORTED_AT,
        out=out,
        name="the platform sample",
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
