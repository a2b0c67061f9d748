"""`caseapp import FILE [--as-new | --replace]`: prints the new case's id alone.

The file is read and validated completely before the data directory is opened
(or created): a refused file (exit 2) leaves the data directory untouched.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, help_text
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help=help_text("cli.help.import"))
    parser.add_argument("file", metavar="FILE", help=help_text("cli.help.import_file"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--as-new", action="store_true", help=help_text("cli.help.as_new"))
    mode.add_argument("--replace", action="store_true", help=help_text("cli.help.replace"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.services.api import ImportMode, ServiceError
    from caseapp.services.casefiles import import_loaded

    path = Path(args.file)
    if not path.is_file():
        raise CliError(EXIT_INPUT, Msg("cli.error.no_such_file", {"path": str(path)}))
    if not path.name.lower().endswith((".caseapp.json", ".caseapp.zip", ".caseapp.enc")):
        raise CliError(EXIT_INPUT, Msg("cli.error.not_a_case_file", {"path": str(path)}))
    # Validate completely first: CaseFileError → exit 2, data directory not opened.
    loaded = ctx.load_case(str(path))
    for warning in loaded.warnings:
        ctx.err(warning)
    mode = ImportMode.REFUSE
    if args.as_new:
        mode = ImportMode.AS_NEW
    elif args.replace:
        mode = ImportMode.REPLACE
    try:
        # The file was read and checked once, above; import exactly that.
        case_id = import_loaded(ctx.services(), loaded.raw, mode)
    except ServiceError as exc:
        if mode is ImportMode.REFUSE:
            raise CliError(
                EXIT_INPUT,
                Msg("cli.error.refused"),
                (*exc.problems, ctx.t("cli.import.exists_hint")),
            ) from exc
        raise
    ctx.out(case_id)
    return EXIT_OK
