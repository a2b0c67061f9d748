"""The code that `dataclasses` generates, compiled once and kept beside caseapp's bytecode.

Every `@dataclass` writes the source of its methods (`__init__`, `__repr__`,
`__eq__`, `__hash__`, and `__setattr__`/`__delattr__` when frozen) and
compiles it with `exec` when its module is imported. Python keeps the
bytecode of modules (`__pycache__`) but not of these: starting a command
creates about 160 dataclasses and compiles about 900 such functions, 0.10 s
of CPU — more than a small report spends laying out its pages.

`install()` gives the `dataclasses` module its own `exec`: for a source text
it has compiled before, the code object is taken from a table; otherwise the
text is compiled exactly as the built-in `exec` would compile it (no
inherited `__future__` flags: `dataclasses` has none) and added. Then the
built-in `exec` runs the code with the same globals and namespace. The
methods are the same code either way; only the compile step is skipped.
`save()` (at exit) writes the table when something was added.

Where: beside caseapp's own bytecode (the directory `__pycache__` of the
package, or its place under `sys.pycache_prefix`), one file per Python
version (`dataclass-code.<cache tag>.bin`). That is the directory whose files
Python already executes when importing caseapp, trusted with no more check
than a size and a time; this file adds no place code is read from. It is
never written when bytecode is not (`sys.dont_write_bytecode`) or the
directory cannot be written (an installed copy): then dataclasses compile as
without it. The PyInstaller bundle has no source files and no `__pycache__`:
its build makes the table (`packaging/dataclass_table.py`) and ships it
inside the bundle, where the app reads it and never writes it
(`bundled_path`). A file that is damaged, of another Python (its magic
number) or whose SHA-256 does not match its contents is ignored.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

HEADER = b"caseapp dataclass code 1\n"
#: Entries kept: a version of the app makes about 1,000 (1.1 MB, read in about
#: 5 ms), so this keeps two or three versions' (a developer's branches, an
#: upgrade); past it, only the entries the process writing used are kept, so the
#: file read at every start stays small.
LIMIT = 3000


class CodeCache:
    """Compiled code by source text, loaded from and (when `writable`) saved to `path`."""

    def __init__(self, path: Path | None, writable: bool = True) -> None:
        self.path = path
        self.writable = writable
        self.table: dict[str, CodeType] = self._read() if path is not None else {}
        self.used: set[str] = set()
        self.added = 0

    def _read(self) -> dict[str, CodeType]:
        assert self.path is not None
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        head = HEADER + importlib.util.MAGIC_NUMBER
        if not data.startswith(head) or len(data) < len(head) + 32:
            return {}
        digest = data[len(head) : len(head) + 32]
        payload = data[len(head) + 32 :]
        if hashlib.sha256(payload).digest() != digest:
            return {}
        try:
            table = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return {}
        if not isinstance(table, dict):
            return {}
        return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, CodeType)}

    def code(self, source: str) -> CodeType:
        """The code of `source` (compiled as `exec(source, ...)` compiles it)."""
        self.used.add(source)
        found = self.table.get(source)
        if found is None:
            found = compile(source, "<string>", "exec", dont_inherit=True)
            self.table[source] = found
            self.added += 1
        return found

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """The built-in `exec`, with a source string's code from the table."""
        if isinstance(source, str):
            source = self.code(source)
        exec(source, globals, locals)

    def save(self) -> None:
        """Write the table if something was added (atomically; errors ignored)."""
        if self.path is None or not self.writable or not self.added or sys.dont_write_bytecode:
            return
        table = dict(self.table)  # one step (under the GIL): other threads may still add
        if len(table) > LIMIT:
            table = {k: v for k, v in table.items() if k in self.used}
        from caseapp import atomic  # only when writing: the table is read on every start

        payload = marshal.dumps(table)
        data = HEADER + importlib.util.MAGIC_NUMBER + hashlib.sha256(payload).digest() + payload
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic.write_bytes(self.path, data)
        except OSError:
            return
        self.added = 0


def bundled_path() -> Path | None:
    """In the PyInstaller bundle: the table its build made (`packaging/dataclass_table.py`)
    beside the bundle's other files, read and never written; None elsewhere."""
    tag = sys.implementation.cache_tag
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None or tag is None:
        return None
    return Path(base) / "caseapp" / f"dataclass-code.{tag}.bin"


def default_path() -> Path | None:
    """`dataclass-code.<cache tag>.bin` where caseapp's own bytecode is kept."""
    tag = sys.implementation.cache_tag
    init = Path(__file__).with_name("__init__.py")
    if tag is None or not init.is_file():
        return None
    try:
        pyc = Path(importlib.util.cache_from_source(str(init)))
    except (NotImplementedError, ValueError):
        return None
    return pyc.parent / f"dataclass-code.{tag}.bin"


_installed: CodeCache | None = None


def install(path: Path | None = None) -> CodeCache | None:
    """Give `dataclasses` the cached `exec` (once per process) and save the
    table at exit. Does nothing when `dataclasses` already has an `exec` of
    its own, or when there is no place for the file."""
    global _installed
    if _installed is not None:
        return _installed
    import dataclasses

    if "exec" in vars(dataclasses):
        return None
    bundled = bundled_path() if path is None else None
    if bundled is not None:
        cache = CodeCache(bundled, writable=False)
        if not cache.table:
            return None  # a bundle built without it: nothing to take
    else:
        cache = CodeCache(path if path is not None else default_path())
    if cache.path is None:
        return None
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    atexit.register(cache.save)
    _installed = cache
    return cache
