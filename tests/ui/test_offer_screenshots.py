"""Screenshots of the exit-offer review (what signing gives up, and the
counter-proposal) and of the art. 38 notice, in both languages, checked as
test_screenshots.py checks the views (not blank, key widgets painted, key
texts shown in the language asked for). With CASEAPP_UPDATE_SCREENSHOTS=1
they are written to docs/screenshots/ (offer-form-*, offer-*, offer-letter-*,
notice-*)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .conftest import make_parts
from .offer_case import demand, offer_case
from .test_screenshots import Shots

PASTED = (
    "经双方协商一致解除劳动合同，乙方因个人原因离职，"
    "甲方一次性支付乙方人民币20000元，双方再无争议。"
)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_offer_and_notice_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    shots = Shots(lang, tmp_path)
    tr = shots.tr
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        today = dt.date.today()
        offer_case(qtbot, parts, today)
        parts.session.save_record(demand(today))
        qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
        window.open_offer_review()
        dialog = window.offer_dialog
        panel = dialog.panel
        qtbot.waitUntil(
            lambda: (
                bool(panel.review)
                and any(e.rule == "unilateral-pay-cut" for e in panel.review.entitlements)
            ),
            timeout=30_000,
        )
        panel.terms.setPlainText(PASTED)
        panel.find_clauses()
        shots.take(
            dialog,
            "offer-form",
            [panel.amount, panel.terms, panel.find_button, panel.use_found, panel.save_button],
            [tr("OfferReviewPanel", "Sum offered (yuan)"), tr("OfferReviewPanel", "Offered on")],
            size=None,
        )
        panel.use_suggestions()
        panel.tabs.setCurrentIndex(1)
        qtbot.wait(200)
        shots.take(
            dialog,
            "offer",
            [panel.gate, panel.headline, panel.give_frame, panel.ent_frame],
            [tr("OfferReviewPanel", "What signing would give up"), "34000.00"],
            size=None,
        )
        panel.tabs.setCurrentIndex(2)
        qtbot.wait(200)
        shots.take(
            dialog,
            "offer-letter",
            [panel.text, panel.use_button],
            [tr("OfferReviewPanel", "Copy, and log that I sent it")],
            size=None,
        )
        dialog.close()
        window.open_art38_notice()
        notice = window.notice_dialog
        qtbot.waitUntil(lambda: notice.panel.drafted(), timeout=30_000)
        qtbot.wait(200)
        shots.take(
            notice,
            "notice",
            [notice.panel.gate_box, notice.panel.text, notice.panel.use_button],
            [tr("Art38NoticePanel", "Copy, and log that I served it")],
            size=None,
        )
        assert "第三十八条第一款第二项" in notice.panel.text.toPlainText()
    finally:
        parts.session.bridge.close()
