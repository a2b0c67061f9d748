"""The findings document: JSON Schema, both languages, text output, and the
`caseapp check` command run in-process on a real .caseapp.json file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from caseapp.__main__ import main
from caseapp.casefile.writer import write_json
from caseapp.domain.vocab import DayStatus, IncidentKind
from caseapp.paths import resource
from caseapp.rules.output import findings_to_json, format_findings_text
from rules.builders import case, incident, month_payments, payment, span
from rules.helpers import run


def _schema() -> dict:
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        return json.load(fh)


def _rich_case() -> object:
    days = span("2025-07-01", "2025-10-31", DayStatus.STANDBY)
    pays = [
        *month_payments("2024-01-01", "2025-06-30", "10000"),
        payment("2025-07-01", "2025-07-31", "6000"),
        payment("2025-08-01", "2025-08-31", "1500", kind="standby", paid_on="2025-09-26"),
        payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
    ]
    return case(
        days=days,
        payments=pays,
        incidents=[incident("I1", "2025-10-10", IncidentKind.ASKED_TO_RESIGN)],
    )


def test_json_validates_against_schema(law) -> None:
    document = findings_to_json(run(_rich_case(), "2025-11-20", law))
    jsonschema.validate(document, _schema())
    rules = {f["rule"] for f in document["findings"]}
    assert {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "late-wages",
        "resignation-pressure",
        "prolonged-standby",
    } <= rules
    for f in document["findings"]:
        assert f["title"]["zh"] and f["title"]["en"]
    assert document["estimates"]["severance"]["n"]
    # The spec's totals: exactly these four keys, money strings and rule ids.
    totals = document["totals"]
    assert set(totals) == {"firm", "arguable", "firm_rules", "arguable_rules"}
    assert "standby-first-cycle-underpaid" in totals["firm_rules"]
    assert set(totals["firm_rules"]) | set(totals["arguable_rules"]) <= rules


def test_schema_rejects_a_bad_totals(law) -> None:
    document = findings_to_json(run(_rich_case(), "2025-11-20", law))
    for bad in ({"firm": 1.5}, {"firm_rules": ["Not An Id"]}, {"extra": "x"}):
        broken = dict(document, totals=dict(document["totals"], **bad))
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, _schema())


def test_schema_rejects_a_bad_document(law) -> None:
    document = findings_to_json(run(_rich_case(), "2025-11-20", law))
    document["findings"][0]["amount"] = 12.5  # money must be a string
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, _schema())


def test_text_output_in_both_languages(law) -> None:
    report = run(_rich_case(), "2025-11-20", law)
    zh = format_findings_text(report, "zh", law)
    en = format_findings_text(report, "en", law)
    assert "待岗" in zh and "12348" in zh
    assert "Standby pay is below the local floor" in en


def test_check_command_json_and_text(
    law, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.caseapp.json"
    write_json(_rich_case(), path)
    code = main(
        ["check", str(path), "--as-of", "2025-11-20", "--json", "--data-dir", str(tmp_path / "d")]
    )
    out = capsys.readouterr().out
    assert code == 0
    document = json.loads(out)
    jsonschema.validate(document, _schema())
    assert document["as_of"] == "2025-11-20"
    code = main(["--lang", "en", "check", str(path), "--as-of", "2025-11-20"])
    assert code == 0
    assert "Standby pay is below the local floor" in capsys.readouterr().out


def test_check_command_bad_date_is_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "w.caseapp.json"
    write_json(_rich_case(), path)
    assert main(["check", str(path), "--as-of", "2025-13-40"]) == 2
