"""Law as code: facts derived from a case, one module per rule, calculators.

Pure functions of (case, law data, as_of) -> findings. No Qt, no SQL, no clock.
Entry point: `caseapp.rules.engine.run_rules`.
"""
