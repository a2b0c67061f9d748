"""History in words: a payment edited through the 工资 form shows, in 案件设置 →
修改记录, each changed field by its Chinese label with before and after values
formatted as the app shows them — no raw JSON field name, no raw code."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from caseapp.ui.history_words import changed_lines, field_label
from caseapp.ui.pay_view import PayView
from tests.ui.conftest import benched_case

RAW_NAMES = (
    "paid_on", "period_start", "period_end", "amount", "net", "deductions", "si_employee",
    "iit", "payer_party", "recorded_at", "updated_at", "origin", "kind",
)  # fmt: skip


def test_payment_edit_in_words(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    parts.window.show_view("pay")
    pay = parts.window.views["pay"]
    assert isinstance(pay, PayView)
    qtbot.mouseClick(pay.add_button, Qt.MouseButton.LeftButton)
    form = pay.form
    form.gross_mode.setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData("wage"))
    form.paid_on.setText("2025-02-15")
    form.start.setText("2025-01-01")
    form.end.setText("2025-01-31")
    form.gross.setText("12000")
    form.si.setText("1260")
    form.iit.setText("300")
    form.net.setText("10440")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pay.model.rowCount() == 1, timeout=10_000)
    payment = parts.session.case.payments[0]

    # edit it through the form: a later pay day, a smaller net, more tax
    form.edit(payment)
    form.paid_on.setText("2025-02-18")
    form.iit.setText("400")
    form.net.setText("10340")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case.payments[0].net != payment.net, timeout=10_000)

    parts.window.show_view("case")
    settings = parts.window.views["case"]
    settings.tabs.setCurrentWidget(settings.history)
    history = settings.history
    history.show_ref(f"payment:{payment.id}")
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(history.model)
    assert "修改" in history.model.index(0).data()  # the change kind in words
    assert "新增" in history.model.index(1).data()
    history.list.setCurrentIndex(history.model.index(0))
    detail = history.detail.toPlainText()
    assert "到账日期: 2025-02-15 → 2025-02-18" in detail
    assert "实际到账: ¥10,440.00 → ¥10,340.00" in detail
    assert "扣款 · 个人所得税: ¥300.00 → ¥400.00" in detail
    words = set(re.findall(r"[a-z_]{3,}", detail))
    assert not words & set(RAW_NAMES), words
    assert "应发" not in detail  # unchanged fields are not listed

    history.list.setCurrentIndex(history.model.index(1))  # created: the values as entered
    created = history.detail.toPlainText()
    assert "款项性质: 工资" in created
    assert "扣款 · 个人社保: ¥1,260.00" in created
    assert "应发（扣款前）: ¥12,000.00" in created
    assert not set(re.findall(r"[a-z_]{3,}", created)) & set(RAW_NAMES)


def test_codes_nested_and_unknown_keys(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui import words

    words.set_lang("zh")
    lines = changed_lines(
        "day:2025-03-03",
        {"date": "2025-03-03", "status": "standby", "x-shift": "night"},
        {"date": "2025-03-03", "status": "standby_oncall", "x-shift": "day",
         "provenance": {"origin": "backfill", "backfill_basis": "钉钉考勤"}},
        None,
    )  # fmt: skip
    shown = {label: (was, now) for _p, label, was, now in lines}
    assert shown["当天情况"] == ("待岗在家", "待岗，但要打卡或随叫随到")
    assert shown["x-shift"] == ("night", "day")  # unknown x- keys as they are
    assert shown["记录方式"][1] != "backfill" and shown["事后补记的依据"] == ("—", "钉钉考勤")
    said = changed_lines("incident:I1", None, {"asserts": ["standby-below-floor"]}, None)
    assert "standby-below-floor" not in said[0][3] and said[0][3] != "—"
    assert field_label("case", "wage_history.1.monthly_gross") == "工资调整 2 · 月应发工资"
    assert field_label("si", "types.pension").startswith("险种 · ")
    assert "pension" not in field_label("si", "types.pension")
