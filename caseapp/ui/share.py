"""The "share with a lawyer" folder: names of its files, the how-to-verify
text with each file's SHA-256, and the folder's size — written off the GUI
thread (hashing a case file with its evidence can take a while)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

from caseapp import atomic, i18n

VERIFY_NAME = "how-to-verify.txt"
CHUNK = 1 << 20


def folder_name(worker: str, today: dt.date) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', "-", worker).strip("-") or "case"
    return f"caseapp-{safe}-{today.isoformat()}"


def partial_folder(parent: Path, name: str) -> Path:
    """Where the folder is written before it gets its name: a sibling that a
    failure removes whole, so a folder under ``name`` is always complete."""
    return parent / f".{name}.partial"


def free_folder(parent: Path, name: str) -> Path:
    """``parent/name``, or ``name-2``, ``name-3`` … if taken (a partial one too)."""
    folder, n = parent / name, 2
    while folder.exists() or partial_folder(parent, folder.name).exists():
        folder = parent / f"{name}-{n}"
        n += 1
    return folder


def finish_folder(partial: Path, folder: Path) -> Path:
    """Give the written folder its name (one rename); a name taken meanwhile
    gets the next free one."""
    if folder.exists():
        folder = free_folder(folder.parent, folder.name)
    partial.rename(folder)
    return folder


def drop_folder(partial: Path) -> None:
    """Remove a folder that was not finished."""
    shutil.rmtree(partial, ignore_errors=True)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_verify_text(
    folder: Path,
    brief: Path,
    filing: Path,
    casefile: Path,
    now: dt.datetime,
    word: Path | None = None,
) -> Path:
    """Write how-to-verify.txt (Chinese, then English, then the hashes); the
    Word copy, when there is one, is listed with what it is for."""
    when = now.replace(microsecond=0).isoformat()  # the app clock's moment
    names = {"brief": brief.name, "filing": filing.name, "casefile": casefile.name, "when": when}
    parts = []
    for lang in ("zh", "en"):
        parts.append(i18n.text("uireport.verify.title", lang))
        parts.append(i18n.text("uireport.verify.body", lang, **names))
        if word is not None:
            parts += ["", i18n.text("uireport.verify.word", lang, word=word.name)]
        parts.append("")
    parts.append("SHA-256")
    files = [brief, filing, casefile] + ([word] if word is not None else [])
    for path in files:
        parts.append(f"{sha256_file(path)}  {path.name}")
    out = folder / VERIFY_NAME
    atomic.write_text(out, "\n".join(parts) + "\n")
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover
