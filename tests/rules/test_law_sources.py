"""Sources a lawyer can cite (issue 11 item 3): every entry of resources/law
names where its figure comes from in separate fields (docs/law-data.md,
"Where a figure comes from"), and the loader refuses an entry that does not.

The walk reads the TOML files themselves, so an entry no lookup reaches is
checked too."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.citation import is_official_url
from caseapp.paths import resource
from tests.rules.test_law_data import broken_copy, problems_of

LAW_DIR = resource("law")
SOURCE_KEYS = ("document", "reported_by", "ref", "looked_in")
CONFIRMED = ("statute", "local_rule")


def _entries() -> list[tuple[str, dict[str, Any], str | None]]:
    """(place, table, confidence) of every table that says where it comes from;
    a statute article inherits its law's confidence."""
    out: list[tuple[str, dict[str, Any], str | None]] = []

    def walk(node: object, where: str, confidence: str | None) -> None:
        if isinstance(node, dict):
            conf = node.get("confidence", confidence)
            if any(k in node for k in (*SOURCE_KEYS, "source")):
                out.append((where, node, conf))
            for key, value in node.items():
                if key != "document":
                    walk(value, f"{where}.{key}", conf)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]", confidence)

    for path in sorted(LAW_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            walk(tomllib.load(fh), path.name, None)
    return out


ENTRIES = _entries()


def test_every_entry_is_walked() -> None:
    files = {place.split(".toml")[0] for place, _, _ in ENTRIES}
    assert {
        "minimum_wage",
        "standby",
        "statutes",
        "min_wage_components",
        "periods",
        "holidays",
        "meta",
        "average_wage",
        "wage_grace",
        "severance_base",
        "double_wages",
    } <= files
    assert len(ENTRIES) > 500


def test_no_entry_keeps_the_free_text_source() -> None:
    assert [place for place, table, _ in ENTRIES if "source" in table] == []


def test_every_statute_and_local_rule_names_its_document() -> None:
    missing = [
        place
        for place, table, conf in ENTRIES
        if conf in CONFIRMED
        and "article" not in table  # an article inherits its law's document
        and not (table.get("document", {}).get("title") or table.get("document", {}).get("number"))
    ]
    assert missing == []


def test_every_document_url_is_official() -> None:
    urls = [
        (place, table["document"]["url"])
        for place, table, _ in ENTRIES
        if "url" in table.get("document", {})
    ]
    assert len(urls) > 30
    assert [(p, u) for p, u in urls if not is_official_url(u)] == []


def test_every_unconfirmed_figure_has_something_to_follow() -> None:
    """A report, where its document was looked for, or a partial document —
    an unconfirmed figure with none of them would be a gap, not a figure."""
    bare = [
        place
        for place, table, conf in ENTRIES
        if conf == "unconfirmed"
        and not any(k in table for k in ("document", "reported_by", "looked_in"))
        and not ("note" in table and not _has_value(table))  # a gap says why in its note
    ]
    assert bare == []


def _has_value(table: dict[str, Any]) -> bool:
    return any(
        k not in (*SOURCE_KEYS, "confidence", "mark", "note")
        and not k.startswith(
            ("effective_from", "in_force_by", "uncertain_from", "applies_before", "successor")
        )
        for k in table
    )


# --- the loader refuses what the schema forbids -------------------------------------------

BEIJING_2025 = (
    'document = { number = "京人社劳发〔2025〕7号", '
    'url = "rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html" }'
)
REPORTS_2025 = (
    'reported_by = ["Buxiulei/lawer data/beijing-zuidi-gongzi.md", '
    '"https://www.talent-spot.com/key-adjustments-in-chinese-cities.html"]'
)


def test_a_local_rule_without_a_document_is_refused(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "minimum_wage.toml", BEIJING_2025 + "\n", "")
    found = problems_of(root)
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[4]")
        and "'local_rule' entry must name the document that sets it" in p
        for p in found
    ), found


def test_a_document_with_only_a_url_is_not_enough_for_a_local_rule(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        BEIJING_2025,
        'document = { url = "rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html" }',
    )
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[4]") and "must name the document" in p
        for p in problems_of(root)
    )


def test_a_non_official_document_url_is_refused(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        BEIJING_2025,
        'document = { number = "京人社劳发〔2025〕7号", '
        'url = "https://www.talent-spot.com/key-adjustments-in-chinese-cities.html" }',
    )
    found = problems_of(root)
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[4].document")
        and "is not an official site" in p
        and "reported_by" in p
        for p in found
    ), found


def test_a_near_miss_official_host_is_refused(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        BEIJING_2025,
        'document = { number = "京人社劳发〔2025〕7号", url = "https://gov.cn.example.com/x" }',
    )
    assert any("is not an official site" in p for p in problems_of(root))


def test_an_unconfirmed_figure_with_nothing_to_follow_is_refused(tmp_path: Path) -> None:
    # Beijing 2019: a report only. Without it the figure rests on nothing.
    old = (
        'reported_by = ["https://wageindicator.org/salary/minimum-wage/minimum-wages-news/'
        'china-minimum-wage-updates-october-3-2019"]\n'
    )
    root = broken_copy(tmp_path, "minimum_wage.toml", old, "")
    found = problems_of(root)
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[1]")
        and "needs reported_by, looked_in or a partial document" in p
        and "gap" in p
        for p in found
    ), found


def test_the_old_free_text_source_is_refused_with_a_pointer(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "wage_grace.toml",
        "confidence = ",
        'source = "京高法发〔2024〕534号"\nconfidence = ',
    )
    assert any(
        "'source' is the old free-text form" in p and "law_structure_sources.py" in p
        for p in problems_of(root)
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (BEIJING_2025, "document = {}", "names nothing"),
        (
            BEIJING_2025,
            'document = { number = "京人社劳发〔2025〕7号", page = 3 }',
            "unknown key 'page'",
        ),
        (REPORTS_2025, "reported_by = []", "non-empty list"),
        (BEIJING_2025, BEIJING_2025.replace("}", ', date = "2025-07-25" }'), "must be a date"),
    ],
)
def test_malformed_source_fields_are_refused(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = broken_copy(tmp_path, "minimum_wage.toml", old, new)
    assert any(message in p for p in problems_of(root)), problems_of(root)
