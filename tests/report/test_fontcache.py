"""The font's metrics from the parse cache: the same face as reportlab reads
(every attribute, every value and type), the cache used only for the same
font bytes, and a damaged or forged cache read as no cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from caseapp import parsecache
from caseapp.paths import resource
from caseapp.report import fontcache
from caseapp.report.fonts import FONT_FILE

ROOT = Path(__file__).resolve().parents[2]
FONT = str(resource(*FONT_FILE))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv(parsecache.CACHE_DIR_ENV, str(root))
    return root


@pytest.fixture(scope="module")
def reference() -> TTFont:
    return TTFont("REF", FONT, subfontIndex=0)


def _files(root: Path) -> list[Path]:
    return sorted(root.glob(f"{fontcache.CACHE_NAME}-*.json"))


def _same_face(mine: TTFontFile, theirs: TTFontFile) -> None:
    a, b = vars(mine), vars(theirs)
    assert set(a) == set(b)
    for key in a:
        if key == "_pdfScale":
            for units in (0, 1, 1000, 2048, -73):
                assert a[key](units) == b[key](units)
            continue
        assert a[key] == b[key], key
        assert type(a[key]) is type(b[key]), key
    for name in ("name", "familyName", "styleName", "fullName", "uniqueFontID"):
        assert a[name].ustr == b[name].ustr
    # the element types too: reportlab's widths after the font's last
    # horizontal metric are floats, before it ints
    assert [tuple(map(type, m)) for m in a["hmetrics"]] == [
        tuple(map(type, m)) for m in b["hmetrics"]
    ]
    assert {type(w) for w in a["charWidths"].values()} == {
        type(w) for w in b["charWidths"].values()
    }
    assert list(a["charToGlyph"]) == list(b["charToGlyph"])  # same order too
    assert list(a["charWidths"]) == list(b["charWidths"])
    assert list(a["glyphToChar"]) == list(b["glyphToChar"])


def test_first_read_writes_the_cache_second_reads_it_both_as_reportlab(
    cache: Path, reference: TTFont
) -> None:
    first = fontcache.CachedTTFont("A", FONT)
    assert len(_files(cache)) == 1
    _same_face(first.face, reference.face)
    written = _files(cache)[0].stat().st_mtime_ns
    second = fontcache.CachedTTFont("B", FONT)
    _same_face(second.face, reference.face)
    assert _files(cache)[0].stat().st_mtime_ns == written  # read, not rewritten
    # the font object around the face is reportlab's too
    mine, theirs = vars(second), vars(TTFont("B", FONT, subfontIndex=0))
    assert set(mine) == set(theirs)
    for key in mine:
        if key not in ("face", "encoding", "state"):
            assert mine[key] == theirs[key], key
    assert vars(mine["encoding"]) == vars(theirs["encoding"])
    assert second.stringWidth("待岗期间 pay 3,000.00", 10.5) == reference.stringWidth(
        "待岗期间 pay 3,000.00", 10.5
    )


def test_cache_of_another_font_is_not_used(cache: Path, tmp_path: Path, reference: TTFont) -> None:
    fontcache.CachedTTFont("A", FONT)
    copy = tmp_path / "font.ttc"
    data = bytearray(Path(FONT).read_bytes())
    data[-1] ^= 0xFF  # one byte of the last table: the metrics read are the same, the bytes not
    copy.write_bytes(bytes(data))
    fontcache.CachedTTFont("C", str(copy))
    assert len(_files(cache)) == 2  # its own entry, not the first font's


@pytest.mark.parametrize(
    "damage",
    [
        lambda v: v.update(chars=v["chars"] + 1),  # lengths that do not match the arrays
        lambda v: v.update(char_codes="not base64!"),
        lambda v: v.update(glyph_more=[["x"]]),
        lambda v: v.update(glyph_more=[[10**9, 65]]),  # a glyph that is not in the table
        lambda v: v["names"].update(name=5),
        lambda v: v["scalars"].update(unitsPerEm=0),
        lambda v: v.pop("glyph_pos"),
        lambda v: v.update(int_advances=-1),
    ],
)
def test_a_damaged_cache_is_read_as_none(cache: Path, reference: TTFont, damage: object) -> None:
    fontcache.CachedTTFont("A", FONT)
    (path,) = _files(cache)
    document = json.loads(path.read_text())
    damage(document["value"])  # type: ignore[operator]
    path.write_text(json.dumps(document))
    again = fontcache.CachedTTFont("B", FONT)
    _same_face(again.face, reference.face)
    # and written again, whole
    assert json.loads(path.read_text())["value"]["chars"] == len(reference.face.charToGlyph)


def test_not_json_or_turned_off(
    cache: Path, reference: TTFont, monkeypatch: pytest.MonkeyPatch
) -> None:
    fontcache.CachedTTFont("A", FONT)
    (path,) = _files(cache)
    path.write_bytes(b"\x00garbage")
    _same_face(fontcache.CachedTTFont("B", FONT).face, reference.face)
    monkeypatch.setenv(parsecache.CACHE_DIR_ENV, "off")
    _same_face(fontcache.CachedTTFont("C", FONT).face, reference.face)


def _report(tmp: Path, case_file: Path, cache_dir: str, name: str) -> bytes:
    """`caseapp report` in its own process (the font is registered once a process)."""
    out = tmp / name
    env = {**os.environ, parsecache.CACHE_DIR_ENV: cache_dir, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "caseapp",
        "--data-dir",
        str(tmp / "data"),
        "report",
        str(case_file),
    ]
    command += ["-o", str(out), "--as-of", "2025-06-30", "--generated-at", "2025-07-01T00:00:00Z"]
    subprocess.run(command, env=env, check=True, capture_output=True)
    return out.read_bytes()


def test_the_pdf_is_the_same_with_and_without_the_cache(tmp_path: Path, case_file: Path) -> None:
    cache_dir = tmp_path / "cache"
    without = _report(tmp_path, case_file, "off", "off.pdf")
    filled = _report(
        tmp_path, case_file, str(cache_dir), "fill.pdf"
    )  # computes and writes the cache
    assert _files(cache_dir)
    used = _report(tmp_path, case_file, str(cache_dir), "used.pdf")  # reads it
    assert without == filled == used
