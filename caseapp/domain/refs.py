"""References between records: `kind:id`, `day:YYYY-MM-DD`, `si:YYYY-MM`."""

from __future__ import annotations

import re

from caseapp.domain.model import Day, Evidence, Incident, Payment, Person, Record, SIMonth, Task

ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
REF_KINDS = ("person", "task", "payment", "incident", "evidence", "day", "si")


def ref_of(record: Record) -> str:
    match record:
        case Day():
            return f"day:{record.date.isoformat()}"
        case SIMonth():
            return f"si:{record.month.isoformat()[:7]}"
        case Person():
            return f"person:{record.id}"
        case Task():
            return f"task:{record.id}"
        case Payment():
            return f"payment:{record.id}"
        case Incident():
            return f"incident:{record.id}"
        case Evidence():
            return f"evidence:{record.id}"
    raise TypeError(type(record))  # pragma: no cover


def split_ref(ref: str) -> tuple[str, str]:
    kind, sep, key = ref.partition(":")
    if not sep or kind not in REF_KINDS or not key:
        raise ValueError(ref)
    return kind, key
