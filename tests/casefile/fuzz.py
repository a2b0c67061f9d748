"""Mutations of valid case files for the fuzz tests (issue 12, acceptance):
JSON documents with wrong types, missing and unknown keys, huge and odd
numbers, odd Unicode and deep nesting; raw bytes flipped, cut or inserted;
zip files with a member changed, dropped, renamed or added, or bytes flipped.

Strategies draw from `st.data()`; each example is cheap (one small file)."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import pickle
import re
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

# Text that has broken readers and reports: invisible and direction marks,
# combining marks, emoji, full-width and Arabic-Indic digits, a trailing
# newline, surrogates (as JSON escapes), NUL, very long text.
ODD_TEXT = [
    "",
    " ",
    "\u200b",
    "\u200b\u200b\u200b",
    "\u202e反转\u202c",
    "e\u0301" * 50,
    "\u0301" * 800,
    "😀" * 300,
    "👩‍👩‍👧‍👦",
    "１２３",
    "١٢٣",
    "100\n",
    "2025-06-01\n",
    "２０２５-０６-０１",
    "2025-02-30",
    "9999-12-31",
    "0001-01-01",
    "2550-01-01",
    "-1",
    "1e309",
    "NaN",
    "\x00",
    "a\x00b",
    "\ufeff",
    "\ud800",  # a lone surrogate: JSON-escaped below
    "李" * 3000,
    "<b>&amp;</b>",
    "../../etc/passwd",
    "evidence/../../x",
    "P1",
    "E1",
    "standby",
    "hangzhou",
    "Asia/Shanghai",
    "Mars/Olympus",
]
AMOUNTS = ["0.00", "0.01", "99999999.99", "999999999999.99", "-1.00", "1e3", "１００.００", "12.5"]
ODD_NUMBERS: list[Any] = [
    0,
    -1,
    1,
    2**31,
    2**63,
    10**30,
    -(10**30),
    1.5,
    -0.0,
    1e308,
    0.1,
    123456789012345678901234567890,
]


DEEP = "\u0000deep:"  # a placeholder `dump` replaces with nested arrays and objects


def deep(depth: int) -> str:
    """A value nested ``depth`` levels deep (a placeholder until `dump`: json
    and this module's own walks would recurse on it)."""
    return f"{DEEP}{depth}"


@functools.cache
def _deep_json(depth: int) -> str:
    opening = "".join('[{"k":' if n % 2 else "[" for n in range(depth))
    closing = "".join("}]" if n % 2 else "]" for n in reversed(range(depth)))
    return opening + "1" + closing


@functools.cache
def odd_values() -> st.SearchStrategy[Any]:
    """Built once: a strategy built per example (a lambda in it above all)
    makes Hypothesis describe it again each time, which costs more than the
    example."""
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(ODD_NUMBERS),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(ODD_TEXT),
        st.text(max_size=20),
    )
    nested = st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
        ),
        max_leaves=6,
    )
    return st.one_of(
        leaves, nested, st.sampled_from([50, 500, 5000]).map(deep), st.just([]), st.just({})
    )


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


_NEW_TEXT = st.one_of(
    st.tuples(st.just("odd"), st.sampled_from(ODD_TEXT)),
    st.tuples(st.just("text"), st.text(max_size=200)),
    st.tuples(st.just("append"), st.sampled_from(ODD_TEXT)),
)


def mutate_doc(
    doc: Any, data: st.DataObject, *, leaves_only: bool = False, keys: frozenset[str] = frozenset()
) -> Any:
    """One to three changes at places drawn from the document: a value
    replaced (odd text and numbers only, with ``leaves_only``), a key removed,
    an unknown key added, a list emptied or repeated."""
    first = _places(json.dumps(doc))  # the original's places, computed once
    doc = pickle.loads(pickle.dumps(doc))  # a deep copy, faster than copy.deepcopy
    for change in range(data.draw(st.integers(1, 3), label="changes")):
        places = list(first) if change == 0 else paths(doc)[1:]
        if leaves_only:
            places = [p for p in places if not isinstance(_at(doc, p), dict | list)]
        if keys:
            places = [p for p in places if p and p[-1] in keys]
        if not places:
            break
        place = data.draw(st.sampled_from(places), label="place")
        parent = _at(doc, place[:-1])
        key = place[-1]
        if leaves_only:
            old = parent[key]
            if isinstance(old, str) and re.fullmatch(r"-?[0-9]+\.[0-9]{2}", old):
                parent[key] = data.draw(st.sampled_from(AMOUNTS), label="amount")
            elif isinstance(old, str):
                new = data.draw(_NEW_TEXT, label="text")
                parent[key] = old + new[1] if new[0] == "append" else new[1]
            elif isinstance(old, bool) or old is None:
                parent[key] = data.draw(st.sampled_from([True, False, None]), label="flag")
            else:
                parent[key] = data.draw(st.sampled_from(ODD_NUMBERS), label="number")
            continue
        action = data.draw(
            st.sampled_from(["replace", "replace", "delete", "add", "repeat"]), label="action"
        )
        if action == "delete" and isinstance(parent, dict):
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8), label="key")] = data.draw(odd_values())
        elif action == "repeat" and isinstance(parent[key], list):
            parent[key] = parent[key] * data.draw(st.integers(0, 3), label="times")
        else:
            parent[key] = data.draw(odd_values(), label="value")
    return doc


@functools.lru_cache(maxsize=8)
def _places(text: str) -> tuple[tuple[Any, ...], ...]:
    return tuple(paths(json.loads(text))[1:])


def _at(doc: Any, place: tuple[Any, ...]) -> Any:
    for step in place:
        doc = doc[step]
    return doc


def dump(doc: Any, data: st.DataObject) -> bytes:
    """The document as JSON, ASCII-escaped or not; sometimes its bytes
    mangled (flipped, cut, inserted, a BOM)."""
    text = json.dumps(doc, ensure_ascii=data.draw(st.booleans(), label="ascii"))
    for depth in (50, 500, 5000) if "deep:" in text else ():
        for quoted in (json.dumps(deep(depth)), json.dumps(deep(depth), ensure_ascii=False)):
            text = text.replace(quoted, _deep_json(depth))
    raw = text.encode("utf-8", "surrogatepass")
    return mangle(raw, data) if data.draw(st.integers(0, 4), label="mangle?") == 0 else raw


def mangle(raw: bytes, data: st.DataObject) -> bytes:
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 3), label="byte changes")):
        if not buf:
            break
        at = data.draw(st.integers(0, len(buf) - 1), label="offset")
        how = data.draw(st.sampled_from(["flip", "insert", "delete", "cut", "bom"]), label="how")
        if how == "flip":
            buf[at] ^= data.draw(st.integers(1, 255), label="bits")
        elif how == "insert":
            buf[at:at] = data.draw(st.binary(min_size=1, max_size=4), label="bytes")
        elif how == "delete":
            del buf[at]
        elif how == "cut":
            del buf[at:]
        else:
            buf[0:0] = b"\xef\xbb\xbf"
    return bytes(buf)


def mutate_zip(raw: bytes, data: st.DataObject) -> bytes:
    """A valid zip with its case.json mutated (SHA256SUMS left as it was or
    updated), a member dropped, renamed or added (path tricks among them),
    or its bytes flipped."""
    how = data.draw(
        st.sampled_from(["case", "case", "case+sums", "drop", "rename", "add", "bytes", "journal"]),
        label="zip change",
    )
    if how == "bytes":
        return mangle(raw, data)
    with zipfile.ZipFile(io.BytesIO(raw)) as zin:
        members = {info.filename: zin.read(info) for info in zin.infolist()}
    names = sorted(members)
    if how in ("case", "case+sums"):
        doc = mutate_doc(json.loads(members["case.json"]), data)
        members["case.json"] = dump(doc, data)
        if how == "case+sums":
            digest = hashlib.sha256(members["case.json"]).hexdigest()
            sums = members.get("SHA256SUMS", b"").decode("utf-8", "replace").splitlines()
            members["SHA256SUMS"] = "".join(
                (f"{digest}  case.json" if line.endswith("  case.json") else line) + "\n"
                for line in sums
            ).encode()
    elif how == "journal":
        lines = members.get("journal.jsonl", b"").splitlines()
        if lines:
            at = data.draw(st.integers(0, len(lines) - 1), label="line")
            try:
                entry = json.loads(lines[at])
                entry = mutate_doc(entry, data)
                lines[at] = dump(entry, data).replace(b"\n", b" ")
            except ValueError:
                lines[at] = b"{"
        members["journal.jsonl"] = b"".join(line + b"\n" for line in lines)
    elif how == "drop":
        del members[data.draw(st.sampled_from(names), label="member")]
    elif how == "rename":
        old = data.draw(st.sampled_from(names), label="member")
        new = data.draw(
            st.sampled_from(["../x", "/abs", "evidence/../case.json", "CASE.JSON", "a\\b", "é"]),
            label="name",
        )
        members[new] = members.pop(old)
    else:
        name = data.draw(
            st.sampled_from(["extra.txt", "../../evil", "evidence/" + "0" * 64, "case.json/x"]),
            label="name",
        )
        members[name] = data.draw(st.binary(max_size=64), label="content")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in members.items():
            zout.writestr(name, content)
    return out.getvalue()


def tree_listing(root: Path, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Every directory and file under ``root`` (relative path) with its mode,
    size and SHA-256: equal listings, the same tree. ``skip``: top-level
    directories left out."""
    found: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root:
            dirnames[:] = [name for name in dirnames if name not in skip]
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        found[rel + "/"] = "d"
        for name in sorted(filenames):
            path = Path(dirpath) / name
            info = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[f"{rel}/{name}"] = f"{info.st_mode:o} {info.st_size} {digest}"
    return found


def tree_changes(
    before: dict[str, str], root: Path, skip: frozenset[str] = frozenset()
) -> list[str]:
    """What differs under ``root`` from ``before`` (a `tree_listing`)."""
    after = tree_listing(root, skip)
    return [
        f"{path}: {before.get(path)} -> {after.get(path)}"
        for path in sorted(set(before) | set(after))
        if before.get(path) != after.get(path)
    ]


def tree_hash(root: Path) -> str:
    """A hash of `tree_listing`: equal hashes, the same tree."""
    return hashlib.sha256(json.dumps(tree_listing(root), sort_keys=True).encode()).hexdigest()
