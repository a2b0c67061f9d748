"""Every entry of every non-Qt catalogue (resources/i18n/*.toml) has a non-empty
Chinese and English text, keys are unique across files, texts
are valid str.format templates, and every `cli.*` key the code names exists."""

from __future__ import annotations

import re
import string
import tomllib
from pathlib import Path

import pytest

from caseapp import i18n
from caseapp.paths import resource

CATALOGUES = sorted(resource("i18n").glob("*.toml"))
REPO = Path(__file__).resolve().parent.parent


def _entries() -> list[tuple[str, str, object]]:
    rows: list[tuple[str, str, object]] = []
    for path in CATALOGUES:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        rows.extend((path.name, key, value) for key, value in data.items())
    return rows


ENTRIES = _entries()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_there_are_catalogues() -> None:
    names = {path.name for path in CATALOGUES}
    assert "cli.toml" in names
    assert len(ENTRIES) > 20


@pytest.mark.parametrize(("file", "key", "value"), ENTRIES, ids=[f"{f}:{k}" for f, k, _ in ENTRIES])
def test_entry_has_zh_and_en(file: str, key: str, value: object) -> None:
    assert isinstance(value, dict), f"{file}: {key} is not a table with zh and en"
    for lang in i18n.LANGS:
        text = value.get(lang)
        assert isinstance(text, str) and text.strip(), f"{file}: {key} lacks {lang}"
        _fields(text)  # a valid str.format template (raises on a stray brace)


def test_keys_unique_across_files() -> None:
    seen: dict[str, str] = {}
    duplicates = []
    for file, key, _ in ENTRIES:
        if key in seen:
            duplicates.append(f"{key} in {seen[key]} and {file}")
        seen[key] = file
    assert not duplicates
    i18n.catalogue.cache_clear()
    assert set(i18n.catalogue()) == set(seen)


def test_cli_keys_named_in_code_exist() -> None:
    sources = [REPO / "caseapp" / "__main__.py", *sorted((REPO / "caseapp" / "cli").glob("*.py"))]
    named: set[str] = set()
    for path in sources:
        named |= set(re.findall(r"\"(cli\.[a-z_]+\.[a-z_]+)\"", path.read_text(encoding="utf-8")))
    assert named, "no cli.* keys found: the pattern is wrong"
    missing = sorted(named - set(i18n.catalogue()))
    assert not missing
