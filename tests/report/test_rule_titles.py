"""Every claim a deadline can name reads as words in both languages, never as
its rule id (the summary's deadline table shows them)."""

from __future__ import annotations

import pytest

from caseapp.report.words import Words
from caseapp.rules.engine import rule_ids


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("rule", rule_ids())
def test_rule_title_is_words(rule: str, lang: str) -> None:
    title = Words(lang).rule_title(rule)  # type: ignore[arg-type]
    assert title != rule
    if lang == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in title)
