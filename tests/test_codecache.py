"""The compiled dataclass methods kept beside caseapp's bytecode: the same
code as `dataclasses` compiles itself, read back only when whole and of this
Python, written only where bytecode is written."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest

from caseapp import codecache

ROOT = Path(__file__).resolve().parents[1]


def _make(namespace: dict[str, object]) -> type:
    """A frozen, slotted dataclass like the domain's, made in `namespace`."""
    source = (
        "import dataclasses, datetime as dt\n"
        "@dataclasses.dataclass(frozen=True, slots=True)\n"
        "class Day:\n"
        "    on: dt.date\n"
        "    status: str = 'benched'\n"
        "    pay: int | None = None\n"
        "    notes: tuple[str, ...] = ()\n"
    )
    exec(compile(source, "<test>", "exec"), namespace)
    day = namespace["Day"]
    assert isinstance(day, type)
    return day


def _codes(cls: type) -> dict[str, tuple[object, ...]]:
    out: dict[str, tuple[object, ...]] = {}
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        function = vars(cls)[name]
        function = getattr(function, "__wrapped__", function)  # __repr__ is wrapped
        code: CodeType = function.__code__
        out[name] = (
            code.co_code,
            code.co_consts,
            code.co_names,
            code.co_varnames,
            code.co_freevars,
            code.co_flags,
            code.co_filename,
            code.co_name,
            code.co_qualname,
        )
        out[name + " annotations"] = (repr(function.__annotations__),)
        out[name + " defaults"] = (repr(function.__defaults__), repr(function.__kwdefaults__))
    return out


@pytest.fixture
def with_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> codecache.CodeCache:
    cache = codecache.CodeCache(tmp_path / "pycache" / "dataclass-code.bin")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # whatever the environment says
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)
    return cache


def test_methods_are_the_same_code_compiled_or_from_the_table(
    with_cache: codecache.CodeCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled_here = _make({})
    assert with_cache.added == 6 and len(with_cache.table) == 6
    with_cache.save()
    from_table = _make({})  # every text found: nothing compiled
    assert with_cache.added == 0
    reread = codecache.CodeCache(with_cache.path)
    assert set(reread.table) == set(with_cache.table)
    monkeypatch.setattr(dataclasses, "exec", reread.exec)
    from_file = _make({})
    assert reread.added == 0
    monkeypatch.delattr(dataclasses, "exec")
    plain = _make({})  # dataclasses' own exec

    expected = _codes(plain)
    for cls in (compiled_here, from_table, from_file):
        assert _codes(cls) == expected
    import datetime as dt

    for cls in (compiled_here, from_table, from_file, plain):
        a = cls(dt.date(2024, 3, 1), pay=4200)
        assert repr(a) == "Day(on=datetime.date(2024, 3, 1), status='benched', pay=4200, notes=())"
        assert a == cls(dt.date(2024, 3, 1), "benched", 4200) and hash(a) == hash(
            cls(dt.date(2024, 3, 1), pay=4200)
        )
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.pay = 1
        with pytest.raises(TypeError):
            cls()


def test_the_domain_is_made_from_the_table_in_a_new_process(tmp_path: Path) -> None:
    """`caseapp` writes the table beside its bytecode (under PYTHONPYCACHEPREFIX
    here) once, reads it after; commands say the same with it."""
    prefix = tmp_path / "pyc"
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(prefix), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [
        sys.executable,
        "-m",
        "caseapp",
        "--data-dir",
        str(tmp_path / "data"),
        "--lang",
        "en",
        "list",
    ]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    (table,) = prefix.rglob("dataclass-code.*.bin")
    assert table.name == f"dataclass-code.{sys.implementation.cache_tag}.bin"
    assert (
        table.parent / f"__init__.{sys.implementation.cache_tag}.pyc"
    ).is_file()  # caseapp's own
    assert (table.parent / f"codecache.{sys.implementation.cache_tag}.pyc").is_file()
    written = table.stat().st_mtime_ns
    entries = len(codecache.CodeCache(table).table)
    assert entries > 100  # the domain and the command line, at least
    second = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert table.stat().st_mtime_ns == written  # nothing new: not written again
    assert second.stdout == first.stdout
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    table.unlink()
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert not table.exists()  # no bytecode written, no table either


def _table_file(tmp_path: Path, with_cache: codecache.CodeCache) -> Path:
    _make({})
    with_cache.save()
    assert with_cache.path is not None
    return with_cache.path


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-10],  # cut short
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),  # one bit of the payload
        lambda b: b.replace(importlib.util.MAGIC_NUMBER, b"\0\0\r\n", 1),  # another Python's
        lambda b: b"x" + b[1:],  # not our header
        lambda b: b"",
    ],
)
def test_a_damaged_file_is_read_as_empty(
    tmp_path: Path, with_cache: codecache.CodeCache, damage: object
) -> None:
    path = _table_file(tmp_path, with_cache)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert codecache.CodeCache(path).table == {}


def test_a_forged_payload_of_the_wrong_types_is_dropped(tmp_path: Path) -> None:
    import hashlib
    import marshal

    path = tmp_path / "t.bin"
    payload = marshal.dumps(
        {"a": 1, 2: compile("x = 1", "<string>", "exec"), "ok": compile("y = 2", "<s>", "exec")}
    )
    path.write_bytes(
        codecache.HEADER + importlib.util.MAGIC_NUMBER + hashlib.sha256(payload).digest() + payload
    )
    assert set(codecache.CodeCache(path).table) == {"ok"}


def test_not_written_without_news_nor_where_it_cannot_be(
    tmp_path: Path, with_cache: codecache.CodeCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert with_cache.path is not None
    with_cache.save()
    assert not with_cache.path.exists()  # nothing added
    _make({})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with_cache.save()
    assert not with_cache.path.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocker = tmp_path / "file"
    blocker.write_text("")
    stuck = codecache.CodeCache(blocker / "sub" / "t.bin")  # its directory cannot be made
    stuck.code("def f(): pass")
    stuck.save()  # no error
    with_cache.save()
    assert with_cache.path.exists()
    assert not list(with_cache.path.parent.glob(".*"))  # no temporary file left


def test_past_the_limit_only_what_this_process_used_is_kept(
    with_cache: codecache.CodeCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(codecache, "LIMIT", 10)
    for n in range(12):
        with_cache.table[f"x = {n}"] = compile(f"x = {n}", "<string>", "exec")  # of other versions
    _make({})
    with_cache.save()
    assert len(codecache.CodeCache(with_cache.path).table) == 6


def test_install_leaves_an_exec_dataclasses_already_has(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codecache, "_installed", None)
    sentinel = object()
    monkeypatch.setattr(dataclasses, "exec", sentinel, raising=False)
    assert codecache.install() is None
    assert dataclasses.exec is sentinel  # type: ignore[attr-defined]


def test_a_frozen_app_reads_the_bundled_table_and_never_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PyInstaller bundle: no source files; the table its build made sits in
    `<_MEIPASS>/caseapp/` (packaging/dataclass_table.py), read only."""
    bundled = tmp_path / "bundle" / "caseapp" / f"dataclass-code.{sys.implementation.cache_tag}.bin"
    maker = codecache.CodeCache(bundled)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(dataclasses, "exec", maker.exec, raising=False)
    _make({})
    maker.save()
    written = bundled.read_bytes()
    monkeypatch.delattr(dataclasses, "exec")

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(codecache, "_installed", None)
    assert codecache.bundled_path() == bundled
    cache = codecache.install()
    try:
        assert cache is not None and not cache.writable and len(cache.table) == 6
        _make({})  # all found
        assert cache.added == 0
        cache.code("def new(): pass")  # something new: compiled, kept in memory only
        assert cache.added == 1
        cache.save()
        assert bundled.read_bytes() == written
        assert not list(bundled.parent.glob(".*"))
    finally:
        monkeypatch.delattr(dataclasses, "exec")
    # a bundle built without a table: nothing installed
    bundled.unlink()
    monkeypatch.setattr(codecache, "_installed", None)
    assert codecache.install() is None
    assert "exec" not in vars(dataclasses)


def test_the_packaging_script_makes_a_whole_table(tmp_path: Path) -> None:
    """packaging/dataclass_table.py (run by the spec): every caseapp module's
    dataclasses and pypdf's, readable by all, not merged with what was there."""
    out = tmp_path / "table.bin"
    out.write_bytes(b"an older build's")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    script = ROOT / "packaging" / "dataclass_table.py"
    done = subprocess.run(
        [sys.executable, str(script), str(out)], env=env, capture_output=True, text=True, check=True
    )
    table = codecache.CodeCache(out, writable=False).table
    assert int(done.stdout.strip()) == len(table) > 800
    assert out.stat().st_mode & 0o044 == 0o044
    from caseapp.domain import model

    names = [f.name for f in dataclasses.fields(model.Case)]
    case_init = [s for s in table if f"def __init__(self,{names[0]}:_type_{names[0]}" in s]
    assert any(
        all(f",{n}:_type_{n}" in s for n in names[1:]) for s in case_init
    )  # the domain's Case
