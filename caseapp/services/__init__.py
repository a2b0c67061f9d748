"""The use cases the desktop app and the command line share.

``CaseService`` and ``SerialWriter`` are imported lazily so that importing
``caseapp.services.api`` (the contract) does not pull in SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseapp.services.service import CaseService
    from caseapp.services.writer import SerialWriter

__all__ = ["CaseService", "SerialWriter"]


def __getattr__(name: str) -> Any:
    if name == "CaseService":
        from caseapp.services.service import CaseService

        return CaseService
    if name == "SerialWriter":
        from caseapp.services.writer import SerialWriter

        return SerialWriter
    raise AttributeError(name)
