"""Checking a `.caseapp.zip` while reading it (spec: Containers, Bad input).

Every entry is read once, streamed, with its size counted while it is
decompressed (headers are never trusted), and hashed. Problems are collected,
never raised, so the caller can report them all at once.
"""

from __future__ import annotations

import errno
import hashlib
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from caseapp.casefile.errors import Problem, problem
from caseapp.domain.messages import msg

MAX_ENTRIES: Final = 20_000
MAX_CASE_JSON: Final = 64 * 1024**2
MAX_JOURNAL: Final = 512 * 1024**2
MAX_EVIDENCE: Final = 4 * 1024**3
MAX_SUMS: Final = 16 * 1024**2
MAX_HOWTO: Final = 1024**2
RATIO_LIMIT: Final = 100
RATIO_FROM: Final = 10 * 1024**2
CHUNK: Final = 1024**2

CASE_JSON: Final = "case.json"
JOURNAL: Final = "journal.jsonl"
SUMS: Final = "SHA256SUMS"
HOWTO_ZH: Final = "如何核验.txt"
HOWTO_EN: Final = "HOW-TO-VERIFY.txt"
FIXED_LIMITS: Final = {
    CASE_JSON: MAX_CASE_JSON,
    JOURNAL: MAX_JOURNAL,
    SUMS: MAX_SUMS,
    HOWTO_ZH: MAX_HOWTO,
    HOWTO_EN: MAX_HOWTO,
}
REQUIRED: Final = (CASE_JSON, JOURNAL, SUMS)
EVIDENCE_NAME: Final = re.compile(r"\Aevidence/([0-9a-f]{64})(\.[A-Za-z0-9]{1,10})?\Z")
_SUMS_LINE: Final = re.compile(r"\A([0-9a-fA-F]{64}) [ *](.+)\Z")


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    sha256: str
    size: int


@dataclass
class ZipScan:
    problems: list[Problem] = field(default_factory=list)
    members: dict[str, Member] = field(default_factory=dict)  # entries read whole and hashed
    unread: set[str] = field(default_factory=set)  # present but refused while read (damaged, …)
    case_json: bytes | None = None
    journal: bytes | None = None
    sums: bytes | None = None

    def err(self, place: str, code: str, /, **params: object) -> None:
        self.problems.append(problem(place, f"zip.{code}", **params))


def _name_problem(name: str) -> str | None:
    """Why an entry name is unsafe, or None."""
    if "\\" in name:
        return "backslash"
    if name.startswith("/") or re.match(r"\A[A-Za-z]:", name):
        return "absolute"
    if ".." in name.split("/"):
        return "dotdot"
    return None


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return bool(mode) and stat.S_ISLNK(mode)


def _limit(name: str) -> int | None:
    if name in FIXED_LIMITS:
        return FIXED_LIMITS[name]
    if EVIDENCE_NAME.match(name):
        return MAX_EVIDENCE
    return None


def read_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limit: int,
    sink: Callable[[bytes], None],
) -> tuple[str, int] | str:
    """Stream one entry into `sink`, counting and hashing. Returns
    ``(sha256, size)`` or a problem code: too_large, ratio, corrupt."""
    if info.file_size > limit:
        return "too_large"
    if info.header_offset < 0:  # a damaged central directory: seeking there fails
        return "corrupt"
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    return "too_large"
                if size > RATIO_FROM and size > RATIO_LIMIT * max(info.compress_size, 1):
                    return "ratio"
                digest.update(chunk)
                sink(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        return "corrupt"
    except OSError as exc:
        # EINVAL: a seek the damaged zip asked for; other errors are the machine's.
        if exc.errno != errno.EINVAL:
            raise
        return "corrupt"
    if size != info.file_size:
        return "corrupt"
    return digest.hexdigest(), size


def _check_entry(scan: ZipScan, info: zipfile.ZipInfo, seen: dict[str, str]) -> bool:
    """Name, type and method checks of one entry; True if it may be read."""
    name = info.filename
    ok = True
    why = _name_problem(name)
    if why is not None:
        scan.err(name, "unsafe_name", reason=msg(f"casefile.zip.reason.{why}"))
        ok = False
    if _is_link(info):
        scan.err(name, "link")
        ok = False
    folded = unicodedata.normalize("NFC", name).casefold()
    if folded in seen:
        scan.err(name, "duplicate_name", other=seen[folded])
        ok = False
    else:
        seen[folded] = name
    if info.flag_bits & 0x41:  # bit 0: encrypted, bit 6: strong encryption
        scan.err(name, "encrypted")
        ok = False
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or (
        info.flag_bits & 0x20  # bit 5: "compressed patched data"
    ):
        scan.err(name, "compression", method=info.compress_type)
        ok = False
    if ok and _limit(unicodedata.normalize("NFC", name)) is None:
        scan.err(name, "unexpected_entry")
        ok = False
    return ok


def scan_zip(path: Path) -> ZipScan:
    """Open, check and hash every entry of a zip; keep the small members' bytes."""
    scan = ZipScan()
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        scan.err("", "not_zip")
        return scan
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            scan.err("", "too_many_entries", count=len(infos), limit=MAX_ENTRIES)
            return scan
        seen: dict[str, str] = {}
        readable = [info for info in infos if _check_entry(scan, info, seen)]
        for info in readable:
            name = unicodedata.normalize("NFC", info.filename)
            limit = _limit(name)
            assert limit is not None
            chunks: list[bytes] = []
            keep = name in (CASE_JSON, JOURNAL, SUMS)
            result = read_member(zf, info, limit, chunks.append if keep else _drop)
            if isinstance(result, str):
                scan.err(info.filename, result, limit=_human(limit), ratio=RATIO_LIMIT)
                scan.unread.add(name)
                continue
            sha, size = result
            scan.members[name] = Member(name, sha, size)
            data = b"".join(chunks)
            if name == CASE_JSON:
                scan.case_json = data
            elif name == JOURNAL:
                scan.journal = data
            elif name == SUMS:
                scan.sums = data
            match = EVIDENCE_NAME.match(name)
            if match and match.group(1) != sha:
                scan.err(info.filename, "hash_name_mismatch", actual=sha)
    present = {unicodedata.normalize("NFC", i.filename) for i in infos}
    for name in REQUIRED:
        if name not in present:
            scan.err(name, "missing_member", name=name)
    if scan.sums is not None:
        accepted = {unicodedata.normalize("NFC", i.filename) for i in readable}
        check_sums(scan, scan.sums, present, accepted)
    return scan


def _drop(_: bytes) -> None:
    return None


def _human(limit: int) -> str:
    return f"{limit // 1024**3} GiB" if limit >= 1024**3 else f"{limit // 1024**2} MiB"


def parse_sums(data: bytes) -> tuple[dict[str, tuple[str, int]], list[int]]:
    """`sha256sum` lines -> {name: (hex, line number)} and the bad line numbers."""
    listed: dict[str, tuple[str, int]] = {}
    bad: list[int] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return listed, [0]
    for number, line in enumerate(text.splitlines(), start=1):
        match = _SUMS_LINE.match(line)
        if not match or match.group(2) in listed:
            bad.append(number)
            continue
        listed[unicodedata.normalize("NFC", match.group(2))] = (match.group(1).lower(), number)
    return listed, bad


def check_sums(scan: ZipScan, data: bytes, present: set[str], accepted: set[str]) -> None:
    """SHA256SUMS must list every other entry, each with its true hash.
    Entries already refused (unsafe, unexpected, …) are not reported again."""
    listed, bad = parse_sums(data)
    for number in bad:
        scan.err(f"{SUMS}:{number}", "sums_malformed")
    for name in sorted(accepted - {SUMS}):
        if name not in listed:
            scan.err(name, "not_in_sums")
            continue
        member = scan.members.get(name)
        if member is not None and member.sha256 != listed[name][0]:
            scan.err(name, "sums_mismatch", listed=listed[name][0], actual=member.sha256)
    for name, (_, number) in sorted(listed.items()):
        if name not in present:
            scan.err(f"{SUMS}:{number}", "sums_lists_absent", name=name)
