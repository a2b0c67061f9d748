"""`caseapp check CASE_OR_FILE [--as-of DATE] [--json]`: run the rules.

Readable output in the chosen language, or the findings document as JSON
(`--json`). Findings are not failures: exit 0. A bad `--as-of` is a usage
error (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, date_arg, help_text
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help=help_text("rules.cli.help.check"))
    parser.add_argument(
        "case_or_file", metavar="CASE_OR_FILE", help=help_text("cli.help.case_or_file")
    )
    parser.add_argument(
        "--as-of",
        dest="as_of",
        metavar="DATE",
        type=date_arg,
        default=None,
        help=help_text("rules.cli.help.as_of"),
    )
    parser.add_argument(
        "--json",
        dest="as_json",
        action="store_true",
        default=False,
        help=help_text("rules.cli.help.json"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.rules.engine import run_rules
    from caseapp.rules.law import load_law_data
    from caseapp.rules.output import findings_to_json, format_findings_text

    as_of: dt.date | None = args.as_of
    loaded = ctx.load_case(args.case_or_file)
    case = loaded.case
    day = as_of or ctx.today(case)
    if day < case.info.work_start:
        raise CliError(
            EXIT_INPUT,
            Msg(
                "rules.cli.error.as_of_before_start",
                {"as_of": day.isoformat(), "start": case.info.work_start.isoformat()},
            ),
        )
    for warning in loaded.warnings:
        ctx.err(warning)
    law = load_law_data()
    report = run_rules(case, day, law)
    if args.as_json:
        ctx.out(json.dumps(findings_to_json(report), ensure_ascii=False, indent=2))
    else:
        ctx.stdout.write(format_findings_text(report, ctx.lang, law, case))
    return EXIT_OK
