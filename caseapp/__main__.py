"""caseapp's one entry point: `caseapp [global options] [COMMAND ...]`.

No subcommand opens the desktop app (`caseapp.ui.app.run_app`, imported only
then, so the command line never loads Qt). `--demo` opens it on a new
temporary data directory; the app imports the sample case into it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseapp.i18n import Lang


def open_desktop_app(data_dir: Path, lang: Lang, demo: bool) -> int:
    """Start the GUI; exit 3 with a clear message when it cannot start here."""
    try:
        from caseapp.ui.app import display_available, run_app
    except ImportError as exc:
        from caseapp.cli.context import EXIT_ENVIRONMENT
        from caseapp.i18n import text

        if exc.name is not None and exc.name.startswith(("caseapp.ui", "PySide6", "shiboken6")):
            print(text("cli.error.no_gui", lang), file=sys.stderr)
            print(f"  ({exc})", file=sys.stderr)
            return EXIT_ENVIRONMENT
        raise
    if not demo or not display_available():
        return int(run_app(data_dir, lang, demo))
    import shutil
    import tempfile

    demo_dir = Path(tempfile.mkdtemp(prefix="caseapp-demo-"))
    try:
        return int(run_app(demo_dir, lang, demo))
    finally:
        shutil.rmtree(demo_dir, ignore_errors=True)


def _tolerant_streams() -> None:
    """A console or pipe whose encoding cannot show Chinese (e.g. cp1252 on
    Windows) gets escapes instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def gui_options(args: Sequence[str]) -> tuple[str | None, Lang | None, bool] | None:
    """(--data-dir, --lang, --demo) when `args` hold only those, each well formed:
    the desktop app then starts without building the command line's parser (which
    imports every command and reads the catalogue for its help texts). Anything
    else, None: the parser decides, with its messages."""
    data_dir: str | None = None
    lang: Lang | None = None
    demo = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            demo = True
            continue
        name, equals, value = arg.partition("=")
        if name not in ("--lang", "--data-dir"):
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--lang":
            if value not in ("zh", "en"):
                return None
            lang = "zh" if value == "zh" else "en"
        elif value and not value.startswith("-"):
            data_dir = value
        else:
            return None
    return data_dir, lang, demo


def _start_gui(args: Sequence[str], data_dir: str | None, lang: Lang | None, demo: bool) -> int:
    """As `cli_main` does without a subcommand, without its parser."""
    from caseapp.i18n import system_lang
    from caseapp.paths import data_dir as resolve_data_dir

    chosen: Lang = lang or system_lang()
    directory = resolve_data_dir(data_dir)
    try:
        return open_desktop_app(directory, chosen, demo)  # the app sets its log up itself
    except BaseException as exc:
        from caseapp.cli.context import CliContext
        from caseapp.cli.main import handle_exception

        return handle_exception(exc, CliContext(chosen, directory), args)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered before anything else is imported
        from caseapp import __version__

        print(f"caseapp {__version__}")
        return 0
    os.umask(0o077)
    from caseapp import codecache

    codecache.install()  # before the first dataclass is made
    _tolerant_streams()
    gui = gui_options(args)
    if gui is not None:
        return _start_gui(args, *gui)
    from caseapp.cli.main import cli_main

    return cli_main(args, gui=open_desktop_app)


if __name__ == "__main__":
    sys.exit(main())
