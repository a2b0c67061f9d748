"""Today offers "send today's fingerprint to yourself" weekly (issue 12 item
7): shown on a case with none sent, one click copies the text holding the
journal's head hash and records an `anchor` entry; not offered again within
the week."""

from __future__ import annotations

import json

from PySide6.QtGui import QGuiApplication

from caseapp.ui.today_view import TodayView
from tests.ui.conftest import make_parts, open_new_case, run


def test_card_copies_the_fingerprint_and_records_it(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang="en")
    try:
        case_id = open_new_case(qtbot, parts)
        parts.window.show_view("today")
        today = parts.window.views["today"]
        assert isinstance(today, TodayView)
        card = today.fingerprint
        qtbot.waitUntil(card.isVisible, timeout=10_000)
        assert "does not show that what you recorded is true" in card.explain.text()
        entries, head = run(qtbot, parts, lambda s: s.journal_head(case_id))
        card.wechat.click()
        qtbot.waitUntil(lambda: bool(card.copied), timeout=10_000)
        assert head in card.copied
        assert QGuiApplication.clipboard().text() == card.copied
        lines = run(qtbot, parts, lambda s: s.journal_lines(case_id))
        entry = json.loads(lines[-1])
        assert entry["op"] == "anchor" and entry["anchored_head"] == head
        assert entry["anchored_seq"] == entries and entry["channel"] == "wechat"
        assert run(qtbot, parts, lambda s: s.fingerprint_due(case_id)) is False
        card._checked = None  # looked up again (a new start): not offered this week
        card.setVisible(False)
        card.refresh()
        qtbot.wait(300)
        run(qtbot, parts, lambda s: None)
        assert not card.isVisible()
    finally:
        parts.session.bridge.close()
