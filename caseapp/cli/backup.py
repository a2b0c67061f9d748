"""`caseapp backup list` / `caseapp backup restore [NAME]` (spec: the command
line): the automatic backups of the data directory, newest first; restore the
newest good one or the one named, recorded as a journal `restore` entry."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, help_text
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("backup", help=help_text("cli.help.backup"))
    actions = parser.add_subparsers(dest="backup_action", metavar="list|restore")
    actions.required = True
    listing = actions.add_parser("list", help=help_text("cli.help.backup_list"))
    listing.set_defaults(run=run_list)
    restoring = actions.add_parser("restore", help=help_text("cli.help.backup_restore"))
    restoring.add_argument("name", nargs="?", metavar="NAME", default=None)
    restoring.set_defaults(run=run_restore)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.services.recovery import backup_time, list_backups

    found = list_backups(ctx.data_dir) if ctx.data_dir_exists() else []
    if not found:
        ctx.err(ctx.t("cli.backup.none", path=str(ctx.data_dir)))
        return EXIT_OK
    for info in found:
        when = backup_time(info)
        state = ctx.t("cli.backup.good" if info.good else "cli.backup.damaged")
        stamp = when.isoformat(timespec="seconds") if when else "-"
        cases = "-" if info.cases is None else str(info.cases)
        records = "-" if info.records is None else str(info.records)
        ctx.out("\t".join([info.name, stamp, str(info.size), state, cases, records]))
    return EXIT_OK


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.services.recovery import restore

    if not ctx.data_dir_exists():
        raise CliError(EXIT_INPUT, Msg("cli.error.no_data_dir", {"path": str(ctx.data_dir)}))
    backup, cases = restore(ctx.data_dir, args.name, lang=ctx.lang)
    ctx.out(ctx.t("cli.backup.restored", name=backup.name, count=len(cases)))
    return EXIT_OK
