"""Advice names day statuses by the app's own labels (issue 13, item 8): a
quoted status in any catalogue text ("请标为“…”", 'log it as “…”') is one of
the labels the worker sees on the Today buttons and the calendar
(vocab.day_status.*, design-ui.md's vocabulary), never a status that does not
exist ("到岗待岗", "待命")."""

from __future__ import annotations

import re

from caseapp import i18n
from caseapp.domain.vocab import DayStatus

QUOTED = re.compile(r"“([^”]+)”")
# the part of a sentence that tells the worker how to log a day
ZH_LOG_AS = re.compile(r"(?:标为|记为|记录为|标记为)([^。；]*)")
ZH_STATUS_WORDS = ("待岗", "待命", "到岗", "上班", "休假", "病假", "缺勤", "休息")
EN_LOG_AS = re.compile(r"(?:log (?:it|them|those days|the days?) as|mark (?:it|them) as)([^.;]*)")


def _labels(lang: i18n.Lang) -> set[str]:
    return {i18n.text(f"vocab.day_status.{s.value}", lang) for s in DayStatus}


def test_quoted_statuses_are_the_app_labels() -> None:
    zh, en = _labels("zh"), _labels("en")
    wrong: list[str] = []
    for key, texts in i18n.catalogue().items():
        if key.startswith("vocab.day_status."):
            continue
        for part in ZH_LOG_AS.findall(texts.get("zh", "")):
            wrong += [
                f"{key} [zh]: “{q}”"
                for q in QUOTED.findall(part)
                if any(w in q for w in ZH_STATUS_WORDS) and q not in zh
            ]
        for part in EN_LOG_AS.findall(texts.get("en", "")):
            wrong += [f"{key} [en]: “{q}”" for q in QUOTED.findall(part) if q not in en]
    assert wrong == []


def test_the_standby_advice_names_both_presence_statuses() -> None:
    for key in (
        "rules.standby-below-floor.strengthen.standby_days",
        "rules.absence-pretext.counter.check_in",
    ):
        for lang in i18n.LANGS:
            body = i18n.text(key, lang)
            assert i18n.text("vocab.day_status.standby_oncall", lang) in body, (key, lang)
            assert i18n.text("vocab.day_status.standby_onsite", lang) in body, (key, lang)
            assert "到岗待岗" not in body and "“待命”" not in body
