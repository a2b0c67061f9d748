"""The real law data for the casework tests that run the rules."""

from __future__ import annotations

import pytest

from caseapp.rules.law import LawData, load_law_data


@pytest.fixture(scope="session")
def law() -> LawData:
    return load_law_data()
