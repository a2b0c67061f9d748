"""The registry runs exactly the spec's minimum rule ids (case-file-v1.md, the
findings document's table), each from a module that exists, and every rule
module of the package is in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import caseapp.rules
from caseapp.rules.engine import FIRST_PHASE, SECOND_PHASE, registry, rule_ids

SPEC_RULE_IDS = {
    "standby-first-cycle-underpaid",
    "standby-below-floor",
    "standby-full-wage-arguable",
    "prolonged-standby",
    "targeted-standby",
    "unilateral-pay-cut",
    "late-wages",
    "below-minimum-wage",
    "social-insurance-gap",
    "working-conditions-withdrawn",
    "unreasonable-transfer",
    "resignation-pressure",
    "dispatch-return-ground-not-allowed",
    "dispatch-termination-after-return",
    "disguised-dispatch",
    "relationship-to-confirm",
    "no-written-contract",
    "contract-expiry",
    "incompetence-without-training",
    "objective-change-not-shown",
    "absence-pretext",
    "protected-worker-terminated",
    "union-not-notified",
    "severance-due",
    "unlawful-termination",
    "art38-grounds-recorded",
    "employer-held-evidence",
    "labour-inspection-route",
    "limitation-deadline",
    "data-gap",
    "parameter-stale",
    # part-time, hourly and platform work (issue 15)
    "part-time-limits-exceeded",
    "below-hourly-minimum",
    "part-time-pay-cycle",
    "piece-work-unpaid",
    "platform-pay-below-minimum",
    "termination-certificate-missing",
}


def test_every_spec_rule_is_registered_once() -> None:
    ids = rule_ids()
    assert len(ids) == len(set(ids))
    assert set(ids) == SPEC_RULE_IDS
    assert all(callable(check) for _, check in registry())


def test_every_rule_module_is_registered_exactly_once() -> None:
    """A new r_*.py file cannot be forgotten: each one in the package gives
    the registry exactly one check, under the module's own `RULE` id."""
    package = Path(caseapp.rules.__file__).parent
    files = sorted(f"caseapp.rules.{path.stem}" for path in package.glob("r_*.py"))
    assert len(files) == len(SPEC_RULE_IDS)
    registered = [check.__module__ for _, check in registry()]
    assert sorted(registered) == files
    for rule_id, check in registry():
        assert check.__name__ == "check"
        assert rule_id == sys.modules[check.__module__].RULE


def test_registry_order_is_the_output_order() -> None:
    """Findings of one severity come out in this order: reordering the registry
    changes every findings document, so it is pinned here."""
    assert registry() == [*FIRST_PHASE, *SECOND_PHASE]
    assert rule_ids() == (
        "relationship-to-confirm",
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "standby-full-wage-arguable",
        "prolonged-standby",
        "targeted-standby",
        "resignation-pressure",
        "unilateral-pay-cut",
        "late-wages",
        "below-minimum-wage",
        "social-insurance-gap",
        "working-conditions-withdrawn",
        "unreasonable-transfer",
        "dispatch-return-ground-not-allowed",
        "dispatch-termination-after-return",
        "disguised-dispatch",
        "objective-change-not-shown",
        "no-written-contract",
        "contract-expiry",
        "data-gap",
        "parameter-stale",
        "union-not-notified",
        "protected-worker-terminated",
        "absence-pretext",
        "incompetence-without-training",
        "part-time-limits-exceeded",
        "below-hourly-minimum",
        "part-time-pay-cycle",
        "piece-work-unpaid",
        "platform-pay-below-minimum",
        "termination-certificate-missing",
        # second phase: each reads the findings above it
        "unlawful-termination",
        "severance-due",
        "limitation-deadline",
        "labour-inspection-route",
        "art38-grounds-recorded",
        "employer-held-evidence",
    )


def test_a_rule_module_without_check_fails_at_import() -> None:
    """Not skipped silently: the engine cannot be imported at all."""
    code = (
        "import sys, types\n"
        "import caseapp.rules as pkg\n"
        "stub = types.ModuleType('caseapp.rules.r_transfer')\n"
        "stub.RULE = 'unreasonable-transfer'\n"
        "sys.modules[stub.__name__] = stub\n"
        "pkg.r_transfer = stub\n"
        "import caseapp.rules.engine\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode != 0
    assert "AttributeError" in done.stderr and "check" in done.stderr
