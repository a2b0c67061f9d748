"""The parse cache of the catalogue and the law data: used only while the
files' SHA-256 matches, rebuilt when a file changes, plain JSON that a forged
or broken cache cannot turn into anything but a fresh parse."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from caseapp import parsecache
from caseapp.paths import resource
from caseapp.rules import law


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv(parsecache.CACHE_DIR_ENV, str(root))
    return root


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def parse() -> object:
        calls.append(1)
        return value

    return calls, parse


def test_parsed_once_then_read_back_until_a_file_changes(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.toml"
    source.write_text("x = 1\n")
    value = {"when": dt.date(2024, 1, 31), "at": dt.datetime(2024, 1, 31, 9, 30), "n": [1, 2.5]}
    calls, parse = _counting(value)
    first, digest = parsecache.cached("t", [source], parse, lambda v: isinstance(v, dict))  # type: ignore[arg-type]
    again, same = parsecache.cached("t", [source], parse, lambda v: isinstance(v, dict))  # type: ignore[arg-type]
    assert calls == [1] and first == again == value and digest == same
    assert isinstance(again["when"], dt.date)  # type: ignore[index]
    source.write_text("x = 2\n")
    _third, changed = parsecache.cached("t", [source], parse, lambda v: isinstance(v, dict))  # type: ignore[arg-type]
    assert calls == [1, 1] and changed != digest
    stored = json.loads((cache / f"t-{changed[:16]}.json").read_text(encoding="utf-8"))
    assert stored["sha256"] == changed and stored["format"] == parsecache.FORMAT


def test_a_forged_or_broken_cache_is_never_used(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.toml"
    source.write_text("x = 1\n")
    calls, parse = _counting({"k": "v"})
    _value, digest = parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    path = cache / f"t-{digest[:16]}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    # the right digest but a value of the wrong shape: parsed again
    document["value"] = ["not", "a", "dict"]
    path.write_text(json.dumps(document), encoding="utf-8")
    value, _ = parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    assert value == {"k": "v"} and len(calls) == 2
    # a digest of other files: parsed again
    document["value"], document["sha256"] = {"k": "v"}, "0" * 64
    path.write_text(json.dumps(document), encoding="utf-8")
    parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    assert len(calls) == 3
    # not JSON at all (e.g. a pickle): parsed again, nothing raised
    path.write_bytes(b"\x80\x04\x95garbage")
    parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    assert len(calls) == 4


def test_off_and_unwritable_cache_only_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.toml"
    source.write_text("x = 1\n")
    monkeypatch.setenv(parsecache.CACHE_DIR_ENV, "off")
    calls, parse = _counting({"k": "v"})
    parsecache.cached("t", [source], parse, lambda v: True)  # type: ignore[arg-type]
    parsecache.cached("t", [source], parse, lambda v: True)  # type: ignore[arg-type]
    assert len(calls) == 2
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(parsecache.CACHE_DIR_ENV, str(blocker / "sub"))  # cannot be created
    assert parsecache.cached("t", [source], parse, lambda v: True)[0] == {"k": "v"}  # type: ignore[arg-type]


def test_the_law_data_from_the_cache_equals_a_fresh_parse(cache: Path, tmp_path: Path) -> None:
    root = tmp_path / "law"
    shutil.copytree(resource("law"), root)
    fresh = law._parse_files(root)
    files, digest = law.read_files(root)  # parsed, cache written
    cached_files, cached_digest = law.read_files(root)  # from the cache
    assert files == cached_files == fresh and digest == cached_digest
    assert (cache / f"law-{digest[:16]}.json").is_file()
    assert law.LawData(cached_files, cached_digest).sha256 == digest
    # an edit shows at once
    meta = root / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _files, edited = law.read_files(root)
    assert edited != digest


def test_the_catalogue_from_the_cache_equals_a_fresh_parse(cache: Path) -> None:
    from caseapp import i18n

    paths = sorted(resource("i18n").glob("*.toml"))
    fresh = i18n._parse_catalogue(paths)
    i18n.catalogue.cache_clear()
    try:
        first = i18n.catalogue()
        i18n.catalogue.cache_clear()
        second = i18n.catalogue()  # from the cache file
        assert first == second == fresh
        assert len(list(cache.glob("catalogue-*.json"))) == 1
    finally:
        i18n.catalogue.cache_clear()


def test_two_sets_of_files_used_in_turn_each_keep_their_cache(cache: Path, tmp_path: Path) -> None:
    """Two versions (or checkouts) used in turn: each reads its own cache, none
    parses again; only the KEEP latest caches of a name stay, and the old
    one-file cache goes."""
    cache.mkdir()
    (cache / "t.json").write_text("{}", encoding="utf-8")  # the layout before
    versions = []
    for n in range(parsecache.KEEP + 2):
        source = tmp_path / f"v{n}" / "a.toml"
        source.parent.mkdir()
        source.write_text(f"x = {n}\n")
        versions.append(source)
    calls, parse = _counting({"k": "v"})
    first, second = versions[:2]
    for _ in range(3):
        for source in (first, second):
            parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    assert len(calls) == 2  # each parsed once, then read back in turn
    assert not (cache / "t.json").exists()
    for source in versions[2:]:
        parsecache.cached("t", [source], parse, lambda v: v == {"k": "v"})  # type: ignore[arg-type]
    assert len(list(cache.glob("t-*.json"))) == parsecache.KEEP
