"""The command line of the spec: global options, the command registry, exit codes.

Global options (`--data-dir`, `--lang`, `--version`) are accepted before or
after the subcommand. argparse rejects a main-parser option placed after a
subcommand, and a subparser's default silently overrides the main parser's
value; so the same options are added to the main parser and to every
subparser, all with ``default=argparse.SUPPRESS``: whichever position the user
chose sets the attribute, and no default ever overwrites it. Defaults are
applied after parsing (`_resolve_globals`).

Exit codes: 0 success; 1 only when `verify` found a mismatch; 2 bad input or
usage; 3 the environment (I/O, permission, disk full, data directory in use,
no display); 4 an internal error, with a crash log.

Each command module exposes ``register(subparsers) -> None`` (adds its parser
with ``set_defaults(run=run)``) and ``run(args, ctx) -> int``; add it to
`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, NoReturn

from caseapp import __version__
from caseapp.cli.context import (
    EXIT_ENVIRONMENT,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_MISMATCH,
    EXIT_OK,
    CliContext,
    CliError,
    set_help_lang,
)
from caseapp.domain.messages import Msg
from caseapp.i18n import LANGS, Lang, system_lang, text

# The registry: modules exposing register(subparsers) and run(args, ctx).
COMMAND_MODULES: tuple[str, ...] = (
    "caseapp.cli.list_",
    "caseapp.cli.import_",
    "caseapp.cli.export",
    "caseapp.cli.verify",
    "caseapp.cli.check",
    "caseapp.cli.report",
    "caseapp.cli.backup",
    "caseapp.cli.law_cmd",
)

# Commands whose exit code 1 means "a mismatch was found"; for any other
# command a returned 1 is a defect and becomes 4.
MISMATCH_COMMANDS = frozenset({"verify"})

VALID_CODES = frozenset({EXIT_OK, EXIT_MISMATCH, EXIT_INPUT, EXIT_ENVIRONMENT, EXIT_INTERNAL})


class UsageError(Exception):
    """argparse found a usage error (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"caseapp {__version__}", file=sys.stdout)
        parser.exit(0)


def add_global_options(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Add --data-dir, --lang, --version, all defaulting to SUPPRESS."""
    parser.add_argument(
        "--data-dir",
        dest="data_dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=text("cli.help.data_dir", lang),
    )
    parser.add_argument(
        "--lang",
        dest="lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        help=text("cli.help.lang", lang),
    )
    parser.add_argument("--version", action=_VersionAction, help=text("cli.help.version", lang))


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    set_help_lang(lang)
    parser = _Parser(
        prog="caseapp",
        description=text("cli.help.description", lang),
        epilog=text("cli.help.epilog", lang),
    )
    add_global_options(parser, lang)
    parser.add_argument(
        "--demo", action="store_true", default=False, help=text("cli.help.demo", lang)
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
    for sub in subparsers.choices.values():
        add_global_options(sub, lang)
    return parser


def prescan_lang(argv: Sequence[str]) -> Lang:
    """The --lang value wherever it stands (for help and usage errors), else the system's."""
    for index, arg in enumerate(argv):
        value: str | None = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value == "zh":
            return "zh"
        if value == "en":
            return "en"
    return system_lang()


def _resolve_globals(args: argparse.Namespace, fallback_lang: Lang) -> tuple[Lang, Path]:
    from caseapp.paths import data_dir

    lang: Lang = getattr(args, "lang", None) or fallback_lang
    return lang, data_dir(getattr(args, "data_dir", None))


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, Lang]:
    """Parse argv; raises UsageError (exit 2) or SystemExit (help, version)."""
    lang = prescan_lang(argv)
    parser = build_parser(lang)
    args = parser.parse_args(list(argv))
    if args.command is not None and args.demo:
        parser.print_usage(sys.stderr)
        raise UsageError(text("cli.error.demo_with_command", lang, command=args.command))
    return args, lang


def run_command(
    args: argparse.Namespace,
    ctx: CliContext,
    argv: Sequence[str],
) -> int:
    """Run the chosen command and map every outcome to an exit code."""
    run: Callable[[argparse.Namespace, CliContext], int] = args.run
    try:
        code = run(args, ctx)
        if not isinstance(code, int) or isinstance(code, bool) or code not in VALID_CODES:
            raise RuntimeError(f"command {args.command!r} returned {code!r}")
        if code == EXIT_MISMATCH and args.command not in MISMATCH_COMMANDS:
            raise RuntimeError(f"command {args.command!r} returned 1, reserved for verify")
        return code
    except BaseException as exc:
        return handle_exception(exc, ctx, argv)
    finally:
        with contextlib.suppress(OSError):
            ctx.close()


def handle_exception(exc: BaseException, ctx: CliContext, argv: Sequence[str]) -> int:
    """Print the reason on stderr and return the exit code for `exc`."""
    from caseapp.services.api import DataDirInUse, ServiceError

    if isinstance(exc, CliError):
        ctx.err(ctx.render(exc.message))
        for detail in exc.details:
            ctx.err(f"  {detail}")
        return exc.code
    if isinstance(exc, DataDirInUse):
        ctx.err(ctx.t("cli.error.data_dir_in_use", path=str(ctx.data_dir)))
        return EXIT_ENVIRONMENT
    if isinstance(exc, ServiceError):
        ctx.err(ctx.t("cli.error.refused"))
        for problem in exc.problems:
            ctx.err(f"  {problem}")
        return EXIT_INPUT
    file_error = _case_file_error(exc, ctx)
    if file_error is not None:
        return file_error
    if isinstance(exc, KeyboardInterrupt):
        ctx.err(ctx.t("cli.error.interrupted"))
        return 130
    if isinstance(exc, BrokenPipeError):
        # The reader of our output went away (`caseapp list | head`): say nothing more.
        _silence_stdout()
        return EXIT_ENVIRONMENT
    from caseapp.services.faults import environment_fault

    fault = environment_fault(exc)
    if fault == "damaged":
        _damaged(exc, ctx)
        return EXIT_ENVIRONMENT
    if fault is not None:
        # The sentence the README promises for each, then the system's own words.
        where = getattr(exc, "filename", None) or ctx.data_dir
        ctx.err(ctx.t(f"cli.error.env.{fault}", path=str(where)))
        ctx.err(ctx.t("cli.error.environment", detail=_env_detail(exc)))
        return EXIT_ENVIRONMENT
    if isinstance(exc, SystemExit) and exc.code in (0, None):
        return EXIT_OK
    return _crash(exc, ctx, argv)


def _case_file_error(exc: BaseException, ctx: CliContext) -> int | None:
    try:
        from caseapp.casefile.errors import CaseFileError
    except Exception:  # the error path must not fail on a broken reader module
        return None
    if not isinstance(exc, CaseFileError):
        return None
    problems = list(getattr(exc, "problems", []))
    source = getattr(exc, "path", None) or ctx.input_path or ""
    ctx.err(ctx.t("cli.error.file_refused", path=str(source), count=len(problems)))
    for problem in problems:
        ctx.err(f"  {_problem_text(problem, ctx)}")
    return EXIT_INPUT


def _problem_text(problem: object, ctx: CliContext) -> str:
    message = getattr(problem, "message", problem)
    place = getattr(problem, "place", None)
    body = ctx.render(message) if isinstance(message, Msg) else str(message)
    return f"{place}: {body}" if place else body


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _damaged(exc: BaseException, ctx: CliContext) -> None:
    """The damaged database: what happened, the newest good backup, the command."""
    from caseapp.services.recovery import list_backups

    ctx.err(ctx.t("cli.error.damaged_db", path=str(ctx.data_dir)))
    newest = next((b for b in list_backups(ctx.data_dir) if b.good), None)
    if newest is None:
        ctx.err(ctx.t("cli.error.damaged_no_backup"))
    else:
        ctx.err(ctx.t("cli.error.damaged_restore", name=newest.name))


def _env_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return _os_detail(exc)
    orig = getattr(exc, "orig", None)  # SQLAlchemy: the sqlite3 error, without the SQL
    return f"{type(orig or exc).__name__}: {orig or exc}"


def _os_detail(exc: OSError) -> str:
    parts = [exc.strerror or type(exc).__name__]
    if exc.filename:
        parts.append(str(exc.filename))
    return ": ".join(parts)


def _crash(exc: BaseException, ctx: CliContext, argv: Sequence[str]) -> int:
    import logging

    from caseapp.crash import write_crash_log
    from caseapp.logs import setup_logging, where

    setup_logging(ctx.data_dir)  # the desktop app's start-up may not have got that far
    logger = logging.getLogger(__name__)
    try:
        path = write_crash_log(exc, argv, ctx.data_dir)
    except OSError as log_error:
        import traceback

        logger.error("internal error: %s at %s; no crash log", type(exc).__name__, where(exc))
        ctx.err("".join(traceback.format_exception(exc)))
        ctx.err(ctx.t("cli.error.environment", detail=_os_detail(log_error)))
        return EXIT_INTERNAL
    # The type and the place only: the message and the crash log's traceback may quote data.
    logger.error(
        "internal error: %s at %s; crash log %s", type(exc).__name__, where(exc), path.name
    )
    ctx.err(ctx.t("cli.error.internal", detail=f"{type(exc).__name__}: {exc}", path=str(path)))
    return EXIT_INTERNAL


def cli_main(
    argv: Sequence[str],
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    gui: Callable[[Path, Lang, bool], int] | None = None,
) -> int:
    """Parse and run. `gui(data_dir, lang, demo)` opens the desktop app when
    no subcommand is given."""
    err = stderr if stderr is not None else sys.stderr
    try:
        args, lang = parse(argv)
    except UsageError as exc:
        print(text("cli.error.usage", prescan_lang(argv), detail=str(exc)), file=err)
        return EXIT_INPUT
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    lang, data_dir = _resolve_globals(args, lang)
    ctx = CliContext(lang, data_dir, stdout=stdout, stderr=stderr)
    if args.command is None:
        if gui is None:
            ctx.err(ctx.t("cli.error.no_gui"))
            return EXIT_ENVIRONMENT
        try:
            return gui(data_dir, lang, bool(args.demo))  # the app sets its log up itself
        except BaseException as exc:
            return handle_exception(exc, ctx, argv)
    from caseapp.logs import setup_logging

    setup_logging(data_dir)  # <data_dir>/logs/caseapp.log, written only if a line is logged
    return run_command(args, ctx, argv)
