"""`caseapp export CASE -o FILE`: a .caseapp.zip, or a .caseapp.json with a
warning that the evidence files and the journal are left out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, help_text
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export", help=help_text("cli.help.export"))
    parser.add_argument("case", metavar="CASE", help=help_text("cli.help.case"))
    parser.add_argument(
        "-o",
        "--output",
        dest="output",
        metavar="FILE",
        required=True,
        help=help_text("cli.help.output"),
    )
    parser.add_argument(
        "--encrypt", action="store_true", default=False, help=help_text("cli.help.encrypt")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    out = Path(args.output)
    name = out.name.lower()
    if args.encrypt and not name.endswith(".caseapp.enc"):
        raise CliError(EXIT_INPUT, Msg("cli.error.encrypt_name", {"path": str(out)}))
    if not args.encrypt and not name.endswith((".caseapp.zip", ".caseapp.json")):
        raise CliError(EXIT_INPUT, Msg("cli.error.bad_output_name", {"path": str(out)}))
    if not out.parent.resolve().is_dir():
        raise CliError(EXIT_INPUT, Msg("cli.error.no_such_dir", {"path": str(out.parent)}))
    ctx.require_data_dir()
    service = ctx.services()
    case_id = service.resolve_case(args.case)
    passphrase = None
    if args.encrypt:
        passphrase = ctx.passphrase(confirm=True)
        if passphrase is None:
            raise CliError(EXIT_INPUT, Msg("cli.error.locked", {"path": str(out)}))
    written = service.export_case(case_id, out, passphrase=passphrase)
    if name.endswith(".caseapp.json"):
        ctx.err(ctx.t("cli.export.json_warning"))
    ctx.out(str(written))
    return EXIT_OK
