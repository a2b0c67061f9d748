# ruff: noqa: E501  (catalogue-like test texts)
"""The sample case of the report tests: an outsourced software tester placed
at a large internet company in Hangzhou, benched from 2025-04-08, pressed to
resign in August and September 2025; with evidence files made on the spot
(a contract PDF, chat screenshots, payslips, a recording, a HEIC photo).

`sample_case(evidence_dir)` writes the evidence files (deterministic bytes)
and returns the case and a sha256 → path lookup; `sample_findings(case)` is a
hand-made FindingsReport (stable for the layout snapshot), and
`rules_findings(case)` the real rules engine's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.domain.citation import Document, Source
from caseapp.domain.findings import (
    Alternative,
    Basis,
    Calculation,
    Deadline,
    Finding,
    FindingsReport,
    Parameter,
    Period,
    Totals,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import (
    Case,
    CaseInfo,
    Contract,
    Control,
    Day,
    Evidence,
    EvidenceFile,
    Incident,
    Organisation,
    Payment,
    Person,
    Provenance,
    SIMonth,
    Task,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    Channel,
    Confidence,
    ContractKind,
    ControlBy,
    DayStatus,
    EvidenceKind,
    Form,
    Forum,
    IncidentKind,
    LegalType,
    Origin,
    OriginalStatus,
    Party,
    PaymentKind,
    Proves,
    Response,
    Scope,
    Severity,
    SIStatus,
)
from caseapp.report.fonts import FONT, register

TZ = dt.timezone(dt.timedelta(hours=8))
AS_OF = dt.date(2025, 10, 15)
GENERATED_AT = dt.datetime(2025, 10, 15, 20, 30, tzinfo=TZ)
UID = "5b0f3a3e-2f7e-4d63-9a3c-6c1c1f6f2a10"
LONG_NOTE = (
    "今天照常九点到工位，没有任何任务。项目经理说等通知，人事说外包这边会统一安排。"
    "我在群里问了三次有没有活，没人回复。下午被告知工位要腾给新来的同事，电脑先交回去，"
    "门禁卡暂时还能用。"
) * 4  # about 500 characters


def at(day: dt.date, hour: int = 21) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


def on_time(day: dt.date) -> Provenance:
    return Provenance(recorded_at=at(day), origin=Origin.APP)


def _png(text: str, size: tuple[int, int] = (540, 960)) -> bytes:
    img = Image.new("RGB", size, "#EDEDED")
    draw = ImageDraw.Draw(img)
    for n in range(8):
        y = 40 + n * 110
        box = (30, y, 420, y + 80) if n % 2 == 0 else (120, y, 510, y + 80)
        draw.rectangle(box, fill="#FFFFFF" if n % 2 == 0 else "#95EC69")
    draw.text((40, 10), text, fill="#000000")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _pdf(title: str, pages: int) -> bytes:
    register()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1, initialFontName=FONT)
    for n in range(1, pages + 1):
        canvas.setFont(FONT, 16)
        canvas.drawString(72, 770, f"{title}（第{n}页）")
        canvas.setFont(FONT, 11)
        for k in range(20):
            canvas.drawString(72, 730 - k * 24, f"第{k + 1}条　本页为测试用原始文件内容。")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _file(directory: Path | None, name: str, data: bytes, store: dict[str, Path]) -> EvidenceFile:
    sha = hashlib.sha256(data).hexdigest()
    if directory is not None:
        path = directory / f"{sha}{Path(name).suffix}"
        path.write_bytes(data)
        store[sha] = path
    ext = Path(name).suffix
    return EvidenceFile(path=f"evidence/{sha}{ext}", sha256=sha, size=len(data), original_name=name)


def workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    out = []
    d = start
    while d <= end:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def sample_case(
    evidence_dir: Path | None = None, *, contract_pages: int = 3
) -> tuple[Case, Callable[[str], Path | None]]:
    store: dict[str, Path] = {}
    info = CaseInfo(
        uid=UID,
        title="外包待岗",
        worker=Worker(name="李青", id_number="330106199001011234", phone="13800000000"),
        employer=Organisation(
            name="杭州云启信息技术服务有限公司",
            credit_code="91330106MA2XXXXX1K",
            address="杭州市西湖区文三路 000 号 8 楼",
        ),
        client=Organisation(
            name="某大型互联网科技（杭州）有限公司",
            address="杭州市余杭区某某路 1 号",
        ),
        arrangement=Arrangement.OUTSOURCING,
        city="hangzhou",
        district="余杭区",
        position="软件测试工程师（驻场外包）",
        contract=Contract(
            kind=ContractKind.FIXED,
            start=dt.date(2023, 3, 1),
            end=dt.date(2026, 2, 28),
            written=True,
            copy_held=True,
        ),
        monthly_wage=Decimal("18000.00"),
        payday=15,
        control=Control(
            attendance_by=ControlBy.CLIENT,
            tasks_by=ControlBy.CLIENT,
            appraisal_by=ControlBy.CLIENT,
            pay_by=ControlBy.EMPLOYER,
        ),
    )
    people = (
        Person("P1", "王磊", Party.CLIENT, role="项目经理", accounts=("wanglei_pm",)),
        Person("P2", "张敏", Party.EMPLOYER, role="人事专员"),
        Person("P3", "赵强", Party.OTHER, role="同组同事"),
    )
    files = {
        "contract": _file(evidence_dir, "劳动合同.pdf", _pdf("劳动合同", contract_pages), store),
        "chat1": _file(evidence_dir, "微信聊天-撤出项目-1.png", _png("chat 1"), store),
        "chat2": _file(evidence_dir, "微信聊天-撤出项目-2.png", _png("chat 2"), store),
        "payslip": _file(evidence_dir, "工资条-2025年5-9月.pdf", _pdf("工资条", 2), store),
        "recording": _file(
            evidence_dir, "与人事谈话-20250815.m4a", b"\x00\x00\x00\x18ftypM4A " * 64, store
        ),
        "heic": _file(evidence_dir, "离职申请表照片.HEIC", b"\x00\x00\x00\x18ftypheic" * 64, store),
        "long": _file(
            evidence_dir, ("非常长的文件名" * 6) + ".png", _png("long", (800, 400)), store
        ),
    }
    evidence = (
        Evidence(
            "E1",
            "劳动合同（2023-03-01 至 2026-02-28）",
            EvidenceKind.CONTRACT,
            OriginalStatus.KEPT,
            LegalType.DOCUMENTARY,
            (files["contract"],),
            created_on=dt.date(2023, 3, 1),
            source="本人保存的合同原件扫描",
            proves=(Proves.RELATIONSHIP, Proves.WAGE_LEVEL),
            purpose="证明劳动关系及月工资 18000 元",
        ),
        Evidence(
            "E2",
            "项目经理王磊通知撤出项目的微信聊天记录",
            EvidenceKind.CHAT,
            OriginalStatus.KEPT,
            LegalType.ELECTRONIC,
            (files["chat1"], files["chat2"]),
            created_on=dt.date(2025, 4, 7),
            source="本人手机微信",
            source_app="微信",
            counterparty_account="wanglei_pm",
            proves=(Proves.STANDBY,),
            purpose="证明用工单位于 2025-04-07 将我撤出项目，此后未安排工作",
        ),
        Evidence(
            "E3",
            "2025年5月至9月工资条",
            EvidenceKind.PAYSLIP,
            OriginalStatus.KEPT,
            LegalType.ELECTRONIC,
            (files["payslip"],),
            created_on=dt.date(2025, 9, 15),
            source="公司邮件发送的电子工资条",
            proves=(Proves.PAY_SHORTFALL,),
        ),
        Evidence(
            "E4",
            "与人事张敏的谈话录音",
            EvidenceKind.RECORDING,
            OriginalStatus.KEPT,
            LegalType.AUDIOVISUAL,
            (files["recording"],),
            created_on=dt.date(2025, 8, 15),
            source="本人手机录音",
            proves=(Proves.PRESSURE,),
            transcript="张敏：项目没了，公司这边也没有合适的岗位。\n李青：那我的工资怎么算？\n"
            "张敏：你自己主动提离职，大家都体面，离职证明可以写好一点。\n"
            "李青：我不同意主动离职，我要求公司安排工作。",
        ),
        Evidence(
            "E5",
            "被要求签署的《个人原因离职申请表》照片",
            EvidenceKind.PHOTO,
            OriginalStatus.HELD_BY_EMPLOYER,
            LegalType.DOCUMENTARY,
            (files["heic"],),
            created_on=dt.date(2025, 9, 1),
            source="本人手机拍摄",
            proves=(Proves.PRESSURE,),
        ),
        Evidence(
            "E6",
            "书面待岗通知（纸质，盖章）",
            EvidenceKind.NOTICE,
            OriginalStatus.HELD_BY_EMPLOYER,
            LegalType.DOCUMENTARY,
            (),
            created_on=dt.date(2025, 4, 8),
            source="人事当面出示，未给复印件",
            proves=(Proves.STANDBY,),
        ),
        Evidence(
            "E7",
            "工位照片：" + "名称很长的证据用来测试单元格换行" * 3,
            EvidenceKind.PHOTO,
            OriginalStatus.KEPT,
            LegalType.ELECTRONIC,
            (files["long"],),
            created_on=dt.date(2025, 4, 9),
            source="本人手机拍摄",
            proves=(Proves.CONDITIONS_WITHDRAWN,),
        ),
    )
    days: list[Day] = []
    for d in workdays(dt.date(2025, 1, 2), dt.date(2025, 9, 30)):
        weekend = d.weekday() >= 5
        if weekend:
            status = DayStatus.REST
        elif d < dt.date(2025, 4, 8):
            status = DayStatus.WORKING
        elif d < dt.date(2025, 6, 1):
            status = DayStatus.STANDBY_ONSITE
        else:
            status = DayStatus.STANDBY
        prov = on_time(d)
        if dt.date(2025, 2, 10) <= d <= dt.date(2025, 2, 14):
            prov = Provenance(
                recorded_at=at(dt.date(2025, 4, 20)),
                origin=Origin.BACKFILL,
                backfill_basis="钉钉打卡记录截图",
            )
        elif d == dt.date(2025, 6, 16):
            prov = Provenance(recorded_at=at(dt.date(2025, 6, 25)), origin=Origin.APP)
        elif d == dt.date(2025, 7, 1):
            prov = Provenance(
                recorded_at=at(d), updated_at=at(dt.date(2025, 7, 3)), origin=Origin.APP
            )
        note = None
        ev: tuple[str, ...] = ()
        if d == dt.date(2025, 4, 9):
            note, ev = LONG_NOTE, ("E7",)
        elif d == dt.date(2025, 6, 3):
            note = "发邮件给王磊和张敏，书面要求安排工作，无人回复。"
        days.append(Day(d, status, note=note, evidence=ev, provenance=prov))
    incidents = (
        Incident(
            "I1",
            dt.date(2025, 4, 7),
            IncidentKind.REMOVED_FROM_PROJECT,
            "项目经理王磊在微信上通知我从项目撤出，第二天起不用来项目组。",
            time="17:42",
            actor="P1",
            actor_party=Party.CLIENT,
            channel=Channel.WECHAT,
            form=Form.WRITTEN_ELECTRONIC,
            quote="明天开始你先不用过来了，等外包公司通知。",
            evidence=("E2",),
            scope=Scope.INDIVIDUAL,
            stated_reason="项目预算调整",
            provenance=on_time(dt.date(2025, 4, 7)),
        ),
        Incident(
            "I2",
            dt.date(2025, 4, 8),
            IncidentKind.STANDBY_NOTICE,
            "人事张敏通知我待岗，每天仍需到公司打卡坐班。",
            actor="P2",
            actor_party=Party.EMPLOYER,
            channel=Channel.IN_PERSON,
            form=Form.WRITTEN_PAPER,
            evidence=("E6",),
            scope=Scope.INDIVIDUAL,
            provenance=on_time(dt.date(2025, 4, 8)),
        ),
        Incident(
            "I3",
            dt.date(2025, 5, 20),
            IncidentKind.COLLEAGUES_STILL_WORKING,
            "同组同事赵强等人仍在原项目正常工作。",
            provenance=on_time(dt.date(2025, 5, 20)),
        ),
        Incident(
            "I4",
            dt.date(2025, 6, 3),
            IncidentKind.WORK_REQUESTED,
            "发邮件书面要求安排工作。",
            channel=Channel.EMAIL,
            form=Form.WRITTEN_ELECTRONIC,
            provenance=on_time(dt.date(2025, 6, 3)),
        ),
        Incident(
            "I5",
            dt.date(2025, 8, 15),
            IncidentKind.ASKED_TO_RESIGN,
            "人事张敏约谈，劝我主动离职。",
            time="15:00",
            actor="P2",
            actor_party=Party.EMPLOYER,
            channel=Channel.IN_PERSON,
            form=Form.ORAL,
            quote="你自己主动提离职，大家都体面，离职证明可以写好一点。",
            evidence=("E4",),
            provenance=Provenance(
                recorded_at=at(dt.date(2025, 8, 15)),
                updated_at=at(dt.date(2025, 8, 16)),
                origin=Origin.APP,
            ),
        ),
        Incident(
            "I6",
            dt.date(2025, 9, 1),
            IncidentKind.RESIGNATION_FORM_PRESENTED,
            "人事拿来一张写好“个人原因”的离职申请表让我签字，我没有签。",
            actor="P2",
            actor_party=Party.EMPLOYER,
            channel=Channel.IN_PERSON,
            form=Form.WRITTEN_PAPER,
            response=Response.NONE,
            evidence=("E5",),
            provenance=on_time(dt.date(2025, 9, 1)),
        ),
        Incident(
            "I7",
            dt.date(2025, 9, 20),
            IncidentKind.HIRING_SAME_ROLE,
            "招聘网站上外包公司仍在招聘同一岗位的测试工程师。",
            provenance=on_time(dt.date(2025, 9, 20)),
        ),
    )
    payments: list[Payment] = []
    for month in range(1, 10):
        start = dt.date(2025, month, 1)
        end = dt.date(2025, month + 1, 1) - dt.timedelta(days=1)
        paid = dt.date(2025, month + 1, 15)
        if month <= 4:
            gross, net = Decimal("18000.00"), Decimal("14626.50")
        else:
            gross, net = Decimal("2100.00"), Decimal("1650.00")
        payments.append(
            Payment(
                f"PAY{month}",
                paid,
                start,
                end,
                PaymentKind.WAGE if month <= 4 else PaymentKind.STANDBY,
                amount=gross,
                net=net,
                payer_party=Party.EMPLOYER,
                payer_name="杭州云启信息技术服务有限公司",
                evidence=("E3",) if month >= 5 else (),
                provenance=on_time(paid),
            )
        )
    tasks = (
        Task(
            "T1",
            dt.date(2025, 3, 3),
            "回归测试：支付模块 3.2 版",
            assigned_by="P1",
            assigned_by_party=Party.CLIENT,
            provenance=on_time(dt.date(2025, 3, 3)),
        ),
    )
    si = tuple(
        SIMonth(dt.date(2025, m, 1), SIStatus.PAID, provenance=on_time(dt.date(2025, m, 28)))
        for m in range(1, 10)
    )
    case = Case(
        info=info,
        people=people,
        days=tuple(days),
        tasks=tasks,
        payments=tuple(payments),
        social_insurance=si,
        incidents=incidents,
        evidence=evidence,
    )
    return case, store.get


def sample_findings(case: Case) -> FindingsReport:
    lcl = "labour_contract_law"
    wage = "wage_payment_provisions"
    standby = Finding(
        key="standby-below-floor:2025-06",
        rule="standby-below-floor",
        severity=Severity.HIGH,
        confidence=Confidence.LOCAL_RULE,
        title=Msg("report.test.floor.title"),
        explanation=Msg("report.test.floor.explanation"),
        summary=Msg("report.test.floor.summary"),
        period=Period(dt.date(2025, 5, 8), dt.date(2025, 9, 30)),
        amount=Decimal("1310.00"),
        calculation=Calculation(
            formula="Σ (最低工资 × 比例 − 实发) for each month",
            inputs={
                "2025-06 实发": "2100.00",
                "2025-07 实发": "2100.00",
                "计算期间": "2025-05-08 至 2025-09-30",
            },
            parameters=(
                Parameter(
                    "杭州最低工资（第一档）",
                    "2490.00",
                    dt.date(2021, 8, 1),
                    Source(
                        Document(
                            number="浙政发〔2021〕17号", url="https://www.zj.gov.cn/" + "x" * 60
                        )
                    ),
                    Confidence.LOCAL_RULE,
                ),
            ),
        ),
        basis=(Basis(wage, "12"), Basis(lcl, "30")),
        forum=Forum.ARBITRATION,
        respondents=("employer", "client"),
        final_award_eligible=True,
        refs=("day:2025-06-02", "payment:PAY6", "evidence:E3", "incident:I2"),
        strengthen=(Msg("report.test.strengthen"),),
        next_steps=(Msg("report.test.next"),),
        counter_arguments=(Msg("report.test.counter"),),
        alternatives=(
            Alternative(
                Msg("report.test.alt"), Decimal("2980.00"), "100% 最低工资", Confidence.CONTESTED
            ),
        ),
    )
    full = Finding(
        key="standby-full-wage-arguable",
        rule="standby-full-wage-arguable",
        severity=Severity.MEDIUM,
        confidence=Confidence.CONTESTED,
        title=Msg("report.test.full.title"),
        explanation=Msg("report.test.full.explanation"),
        period=Period(dt.date(2025, 4, 8), dt.date(2025, 9, 30)),
        amount=Decimal("79500.00"),
        calculation=Calculation("Σ (合同工资 − 实发)", {"合同月工资": "18000.00"}),
        basis=(Basis(lcl, "35"),),
        forum=Forum.ARBITRATION,
        respondents=("employer",),
        final_award_eligible=False,
        refs=("incident:I3", "incident:I7", "day:2025-04-09"),
    )
    pressure = Finding(
        key="resignation-pressure",
        rule="resignation-pressure",
        severity=Severity.INFO,
        confidence=Confidence.STATUTE,
        title=Msg("report.test.pressure.title"),
        explanation=Msg("report.test.pressure.explanation"),
        period=None,
        amount=None,
        calculation=None,
        basis=(Basis(lcl, "36"),),
        forum=None,
        respondents=(),
        final_award_eligible=None,
        refs=("incident:I5", "incident:I6", "evidence:E4"),
        next_steps=(Msg("report.test.next"),),
    )
    deadline = Deadline(
        "standby-below-floor", dt.date(2025, 6, 15), None, Msg("report.test.deadline")
    )
    held = tuple(employer_held_finding(variant) for variant in ("attendance", "payroll"))
    totals = Totals(  # as rules/totals.py gives them: the full wage covers the floor
        firm=Decimal("1310.00"),
        arguable=Decimal("78190.00"),
        firm_rules=(standby.rule,),
        arguable_rules=(full.rule,),
        firm_keys=(standby.key,),
        arguable_keys=(full.key,),
    )
    return FindingsReport(
        as_of=AS_OF,
        case_uid=case.info.uid,
        app_version="0.1.0",
        law_data_version="test",
        law_data_sha256="0" * 64,
        findings=(standby, full, pressure, *held),
        deadlines=(deadline,),
        totals=totals,
    )


def employer_held_finding(variant: str) -> Finding:
    """The rules' `employer-held-evidence` finding for attendance or payroll
    records over the standby months (caseapp/rules/r_employer_held.py)."""
    rule = "employer-held-evidence"
    params = {"start": "2025-04-08", "end": "2025-09-30", "claims": "待岗期间工资"}
    head = f"rules.{rule}.{variant}"
    return Finding(
        key=f"{rule}@{variant}",
        rule=rule,
        severity=Severity.LOW,
        confidence=Confidence.STATUTE,
        title=Msg(f"{head}.title", params),
        explanation=Msg(f"{head}.explanation", params),
        summary=Msg(f"{head}.summary", params),
        period=Period(dt.date(2025, 4, 8), dt.date(2025, 9, 30)),
        amount=None,
        calculation=None,
        basis=(Basis("mediation_arbitration_law", "6"), Basis("mediation_arbitration_law", "39")),
        forum=Forum.ARBITRATION,
        respondents=("employer",),
        final_award_eligible=None,
        refs=("day:2025-06-02",) if variant == "attendance" else ("payment:PAY6",),
    )


def rules_findings(case: Case) -> FindingsReport:
    from caseapp.rules.engine import run_rules

    return run_rules(case, AS_OF)


TEST_MESSAGES: dict[str, dict[str, str]] = {
    "report.test.floor.title": {
        "zh": "待岗期间工资低于当地规定的标准",
        "en": "Standby pay below the local floor",
    },
    "report.test.floor.summary": {
        "zh": "5月8日以后每月到手的待岗工资，低于杭州规定的标准，差额可以要求补发。",
        "en": "Since 8 May your monthly standby pay has been below Hangzhou's floor; the difference can be claimed.",
    },
    "report.test.floor.explanation": {
        "zh": "第一个工资支付周期之后，待岗工资不得低于当地最低工资标准的一定比例。记录显示 6 月至 9 月每月实发 2100 元，与该规定不一致。",
        "en": "After the first pay cycle, standby pay may not fall below a share of the local minimum wage. The records show 2,100 a month from June to September, which is not consistent with that rule.",
    },
    "report.test.full.title": {
        "zh": "待岗期间可主张按合同工资支付",
        "en": "The full contract wage during standby is arguable",
    },
    "report.test.full.explanation": {
        "zh": "只有你一人被安排待岗，同组同事仍在工作，公司在招聘同一岗位，这不是整体停工停产。",
        "en": "Only you were benched while colleagues kept working and the role was being hired; this is not a whole-company stoppage.",
    },
    "report.test.pressure.title": {
        "zh": "被要求以个人原因离职：先不要签字",
        "en": "Pressed to resign for personal reasons: do not sign yet",
    },
    "report.test.pressure.explanation": {
        "zh": "以“个人原因”辞职通常拿不到经济补偿。公司提出解除时应当协商并支付经济补偿。",
        "en": "Resigning for personal reasons usually forfeits severance. If the company wants to end the contract, it must negotiate and pay severance.",
    },
    "report.test.strengthen": {
        "zh": "下载个税 App 的收入纳税明细，补充每月应发工资。",
        "en": "Download the income-tax app's income details to show each month's gross pay.",
    },
    "report.test.next": {
        "zh": "书面要求公司补发差额并安排工作，保留发送记录。",
        "en": "Demand the difference and work in writing, and keep proof of sending.",
    },
    "report.test.counter": {
        "zh": "公司可能主张已与你协商一致降低待岗工资。",
        "en": "The company may say you agreed to the lower standby pay.",
    },
    "report.test.alt": {
        "zh": "按要求坐班待岗，按最低工资全额计算",
        "en": "Benched on site: the full minimum wage",
    },
    "report.test.deadline": {
        "zh": "在职期间追讨欠薪不受一年时效限制；离职后一年内申请。",
        "en": "Wage arrears during employment are not time-barred; after leaving, apply within one year.",
    },
}


def install_test_messages() -> None:
    """Add the hand-made findings' texts to the (cached) catalogue, test-only keys."""
    from caseapp.i18n import catalogue

    entries = catalogue()
    assert isinstance(entries, dict)
    for key, value in TEST_MESSAGES.items():
        entries.setdefault(key, value)
