"""What the app must never say: scan the rules' texts for verdict words."""

from __future__ import annotations

import re
import tomllib

from caseapp.paths import resource

FORBIDDEN_ZH = ("违法", "已过期", "过期", "合法", "非法", "已失效")
FORBIDDEN_EN = re.compile(
    r"\b(illegal|unlawful|lawful|expired|has expired|legal advice is)\b", re.I
)


# Next steps that speak of resigning or signing something.
IRREVERSIBLE = re.compile(r"\b(resign\w*|sign(ing)? (a|an|the|any|anything|it)\b)", re.I)


def _texts() -> dict[str, dict[str, str]]:
    """Every rules catalogue (rules.toml, and rules_*.toml of the other rules engineer)."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(resource("i18n").glob("rules*.toml")):
        with path.open("rb") as fh:
            out.update(tomllib.load(fh))
    assert out
    return out


def test_every_key_has_zh_and_en() -> None:
    for key, value in _texts().items():
        assert set(value) == {"zh", "en"}, key
        assert value["zh"].strip() and value["en"].strip(), key


def test_no_verdict_words() -> None:
    for key, value in _texts().items():
        for word in FORBIDDEN_ZH:
            assert word not in value["zh"], (key, word)
        assert not FORBIDDEN_EN.search(value["en"]), (key, value["en"])


def test_irreversible_steps_name_a_lawyer_and_12348() -> None:
    texts = _texts()
    for key, value in texts.items():
        if IRREVERSIBLE.search(value["en"]) and ".next." in key:
            assert "12348" in value["en"] and "12348" in value["zh"], key


def test_the_scanners_catch_what_they_look_for() -> None:
    assert IRREVERSIBLE.search("Do not sign a resignation form")
    assert IRREVERSIBLE.search("Before resigning, ask")
    assert not IRREVERSIBLE.search("Log each sign in the app")


def test_the_scanner_catches_a_verdict() -> None:
    assert FORBIDDEN_EN.search("This is illegal.")
    assert any(w in "单位的行为违法" for w in FORBIDDEN_ZH)
