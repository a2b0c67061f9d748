"""Labels of vocabulary codes as the views show them.

The full label of a code comes from the non-Qt catalogue
(`caseapp.i18n.label`) when it has one, so codes are labelled once; until a
vocabulary is there, the design-ui.md wording below (translated through Qt's
catalogue) stands in. Short button captions and calendar glyphs are UI-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp import i18n
from caseapp.domain.vocab import Channel, DayStatus, IncidentKind

_lang: i18n.Lang = "zh"


def set_lang(lang: str) -> None:
    global _lang
    _lang = "en" if lang.startswith("en") else "zh"


def lang() -> i18n.Lang:
    return _lang


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; translate at use."""
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Words", text)


# Order matters: keys 1–8 on the Today view.
STATUS_ORDER: tuple[DayStatus, ...] = (
    DayStatus.WORKING,
    DayStatus.STANDBY,
    DayStatus.STANDBY_ONSITE,
    DayStatus.STANDBY_ONCALL,
    DayStatus.LEAVE,
    DayStatus.SICK,
    DayStatus.REST,
    DayStatus.ABSENT,
)

_STATUS_LABEL = {
    DayStatus.WORKING: QT_TRANSLATE_NOOP("Words", "Working"),
    DayStatus.STANDBY: QT_TRANSLATE_NOOP("Words", "Benched at home"),
    DayStatus.STANDBY_ONSITE: QT_TRANSLATE_NOOP("Words", "Benched, must sit in"),
    DayStatus.STANDBY_ONCALL: QT_TRANSLATE_NOOP("Words", "Benched, must check in"),
    DayStatus.LEAVE: QT_TRANSLATE_NOOP("Words", "On leave"),
    DayStatus.SICK: QT_TRANSLATE_NOOP("Words", "Sick leave"),
    DayStatus.REST: QT_TRANSLATE_NOOP("Words", "Rest day / holiday"),
    DayStatus.ABSENT: QT_TRANSLATE_NOOP("Words", "Absent"),
}

_STATUS_SHORT = {
    DayStatus.WORKING: QT_TRANSLATE_NOOP("Words", "Working"),
    DayStatus.STANDBY: QT_TRANSLATE_NOOP("Words", "Benched at home"),
    DayStatus.STANDBY_ONSITE: QT_TRANSLATE_NOOP("Words", "Benched · sit in"),
    DayStatus.STANDBY_ONCALL: QT_TRANSLATE_NOOP("Words", "Benched · check in"),
    DayStatus.LEAVE: QT_TRANSLATE_NOOP("Words", "Leave"),
    DayStatus.SICK: QT_TRANSLATE_NOOP("Words", "Sick"),
    DayStatus.REST: QT_TRANSLATE_NOOP("Words", "Rest"),
    DayStatus.ABSENT: QT_TRANSLATE_NOOP("Words", "Absent"),
}

_STATUS_GLYPH = {
    DayStatus.WORKING: QT_TRANSLATE_NOOP("Glyph", "W"),
    DayStatus.STANDBY: QT_TRANSLATE_NOOP("Glyph", "B"),
    DayStatus.STANDBY_ONSITE: QT_TRANSLATE_NOOP("Glyph", "S"),
    DayStatus.STANDBY_ONCALL: QT_TRANSLATE_NOOP("Glyph", "C"),
    DayStatus.LEAVE: QT_TRANSLATE_NOOP("Glyph", "L"),
    DayStatus.SICK: QT_TRANSLATE_NOOP("Glyph", "K"),
    DayStatus.REST: QT_TRANSLATE_NOOP("Glyph", "R"),
    DayStatus.ABSENT: QT_TRANSLATE_NOOP("Glyph", "A"),
}

_INCIDENT_LABEL = {
    IncidentKind.REMOVED_FROM_PROJECT: QT_TRANSLATE_NOOP("Words", "Removed from the project"),
    IncidentKind.STANDBY_NOTICE: QT_TRANSLATE_NOOP("Words", "Told to stand by / back to the pool"),
    IncidentKind.RETURNED_TO_AGENCY: QT_TRANSLATE_NOOP("Words", "Returned to the agency"),
    IncidentKind.REDISPATCH_OFFER: QT_TRANSLATE_NOOP("Words", "Agency offered a new post"),
    IncidentKind.ASKED_TO_RESIGN: QT_TRANSLATE_NOOP("Words", "Asked to resign"),
    IncidentKind.RESIGNATION_FORM_PRESENTED: QT_TRANSLATE_NOOP(
        "Words", "Asked to sign a resignation form"
    ),
    IncidentKind.MUTUAL_TERMINATION_OFFER: QT_TRANSLATE_NOOP(
        "Words", "Company proposed ending by agreement"
    ),
    IncidentKind.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("Words", "I signed an agreement"),
    IncidentKind.PAY_CUT_NOTICE: QT_TRANSLATE_NOOP("Words", "Told of a pay cut"),
    IncidentKind.PERFORMANCE_PAY_STOPPED: QT_TRANSLATE_NOOP("Words", "Performance pay stopped"),
    IncidentKind.TRANSFER_NOTICE: QT_TRANSLATE_NOOP("Words", "Told of a transfer / move"),
    IncidentKind.ACCESS_REVOKED: QT_TRANSLATE_NOOP(
        "Words", "Account, badge or computer taken back"
    ),
    IncidentKind.HUMILIATING_TASK: QT_TRANSLATE_NOOP(
        "Words", "Given pointless or humiliating work"
    ),
    IncidentKind.FORCED_LEAVE: QT_TRANSLATE_NOOP("Words", "Told to take annual / personal leave"),
    IncidentKind.PERFORMANCE_WARNING: QT_TRANSLATE_NOOP("Words", "Received a performance warning"),
    IncidentKind.PIP_STARTED: QT_TRANSLATE_NOOP("Words", "Put on a performance improvement plan"),
    IncidentKind.ASSESSMENT: QT_TRANSLATE_NOOP("Words", "Assessment"),
    IncidentKind.INCOMPETENCE_CLAIM: QT_TRANSLATE_NOOP("Words", 'Told I am "not competent"'),
    IncidentKind.TRAINING_OFFERED: QT_TRANSLATE_NOOP("Words", "Company arranged training"),
    IncidentKind.REASSIGNMENT_OFFERED: QT_TRANSLATE_NOOP("Words", "Company offered another post"),
    IncidentKind.POST_ELIMINATED: QT_TRANSLATE_NOOP(
        "Words", 'Told the post is eliminated (incl. "replaced by AI")'
    ),
    IncidentKind.TERMINATION_NOTICE: QT_TRANSLATE_NOOP("Words", "Received a termination notice"),
    IncidentKind.NONRENEWAL_NOTICE: QT_TRANSLATE_NOOP(
        "Words", "Told the contract will not be renewed"
    ),
    IncidentKind.RENEWAL_OFFER: QT_TRANSLATE_NOOP("Words", "Company offered renewal"),
    IncidentKind.SOCIAL_INSURANCE_STOPPED: QT_TRANSLATE_NOOP(
        "Words", "Social insurance contributions stopped"
    ),
    IncidentKind.WAGE_DELAY_NOTICE: QT_TRANSLATE_NOOP("Words", "Told pay will be late"),
    IncidentKind.WORK_REQUESTED: QT_TRANSLATE_NOOP("Words", "I asked in writing for work"),
    IncidentKind.WRITTEN_OBJECTION: QT_TRANSLATE_NOOP("Words", "I objected in writing"),
    IncidentKind.DEMAND_SENT: QT_TRANSLATE_NOOP("Words", "I demanded payment / correction"),
    IncidentKind.EMPLOYER_ACKNOWLEDGED: QT_TRANSLATE_NOOP(
        "Words", "Company admitted owing pay or promised to pay"
    ),
    IncidentKind.RESIGNATION_SUBMITTED: QT_TRANSLATE_NOOP("Words", "I resigned"),
    IncidentKind.COMPLAINT_FILED: QT_TRANSLATE_NOOP("Words", "I complained to labour inspection"),
    IncidentKind.MEDIATION_APPLIED: QT_TRANSLATE_NOOP("Words", "I applied for mediation"),
    IncidentKind.ARBITRATION_FILED: QT_TRANSLATE_NOOP("Words", "I applied for labour arbitration"),
    IncidentKind.COLLEAGUES_STILL_WORKING: QT_TRANSLATE_NOOP(
        "Words", "Colleagues in the same post still work"
    ),
    IncidentKind.HIRING_SAME_ROLE: QT_TRANSLATE_NOOP("Words", "Company is hiring for my post"),
    IncidentKind.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
}

_CHANNEL_LABEL = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Words", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Words", "Phone call"),
    Channel.WECHAT: QT_TRANSLATE_NOOP("Words", "WeChat"),
    Channel.DINGTALK: QT_TRANSLATE_NOOP("Words", "DingTalk"),
    Channel.FEISHU: QT_TRANSLATE_NOOP("Words", "Feishu"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Words", "Email"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Words", "Letter"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
}


def vocab_label(vocabulary: str, code: str, fallback: dict[str, str] | None = None) -> str:
    """The catalogue's label for a code; the UI's own wording while the
    catalogue lacks it; the code itself as a last resort."""
    try:
        return i18n.label(vocabulary, code, _lang)
    except (i18n.MissingMessage, KeyError):
        if fallback and code in fallback:
            return _tr(fallback[code])
        return code


def status_label(status: DayStatus) -> str:
    return vocab_label("day_status", status.value, {k.value: v for k, v in _STATUS_LABEL.items()})


def status_short(status: DayStatus) -> str:
    return _tr(_STATUS_SHORT[status])


def status_glyph(status: DayStatus) -> str:
    return QCoreApplication.translate("Glyph", _STATUS_GLYPH[status])


def incident_label(kind: IncidentKind) -> str:
    return vocab_label(
        "incident_kind", kind.value, {k.value: v for k, v in _INCIDENT_LABEL.items()}
    )


def channel_label(channel: Channel) -> str:
    return vocab_label("channel", channel.value, {k.value: v for k, v in _CHANNEL_LABEL.items()})
