"""Global options before and after the subcommand, usage errors (exit 2),
--version, defaults, and the desktop-app path (no subcommand)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp import __version__
from caseapp.__main__ import main
from caseapp.cli.main import UsageError, cli_main, parse, prescan_lang

LIST_FORMS = [
    ["--data-dir", "{d}", "--lang", "en", "list", "--json"],
    ["list", "--json", "--data-dir", "{d}", "--lang", "en"],
    ["--data-dir", "{d}", "list", "--lang", "en", "--json"],
    ["--lang", "en", "list", "--data-dir", "{d}", "--json"],
    ["--data-dir={d}", "list", "--json", "--lang=en"],
    ["list", "--lang=en", "--data-dir={d}", "--json"],
]


@pytest.mark.parametrize("form", LIST_FORMS, ids=lambda f: " ".join(f))
def test_global_options_in_every_position(form: list[str], tmp_path: Path) -> None:
    argv = [a.format(d=tmp_path) for a in form]
    args, _ = parse(argv)
    assert args.command == "list"
    assert args.json is True
    assert args.lang == "en"
    assert Path(args.data_dir) == tmp_path


@pytest.mark.parametrize("command", [["list"], ["verify", "x"], ["export", "x", "-o", "y"]])
def test_defaults_do_not_override_the_main_parser(command: list[str], tmp_path: Path) -> None:
    # The subparser must not reset options given before the subcommand.
    args, _ = parse(["--data-dir", str(tmp_path), "--lang", "en", *command])
    assert args.lang == "en"
    assert args.data_dir == str(tmp_path)


def test_option_after_the_subcommand_wins_when_given_twice(tmp_path: Path) -> None:
    args, _ = parse(["--lang", "zh", "list", "--lang", "en"])
    assert args.lang == "en"


def test_defaults_resolved_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(env_dir))
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert main(["list"]) == 0
    err = capsys.readouterr().err
    assert "no cases in the data directory" in err  # English from the locale
    assert str(env_dir) in err
    assert not env_dir.exists()  # list never creates the data directory


def test_chinese_when_in_doubt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert prescan_lang(["list"]) == "zh"
    assert prescan_lang(["list", "--lang", "en"]) == "en"
    assert prescan_lang(["--lang=en", "list"]) == "en"


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["list", "--version"], ["--lang", "en", "verify", "x", "--version"]],
)
def test_version_anywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == f"caseapp {__version__}"


USAGE_ERRORS = [
    ["--bogus"],
    ["list", "--bogus"],
    ["nosuchcommand"],
    ["--lang", "fr", "list"],
    ["list", "--lang", "fr"],
    ["list", "--data-dir"],
    ["import"],
    ["import", "a.caseapp.json", "--as-new", "--replace"],
    ["export", "abc"],
    ["verify"],
    ["verify", "a", "b"],
    ["--demo", "list"],
]


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=lambda a: " ".join(a) or "empty")
def test_usage_errors_exit_2(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), *argv]) == 2
    captured = capsys.readouterr()
    assert "usage:" in captured.err
    assert captured.out == ""
    assert not (tmp_path / "d").exists()


def test_usage_error_in_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--bogus", "--lang", "en"]) == 2
    assert "usage error:" in capsys.readouterr().err
    assert main(["list", "--bogus", "--lang", "zh"]) == 2
    assert "用法错误" in capsys.readouterr().err


def test_parse_raises_usage_error_not_system_exit() -> None:
    with pytest.raises(UsageError):
        parse(["list", "--nope"])


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for command in ("list", "import", "export", "verify"):
        assert command in out


def test_no_subcommand_opens_the_app(tmp_path: Path) -> None:
    calls: list[tuple[Path, str, bool]] = []

    def gui(data_dir: Path, lang: str, demo: bool) -> int:
        calls.append((data_dir, lang, demo))
        return 0

    assert cli_main(["--data-dir", str(tmp_path), "--lang", "en"], gui=gui) == 0
    assert cli_main(["--demo", "--lang", "zh"], gui=gui) == 0
    assert calls[0] == (tmp_path.resolve(), "en", False)
    assert calls[1][1:] == ("zh", True)


def test_gui_failure_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # No desktop app available → environment (3), never 1.
    assert cli_main(["--data-dir", str(tmp_path)]) == 3

    def broken(data_dir: Path, lang: str, demo: bool) -> int:
        raise RuntimeError("boom")

    assert cli_main(["--data-dir", str(tmp_path)], gui=broken) == 4
    assert "crash" in capsys.readouterr().err


@pytest.mark.parametrize("extra", [[], ["--demo"]])
def test_no_display_exits_3(extra: list[str], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["CASEAPP_DATA_DIR"] = str(tmp_path)
    if sys.platform != "linux":
        pytest.skip("the no-display case is a Linux/X11/Wayland one")
    proc = subprocess.run(
        [sys.executable, "-m", "caseapp", "--lang", "en", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3, proc.stderr
    assert "display" in proc.stderr or "desktop app" in proc.stderr


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["check", "--as-of", "{bad}", "x"], "--as-of"),
        (["report", "--as-of", "{bad}", "x", "-o", "y.pdf"], "--as-of"),
        (["report", "--from", "{bad}", "x", "-o", "y.pdf"], "--from"),
    ],
)
@pytest.mark.parametrize("bad", ["2025-13-01", "31.12.2025"])
def test_date_options_share_one_type_and_message(
    argv: list[str], option: str, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = ["--data-dir", str(tmp_path), "--lang", "en", *(a.format(bad=bad) for a in argv)]
    assert main(full) == 2
    assert f"argument {option}: {bad}" in capsys.readouterr().err
    args, _ = parse([a.replace(bad, "2025-12-31") for a in full])
    dest = "as_of" if option == "--as-of" else "period_from"
    assert getattr(args, dest) == dt.date(2025, 12, 31)
