"""caseapp's one entry point: `caseapp [global options] [COMMAND ...]`.

No subcommand opens the desktop app (`caseapp.ui.app.run_app`, imported only
then, so the command line never loads Qt). `--demo` opens it on a new
temporary data directory; the app imports the sample case into it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from caseapp.i18n import Lang


def open_desktop_app(data_dir: Path, lang: Lang, demo: bool) -> int:
    """Start the GUI; exit 3 with a clear message when it cannot start here."""
    from caseapp.cli.context import EXIT_ENVIRONMENT
    from caseapp.i18n import text

    try:
        from caseapp.ui.app import display_available, run_app
    except ImportError as exc:
        if exc.name is not None and exc.name.startswith(("caseapp.ui", "PySide6", "shiboken6")):
            print(text("cli.error.no_gui", lang), file=sys.stderr)
            print(f"  ({exc})", file=sys.stderr)
            return EXIT_ENVIRONMENT
        raise
    if not demo or not display_available():
        return int(run_app(data_dir, lang, demo))
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


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    _tolerant_streams()
    from caseapp.cli.main import cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    return cli_main(args, gui=open_desktop_app)


if __name__ == "__main__":
    sys.exit(main())
