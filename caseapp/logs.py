"""The app's log: one rotating file under the data directory.

`setup_logging(data_dir)` gives the ``caseapp`` logger (every module's
``logging.getLogger(__name__)`` is below it) a
`logging.handlers.RotatingFileHandler` writing ``<data_dir>/logs/caseapp.log``:
UTF-8, 1 MB a file, the current file and three older ones, warnings and errors
only unless ``CASEAPP_LOG_LEVEL`` (``DEBUG``, ``INFO``, ``WARNING``, ``ERROR``)
asks for more or less. The entry points call it once the data directory is
known (the desktop app after its first paint, the command line after parsing);
calling it again replaces the handler rather than adding a second one.

Nothing is written until the first line is logged: the ``logs/`` directory
(0700) and the file (0600) are created then, and only when the data directory
itself already exists (a log line never creates a data directory). A log that
cannot be written is dropped without a word: the log must never stop the app.

What a log line may hold: codes (rule ids, figure codes, catalogue keys),
exception types, counts, record references such as ``payment:PAY3``, module
and function names. Never a name, a quote of the worker's text, an amount, an
ID number or a phone number; so never an exception's message where it can
carry what the user typed (a `ServiceError`'s problems name people).

Stdlib only, importing nothing of caseapp: any layer's entry point may call it.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

LOGGER = "caseapp"
LEVEL_ENV = "CASEAPP_LOG_LEVEL"
FILE_NAME = "caseapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
DIR_MODE = 0o700
FILE_MODE = 0o600
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A `RotatingFileHandler` that opens its file only when a line is
    written, creates ``logs/`` (0700) and the file (0600) then, and writes
    nothing while the data directory does not exist."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(os.path.abspath(data_dir))
        path = self.data_dir / "logs" / FILE_NAME
        super().__init__(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )

    def _open(self) -> io.TextIOWrapper:
        directory = Path(self.baseFilename).parent
        directory.mkdir(mode=DIR_MODE, exist_ok=True)
        os.chmod(directory, DIR_MODE)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        try:
            os.chmod(self.baseFilename, FILE_MODE)
            stream = os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise
        assert isinstance(stream, io.TextIOWrapper)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None and not self.data_dir.is_dir():
            return  # never create a data directory just for a log line
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """A line that cannot be written is dropped: no traceback on stderr."""


def where(exc: BaseException) -> str:
    """Where an exception was raised, as code: the innermost frame in caseapp's
    own modules (``rules/law.py:389``), else the innermost one (``x.py:12``).
    Never data, so fit for a log line."""
    tb = exc.__traceback__
    if tb is None:
        return "?"
    last: tuple[tuple[str, ...], int] | None = None
    ours: tuple[tuple[str, ...], int] | None = None
    while tb is not None:
        last = (Path(tb.tb_frame.f_code.co_filename).parts, tb.tb_lineno)
        if LOGGER in last[0][:-1]:
            ours = last
        tb = tb.tb_next
    assert last is not None
    parts, line = ours or last
    if ours is not None:
        package = max(i for i, part in enumerate(parts[:-1]) if part == LOGGER)
        return f"{'/'.join(parts[package + 1 :])}:{line}"
    return f"{parts[-1]}:{line}"


def level_from_env(default: int = logging.WARNING) -> int:
    """``CASEAPP_LOG_LEVEL`` as a logging level (a name such as ``INFO`` or a
    number); ``default`` when unset or not a level."""
    raw = os.environ.get(LEVEL_ENV, "").strip()
    if not raw:
        return default
    if raw.isdigit():
        return int(raw)
    level = logging.getLevelName(raw.upper())
    return level if isinstance(level, int) else default


def setup_logging(data_dir: Path, level: int = logging.WARNING) -> logging.Handler:
    """Send the ``caseapp`` loggers to ``<data_dir>/logs/caseapp.log`` at
    ``level`` (``CASEAPP_LOG_LEVEL`` wins when set); idempotent. Returns the
    handler."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level_from_env(level))
    data_dir = Path(os.path.abspath(data_dir))
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            if handler.data_dir == data_dir:
                return handler
            logger.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(data_dir)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return handler


def stop_logging() -> None:
    """Remove and close the file handler (tests; the app lets `logging.shutdown`
    flush it at exit) and reset the ``caseapp`` level."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.NOTSET)
