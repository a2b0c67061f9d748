"""The change journal's hash chain (spec: `journal.jsonl`).

Each line is the canonical JSON of one entry, ``{seq, prev, at, tz_offset, op,
changes, app}`` plus the op's own keys (``document_sha256`` for import,
``undoes`` for undo, ``abandoned_head`` for restore, ``state_sha256`` for
export — with ``files_left_out``, ``[{sha256, reason}]``, when the export could
not carry some evidence files (reason ``missing``, ``changed`` or
``not_included``; docs/format.md) — ``purged`` for purge,
``anchored_head``/``anchored_seq``/``channel`` for anchor: casefile/anchors.py).
``prev`` is the SHA-256 (hex) of the previous line's exact bytes, without its
terminating newline; 64 zeros for the first.
``seq`` counts from 1 with no gaps. Lines are separated by a single ``\\n``;
the file ends with one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.strictjson import JOURNAL_MAX_DEPTH, nesting_depth_ok

GENESIS = "0" * 64
REQUIRED_KEYS = frozenset({"seq", "prev", "at", "tz_offset", "op", "changes", "app"})
OPS = frozenset(
    {"create", "update", "delete", "import", "undo", "purge", "restore", "export", "anchor"}
)


def make_line(entry: Mapping[str, object], prev: str) -> bytes:
    """The canonical bytes of one journal line (no newline), with ``prev`` set."""
    body = dict(entry)
    body["prev"] = prev
    return canonical_bytes(body)


def line_hash(line: bytes) -> str:
    return sha256_hex(line)


@dataclass(frozen=True, slots=True)
class ChainProblem:
    line: int  # 1-based line number in journal.jsonl
    # "too_deep", "not_json", "not_canonical", "bad_prev", "bad_seq", "missing_key", "bad_op"
    code: str
    detail: str


def split_lines(data: bytes) -> list[bytes]:
    """Lines of a journal file; a missing final newline is tolerated."""
    if not data:
        return []
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines


def verify_chain(lines: Sequence[bytes]) -> tuple[list[ChainProblem], str]:
    """Check every line: canonical form, keys, ``seq`` order and ``prev`` links.

    Returns the problems found (empty when the chain holds) and the head hash
    (the SHA-256 of the last line, or 64 zeros for an empty journal).
    """
    problems: list[ChainProblem] = []
    prev = GENESIS
    for number, line in enumerate(lines, start=1):
        if not nesting_depth_ok(line):
            problems.append(ChainProblem(number, "too_deep", f"nested over {JOURNAL_MAX_DEPTH}"))
            prev = line_hash(line)
            continue
        try:
            entry = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            problems.append(ChainProblem(number, "not_json", str(exc)))
            prev = line_hash(line)
            continue
        if not isinstance(entry, dict):
            problems.append(ChainProblem(number, "not_json", "not an object"))
            prev = line_hash(line)
            continue
        missing = REQUIRED_KEYS - entry.keys()
        if missing:
            problems.append(ChainProblem(number, "missing_key", ",".join(sorted(missing))))
        try:
            canonical = canonical_bytes(entry)
        except UnicodeEncodeError:  # a lone surrogate (json accepts "\ud800"): not UTF-8 text
            canonical = b""
        if canonical != line:
            problems.append(ChainProblem(number, "not_canonical", "line is not canonical JSON"))
        if entry.get("prev") != prev:
            problems.append(
                ChainProblem(number, "bad_prev", f"prev {entry.get('prev')!r} != {prev}")
            )
        if entry.get("seq") != number:
            problems.append(
                ChainProblem(number, "bad_seq", f"seq {entry.get('seq')!r} != {number}")
            )
        op = entry.get("op")
        if not isinstance(op, str) or op not in OPS:  # a list is unhashable: check the type
            problems.append(ChainProblem(number, "bad_op", repr(entry.get("op"))))
        prev = line_hash(line)
    return problems, prev


def read_entry(line: bytes) -> dict[str, Any] | None:
    """One journal line as an object, or None when it is not one: nested too
    deep (refused before json recurses), not JSON, or not an object. The readers
    of entries skip such lines; ``verify_chain`` names them."""
    if not nesting_depth_ok(line):
        return None
    try:
        entry = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return entry if isinstance(entry, dict) else None


def last_export_state(lines: Iterable[bytes]) -> str | None:
    """The ``state_sha256`` of the last ``export`` entry, if any."""
    state: str | None = None
    for line in lines:
        entry = read_entry(line)
        if entry is not None and entry.get("op") == "export":
            value = entry.get("state_sha256")
            state = value if isinstance(value, str) else None
    return state


LEFT_OUT_REASONS = frozenset({"missing", "changed", "not_included"})


def export_left_out(lines: Sequence[bytes]) -> dict[str, str]:
    """sha256 -> reason of every evidence file the last ``export`` entry says
    it left out of the zip (empty when it left none out, or there is none).
    Entries that are not well formed are skipped: the chain check names them."""
    left: dict[str, str] = {}
    for line in lines:
        entry = read_entry(line)
        if entry is None or entry.get("op") != "export":
            continue
        left = {}
        files = entry.get("files_left_out")
        for item in files if isinstance(files, list) else []:
            if not isinstance(item, dict):
                continue
            sha, reason = item.get("sha256"), item.get("reason")
            if isinstance(sha, str) and isinstance(reason, str) and reason in LEFT_OUT_REASONS:
                left[sha] = str(reason)
    return left
