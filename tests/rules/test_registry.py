"""The registry runs exactly the spec's minimum rule ids (case-file-v1.md, the
findings document's table), each from a module that exists."""

from __future__ import annotations

from caseapp.rules.engine import registry, rule_ids

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
    "art38-grounds-recorded",
    "employer-held-evidence",
    "labour-inspection-route",
    "limitation-deadline",
    "data-gap",
    "parameter-stale",
}


def test_every_spec_rule_is_registered_once() -> None:
    ids = rule_ids()
    assert len(ids) == len(set(ids))
    assert set(ids) == SPEC_RULE_IDS
    assert all(callable(check) for _, check in registry())
