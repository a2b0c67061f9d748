"""Column types: money as integer fen, instants as RFC 3339 text, JSON as
canonical text.

SQLAlchemy's ``Numeric`` is stored as REAL by SQLite, so money goes through
``Fen``: ``Decimal`` in Python, ``INTEGER`` fen in the file, exact both ways.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import Integer, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from caseapp.casefile.canonical import canonical_bytes
from caseapp.domain.money import from_fen, to_fen


class Fen(TypeDecorator[Decimal]):
    """``Decimal`` yuan in Python, integer fen in SQLite."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_fen(Decimal(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_fen(int(value))


class Instant(TypeDecorator[dt.datetime]):
    """An aware datetime stored as RFC 3339 text, offset kept as given."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: instants need an offset")
        return value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class CanonicalJSON(TypeDecorator[object]):
    """A JSON value stored as its canonical text (sorted keys, no spaces)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: object, dialect: Dialect) -> str | None:
        return None if value is None else canonical_bytes(value).decode("utf-8")

    def process_result_value(self, value: str | None, dialect: Dialect) -> object:
        return None if value is None else json.loads(value)
