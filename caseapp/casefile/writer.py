"""Writing case files: `.caseapp.json` and the deterministic `.caseapp.zip`.

Both are written through `caseapp.atomic.open_atomic` (a temporary file in the
target directory, fsynced and renamed over the target, mode 0600), so a crash
leaves either the old file or the new one.
`case.json` is exactly ``canonical_bytes(case_to_document(case))``: its SHA-256
is the ``state_sha256`` that storage records in the journal's export entry.
Two exports of the same data are byte-identical (fixed entry order,
timestamps, attributes and compression settings).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from typing import Final

from caseapp.atomic import open_atomic
from caseapp.casefile import zipscan
from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.journal import GENESIS, export_left_out, line_hash
from caseapp.domain.model import Case
from caseapp.i18n import Lang, text

FIXED_TIME: Final = (1980, 1, 1, 0, 0, 0)
FILE_MODE: Final = 0o100644 << 16  # a regular file, rw-r--r--
COMPRESS_LEVEL: Final = 6  # zlib's default, also used for streamed evidence
# Already compressed: stored as they are (deflate would only cost time).
STORE_EXTENSIONS: Final = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".heic",
        ".heif",
        ".mp4",
        ".mov",
        ".m4a",
        ".mp3",
        ".aac",
        ".amr",
        ".silk",
        ".zip",
        ".gz",
        ".7z",
        ".rar",
        ".pdf",
        ".docx",
        ".xlsx",
    }
)
_EXT_RE: Final = re.compile(r"\A\.[a-z0-9]{1,10}\Z")
CHUNK: Final = 1024**2

Progress = Callable[[int, int], None]


class EvidenceMismatch(Exception):
    """A stored evidence file no longer has the SHA-256 it is stored under."""

    def __init__(self, sha256: str, actual: str) -> None:
        super().__init__(f"stored file {sha256} now hashes to {actual}")
        self.sha256 = sha256
        self.actual = actual


def evidence_path(sha256: str, original_name: str | None) -> str:
    """The path of an evidence file inside the zip: ``evidence/<sha256><ext>``,
    the extension taken from the original name, lower-cased, if it is 1–10
    letters or digits (otherwise none)."""
    ext = PurePath(original_name).suffix.lower() if original_name else ""
    return f"evidence/{sha256}{ext if _EXT_RE.match(ext) else ''}"


def document_bytes(case: Case) -> bytes:
    """case.json exactly as written: the canonical bytes of the document."""
    return canonical_bytes(case_to_document(case))


def write_json(case: Case, out: Path) -> str:
    """Write a `.caseapp.json` (the canonical document, no journal, no files).
    Returns its SHA-256."""
    data = document_bytes(case)
    with open_atomic(out) as fh:
        fh.write(data)
    return sha256_hex(data)


def _info(name: str, compress: bool, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.create_system = 3
    info.external_attr = FILE_MODE
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.file_size = size  # lets zipfile choose zip64 ahead for files over 2 GiB
    return info


def _put_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> str:
    zf.writestr(_info(name, True, len(data)), data, compresslevel=COMPRESS_LEVEL)
    return sha256_hex(data)


def _put_file(zf: zipfile.ZipFile, name: str, source: Path, expected: str) -> None:
    size = source.stat().st_size
    compress = PurePath(name).suffix.lower() not in STORE_EXTENSIONS
    info = _info(name, compress, size)
    digest = hashlib.sha256()
    with source.open("rb") as src, zf.open(info, "w", force_zip64=size > 2**31) as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != expected:
        raise EvidenceMismatch(expected, digest.hexdigest())


def evidence_files(case: Case) -> dict[str, str]:
    """zip path -> sha256 of every file the case lists (each path once)."""
    files: dict[str, str] = {}
    for item in case.evidence:
        for f in item.files:
            match = zipscan.EVIDENCE_NAME.match(f.path)
            if match is None or match.group(1) != f.sha256:
                raise ValueError(f"evidence path {f.path!r} is not evidence/<sha256>[.ext]")
            files[f.path] = f.sha256
    return files


def howto_texts(
    case_sha: str,
    journal_lines: Sequence[bytes],
    case: Case | None = None,
    leave_out: frozenset[str] = frozenset(),
) -> dict[str, bytes]:
    """The two how-to-verify texts (zh and en), naming this export's hashes
    and each evidence file it leaves out (``leave_out``), with its zip path,
    its item's title and why — the reason the journal's export entry (the
    last line) records in ``files_left_out``."""
    head = line_hash(journal_lines[-1]) if journal_lines else GENESIS
    texts: dict[str, bytes] = {}
    langs: tuple[tuple[str, Lang], ...] = ((zipscan.HOWTO_ZH, "zh"), (zipscan.HOWTO_EN, "en"))
    for name, lang in langs:
        left = _left_out_text(lang, journal_lines, case, leave_out)
        params = {
            "case_sha": case_sha,
            "entries": len(journal_lines),
            "head": head,
            "left_out": left,
        }
        texts[name] = text("casefile.howto", lang, **params).encode("utf-8")
    return texts


def _left_out_text(
    lang: Lang, journal_lines: Sequence[bytes], case: Case | None, leave_out: frozenset[str]
) -> str:
    """The paragraph naming the left-out files ("" when none is)."""
    if not leave_out:
        return ""
    reasons = export_left_out(journal_lines[-1:])  # this export's own entry
    files: dict[str, tuple[str, str]] = {}  # sha -> (zip path, title)
    for item in case.evidence if case is not None else ():
        for f in item.files:
            files.setdefault(f.sha256, (f.path, item.title))
    lines = []
    for sha in sorted(leave_out, key=lambda h: files.get(h, ("evidence/" + h, ""))):
        path, title = files.get(sha, ("evidence/" + sha, ""))
        reason = reasons.get(sha)
        why = (
            text(f"evidence.left_out.{reason}", lang)
            if reason
            else text("casefile.howto.left_out_unknown", lang)
        )
        lines.append(text("casefile.howto.left_out_file", lang, path=path, title=title, why=why))
    return text("casefile.howto.left_out", lang, count=len(leave_out), files="\n".join(lines))


def write_zip(
    case: Case,
    journal_lines: Sequence[bytes],
    evidence_source: Callable[[str], Path],
    out: Path,
    lang: str = "zh",
    progress: Progress | None = None,
    leave_out: frozenset[str] = frozenset(),
) -> str:
    """Write a `.caseapp.zip`: case.json, journal.jsonl, the evidence files
    (streamed from ``evidence_source(sha256)``, each re-hashed while copied)
    but those whose SHA-256 is in ``leave_out`` (the journal's export entry
    names them), both how-to-verify texts and SHA256SUMS. Returns case.json's
    SHA-256.

    Both texts are always written; `lang` is accepted for symmetry with the
    other writers and does not change the bytes. Raises EvidenceMismatch if a
    stored file no longer matches its hash (nothing is written then)."""
    del lang
    case_bytes = document_bytes(case)
    journal = b"".join(line + b"\n" for line in journal_lines)
    files = {p: sha for p, sha in evidence_files(case).items() if sha not in leave_out}
    sums: dict[str, str] = {}
    total = len(files) + 2
    with open_atomic(out) as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        sums[zipscan.CASE_JSON] = _put_bytes(zf, zipscan.CASE_JSON, case_bytes)
        sums[zipscan.JOURNAL] = _put_bytes(zf, zipscan.JOURNAL, journal)
        for done, (path, sha) in enumerate(sorted(files.items()), start=1):
            _put_file(zf, path, evidence_source(sha), sha)
            sums[path] = sha
            if progress is not None:
                progress(done, total)
        omitted = frozenset(evidence_files(case).values()) - frozenset(files.values())
        howto = howto_texts(sums[zipscan.CASE_JSON], journal_lines, case, omitted)
        for name, data in howto.items():
            sums[name] = _put_bytes(zf, name, data)
        listing = "".join(f"{sums[name]}  {name}\n" for name in sorted(sums))
        _put_bytes(zf, zipscan.SUMS, listing.encode("utf-8"))
    if progress is not None:
        progress(total, total)
    return sums[zipscan.CASE_JSON]
