"""What every command gets: the language, the data directory, the streams,
the services (opened lazily, under a lock), and CASE_OR_FILE resolution.

Commands raise `CliError(code, Msg)` for a reason they can name; everything
else is mapped to an exit code by `caseapp.cli.main` (see EXIT_* there).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from caseapp.domain.dates import local_today
from caseapp.domain.messages import Msg
from caseapp.domain.model import DEFAULT_TIME_ZONE, Case
from caseapp.i18n import Lang, render, system_lang, text
from caseapp.scratch import scratch_dir

if TYPE_CHECKING:
    from caseapp.services.lean_read import LeanReader
    from caseapp.services.service import CaseService

EXIT_OK = 0
EXIT_MISMATCH = 1  # verify found a mismatch, and only that
EXIT_INPUT = 2  # bad input or usage
EXIT_ENVIRONMENT = 3  # I/O, permission, disk full, data directory in use, no display
EXIT_INTERNAL = 4  # a defect: crash log written

CASE_FILE_SUFFIXES = (".caseapp.json", ".caseapp.zip", ".caseapp.enc")
PASSPHRASE_ENV = "CASEAPP_PASSPHRASE_FILE"


class CliError(Exception):
    """A reason a command can name, with the exit code it means."""

    def __init__(self, code: int, message: Msg, details: tuple[str, ...] = ()) -> None:
        super().__init__(message.key)
        self.code = code
        self.message = message
        self.details = details


_help_lang: dict[str, Lang] = {}


def set_help_lang(lang: Lang) -> None:
    """The language of --help texts (set by the parser builder before registering)."""
    _help_lang["lang"] = lang


def help_text(key: str) -> str:
    """A --help text from the catalogue, in the language the user asked for."""
    return text(key, _help_lang.get("lang") or system_lang())


def date_arg(value: str) -> dt.date:
    """The argparse type of a date option (``--as-of``, ``--from``): an ISO
    date; anything else is refused with the value as the message."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(value) from exc


def today_in(time_zone: str) -> dt.date:
    """Today's local date in an IANA time zone (the case's)."""
    return local_today(time_zone)


def is_case_file_spec(spec: str) -> bool:
    """The spec's CASE_OR_FILE rule: a path if it names an existing file or
    ends in .caseapp.json / .caseapp.zip, otherwise a case id or prefix."""
    return Path(spec).is_file() or spec.lower().endswith(CASE_FILE_SUFFIXES)


@dataclass
class LoadedCase:
    """A case from a file or from the data directory, with where its evidence is.

    `evidence_path(sha256)` gives a readable path of an evidence file: the
    evidence store for the data directory, a temp copy extracted on demand for
    a zip, None for a .caseapp.json (files not included) or a missing file.
    """

    case: Case
    source: str  # "data_dir", "zip" or "json"
    path: Path | None  # the file, or None for the data directory
    case_id: str | None = None  # the data directory's case id
    journal_head: tuple[int, str] | None = None  # (entries, head sha256) when known
    document_sha256: str | None = None  # SHA-256 of case.json as read (files only)
    warnings: tuple[str, ...] = ()
    raw: Any = field(default=None, repr=False)  # casefile.reader.LoadedFile (files only)
    _evidence: Callable[[str], Path | None] = field(default=lambda _sha: None, repr=False)

    def evidence_path(self, sha256: str) -> Path | None:
        return self._evidence(sha256)


class CliContext:
    """Per-invocation state shared by the commands."""

    def __init__(
        self,
        lang: Lang,
        data_dir: Path,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
    ) -> None:
        self.lang: Lang = lang
        self.data_dir = data_dir
        self.stdout: IO[str] = stdout if stdout is not None else sys.stdout
        self.stderr: IO[str] = stderr if stderr is not None else sys.stderr
        self._service: CaseService | None = None
        self._reader: LeanReader | None = None
        self._reader_tried = False
        self._tmp_dirs: list[Path] = []
        self._tmp_lock = threading.Lock()
        self._exits = contextlib.ExitStack()
        self._sealed = False  # an encrypted case is being read (see _tmp_dir)
        self.input_path: Path | None = None  # the case file being read, for messages

    # --- words ---------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def render(self, message: Msg) -> str:
        return render(message, self.lang)

    def out(self, line: str = "") -> None:
        print(line, file=self.stdout)

    def err(self, line: str) -> None:
        print(line, file=self.stderr)

    # --- dates -----------------------------------------------------------
    def today(self, case: Case | None = None) -> dt.date:
        """Today in the case's time zone (Asia/Shanghai without a case)."""
        zone = case.info.time_zone if case is not None else DEFAULT_TIME_ZONE
        try:
            return today_in(zone)
        except (KeyError, ValueError):
            return today_in(DEFAULT_TIME_ZONE)

    # --- the data directory ----------------------------------------------
    def data_dir_exists(self) -> bool:
        return self.data_dir.is_dir()

    def services(self) -> CaseService:
        """The CaseService on the data directory, opened once. The service
        holds the data directory's lock: a second process is refused with
        DataDirInUse (exit 3). Creates the data directory (0700)."""
        if self._service is None:
            from caseapp.services.service import CaseService

            self._close_reader()  # the service takes the lock the reader holds
            self.unlock_data_dir()
            self._service = CaseService(self.data_dir, lang=self.lang)
        return self._service

    def reader(self) -> LeanReader | None:
        """The read-only path to the stored cases without SQLAlchemy (opened once,
        under the data directory's lock), or None when only the full service can
        answer (no database yet, a schema to create or upgrade): then use
        `services()`. Read-only commands (list; check, report and verify on a
        case id) ask this first."""
        if self._service is None and not self._reader_tried:
            from caseapp.services.lean_read import LeanReader

            self._reader_tried = True
            self._reader = LeanReader.open(self.data_dir, self.lang)
        return self._reader

    def _close_reader(self) -> None:
        if self._reader is not None:
            try:
                self._reader.close()
            finally:
                self._reader = None

    # --- passphrases -------------------------------------------------------
    def passphrase(self, *, confirm: bool = False) -> str | None:
        """The passphrase from CASEAPP_PASSPHRASE_FILE (the file's text, one
        trailing line break dropped), else asked on the terminal (twice with
        ``confirm``), else None (no terminal: nothing to ask)."""
        named = os.environ.get(PASSPHRASE_ENV)
        if named:
            try:
                raw = Path(named).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CliError(
                    EXIT_INPUT, Msg("cli.error.passphrase_file", {"path": named})
                ) from exc
            return raw[:-2] if raw.endswith("\r\n") else raw.removesuffix("\n")
        if not sys.stdin or not sys.stdin.isatty():
            return None
        import getpass

        first = getpass.getpass(self.t("cli.prompt.passphrase"))
        if confirm and getpass.getpass(self.t("cli.prompt.passphrase_again")) != first:
            raise CliError(EXIT_INPUT, Msg("cli.error.passphrase_mismatch"))
        return first

    def unlock_data_dir(self) -> None:
        """Unlock an encrypted data directory (exit 2 without the right passphrase;
        nothing changes)."""
        from caseapp.services import encryption

        if not self.data_dir_exists() or not encryption.is_encrypted(self.data_dir):
            return
        self._sealed = True
        if encryption.is_unlocked(self.data_dir):
            return
        secret = self.passphrase()
        if secret is None:
            raise CliError(EXIT_INPUT, Msg("cli.error.locked", {"path": str(self.data_dir)}))
        try:
            encryption.unlock(self.data_dir, secret)
        except encryption.WrongPassphrase as exc:
            raise CliError(
                EXIT_INPUT, Msg("cli.error.wrong_passphrase", {"path": str(self.data_dir)})
            ) from exc

    def require_data_dir(self) -> None:
        if not self.data_dir_exists():
            raise CliError(EXIT_INPUT, Msg("cli.error.no_data_dir", {"path": str(self.data_dir)}))

    # --- CASE_OR_FILE ----------------------------------------------------
    def load_case(
        self, spec: str, today: dt.date | Callable[[], dt.date] | None = None
    ) -> LoadedCase:
        """Resolve CASE_OR_FILE as the spec says and load the case.

        A file is read and validated completely (CaseFileError → exit 2)
        without opening the data directory. `today` (a date or a function
        returning one) bounds event dates in a file; default: today in
        Asia/Shanghai. A case id or unique prefix opens the data directory.
        """
        if is_case_file_spec(spec):
            return self._load_file(Path(spec), today)
        return self._load_stored(spec)

    def _load_file(self, path: Path, today: dt.date | Callable[[], dt.date] | None) -> LoadedCase:
        from caseapp.casefile.reader import read_case_file

        if not path.is_file():
            raise CliError(EXIT_INPUT, Msg("cli.error.no_such_file", {"path": str(path)}))
        if today is None:
            day = self.today()
        elif isinstance(today, dt.date):
            day = today
        else:
            day = today()
        self.input_path = path
        readable = path
        if path.name.lower().endswith(".caseapp.enc") or is_sealed_file(path):
            readable = self.decrypted(path)
        loaded = read_case_file(readable, day, known_cities=known_cities())
        is_zip = path.name.lower().endswith(".zip") or getattr(loaded, "kind", "") == "zip"
        journal = getattr(loaded, "journal_lines", None)
        head: tuple[int, str] | None = None
        if journal is not None:
            from caseapp.casefile.journal import GENESIS, line_hash

            head = (len(journal), line_hash(journal[-1]) if journal else GENESIS)
        warnings = tuple(self._warning_text(w) for w in getattr(loaded, "warnings", ()) or ())
        evidence: Callable[[str], Path | None] = lambda _sha: None  # noqa: E731
        if is_zip:
            evidence = self._zip_extractor(loaded)
        return LoadedCase(
            case=loaded.case,
            source="zip" if is_zip else "json",
            path=path,
            journal_head=head,
            document_sha256=getattr(loaded, "document_sha256", None),
            warnings=warnings,
            raw=loaded,
            _evidence=evidence,
        )

    def decrypted(self, path: Path) -> Path:
        """A `.caseapp.enc`'s zip, decrypted for this command's life (exit 2 for
        a wrong passphrase or a damaged file; nothing is written)."""
        from caseapp.casefile.sealed import SealedError, decrypted_copy

        secret = self.passphrase()
        if secret is None:
            raise CliError(EXIT_INPUT, Msg("cli.error.locked", {"path": str(path)}))
        self._sealed = True
        try:
            return self._exits.enter_context(decrypted_copy(path, secret))
        except SealedError as exc:
            raise CliError(
                EXIT_INPUT, Msg("cli.error.enc_unreadable", {"path": str(path)})
            ) from exc

    def _warning_text(self, warning: object) -> str:
        message = getattr(warning, "message", warning)
        place = getattr(warning, "place", None)
        body = self.render(message) if isinstance(message, Msg) else str(message)
        return f"{place}: {body}" if place else body

    def _zip_extractor(self, loaded: Any) -> Callable[[str], Path | None]:
        entries: dict[str, Any] = dict(getattr(loaded, "evidence", {}) or {})
        extracted: dict[str, Path] = {}

        def extract(sha256: str) -> Path | None:
            if sha256 in extracted:
                return extracted[sha256]
            entry = entries.get(sha256)
            if entry is None:
                return None
            target_dir = self._tmp_dir()
            target = target_dir / sha256
            with entry.open() as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
            extracted[sha256] = target
            return target

        return extract

    def _tmp_dir(self) -> Path:
        """Where evidence files are copied out for a report: the system's
        temporary directory, or RAM (``/dev/shm``) when the case is encrypted
        (a sealed file, or an encrypted data directory), so that no plain copy
        reaches a disk. Made on first need (the report's threads may ask at once)."""
        with self._tmp_lock:
            return self._make_tmp_dir()

    def _make_tmp_dir(self) -> Path:
        if not self._tmp_dirs:
            if self._sealed:  # never under the data directory: no plain copy on disk
                ram = Path("/dev/shm")
                where = str(ram) if ram.is_dir() and os.access(ram, os.W_OK) else None
                self._tmp_dirs.append(Path(tempfile.mkdtemp(prefix="caseapp-evidence-", dir=where)))
            else:
                # under <data dir>/tmp/: a kill leaves no copy of evidence in the
                # shared temp directory, and the next start removes it
                self._tmp_dirs.append(scratch_dir(self.data_dir, "report-evidence-"))
        return self._tmp_dirs[0]

    def spill_dir(self) -> Path | None:
        """Where a report's re-encoded photos and PDF exhibits' pages wait for
        the save (`build_report(spill=ctx.spill_dir)`, asked only when one
        does): this command's private directory under ``<data dir>/tmp/``,
        removed when the command ends; None (they stay in memory) when the
        case is encrypted, whose copies never reach a disk."""
        return None if self._sealed else self._tmp_dir()

    def _load_stored(self, spec: str) -> LoadedCase:
        self.require_data_dir()
        reader = self.reader()
        service: Any = reader if reader is not None else self.services()
        case_id = service.resolve_case(spec)
        case = service.load_case(case_id)
        head = service.journal_head(case_id)

        def evidence(sha256: str) -> Path | None:
            try:
                path = service.evidence_file_path(sha256)
            except (KeyError, FileNotFoundError):
                return None
            if not path.is_file():
                return None
            if reader is not None:
                return Path(path)  # the reader reads plain data directories only
            source = service.store.source_of(sha256)
            if isinstance(source, Path):
                return Path(path)
            # sealed: a plaintext copy for the report, removed when the command ends
            target = self._tmp_dir() / sha256
            if not target.exists():
                with source.open("rb") as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
            return target

        return LoadedCase(
            case=case,
            source="data_dir",
            path=None,
            case_id=case_id,
            journal_head=head,
            _evidence=evidence,
        )

    # --- cleanup ---------------------------------------------------------
    def close(self) -> None:
        self._close_reader()
        if self._service is not None:
            try:
                self._service.close()
            finally:
                self._service = None
        for directory in self._tmp_dirs:
            shutil.rmtree(directory, ignore_errors=True)
        self._tmp_dirs.clear()
        self._exits.close()


def is_sealed_file(path: Path) -> bool:
    """A `.caseapp.enc` by its first bytes (a sealed file passed under another
    name, e.g. the app's report job). Stdlib only: no cryptography loaded."""
    try:
        with path.open("rb") as fh:
            return fh.read(8) == b"CASEAPP\x1a"  # casefile.sealed.MAGIC
    except OSError:
        return False


def known_cities() -> frozenset[str] | None:
    """City keys the law data knows, or None when the law data is not there yet."""
    try:
        from caseapp.rules.law import load_law_data
    except ImportError:
        return None
    try:
        return frozenset(load_law_data().cities())
    except (OSError, ValueError, KeyError):  # the law data is optional for reading a file
        return None
