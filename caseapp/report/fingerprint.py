"""The document fingerprint printed on every page: SHA-256 over the canonical
case document and the findings, so that a reader can tell two reports apart
and tie a report to the data it was made from.

    fingerprint = sha256(canonical_bytes({"case": <case.json document>,
                                          "findings": <findings as JSON>}))

`canonical_bytes` is the journal's canonical JSON (sorted keys, no spaces,
UTF-8); Decimal, dates and message parameters are written as strings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum

from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.codec import case_to_document
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case


def to_json(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal | dt.date | dt.datetime):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def fingerprint(case: Case, findings: FindingsReport) -> str:
    document = {"case": case_to_document(case), "findings": to_json(findings)}
    return sha256_hex(canonical_bytes(document))
