from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.services.service import CaseService


class Clock:
    """A clock that ticks one second per call, so entries have distinct times."""

    def __init__(self) -> None:
        self.now = dt.datetime(2024, 6, 1, 1, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def svc(data_dir: Path) -> Iterator[CaseService]:
    service = CaseService(data_dir, clock=Clock())
    yield service
    service.close()
