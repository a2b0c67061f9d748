"""Reading a case file: `.caseapp.json` or `.caseapp.zip`, checked completely.

`read_case_file` either returns a `LoadedFile` or raises `CaseFileError` with
every problem found, each with its place. It never touches the data directory.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from caseapp.casefile import zipscan
from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.checks import Ctx
from caseapp.casefile.codec import document_to_case
from caseapp.casefile.errors import CaseFileError, Problem, problem
from caseapp.casefile.journal import (
    export_left_out,
    last_export_state,
    split_lines,
    verify_chain,
)
from caseapp.casefile.strictjson import MAX_DOCUMENT_BYTES, parse_document, place_of
from caseapp.casefile.validate import validate_document
from caseapp.domain.model import Case

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    """One evidence file inside a zip: stream it out with `open()`.

    The file was hashed while it was checked; whoever copies it should hash it
    again while copying (the zip could change in between)."""

    source: Path
    member: str
    sha256: str
    size: int

    def open(self) -> IO[bytes]:
        zf = zipfile.ZipFile(self.source)
        try:
            return zf.open(self.member)  # keeps the file open until closed
        finally:
            zf.close()


@dataclass(frozen=True)
class LoadedFile:
    case: Case
    document_sha256: str  # SHA-256 of case.json's bytes as read
    journal_lines: list[bytes] | None  # zip only
    evidence: dict[str, EvidenceEntry]  # sha256 -> entry; zip only
    kind: Literal["json", "zip"]
    source: Path
    warnings: list[Problem] = field(default_factory=list)
    document: dict[str, object] = field(default_factory=dict)  # the checked document
    files_listed: int = 0  # distinct evidence files (by SHA-256) the document lists
    # zip only: sha256 -> reason (missing, changed, not_included) of each file the
    # export entry says it could not carry (`journal.export_left_out`)
    files_left_out: dict[str, str] = field(default_factory=dict)

    @property
    def files_not_included(self) -> int:
        return self.files_listed - len(self.evidence)


def is_zip(path: Path) -> bool:
    if path.name.lower().endswith(".zip"):
        return True
    if path.name.lower().endswith(".json"):
        return False
    with path.open("rb") as fh:
        return fh.read(4) in ZIP_MAGIC


def check_document(
    data: bytes, today: dt.date, known_cities: frozenset[str] | None, ctx: Ctx | None = None
) -> tuple[dict[str, object] | None, Ctx]:
    """Parse and validate case.json bytes; problems and warnings go into the Ctx."""
    ctx = ctx or Ctx(today=today, known_cities=known_cities)
    value, problems = parse_document(data)
    ctx.problems.extend(problems)
    if value is None or problems:
        return None, ctx
    return validate_document(value, ctx, sha256_hex(data)), ctx


def _file_listing(doc: dict[str, object]) -> dict[str, tuple[str, int, str]]:
    """path -> (sha256, size, place) for every file the document lists."""
    listing: dict[str, tuple[str, int, str]] = {}
    items = doc.get("evidence")
    for index, item in enumerate(items if isinstance(items, list) else []):
        files = item.get("files") if isinstance(item, dict) else None
        for n, f in enumerate(files if isinstance(files, list) else []):
            if isinstance(f, dict):
                place = place_of(place_of(place_of("evidence", index), "files"), n)
                listing.setdefault(str(f["path"]), (str(f["sha256"]), int(f["size"]), place))
    return listing


def _cross_check(
    scan: zipscan.ZipScan,
    doc: dict[str, object],
    source: Path,
    left_out: dict[str, str] | None = None,
) -> dict[str, EvidenceEntry]:
    """Evidence in the document against the zip's entries, both ways. A listed
    file may be absent only if the journal's last export entry says it was
    left out (`left_out`)."""
    listing = _file_listing(doc)
    left_out = left_out or {}
    evidence: dict[str, EvidenceEntry] = {}
    for path, (sha, size, place) in listing.items():
        member = scan.members.get(path)
        if member is None and sha in left_out:
            continue
        if member is None and path in scan.unread:
            continue  # in the zip but damaged (or too large): already said, once
        if member is None:
            scan.err(place, "evidence_missing", path=path)
        elif member.size != size:
            scan.err(place, "size_mismatch", listed=size, actual=member.size)
        else:
            evidence.setdefault(sha, EvidenceEntry(source, path, sha, size))
    for name in scan.members:
        if zipscan.EVIDENCE_NAME.match(name) and name not in listing:
            scan.err(name, "unlisted_evidence")
    return evidence


def _check_journal(
    scan: zipscan.ZipScan, journal: bytes, document_sha: str
) -> tuple[list[bytes], str]:
    lines = split_lines(journal)
    chain_problems, head = verify_chain(lines)
    for p in chain_problems:
        scan.problems.append(
            problem(f"{zipscan.JOURNAL}:{p.line}", f"journal.{p.code}", detail=p.detail)
        )
    state = last_export_state(lines)
    if state is not None and state != document_sha:
        scan.err(zipscan.CASE_JSON, "not_as_exported", expected=state, actual=document_sha)
    return lines, head


def read_case_file(
    path: Path, today: dt.date, known_cities: frozenset[str] | None = None
) -> LoadedFile:
    """Read and check a case file completely; raise CaseFileError listing
    every problem. `today` bounds event dates (today + 366 days);
    `known_cities` (None: not checked) turns an unknown city into a warning."""
    if is_zip(path):
        return _read_zip(path, today, known_cities)
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise CaseFileError([problem("", "too_large", limit="64 MiB")])
    data = path.read_bytes()
    doc, ctx = check_document(data, today, known_cities)
    if doc is None:
        raise CaseFileError(ctx.problems)
    listing = _file_listing(doc)
    return LoadedFile(
        case=document_to_case(doc),
        document_sha256=sha256_hex(data),
        journal_lines=None,
        evidence={},
        kind="json",
        source=path,
        warnings=ctx.warnings,
        document=doc,
        files_listed=len({sha for sha, _, _ in listing.values()}),
    )


@dataclass
class ZipInspection:
    """Everything learned from reading a zip completely, problems included."""

    problems: list[Problem]
    warnings: list[Problem]
    document: dict[str, object] | None
    document_sha256: str | None
    journal_lines: list[bytes]
    journal_head: str | None
    evidence: dict[str, EvidenceEntry]
    files_checked: int
    files_listed: int
    files_left_out: dict[str, str] = field(default_factory=dict)


def inspect_zip(
    path: Path, today: dt.date, known_cities: frozenset[str] | None = None
) -> ZipInspection:
    """Check a zip completely (entries, SHA256SUMS, evidence, journal chain,
    case.json against the last export entry, the document); never raises
    CaseFileError: every problem is in the result."""
    scan = zipscan.scan_zip(path)
    ctx = Ctx(today=today, known_cities=known_cities)
    doc: dict[str, object] | None = None
    document_sha: str | None = None
    if scan.case_json is not None:
        document_sha = sha256_hex(scan.case_json)
        doc, _ = check_document(scan.case_json, today, known_cities, ctx)
    lines: list[bytes] = []
    head: str | None = None
    if scan.journal is not None and document_sha is not None:
        lines, head = _check_journal(scan, scan.journal, document_sha)
    evidence: dict[str, EvidenceEntry] = {}
    listed = 0
    left_out: dict[str, str] = {}
    if doc is not None:
        listing = _file_listing(doc)
        shas = {sha for sha, _, _ in listing.values()}
        left_out = {k: v for k, v in export_left_out(lines).items() if k in shas}
        evidence = _cross_check(scan, doc, path, left_out)
        left_out = {k: v for k, v in left_out.items() if k not in evidence}
        listed = len(shas)
    checked = sum(1 for name in scan.members if zipscan.EVIDENCE_NAME.match(name))
    return ZipInspection(
        problems=scan.problems + ctx.problems,
        warnings=ctx.warnings,
        document=doc,
        document_sha256=document_sha,
        journal_lines=lines,
        journal_head=head,
        evidence=evidence,
        files_checked=checked,
        files_listed=listed,
        files_left_out=left_out,
    )


def _read_zip(path: Path, today: dt.date, known_cities: frozenset[str] | None) -> LoadedFile:
    found = inspect_zip(path, today, known_cities)
    if found.problems or found.document is None or found.document_sha256 is None:
        raise CaseFileError(found.problems or [problem("", "zip.not_zip")])
    return LoadedFile(
        case=document_to_case(found.document),
        document_sha256=found.document_sha256,
        journal_lines=found.journal_lines,
        evidence=found.evidence,
        kind="zip",
        source=path,
        warnings=found.warnings,
        document=found.document,
        files_listed=found.files_listed,
        files_left_out=found.files_left_out,
    )
