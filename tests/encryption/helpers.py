"""Shared by the encryption tests: the sample case in a data directory, and
the words of it that must never be found in plain bytes."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from caseapp.paths import resource

PASSPHRASE = "correct horse battery"
SAMPLE = resource("samples", "sample.caseapp.zip")


def needles() -> list[bytes]:
    """Names, quotes and amounts of the sample case, as UTF-8 bytes."""
    with zipfile.ZipFile(SAMPLE) as zf:
        doc = json.loads(zf.read("case.json"))
    info = doc["case"]
    found: set[str] = set()

    def name_of(value: object) -> None:
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            found.add(value["name"])

    for key in ("worker", "employer", "client"):
        name_of(info.get(key))
    for person in doc.get("people", []):
        name_of(person)
    for incident in doc.get("incidents", []):
        quote = incident.get("quote") or ""
        if len(quote) >= 6:
            found.add(quote[:12])
    for payment in doc.get("payments", []):
        if payment.get("amount"):
            found.add(str(payment["amount"]))
    return sorted({s.encode("utf-8") for s in found if len(s.encode("utf-8")) >= 6})


def every_file(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def plaintext_hits(root: Path) -> list[str]:
    """Every (file, needle) where a needle is found in a file's raw bytes."""
    words = needles()
    hits: list[str] = []
    for path in every_file(root):
        data = path.read_bytes()
        hits.extend(f"{path.relative_to(root)}: {w.decode()}" for w in words if w in data)
    return hits
