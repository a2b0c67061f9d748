"""`caseapp verify CASE_OR_FILE`: exit 0 when everything matches, 1 with the
details of every mismatch, and only then."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.context import (
    EXIT_INPUT,
    EXIT_MISMATCH,
    EXIT_OK,
    CliContext,
    CliError,
    help_text,
    is_case_file_spec,
)
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("verify", help=help_text("cli.help.verify"))
    parser.add_argument(
        "case_or_file", metavar="CASE_OR_FILE", help=help_text("cli.help.case_or_file")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    spec: str = args.case_or_file
    if is_case_file_spec(spec):
        report = _verify_file(Path(spec), ctx)
        structure_only = spec.lower().endswith(".json")
        if report.unreadable:
            # Not a case file at all (not a zip, not JSON): bad input, never a mismatch.
            details = tuple(f"{p.place}: {_text(p.message, ctx)}" for p in report.problems)
            raise CliError(EXIT_INPUT, Msg("cli.error.unreadable_file", {"path": spec}), details)
    else:
        ctx.require_data_dir()
        reader = ctx.reader()  # plain SQL when the database is there and current
        service: Any = reader if reader is not None else ctx.services()
        report = service.verify_case(service.resolve_case(spec))
        structure_only = False
    return print_report(report, ctx, structure_only=structure_only)


def _verify_file(path: Path, ctx: CliContext) -> Any:
    from caseapp.casefile.verify import verify_file

    if not path.is_file():
        raise CliError(EXIT_INPUT, Msg("cli.error.no_such_file", {"path": str(path)}))
    return verify_file(path, ctx.today())


def _text(value: object, ctx: CliContext) -> str:
    return ctx.render(value) if isinstance(value, Msg) else str(value)


def print_report(report: Any, ctx: CliContext, *, structure_only: bool = False) -> int:
    """Print a VerifyReport (services' or casefile's); 0 if ok, else 1.
    `structure_only`: a .caseapp.json, which has no journal and no files."""
    problems = list(report.problems)
    notes = [_text(note, ctx) for note in getattr(report, "notes", ()) or ()]
    not_included = int(getattr(report, "files_not_included", 0) or 0)
    if report.ok and not problems:
        if structure_only:
            ctx.out(ctx.t("cli.verify.json_ok"))
        else:
            ctx.out(
                ctx.t(
                    "cli.verify.ok",
                    entries=getattr(report, "entries", 0),
                    files=getattr(report, "files_checked", 0),
                )
            )
        head = getattr(report, "head_sha256", None)
        if head:
            ctx.out(ctx.t("cli.verify.head", sha=head))
        left_out: dict[str, str] = dict(getattr(report, "files_left_out", None) or {})
        if left_out:
            ctx.out(ctx.t("cli.verify.left_out", count=len(left_out)))
            for sha in sorted(left_out):
                reason = ctx.t(f"evidence.left_out.{left_out[sha]}")
                ctx.out(f"  {sha}: {reason}")
        if not_included > len(left_out):
            ctx.out(ctx.t("cli.verify.not_included", count=not_included - len(left_out)))
        for note in notes:
            ctx.out(note)
        return EXIT_OK
    count = max(len(problems), 1)
    ctx.out(ctx.t("cli.verify.mismatch", count=count))
    for problem in problems:
        place = getattr(problem, "place", "")
        ctx.out(f"  {place}: {_text(getattr(problem, 'message', problem), ctx)}")
    for note in notes:
        ctx.out(note)
    ctx.err(ctx.t("cli.verify.mismatch_short", count=count))
    return EXIT_MISMATCH
