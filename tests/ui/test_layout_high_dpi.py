"""The 1366×768 layout and accessibility checks of test_layout_a11y.py and
the every-form-state fit of test_forms_fit.py, run again in a subprocess on
a 2× high-DPI screen (QT_SCALE_FACTOR=2)."""

from __future__ import annotations

import pytest

from tests.ui.layout_check import assert_passes_at_2x


@pytest.mark.parametrize("module", ["tests/ui/test_layout_a11y.py", "tests/ui/test_forms_fit.py"])
def test_layout_holds_on_a_high_dpi_screen(module: str) -> None:
    """The 1366×768 layout and accessibility checks, and every form state's
    fit, again at a 2× device pixel ratio (each module in its own process)."""
    assert_passes_at_2x(module, passed=" passed")
