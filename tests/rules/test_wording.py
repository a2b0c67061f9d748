"""What the app must never say: scan the rules' texts for verdict words, and
make steps that cannot be undone name a lawyer and legal aid (12348)."""

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
    """Every rules catalogue (rules.toml, rules_steps.toml and the rules_*.toml beside them)."""
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


# --- the catalogues of the route, dismissal and phrase texts ---------------------------
# Held to stricter checks than rules.toml: every key is a `rules.` key, none
# clashes with rules.toml, and a summary or next step with any "sign" or
# "resign" names 12348 (on rules.toml this scan flags three texts the general
# check above accepts: two summaries that say "do not resign/sign", and "log
# each sign").
STRICT_CATALOGUES = ("rules_routes.toml", "rules_dismissal.toml", "rules_phrases.toml")


def _strict_texts() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name in STRICT_CATALOGUES:
        with resource("i18n", name).open("rb") as fh:
            out.update(tomllib.load(fh))
    assert out
    return out


def test_strict_catalogues_every_key_has_zh_and_en() -> None:
    for key, value in _strict_texts().items():
        assert key.startswith("rules."), key
        assert set(value) == {"zh", "en"}, key
        assert value["zh"].strip() and value["en"].strip(), key


def test_strict_catalogues_keys_do_not_clash_with_rules_toml() -> None:
    with resource("i18n", "rules.toml").open("rb") as fh:
        theirs = set(tomllib.load(fh))
    assert not theirs & set(_strict_texts())


def test_strict_catalogues_no_verdict_words() -> None:
    for key, value in _strict_texts().items():
        for word in FORBIDDEN_ZH:
            assert word not in value["zh"], (key, word)
        assert not FORBIDDEN_EN.search(value["en"]), (key, value["en"])


def test_strict_catalogues_irreversible_steps_and_summaries_name_12348() -> None:
    for key, value in _strict_texts().items():
        if re.search(r"\b(resign|resigning|sign|signing)\b", value["en"], re.I) and (
            ".next." in key or key.endswith(".summary")
        ):
            assert "12348" in value["en"] and "12348" in value["zh"], key


def test_every_rule_named_in_a_text_has_a_name() -> None:
    from caseapp.i18n import text
    from caseapp.rules.r_art38_grounds import GROUNDS
    from caseapp.rules.r_employer_held import DAY_RULES, PAY_RULES

    for rule in {*GROUNDS, *DAY_RULES, *PAY_RULES}:
        assert text(f"rules.more.name.{rule}", "zh") and text(f"rules.more.name.{rule}", "en")
