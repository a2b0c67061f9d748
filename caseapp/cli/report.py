"""`caseapp report CASE_OR_FILE -o OUT.pdf [--as-of DATE] [--from DATE]
[--part brief|filing|both] [--mask] [--generated-at INSTANT] [--progress]`: the PDF.

`--from` is an extension of the spec's CLI (docs/report.md): the report
period starts that day, so the chronology, the calendar and the pay chart
cover [from, as-of]; findings are still computed on all records (exit 2 when
it is after the as-of date).

The generation time printed on the cover is an input, so two runs with the
same inputs give the same bytes: `--generated-at` (RFC 3339 with an offset),
else `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), else now. Findings come
from the rules engine as of `--as-of` (default: today in the case's time
zone). `--progress` prints `progress DONE TOTAL` lines on standard output for
the desktop app.

`-o OUT.docx` writes the Word copy instead (spec: the arbitration application
and the evidence list, editable, for the lawyer to finish; `report.docx`).
`--part` and `--from` shape the PDF only and are refused with a .docx (exit
2): the Word copy always holds the application and the whole evidence list.

`-o OUT.json` writes the paragraphs of 事实与理由 as the application would
state them, each with its key, the worker's choice and whether it is stale
(`report.statement`): what the desktop app's review shows (docs/report.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any

from caseapp.cli.context import (
    EXIT_ENVIRONMENT,
    EXIT_INPUT,
    EXIT_OK,
    CliContext,
    CliError,
    date_arg,
    help_text,
)
from caseapp.domain.messages import Msg


def _instant(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(value) from exc
    if parsed.tzinfo is None:
        raise argparse.ArgumentTypeError(value)
    return parsed


def generated_at(
    explicit: dt.datetime | None, environ: dict[str, str] | None = None
) -> dt.datetime:
    """--generated-at, else SOURCE_DATE_EPOCH, else now (all time-zone aware)."""
    if explicit is not None:
        return explicit
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError) as exc:
            raise CliError(EXIT_INPUT, Msg("report.cli.bad_epoch", {"value": epoch})) from exc
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help=help_text("report.cli.help.report"))
    parser.add_argument(
        "case_or_file", metavar="CASE_OR_FILE", help=help_text("cli.help.case_or_file")
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="output",
        metavar="OUT.pdf|OUT.docx|OUT.json",
        required=True,
        help=help_text("report.cli.help.output"),
    )
    parser.add_argument(
        "--as-of",
        dest="as_of",
        metavar="DATE",
        type=date_arg,
        default=None,
        help=help_text("report.cli.help.as_of"),
    )
    parser.add_argument(
        "--from",
        dest="period_from",
        metavar="DATE",
        type=date_arg,
        default=None,
        help=help_text("report.cli.help.from"),
    )
    parser.add_argument(
        "--part",
        dest="part",
        choices=("brief", "filing", "both"),
        default=None,
        help=help_text("report.cli.help.part"),
    )
    parser.add_argument(
        "--mask",
        dest="mask",
        action="store_true",
        default=False,
        help=help_text("report.cli.help.mask"),
    )
    parser.add_argument(
        "--generated-at",
        dest="generated_at",
        metavar="INSTANT",
        type=_instant,
        default=None,
        help=help_text("report.cli.help.generated_at"),
    )
    parser.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=False,
        help=help_text("report.cli.help.progress"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.report import build_report
    from caseapp.report.images import ExhibitChanged
    from caseapp.rules.engine import run_rules

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".docx", ".json"):
        raise CliError(EXIT_INPUT, Msg("report.cli.bad_output", {"path": str(out)}))
    if suffix in (".docx", ".json"):
        for option, given in (("--part", args.part), ("--from", args.period_from)):
            if given is not None:
                raise CliError(EXIT_INPUT, Msg("report.cli.pdf_only", {"option": option}))
    if not out.parent.is_dir():
        raise CliError(EXIT_INPUT, Msg("report.cli.no_dir", {"path": str(out.parent)}))
    when = generated_at(args.generated_at)
    loaded = ctx.load_case(args.case_or_file)
    case = loaded.case
    as_of = args.as_of or ctx.today(case)
    if args.period_from is not None and args.period_from > as_of:
        raise CliError(
            EXIT_INPUT,
            Msg(
                "report.cli.from_after_as_of",
                {"start": args.period_from.isoformat(), "as_of": as_of.isoformat()},
            ),
        )
    for warning in loaded.warnings:
        ctx.err(warning)
    findings = run_rules(case, as_of)

    def progress(done: int, total: int) -> None:
        if args.progress:
            ctx.out(f"progress {done} {total}")
            ctx.stdout.flush()

    if suffix == ".json":
        from caseapp.report.statement import statement_document, write_statement

        document = statement_document(
            case, findings, lang=ctx.lang, generated_at=when, evidence_path=loaded.evidence_path
        )
        write_statement(out, document)
        progress(1, 1)
        paragraphs = document["paragraphs"]
        assert isinstance(paragraphs, list)
        ctx.out(ctx.t("report.cli.done_statement", path=str(out), n=len(paragraphs)))
        return EXIT_OK
    if suffix == ".docx":
        from caseapp.report.docx import build_docx

        try:
            written = build_docx(
                case,
                findings,
                out,
                lang=ctx.lang,
                mask=args.mask,
                generated_at=when,
                evidence_path=loaded.evidence_path,
                journal_head=loaded.journal_head,
            )
        except ExhibitChanged as e:  # its page numbers come from a PDF laid out once
            raise _changed(e) from e
        progress(1, 1)
        ctx.out(
            ctx.t(
                "report.cli.done_docx",
                path=str(written.path),
                requests=written.requests,
                rows=written.evidence_rows,
            )
        )
        return EXIT_OK
    try:
        result = build_report(
            case,
            findings,
            out,
            part=args.part or "both",
            lang=ctx.lang,
            mask=args.mask,
            generated_at=when,
            evidence_path=loaded.evidence_path,
            journal_head=loaded.journal_head,
            progress=progress,
            period_from=args.period_from,
            anchors=_anchors(loaded, ctx),
            left_out=getattr(loaded.raw, "files_left_out", None),
            spill=ctx.spill_dir,
        )
    except ExhibitChanged as e:  # nothing was written
        raise _changed(e) from e
    for line in exhibit_problem_lines(result.exhibit_problems, ctx):
        ctx.err(line)
    source = Path(args.case_or_file)
    listed_only = source.suffix.lower() == ".json" and source.is_file()
    if listed_only and any(r == "exhibit.missing" for _, r in result.exhibit_problems):
        ctx.err(ctx.t("report.cli.json_has_no_files"))
    ctx.out(ctx.t("report.cli.done", path=str(result.path), pages=result.pages))
    return EXIT_OK


def _changed(e: Any) -> CliError:
    """An exhibit file changed after the report checked it (images.ExhibitChanged)."""
    return CliError(EXIT_ENVIRONMENT, Msg("report.cli.exhibit_changed", {"file": str(e.path)}))


# Up to this many exhibits with the same problem are named one to a line; more
# (a `.caseapp.json` holds no files: every exhibit of a 3-year case, 600 lines)
# are said in one line that names the first few, the PDF listing each one.
PROBLEM_LINES = 5


def exhibit_problem_lines(problems: tuple[tuple[str, str], ...], ctx: CliContext) -> list[str]:
    """What `report` says on stderr of the exhibits it could not print: one line
    per exhibit, or, for a problem more than PROBLEM_LINES exhibits share, one
    line with their number and the first labels, in the order of the problems'
    first appearance."""
    by_reason: dict[str, list[str]] = {}
    for label, reason in problems:
        by_reason.setdefault(reason, []).append(label)
    lines: list[str] = []
    for reason, labels in by_reason.items():
        text = ctx.t(f"report.{reason}")
        if len(labels) <= PROBLEM_LINES:
            lines += [ctx.t("report.cli.exhibit_problem", label=x, reason=text) for x in labels]
            continue
        lines.append(
            ctx.t(
                "report.cli.exhibit_problem_many",
                n=len(labels),
                labels=ctx.t("report.cli.exhibit_list_sep").join(labels[:PROBLEM_LINES]),
                reason=text,
            )
        )
    return lines


def _anchors(loaded: Any, ctx: CliContext) -> tuple[Any, ...]:
    """The journal's `anchor` entries, checked (casefile/anchors.py)."""
    from caseapp.casefile.anchors import anchor_checks

    lines = getattr(loaded.raw, "journal_lines", None) if loaded.raw is not None else None
    if lines is None and loaded.case_id is not None:
        reader = ctx.reader()  # plain SQL when it can answer (no SQLAlchemy)
        source: Any = reader if reader is not None else ctx.services()
        lines = source.journal_lines(loaded.case_id)
    return tuple(anchor_checks(lines or []))
