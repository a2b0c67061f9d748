"""报告 → Word 版 failing (the `docx` module cannot be imported in the CLI
subprocess): the status is one clear line — what failed and why, once —
both for the Word copy alone and for the lawyer's folder without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.ui.report_view import ReportView, fill
from tests.ui.test_report_share_word import _fake_module, _share, view  # noqa: F401


def test_a_failed_word_copy_is_one_line(  # type: ignore[no-untyped-def]
    qtbot,
    view: ReportView,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_module(tmp_path, monkeypatch, "docx")
    with qtbot.waitSignal(view.job.failed, timeout=180_000):
        assert view.make_word(tmp_path / "copy.docx")
    status = view.status.text()
    assert "\n" not in status
    assert status.startswith("Word 版没能写入：")  # what failed, once
    assert status.count("Word") == 1 and status.count("没能写入") == 1
    assert "docx is broken for this test" in status  # and why
    assert "磁盘空间" not in status  # no guess at a cause when the cause is known
    assert view.word_button.isEnabled()
    # the lawyer's folder without the Word copy: one line too
    where = tmp_path / "out"
    where.mkdir()
    folder = _share(qtbot, view, where)
    status = view.status.text()
    assert "\n" not in status
    assert str(folder) in status and "没有 Word 版" in status
    assert "docx is broken for this test" in status and status.count("Word") == 1


def test_fill_replaces_in_one_pass() -> None:
    assert fill("%1 (%2)", "a%2", "b") == "a%2 (b)"
