"""Verifying a case file as a lawyer would (spec: `caseapp verify FILE`).

For a zip: SHA256SUMS, every evidence file (its name is its SHA-256), the
journal's hash chain, case.json against the journal's last `export` entry,
and the document itself. For a `.caseapp.json`: the document, and how many
evidence files it lists but cannot include. Every problem comes with its place.

`casefile` does not depend on `services`: services adapts `FileVerification`
into its own `VerifyReport`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.errors import Problem, problem
from caseapp.casefile.journal import last_export_state
from caseapp.casefile.reader import ZipInspection, check_document, inspect_zip, is_zip
from caseapp.casefile.strictjson import MAX_DOCUMENT_BYTES

# Problems that mean "this is not a case file at all" (bad input, not a mismatch).
UNREADABLE = frozenset(
    {
        "casefile.zip.not_zip",
        "casefile.empty",
        "casefile.not_utf8",
        "casefile.syntax",
        "casefile.too_large",
        "casefile.too_deep",
        "casefile.not_a_document",
        "casefile.bad_format",
        "casefile.unsupported_version",
        "casefile.zip.too_many_entries",
    }
)


@dataclass(frozen=True, slots=True)
class FileVerification:
    kind: Literal["json", "zip"]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...] = ()
    entries: int = 0  # journal lines
    head_sha256: str | None = None  # SHA-256 of the journal's last line
    document_sha256: str | None = None
    files_checked: int = 0  # evidence files hashed
    files_not_included: int = 0  # files listed but not carried (.caseapp.json, or left out)
    # zip: sha256 -> reason (missing, changed, not_included) of each file its
    # export entry says it left out; these are counted in files_not_included
    files_left_out: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def unreadable(self) -> bool:
        """True when the file could not be read as a case file at all (bad
        input: CLI exit 2) rather than found changed (a mismatch: exit 1). A
        zip is unreadable only if the zip itself cannot be opened; a damaged
        member of a readable zip is a mismatch."""
        keys = {p.message.key for p in self.problems}
        if self.kind == "zip":
            return bool(keys & {"casefile.zip.not_zip", "casefile.zip.too_many_entries"})
        return bool(keys & UNREADABLE)


def verify_file(
    path: Path, today: dt.date, known_cities: frozenset[str] | None = None
) -> FileVerification:
    """Re-check a `.caseapp.zip` or `.caseapp.json` without importing it."""
    if is_zip(path):
        found = inspect_zip(path, today, known_cities)
        return FileVerification(
            kind="zip",
            problems=tuple(found.problems) + _export_entry_problems(found),
            warnings=tuple(found.warnings),
            entries=len(found.journal_lines),
            head_sha256=found.journal_head,
            document_sha256=found.document_sha256,
            files_checked=found.files_checked,
            files_not_included=max(found.files_listed - len(found.evidence), 0),
            files_left_out=dict(found.files_left_out),
        )
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        return FileVerification("json", (problem("", "too_large", limit="64 MiB"),))
    data = path.read_bytes()
    doc, ctx = check_document(data, today, known_cities)
    listed = 0
    if doc is not None:
        evidence = doc.get("evidence")
        shas = {
            f["sha256"]
            for item in (evidence if isinstance(evidence, list) else [])
            for f in item.get("files", [])
        }
        listed = len(shas)
    return FileVerification(
        kind="json",
        problems=tuple(ctx.problems),
        warnings=tuple(ctx.warnings),
        document_sha256=sha256_hex(data),
        files_not_included=listed,
    )


def _export_entry_problems(found: ZipInspection) -> tuple[Problem, ...]:
    """A zip whose journal is empty, or holds no ``export`` entry, cannot show
    that case.json is what was exported: reported as such (a mismatch). A zip
    with no journal at all is already reported by the scan."""
    if found.document_sha256 is None or found.journal_head is None:
        return ()
    if not found.journal_lines:
        return (problem("journal.jsonl", "journal.empty"),)
    if last_export_state(found.journal_lines) is None:
        return (problem("journal.jsonl", "journal.no_export"),)
    return ()
