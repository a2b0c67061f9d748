"""`caseapp export CASE -o FILE`: a .caseapp.zip, or a .caseapp.json with a
warning that the evidence files and the journal are left out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, help_text
from caseapp.domain.messages import Msg
from caseapp.domain.model import Case


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
    else:
        say_left_out(ctx, service.load_case(case_id), service.journal_lines(case_id))
    ctx.out(str(written))
    return EXIT_OK


def say_left_out(ctx: CliContext, case: Case, journal: list[bytes]) -> None:
    """Name on standard error each evidence file the export left out, and why."""
    from caseapp.casefile.journal import export_left_out

    left = export_left_out(journal[-1:])
    if not left:
        return
    titles = {f.sha256: e.title for e in case.evidence for f in e.files}
    ctx.err(ctx.t("cli.export.left_out", count=len(left)))
    for sha in sorted(left):
        reason = ctx.t(f"evidence.left_out.{left[sha]}")
        ctx.err(
            ctx.t(
                "cli.export.left_out_file", sha=sha[:12], title=titles.get(sha, ""), reason=reason
            )
        )
    ctx.err(ctx.t("cli.export.left_out_todo"))
