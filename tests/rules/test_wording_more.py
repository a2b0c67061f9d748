"""The wording checks of test_wording.py, applied to rules_more.toml (the
second rules engineer's catalogue), plus the art. 38 must-haves."""

from __future__ import annotations

import re
import tomllib

from caseapp.paths import resource
from rules.test_wording import FORBIDDEN_EN, FORBIDDEN_ZH


def _texts() -> dict[str, dict[str, str]]:
    with resource("i18n", "rules_more.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_every_key_has_zh_and_en() -> None:
    for key, value in _texts().items():
        assert key.startswith("rules."), key
        assert set(value) == {"zh", "en"}, key
        assert value["zh"].strip() and value["en"].strip(), key


def test_keys_do_not_clash_with_rules_toml() -> None:
    with resource("i18n", "rules.toml").open("rb") as fh:
        theirs = set(tomllib.load(fh))
    assert not theirs & set(_texts())


def test_no_verdict_words() -> None:
    for key, value in _texts().items():
        for word in FORBIDDEN_ZH:
            assert word not in value["zh"], (key, word)
        assert not FORBIDDEN_EN.search(value["en"]), (key, value["en"])


def test_irreversible_steps_name_a_lawyer_and_12348() -> None:
    for key, value in _texts().items():
        if re.search(r"\b(resign|resigning|sign|signing)\b", value["en"], re.I) and (
            ".next." in key or key.endswith(".summary")
        ):
            assert "12348" in value["en"] and "12348" in value["zh"], key
