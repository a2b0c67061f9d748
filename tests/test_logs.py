"""The app's log (`caseapp.logs`): a rotating file under the data directory's
``logs/``, private modes, warnings and errors by default, more with
``CASEAPP_LOG_LEVEL``, one handler however often it is set up, nothing on disk
before the first line, and the command line's crash path writes an error line
without the exception's message."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp import logs
from caseapp.cli.main import cli_main

LOG = logging.getLogger("caseapp.test")


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(logs.LEVEL_ENV, raising=False)
    logs.stop_logging()
    yield
    logs.stop_logging()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _handlers() -> list[logging.Handler]:
    return [
        h
        for h in logging.getLogger("caseapp").handlers
        if isinstance(h, logs.PrivateRotatingFileHandler)
    ]


def test_file_and_directory_are_private_and_made_on_the_first_line(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    folder, path = tmp_path / "logs", tmp_path / "logs" / "caseapp.log"
    assert not folder.exists()  # set up, nothing logged: nothing on disk
    LOG.warning("figure %s missing", "minimum_wage")
    assert _mode(folder) == 0o700
    assert _mode(path) == 0o600
    line = path.read_text(encoding="utf-8")
    assert "WARNING caseapp.test: figure minimum_wage missing" in line
    handler = _handlers()[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount, handler.encoding) == (1_000_000, 3, "utf-8")


def test_an_existing_wider_file_is_made_private(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir(mode=0o755)
    (tmp_path / "logs" / "caseapp.log").write_text("old\n", encoding="utf-8")
    (tmp_path / "logs" / "caseapp.log").chmod(0o644)
    (tmp_path / "logs").chmod(0o755)
    logs.setup_logging(tmp_path)
    LOG.error("x")
    assert _mode(tmp_path / "logs") == 0o700
    assert _mode(tmp_path / "logs" / "caseapp.log") == 0o600
    assert (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8").startswith("old\n")


def test_never_creates_the_data_directory(tmp_path: Path) -> None:
    missing = tmp_path / "not-yet"
    logs.setup_logging(missing)
    LOG.error("dropped")
    assert not missing.exists()
    missing.mkdir()
    LOG.error("kept")
    text = (missing / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert "kept" in text and "dropped" not in text


def test_rotation_keeps_three_older_files(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    chunk = "x" * 10_000
    for n in range(500):  # about 5 MB
        LOG.warning("%d %s", n, chunk)
    folder = tmp_path / "logs"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["caseapp.log", "caseapp.log.1", "caseapp.log.2", "caseapp.log.3"]
    for p in folder.iterdir():
        assert p.stat().st_size <= logs.MAX_BYTES
        assert _mode(p) == 0o600
    assert "499 " in (folder / "caseapp.log").read_text(encoding="utf-8")


def test_default_level_is_warning(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    LOG.info("not this")
    LOG.debug("nor this")
    LOG.warning("this")
    text = (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert "this" in text and "not this" not in text and "nor this" not in text


@pytest.mark.parametrize(
    ("value", "info_written"),
    [("INFO", True), ("debug", True), ("20", True), ("ERROR", False), ("bogus", False)],
)
def test_env_var_sets_the_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, info_written: bool
) -> None:
    monkeypatch.setenv(logs.LEVEL_ENV, value)
    logs.setup_logging(tmp_path)
    LOG.info("info line")
    LOG.critical("critical line")
    text = (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert ("info line" in text) is info_written
    assert "critical line" in text


def test_set_up_twice_one_handler(tmp_path: Path) -> None:
    first = logs.setup_logging(tmp_path)
    assert logs.setup_logging(tmp_path) is first
    assert len(_handlers()) == 1
    LOG.warning("once")
    text = (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert text.count("once") == 1
    other = tmp_path / "other"
    other.mkdir()
    logs.setup_logging(other)  # another data directory replaces the handler
    assert len(_handlers()) == 1
    LOG.warning("moved")
    assert "moved" in (other / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert "moved" not in (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8")


def test_unwritable_log_is_dropped_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "caseapp.log").mkdir()  # a directory where the file should be
    logs.setup_logging(tmp_path)
    LOG.error("lost")
    assert capsys.readouterr().err == ""


def test_where_names_file_and_line_only() -> None:
    try:
        raise ValueError("李青 secret")
    except ValueError as exc:
        place = logs.where(exc)
    assert place.startswith("test_logs.py:") and place.split(":")[1].isdigit()
    assert logs.where(ValueError()) == "?"


def test_where_prefers_caseapps_own_frame(tmp_path: Path) -> None:
    from caseapp.rules.law import LawDataError, load_law_data

    with pytest.raises(LawDataError) as raised:
        load_law_data(tmp_path / "no-law-data")  # raised in caseapp, past pathlib's frames
    assert re.fullmatch(r"rules/law\.py:\d+", logs.where(raised.value))


def test_cli_crash_writes_an_error_line_without_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(data_dir: Path, lang: str, demo: bool) -> int:
        raise RuntimeError("李青 13800001234 ¥12,000.00")

    assert cli_main(["--data-dir", str(tmp_path), "--lang", "en"], gui=broken) == 4
    assert "crash log" in capsys.readouterr().err
    crash = [p for p in (tmp_path / "logs").iterdir() if p.name.startswith("crash-")]
    assert len(crash) == 1
    text = (tmp_path / "logs" / "caseapp.log").read_text(encoding="utf-8")
    assert "ERROR caseapp.cli.main: internal error: RuntimeError at cli/main.py:" in text
    assert f"crash log {crash[0].name}" in text
    for secret in ("李青", "13800001234", "12,000", str(tmp_path)):
        assert secret not in text


def test_cli_command_sets_the_log_up_without_touching_disk(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    assert cli_main(["--data-dir", str(data_dir), "list"]) == 0
    assert [h.data_dir for h in _handlers()] == [data_dir.resolve()]
    assert not data_dir.exists()  # list never creates the data directory, nor does the log


# --- issue 12 item 9: the crash log's fallback directory -----------------------


def _fallback_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from caseapp.crash import write_crash_log

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        return write_crash_log(exc, ["caseapp", "report"], None)


def test_crash_fallback_directory_is_created_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.umask(0o022)  # as if the entry point's umask had not been set
    try:
        path = _fallback_crash(tmp_path, monkeypatch)
    finally:
        os.umask(0o077)
    assert path.parent == tmp_path / "caseapp-logs"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_crash_fallback_directory_made_private_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "caseapp-logs").mkdir(mode=0o777)
    os.chmod(tmp_path / "caseapp-logs", 0o777)
    path = _fallback_crash(tmp_path, monkeypatch)
    assert path.parent == tmp_path / "caseapp-logs"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_crash_fallback_symlink_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone else plants ``caseapp-logs`` as a symlink to a directory of theirs:
    the log does not go there (it falls back to a fresh private temp file)."""
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (tmp_path / "caseapp-logs").symlink_to(elsewhere)
    path = _fallback_crash(tmp_path, monkeypatch)
    assert list(elsewhere.iterdir()) == []
    assert path.parent == tmp_path and path.name.startswith("caseapp-crash-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_crash_log_file_symlink_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A symlink planted under the crash log's name is neither followed nor overwritten."""
    import datetime as dt

    from caseapp import crash

    logs = tmp_path / "caseapp-logs"
    logs.mkdir(mode=0o700)
    target = tmp_path / "victim.txt"
    target.write_text("keep me")

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            return cls(2026, 12, 7, 8, 0, 0, tzinfo=tz)

    monkeypatch.setattr(crash.dt, "datetime", Frozen)
    (logs / f"crash-20261207T080000Z-{os.getpid()}.log").symlink_to(target)
    path = _fallback_crash(tmp_path, monkeypatch)
    assert target.read_text() == "keep me"
    assert not path.is_symlink() and "boom" in path.read_text()


def test_crash_fallback_owned_by_someone_else_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "caseapp-logs").mkdir(mode=0o700)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    path = _fallback_crash(tmp_path, monkeypatch)
    assert path.parent == tmp_path and path.name.startswith("caseapp-crash-")
