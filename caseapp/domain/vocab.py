"""The spec's vocabularies (case-file-v1.md) as string enums.

Every code here is part of the public case file contract: values are never
renamed, only added within version 1.
"""

from __future__ import annotations

from enum import StrEnum


class Arrangement(StrEnum):
    DISPATCH = "dispatch"
    OUTSOURCING = "outsourcing"
    DIRECT = "direct"
    PART_TIME = "part_time"
    SERVICE_AGREEMENT = "service_agreement"
    PLATFORM = "platform"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"


class ArbitrationPlace(StrEnum):
    """Which commission's area the worker files in (LDMAL art. 21)."""

    PERFORMANCE = "performance"  # where the contract is performed
    EMPLOYER = "employer"  # where the employer is located


class Remedy(StrEnum):
    """What the worker asks for where a termination is contested."""

    DAMAGES = "damages"  # 赔偿金 (2N)
    REINSTATEMENT = "reinstatement"  # 继续履行劳动合同


class StatementAction(StrEnum):
    """The worker's say on one paragraph of 事实与理由 (`case.arbitration.statement`)."""

    KEEP = "keep"  # as drafted
    EDIT = "edit"  # in the worker's own words (`text`)
    DROP = "drop"  # left out
    INCLUDE = "include"  # a paragraph the app leaves out by itself, stated anyway


class ContractKind(StrEnum):
    FIXED = "fixed"
    OPEN_ENDED = "open_ended"
    TASK_BASED = "task_based"
    NONE = "none"


class WageBasis(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    PAYSLIP = "payslip"


class PayBasis(StrEnum):
    """How the work is paid (`case.pay_basis`; missing means `monthly`)."""

    MONTHLY = "monthly"
    HOURLY = "hourly"  # part-time, 非全日制
    PIECE = "piece"  # platform and crowdsourcing work


class TaskStatus(StrEnum):
    """Where a batch of piece work stands (`tasks[].status`)."""

    ASSIGNED = "assigned"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PAID = "paid"


class HoursSystem(StrEnum):
    STANDARD = "standard"
    COMPREHENSIVE = "comprehensive"
    FLEXIBLE = "flexible"


class ProtectedKind(StrEnum):
    PREGNANCY = "pregnancy"
    MEDICAL_PERIOD = "medical_period"
    OCCUPATIONAL_DISEASE = "occupational_disease"
    WORK_INJURY = "work_injury"
    LONG_SERVICE = "long_service"


class ControlBy(StrEnum):
    EMPLOYER = "employer"
    CLIENT = "client"
    AGENCY = "agency"
    UNKNOWN = "unknown"


class EndGround(StrEnum):
    ART36_EMPLOYER_PROPOSED = "art36_employer_proposed"
    ART36_WORKER_PROPOSED = "art36_worker_proposed"
    ART37 = "art37"
    ART38 = "art38"
    ART39 = "art39"
    ART39_PROBATION = "art39_probation"
    ART40_1 = "art40_1"
    ART40_2 = "art40_2"
    ART40_3 = "art40_3"
    ART41 = "art41"
    ART44 = "art44"
    EXPIRY = "expiry"
    OTHER = "other"


class Party(StrEnum):
    EMPLOYER = "employer"
    CLIENT = "client"
    AGENCY = "agency"
    WORKER = "worker"
    AUTHORITY = "authority"
    OTHER = "other"


class DayStatus(StrEnum):
    WORKING = "working"
    STANDBY = "standby"
    STANDBY_ONSITE = "standby_onsite"
    STANDBY_ONCALL = "standby_oncall"
    LEAVE = "leave"
    SICK = "sick"
    REST = "rest"
    ABSENT = "absent"

    @property
    def is_standby(self) -> bool:
        return self in (DayStatus.STANDBY, DayStatus.STANDBY_ONSITE, DayStatus.STANDBY_ONCALL)


class LeaveKind(StrEnum):
    ANNUAL = "annual"
    PERSONAL = "personal"
    SICK = "sick"
    MARRIAGE = "marriage"
    MATERNITY = "maternity"
    BEREAVEMENT = "bereavement"
    COMPENSATORY = "compensatory"
    FORCED = "forced"
    OTHER = "other"


class PaymentKind(StrEnum):
    WAGE = "wage"
    STANDBY = "standby"
    BONUS = "bonus"
    OVERTIME = "overtime"
    ALLOWANCE = "allowance"
    SEVERANCE = "severance"
    NOTICE_PAY = "notice_pay"
    OTHER = "other"


class SIStatus(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"


class SIType(StrEnum):
    PENSION = "pension"
    MEDICAL = "medical"
    UNEMPLOYMENT = "unemployment"
    INJURY = "injury"
    MATERNITY = "maternity"


class SITypeStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    UNKNOWN = "unknown"


class SISource(StrEnum):
    OFFICIAL_RECORD = "official_record"
    PAYSLIP = "payslip"
    TOLD = "told"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    WECHAT = "wechat"
    DINGTALK = "dingtalk"
    FEISHU = "feishu"
    EMAIL = "email"
    LETTER = "letter"
    OTHER = "other"


class Form(StrEnum):
    ORAL = "oral"
    WRITTEN_ELECTRONIC = "written_electronic"
    WRITTEN_PAPER = "written_paper"


class IncidentKind(StrEnum):
    REMOVED_FROM_PROJECT = "removed_from_project"
    STANDBY_NOTICE = "standby_notice"
    RETURNED_TO_AGENCY = "returned_to_agency"
    REDISPATCH_OFFER = "redispatch_offer"
    ASKED_TO_RESIGN = "asked_to_resign"
    RESIGNATION_FORM_PRESENTED = "resignation_form_presented"
    MUTUAL_TERMINATION_OFFER = "mutual_termination_offer"
    AGREEMENT_SIGNED = "agreement_signed"
    PAY_CUT_NOTICE = "pay_cut_notice"
    PERFORMANCE_PAY_STOPPED = "performance_pay_stopped"
    TRANSFER_NOTICE = "transfer_notice"
    ACCESS_REVOKED = "access_revoked"
    HUMILIATING_TASK = "humiliating_task"
    FORCED_LEAVE = "forced_leave"
    PERFORMANCE_WARNING = "performance_warning"
    PIP_STARTED = "pip_started"
    ASSESSMENT = "assessment"
    INCOMPETENCE_CLAIM = "incompetence_claim"
    TRAINING_OFFERED = "training_offered"
    REASSIGNMENT_OFFERED = "reassignment_offered"
    POST_ELIMINATED = "post_eliminated"
    TERMINATION_NOTICE = "termination_notice"
    NONRENEWAL_NOTICE = "nonrenewal_notice"
    RENEWAL_OFFER = "renewal_offer"
    SOCIAL_INSURANCE_STOPPED = "social_insurance_stopped"
    WAGE_DELAY_NOTICE = "wage_delay_notice"
    WORK_REQUESTED = "work_requested"
    WRITTEN_OBJECTION = "written_objection"
    DEMAND_SENT = "demand_sent"
    EMPLOYER_ACKNOWLEDGED = "employer_acknowledged"
    RESIGNATION_SUBMITTED = "resignation_submitted"
    COMPLAINT_FILED = "complaint_filed"
    MEDIATION_APPLIED = "mediation_applied"
    ARBITRATION_FILED = "arbitration_filed"
    INSPECTION_ORDER = "inspection_order"
    COLLEAGUES_STILL_WORKING = "colleagues_still_working"
    HIRING_SAME_ROLE = "hiring_same_role"
    OTHER = "other"


class Scope(StrEnum):
    WHOLE_COMPANY = "whole_company"
    DEPARTMENT = "department"
    PROJECT = "project"
    INDIVIDUAL = "individual"
    UNKNOWN = "unknown"


class ReturnGround(StrEnum):
    ART39 = "art39"
    ART40_1 = "art40_1"
    ART40_2 = "art40_2"
    ART40_3 = "art40_3"
    ART41 = "art41"
    CLIENT_CLOSED = "client_closed"
    AGREEMENT_EXPIRED = "agreement_expired"
    PROJECT_ENDED = "project_ended"
    BUSINESS_DIFFICULTY = "business_difficulty"
    NONE_STATED = "none_stated"
    OTHER = "other"


class Terms(StrEnum):
    SAME_OR_BETTER = "same_or_better"
    WORSE = "worse"


class Response(StrEnum):
    AGREED_IN_WRITING = "agreed_in_writing"
    AGREED_ORALLY = "agreed_orally"
    OBJECTED_IN_WRITING = "objected_in_writing"
    OBJECTED_ORALLY = "objected_orally"
    NONE = "none"


class AgreementSubject(StrEnum):
    PAY = "pay"
    POST = "post"
    PLACE = "place"
    TERMINATION = "termination"
    SETTLEMENT = "settlement"


class ResignationReason(StrEnum):
    PERSONAL = "personal"
    ART38 = "art38"
    UNSPECIFIED = "unspecified"


class OfferClause(StrEnum):
    """What a `mutual_termination_offer`'s paper says besides the sum."""

    NO_FURTHER_CLAIMS = "no_further_claims"
    PERSONAL_REASONS_WORDING = "personal_reasons_wording"
    NON_COMPETE = "non_compete"
    CONFIDENTIALITY = "confidentiality"
    SI_WAIVER = "si_waiver"
    OTHER = "other"


class EvidenceKind(StrEnum):
    CHAT = "chat"
    PAYSLIP = "payslip"
    BANK_STATEMENT = "bank_statement"
    TAX_RECORD = "tax_record"
    SOCIAL_INSURANCE_RECORD = "social_insurance_record"
    CONTRACT = "contract"
    NOTICE = "notice"
    RECORDING = "recording"
    VIDEO = "video"
    EMAIL = "email"
    PHOTO = "photo"
    ATTENDANCE = "attendance"
    OTHER = "other"


class LegalType(StrEnum):
    DOCUMENTARY = "documentary"
    ELECTRONIC = "electronic"
    AUDIOVISUAL = "audiovisual"
    WITNESS = "witness"
    PARTY_STATEMENT = "party_statement"
    PHYSICAL = "physical"


class OriginalStatus(StrEnum):
    KEPT = "kept"
    HELD_BY_EMPLOYER = "held_by_employer"
    COPY_ONLY = "copy_only"
    LOST = "lost"


class Proves(StrEnum):
    RELATIONSHIP = "relationship"
    WAGE_LEVEL = "wage_level"
    STANDBY = "standby"
    PAY_SHORTFALL = "pay_shortfall"
    PRESSURE = "pressure"
    TERMINATION = "termination"
    CONDITIONS_WITHDRAWN = "conditions_withdrawn"
    OTHER = "other"


class Origin(StrEnum):
    APP = "app"
    IMPORT = "import"
    BACKFILL = "backfill"
    PHONE = "phone"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


class Confidence(StrEnum):
    STATUTE = "statute"
    LOCAL_RULE = "local_rule"
    PRACTICE = "practice"
    CONTESTED = "contested"
    UNCONFIRMED = "unconfirmed"


class Forum(StrEnum):
    ARBITRATION = "arbitration"
    LABOUR_INSPECTION = "labour_inspection"
    SI_AGENCY = "si_agency"
    HOUSING_FUND_CENTRE = "housing_fund_centre"
    COURT = "court"


class JournalOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    UNDO = "undo"
    PURGE = "purge"
    RESTORE = "restore"
    EXPORT = "export"
    ANCHOR = "anchor"  # the head hash the worker sent outside the app (casefile/anchors.py)


# Which kind-specific keys each incident kind may carry (spec table "extra keys").
# A key outside this map for its kind is an unknown key: an error on read.
INCIDENT_EXTRA_KEYS: dict[IncidentKind, frozenset[str]] = {
    IncidentKind.REMOVED_FROM_PROJECT: frozenset({"scope", "stated_reason"}),
    IncidentKind.STANDBY_NOTICE: frozenset({"scope", "stated_reason"}),
    IncidentKind.RETURNED_TO_AGENCY: frozenset({"ground"}),
    IncidentKind.REDISPATCH_OFFER: frozenset({"terms", "response"}),
    IncidentKind.RESIGNATION_FORM_PRESENTED: frozenset({"response"}),
    IncidentKind.MUTUAL_TERMINATION_OFFER: frozenset(
        {"terms_text", "offer_amount", "last_day", "clauses", "response"}
    ),
    IncidentKind.AGREEMENT_SIGNED: frozenset({"subject"}),
    IncidentKind.PAY_CUT_NOTICE: frozenset({"response"}),
    IncidentKind.TRANSFER_NOTICE: frozenset({"new_post", "new_city", "response"}),
    IncidentKind.ASSESSMENT: frozenset({"period_start", "period_end", "result"}),
    IncidentKind.TRAINING_OFFERED: frozenset({"terms", "response"}),
    IncidentKind.REASSIGNMENT_OFFERED: frozenset({"terms", "response"}),
    IncidentKind.POST_ELIMINATED: frozenset({"stated_reason", "affected_count"}),
    IncidentKind.TERMINATION_NOTICE: frozenset(
        {"ground", "stated_ground_text", "union_notified", "affected_count"}
    ),
    IncidentKind.RENEWAL_OFFER: frozenset({"terms", "response"}),
    IncidentKind.WRITTEN_OBJECTION: frozenset({"asserts"}),
    IncidentKind.DEMAND_SENT: frozenset({"asserts"}),
    IncidentKind.EMPLOYER_ACKNOWLEDGED: frozenset({"asserts"}),
    IncidentKind.RESIGNATION_SUBMITTED: frozenset({"reason"}),
    IncidentKind.COMPLAINT_FILED: frozenset({"asserts"}),
    IncidentKind.MEDIATION_APPLIED: frozenset({"asserts"}),
    IncidentKind.ARBITRATION_FILED: frozenset({"asserts"}),
    IncidentKind.INSPECTION_ORDER: frozenset({"amount", "due_by", "asserts"}),
}
