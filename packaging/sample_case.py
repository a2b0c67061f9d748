# ruff: noqa: E501
"""The data of the sample case: a fictional outsourced test engineer in Hangzhou.

李青 is employed by a vendor (杭州某某信息技术有限公司) and placed at a large
tech company's campus (示例星云网络科技有限公司, 西溪示例园区). Every name,
company and account here is invented. The story, February to July 2025:

- works on the client's payments project until 2025-03-14 (14,000/month:
  base 6,000 + performance 7,000 + allowance 1,000; payday the 15th for the
  previous month);
- 2025-03-13 taken off the project, badge and accounts revoked the next day;
  told to go home on standby "on the base wage" from 2025-03-17;
- March is paid in full (the first pay cycle), April and May on the base
  wage of 6,000; from June a "living allowance" of 1,800 gross, below both the
  base wage and Zhejiang's 80 % of the Hangzhou minimum wage (2,490 in 2025),
  while from 2025-05-22 a daily 9:00 DingTalk check-in is required;
- asked to resign (2025-04-22), handed a "personal reasons" resignation form
  (2025-04-29, objected in writing), pay-cut notice (2025-05-20, objected);
- asks in writing to be given work; colleagues keep working on the project;
- sends a written demand (2025-07-21) asserting standby-below-floor;
- social insurance paid through June, July found unpaid.

Days before 2025-04-02 were reconstructed afterwards (origin backfill, with the
basis); incidents were mostly written on the day, some days later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import chinese_calendar

from caseapp.domain.model import (
    CaseInfo,
    Components,
    Contract,
    Control,
    Day,
    Deductions,
    Incident,
    Organisation,
    Payment,
    Person,
    Provenance,
    SIMonth,
    Task,
    WageChange,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    Channel,
    ContractKind,
    ControlBy,
    DayStatus,
    Form,
    HoursSystem,
    IncidentKind,
    LeaveKind,
    Origin,
    Party,
    PaymentKind,
    Response,
    Scope,
    SISource,
    SIStatus,
    SIType,
    SITypeStatus,
    WageBasis,
)

TZ = dt.timezone(dt.timedelta(hours=8))
UID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://caseapp.invalid/sample/li-qing"))
FIRST_DAY = dt.date(2025, 2, 1)
LAST_DAY = dt.date(2025, 7, 31)
REMOVED_ON = dt.date(2025, 3, 13)
STANDBY_FROM = dt.date(2025, 3, 17)
ONCALL_FROM = dt.date(2025, 5, 22)
BACKFILL_DONE = dt.datetime(2025, 4, 2, 21, 40, tzinfo=TZ)
BACKFILL_BASIS = "根据钉钉考勤记录、项目周报和微信聊天记录补录"


def at(day: dt.date, hour: int = 21, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def m(value: str) -> Decimal:
    return Decimal(value)


def case_info() -> CaseInfo:
    return CaseInfo(
        uid=UID,
        title="李青 · 待岗工资与劝退（示例案件）",
        worker=Worker(name="李青", phone="13800000000"),
        employer=Organisation(name="杭州某某信息技术有限公司", address="杭州市余杭区示例路 1 号"),
        client=Organisation(name="示例星云网络科技有限公司", address="杭州市余杭区西溪示例园区"),
        arrangement=Arrangement.OUTSOURCING,
        city="hangzhou",
        district="余杭区",
        position="测试工程师",
        employment_start=dt.date(2022, 3, 1),
        contract=Contract(
            kind=ContractKind.FIXED,
            start=dt.date(2022, 3, 1),
            end=dt.date(2026, 2, 28),
            written=True,
            signed_on=dt.date(2022, 2, 25),
            copy_held=True,
        ),
        monthly_wage=m("14000.00"),
        wage_history=(
            WageChange(
                from_=dt.date(2022, 3, 1),
                monthly_gross=m("12000.00"),
                base=m("5500.00"),
                basis=WageBasis.WRITTEN,
            ),
            WageChange(
                from_=dt.date(2024, 3, 1),
                monthly_gross=m("14000.00"),
                base=m("6000.00"),
                performance_target=m("7000.00"),
                fixed_allowances=m("1000.00"),
                basis=WageBasis.PAYSLIP,
            ),
        ),
        payday=15,
        pay_lag_months=1,
        hours_system=HoursSystem.STANDARD,
        work_years_before_start=3,
        control=Control(
            attendance_by=ControlBy.CLIENT,
            tasks_by=ControlBy.CLIENT,
            appraisal_by=ControlBy.CLIENT,
            badge_email_by=ControlBy.CLIENT,
            rules_by=ControlBy.EMPLOYER,
            pay_by=ControlBy.EMPLOYER,
        ),
    )


def people() -> list[Person]:
    return [
        Person(id="P1", name="王建国", role="供应商交付经理", party=Party.EMPLOYER,
               accounts=("wxid_demo_wangjg",)),
        Person(id="P2", name="赵敏", role="人事专员（HR）", party=Party.EMPLOYER,
               accounts=("wxid_demo_zhaomin", "zhaomin@vendor.example")),
        Person(id="P3", name="陈磊", role="客户方项目负责人", party=Party.CLIENT,
               accounts=("wxid_demo_chenlei",)),
        Person(id="P4", name="周婷", role="同组外包同事", party=Party.OTHER,
               accounts=("wxid_demo_zhouting",)),
    ]  # fmt: skip


def _status(day: dt.date) -> tuple[DayStatus, LeaveKind | None, str | None]:
    if day == dt.date(2025, 6, 10):
        return DayStatus.LEAVE, LeaveKind.PERSONAL, "请事假一天（去社保中心打印缴费记录）"
    if day == dt.date(2025, 2, 20):
        return DayStatus.SICK, None, "发烧，病假一天，医院病历已拍照"
    if not chinese_calendar.is_workday(day):
        return DayStatus.REST, None, None
    if day <= dt.date(2025, 3, 14):
        return DayStatus.WORKING, None, None
    if day < STANDBY_FROM:
        return DayStatus.STANDBY, None, None
    if day < ONCALL_FROM:
        return DayStatus.STANDBY, None, "在家待岗，没有安排任何工作"
    return DayStatus.STANDBY_ONCALL, None, "9:00 前钉钉打卡，随时等候通知，没有安排工作"


def day(date: dt.date, recorded: dt.datetime, backfill: bool) -> Day:
    status, leave_kind, note = _status(date)
    working = status is DayStatus.WORKING
    prov = Provenance(
        recorded_at=recorded,
        origin=Origin.BACKFILL if backfill else Origin.APP,
        backfill_basis=BACKFILL_BASIS if backfill else None,
    )
    return Day(
        date=date,
        status=status,
        leave_kind=leave_kind,
        start="09:00" if working else None,
        end="18:30" if working else None,
        overtime_hours=m("1.5") if working and date.weekday() == 1 else None,
        note=note,
        provenance=prov,
    )


def all_dates() -> list[dt.date]:
    count = (LAST_DAY - FIRST_DAY).days + 1
    # Three days the worker never logged: unknown, not absent.
    gaps = {dt.date(2025, 6, 23), dt.date(2025, 6, 24), dt.date(2025, 7, 8)}
    dates = [FIRST_DAY + dt.timedelta(days=i) for i in range(count)]
    return [d for d in dates if d not in gaps]


def tasks() -> list[Task]:
    backfill = Provenance(
        recorded_at=BACKFILL_DONE, origin=Origin.BACKFILL, backfill_basis=BACKFILL_BASIS
    )
    return [
        Task(id="T1", assigned_on=dt.date(2025, 2, 10), title="支付模块 v3.2 回归测试",
             assigned_by="P3", assigned_by_party=Party.CLIENT, project="星云支付",
             completed_on=dt.date(2025, 2, 28), provenance=backfill),
        Task(id="T2", assigned_on=dt.date(2025, 3, 3), title="对账接口自动化用例补充",
             assigned_by="P3", assigned_by_party=Party.CLIENT, project="星云支付",
             provenance=backfill),
        Task(id="T3", assigned_on=dt.date(2025, 5, 12), title="更新个人简历并上传供应商人才池",
             assigned_by="P1", assigned_by_party=Party.EMPLOYER,
             completed_on=dt.date(2025, 5, 13),
             provenance=Provenance(recorded_at=at(dt.date(2025, 5, 12)))),
    ]  # fmt: skip


def _full_month(paid_on: dt.date, month: int, recorded: dt.datetime, backfill: bool) -> Payment:
    start = dt.date(2025, month, 1)
    end = (dt.date(2025, month + 1, 1) if month < 12 else dt.date(2026, 1, 1)) - dt.timedelta(1)
    return Payment(
        id="",
        paid_on=paid_on,
        period_start=start,
        period_end=end,
        kind=PaymentKind.WAGE,
        amount=m("14000.00"),
        net=m("11322.75"),
        deductions=Deductions(
            si_employee=m("1470.00"), housing_fund_employee=m("840.00"), iit=m("367.25")
        ),
        components=Components(base=m("6000.00"), performance=m("7000.00"), allowance=m("1000.00")),
        payer_party=Party.EMPLOYER,
        payer_name="杭州某某信息技术有限公司",
        provenance=Provenance(
            recorded_at=recorded,
            origin=Origin.BACKFILL if backfill else Origin.APP,
            backfill_basis="根据工资条和银行流水补录" if backfill else None,
        ),
    )


def payments() -> list[tuple[dt.datetime, Payment]]:
    """(when recorded, payment), in the order the worker entered them."""
    rows: list[tuple[dt.datetime, Payment]] = [
        (BACKFILL_DONE, _full_month(dt.date(2025, 2, 14), 1, BACKFILL_DONE, True)),
        (BACKFILL_DONE, _full_month(dt.date(2025, 3, 14), 2, BACKFILL_DONE, True)),
        (at(dt.date(2025, 4, 15)), _full_month(dt.date(2025, 4, 15), 3, at(dt.date(2025, 4, 15)), False)),
    ]  # fmt: skip
    base_months = [(dt.date(2025, 5, 15), 4), (dt.date(2025, 6, 16), 5)]
    for paid_on, month in base_months:
        start = dt.date(2025, month, 1)
        end = dt.date(2025, month + 1, 1) - dt.timedelta(1)
        rows.append(
            (
                at(paid_on),
                Payment(
                    id="", paid_on=paid_on, period_start=start, period_end=end,
                    kind=PaymentKind.STANDBY, amount=m("6000.00"), net=m("3690.00"),
                    deductions=Deductions(si_employee=m("1470.00"),
                                          housing_fund_employee=m("840.00"), iit=m("0.00")),
                    components=Components(base=m("6000.00")),
                    payer_party=Party.EMPLOYER, payer_name="杭州某某信息技术有限公司",
                    note="待岗，只发基本工资",
                    provenance=Provenance(recorded_at=at(paid_on)),
                ),
            )
        )  # fmt: skip
    # June: from the payslip (E5). July: entered from the bank app, net only.
    rows.append(
        (
            at(dt.date(2025, 7, 16), 8, 30),
            Payment(
                id="", paid_on=dt.date(2025, 7, 15), period_start=dt.date(2025, 6, 1),
                period_end=dt.date(2025, 6, 30), kind=PaymentKind.STANDBY,
                amount=m("1800.00"), net=m("1230.00"),
                deductions=Deductions(si_employee=m("360.00"),
                                      housing_fund_employee=m("210.00"), iit=m("0.00")),
                components=Components(base=m("1800.00")),
                payer_party=Party.EMPLOYER, payer_name="杭州某某信息技术有限公司",
                note="工资条写“待岗生活费 1800”", evidence=("E5",),
                provenance=Provenance(recorded_at=at(dt.date(2025, 7, 16), 8, 30)),
            ),
        )
    )  # fmt: skip
    rows.append(
        (
            at(dt.date(2025, 8, 20), 20, 10),
            Payment(
                id="", paid_on=dt.date(2025, 8, 19), period_start=dt.date(2025, 7, 1),
                period_end=dt.date(2025, 7, 31), kind=PaymentKind.STANDBY, net=m("1230.00"),
                payer_party=Party.EMPLOYER, payer_name="杭州某某信息技术有限公司",
                note="晚发四天，银行到账 1230.00，无工资条",
                provenance=Provenance(recorded_at=at(dt.date(2025, 8, 20), 20, 10),
                                      origin=Origin.PHONE),
            ),
        )
    )  # fmt: skip
    return rows


def social_insurance() -> list[tuple[dt.datetime, SIMonth]]:
    known = dt.date(2025, 8, 20)
    rows = []
    all_paid = {t: SITypeStatus.PAID for t in SIType}
    for month in range(1, 8):
        unpaid = month == 7
        rows.append(
            (
                at(known, 20, 30),
                SIMonth(
                    month=dt.date(2025, month, 1),
                    status=SIStatus.UNPAID if unpaid else SIStatus.PAID,
                    types={t: SITypeStatus.UNPAID for t in SIType} if unpaid else all_paid,
                    base=m("14000.00"),
                    payer_party=Party.EMPLOYER,
                    city="hangzhou",
                    source=SISource.OFFICIAL_RECORD,
                    known_on=known,
                    provenance=Provenance(recorded_at=at(known, 20, 30)),
                ),
            )
        )
    return rows


def incidents() -> list[tuple[dt.datetime, Incident]]:
    """(when recorded, incident). Evidence ids are attached by make_sample."""

    def rec(when: dt.datetime, late_basis: str | None = None) -> Provenance:
        return Provenance(recorded_at=when, origin=Origin.BACKFILL if late_basis else None,
                          backfill_basis=late_basis)  # fmt: skip

    late = "事后根据微信聊天记录和当天的笔记补记"
    return [
        (BACKFILL_DONE, Incident(
            id="I1", date=REMOVED_ON, time="16:30", kind=IncidentKind.REMOVED_FROM_PROJECT,
            actor="P3", actor_party=Party.CLIENT, channel=Channel.IN_PERSON, form=Form.ORAL,
            summary="客户方项目负责人当面通知：从明天起撤出星云支付项目，不用再来园区。",
            quote="项目预算调整，你这边明天起就不用来园区了，工牌下午交给前台。",
            scope=Scope.PROJECT, stated_reason="项目预算调整", provenance=rec(BACKFILL_DONE, late))),
        (BACKFILL_DONE, Incident(
            id="I2", date=dt.date(2025, 3, 14), time="10:05", kind=IncidentKind.ACCESS_REVOKED,
            actor="P3", actor_party=Party.CLIENT, channel=Channel.IN_PERSON,
            summary="工牌被收回，VPN 和客户方钉钉账号被停用，被移出项目群。",
            provenance=rec(BACKFILL_DONE, late))),
        (BACKFILL_DONE, Incident(
            id="I3", date=dt.date(2025, 3, 14), time="17:42", kind=IncidentKind.STANDBY_NOTICE,
            actor="P1", actor_party=Party.EMPLOYER, channel=Channel.WECHAT,
            form=Form.WRITTEN_ELECTRONIC,
            summary="供应商经理微信通知回公司资源池待岗，在家等通知；当天下午另有纸质待岗通知书。",
            quote="下周一开始你先回池待岗，在家等通知，工资按基本工资发。",
            scope=Scope.INDIVIDUAL, stated_reason="客户项目收缩",
            provenance=rec(BACKFILL_DONE, late))),
        (at(dt.date(2025, 4, 8), 11, 20), Incident(
            id="I4", date=dt.date(2025, 4, 8), time="11:02", kind=IncidentKind.WORK_REQUESTED,
            actor_party=Party.WORKER, channel=Channel.EMAIL, form=Form.WRITTEN_ELECTRONIC,
            summary="发邮件给供应商经理和 HR，说明本人随时可以到岗，请求安排工作。",
            quote="本人随时可以到岗工作，请公司安排工作任务。",
            provenance=rec(at(dt.date(2025, 4, 8), 11, 20)))),
        (at(dt.date(2025, 4, 25), 22, 15), Incident(
            id="I5", date=dt.date(2025, 4, 22), time="15:10", kind=IncidentKind.ASKED_TO_RESIGN,
            actor="P2", actor_party=Party.EMPLOYER, channel=Channel.PHONE, form=Form.ORAL,
            summary="HR 来电劝说主动离职。",
            quote="公司这边暂时没有合适的项目，你要不考虑一下自己先离职，这样对你以后找工作也好。",
            provenance=rec(at(dt.date(2025, 4, 25), 22, 15)))),
        (at(dt.date(2025, 4, 29), 19, 40), Incident(
            id="I6", date=dt.date(2025, 4, 29), time="14:00",
            kind=IncidentKind.RESIGNATION_FORM_PRESENTED, actor="P2", actor_party=Party.EMPLOYER,
            channel=Channel.IN_PERSON, form=Form.WRITTEN_PAPER,
            summary="在公司会议室被要求签《离职申请表》，离职原因一栏已印好“个人原因”。没有签，当天用微信书面回复不同意。",
            quote="你签一下这个，离职原因写个人原因就行，补偿是没有的。",
            response=Response.OBJECTED_IN_WRITING,
            provenance=rec(at(dt.date(2025, 4, 29), 19, 40)))),
        (at(dt.date(2025, 5, 20), 18, 5), Incident(
            id="I7", date=dt.date(2025, 5, 20), time="16:48", kind=IncidentKind.PAY_CUT_NOTICE,
            actor="P1", actor_party=Party.EMPLOYER, channel=Channel.WECHAT,
            form=Form.WRITTEN_ELECTRONIC,
            summary="供应商经理微信通知：6 月起待岗人员按每月 1800 元发生活费，并要求每天 9 点前钉钉打卡。当天回复不同意。",
            quote="从6月起待岗人员按每月1800元发放生活费，每天9点前钉钉打卡，随时等通知。",
            response=Response.OBJECTED_IN_WRITING,
            provenance=rec(at(dt.date(2025, 5, 20), 18, 5)))),
        (at(dt.date(2025, 6, 5), 21, 0), Incident(
            id="I8", date=dt.date(2025, 6, 5), kind=IncidentKind.COLLEAGUES_STILL_WORKING,
            actor="P4", actor_party=Party.OTHER, channel=Channel.WECHAT,
            summary="同组外包同事周婷说，原项目组另外两名外包测试仍在园区工作，项目没有停。",
            quote="我们组还在正常干活，上周还加了一个新需求。",
            provenance=rec(at(dt.date(2025, 6, 5), 21, 0)))),
        (at(dt.date(2025, 7, 21), 17, 30), Incident(
            id="I9", date=dt.date(2025, 7, 21), kind=IncidentKind.DEMAND_SENT,
            actor_party=Party.WORKER, channel=Channel.LETTER, form=Form.WRITTEN_PAPER,
            summary="用 EMS 向公司注册地址寄出书面要求：补足 6 月起低于最低工资标准的待岗工资，并恢复安排工作。",
            quote="请贵司于收到本函之日起十五日内，补足自2025年6月起低于杭州市最低工资标准发放的待岗期间工资，并安排本人工作。",
            asserts=("standby-below-floor", "standby-full-wage-arguable"),
            provenance=rec(at(dt.date(2025, 7, 21), 17, 30)))),
    ]  # fmt: skip
