"""Domain objects <-> the JSON document of case file v1 (the public entry point).

Writing lives in ``encode`` (canonical values, canonical list order), reading
of checked data in ``decode``; full checking of untrusted input in ``reader``.
"""

from caseapp.casefile.decode import (
    document_to_case,
    evidence_file_from_json,
    info_from_json,
    parse_instant,
    parse_month,
    record_from_json,
)
from caseapp.casefile.encode import (
    FORMAT,
    VERSION,
    case_to_document,
    decimal_str,
    evidence_file_to_json,
    info_to_json,
    instant_str,
    money_str,
    month_str,
    record_to_json,
    sort_case,
)
from caseapp.domain.kinds import id_key

__all__ = [
    "FORMAT",
    "VERSION",
    "case_to_document",
    "decimal_str",
    "document_to_case",
    "evidence_file_from_json",
    "evidence_file_to_json",
    "id_key",
    "info_from_json",
    "info_to_json",
    "instant_str",
    "money_str",
    "month_str",
    "parse_instant",
    "parse_month",
    "record_from_json",
    "record_to_json",
    "sort_case",
]
