"""`caseapp list [--json]`: the cases in the data directory."""

from __future__ import annotations

import argparse
import json
from typing import Any

from caseapp.cli.context import EXIT_OK, CliContext, help_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("list", help=help_text("cli.help.list"))
    parser.add_argument("--json", action="store_true", help=help_text("cli.help.list_json"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    summaries = []
    if ctx.data_dir_exists():
        reader = ctx.reader()  # plain SQL when the database is there and current
        summaries = (reader if reader is not None else ctx.services()).list_cases()
    if args.json:
        rows = [
            {
                "id": s.id,
                "uid": s.uid,
                "title": s.title,
                "worker": s.worker,
                "employer": s.employer,
                "client": s.client,
                "start": s.start.isoformat(),
                "last_day": s.last_day.isoformat() if s.last_day else None,
                "updated_at": s.updated_at.isoformat() if s.updated_at else None,
            }
            for s in summaries
        ]
        encoding = (getattr(ctx.stdout, "encoding", None) or "").lower().replace("-", "")
        ctx.out(json.dumps(rows, ensure_ascii=encoding != "utf8", indent=2))
        return EXIT_OK
    if not summaries:
        ctx.err(ctx.t("cli.list.empty", path=str(ctx.data_dir)))
        return EXIT_OK
    ctx.out(ctx.t("cli.list.header"))
    for s in summaries:
        last = s.last_day.isoformat() if s.last_day else "-"
        ctx.out(
            "\t".join(
                [s.id, s.worker, s.employer, s.client or "-", s.start.isoformat(), last, s.uid]
            )
        )
    return EXIT_OK
