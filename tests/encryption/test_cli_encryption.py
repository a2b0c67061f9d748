"""The command line on an encrypted data directory and the `.caseapp.enc`
container (issue 12 item 8): refused without the passphrase (exit 2) and with
a wrong one (exit 2, nothing changed); CASEAPP_PASSPHRASE_FILE opens it;
`export --encrypt` writes a sealed zip that `import` reads back into a fresh
data directory as the same case; a wrong passphrase or a changed byte in the
`.caseapp.enc` is exit 2 and writes nothing."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.casefile import sealed
from caseapp.cli.main import cli_main
from caseapp.services.service import CaseService
from caseapp.storage import keyring
from tests.encryption.helpers import PASSPHRASE, SAMPLE, every_file


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


def cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--lang", "en", *args], stdout=out, stderr=err)
    keyring.forget_all()  # every command line run is its own process
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("cli") / "data"
    with CaseService(data) as svc:
        case_id = svc.import_file(SAMPLE)
        svc.enable_encryption(PASSPHRASE)
    keyring.forget_all()
    return data, case_id


@pytest.fixture
def encrypted(encrypted_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    shutil.copytree(encrypted_template[0], data)
    return data, encrypted_template[1]


@pytest.fixture
def passfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("CASEAPP_PASSPHRASE_FILE", str(path))
    return path


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in every_file(root) if not p.name.endswith(".lock")}


def test_refused_without_or_with_a_wrong_passphrase(
    encrypted: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, case_id = encrypted
    before = _snapshot(data)
    monkeypatch.delenv("CASEAPP_PASSPHRASE_FILE", raising=False)
    out_zip = str(tmp_path / "x.caseapp.zip")
    for args in (
        ["list"],
        ["check", case_id],
        ["verify", case_id],
        ["export", case_id, "-o", out_zip],
    ):
        code, out, err = cli(["--data-dir", str(data), *args])
        assert code == 2, (args, err)
        assert "encrypted" in err and "CASEAPP_PASSPHRASE_FILE" in err
        assert "李青" not in out
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n", encoding="utf-8")
    monkeypatch.setenv("CASEAPP_PASSPHRASE_FILE", str(wrong))
    code, _out, err = cli(["--data-dir", str(data), "list"])
    assert code == 2 and "Wrong passphrase" in err
    assert _snapshot(data) == before
    assert not (tmp_path / "x.caseapp.zip").exists()


def test_passphrase_file_opens_it(encrypted: tuple[Path, str], passfile: Path) -> None:
    data, case_id = encrypted
    code, out, _err = cli(["--data-dir", str(data), "list"])
    assert code == 0 and "李青" in out
    code, out, err = cli(["--data-dir", str(data), "verify", case_id])
    assert code == 0, err


def test_export_encrypt_import_round_trip(
    encrypted: tuple[Path, str], passfile: Path, tmp_path: Path
) -> None:
    data, case_id = encrypted
    enc = tmp_path / "out.caseapp.enc"
    code, out, err = cli(["--data-dir", str(data), "export", case_id, "-o", str(enc), "--encrypt"])
    assert code == 0, err
    blob = enc.read_bytes()
    assert blob.startswith(sealed.MAGIC)
    assert "李青".encode() not in blob and b"case.json" not in blob
    not_enc = str(tmp_path / "a.zip")
    code, _out, err = cli(["--data-dir", str(data), "export", case_id, "-o", not_enc, "--encrypt"])
    assert code == 2 and ".caseapp.enc" in err
    fresh = tmp_path / "fresh"
    code, out, err = cli(["--data-dir", str(fresh), "import", str(enc)])
    assert code == 0, err
    new_id = out.strip()
    with CaseService(fresh) as svc, _open(data) as old:
        assert svc.load_case(new_id) == old.load_case(case_id)
        assert svc.verify_case(new_id).ok
    code, out, err = cli(["verify", str(enc)])
    assert code == 0, err
    code, out, err = cli(["check", str(enc)])
    assert code == 0, err


def _open(data: Path) -> CaseService:
    from caseapp.services import encryption

    encryption.unlock(data, PASSPHRASE)
    return CaseService(data)


def test_bad_enc_files_write_nothing(
    encrypted: tuple[Path, str], passfile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, case_id = encrypted
    enc = tmp_path / "out.caseapp.enc"
    assert cli(["--data-dir", str(data), "export", case_id, "-o", str(enc), "--encrypt"])[0] == 0
    blob = enc.read_bytes()
    changed = tmp_path / "changed.caseapp.enc"
    changed.write_bytes(blob[:5000] + bytes([blob[5000] ^ 0x40]) + blob[5001:])
    cut = tmp_path / "cut.caseapp.enc"
    cut.write_bytes(blob[: len(blob) - 100])
    fresh = tmp_path / "fresh"
    for bad in (changed, cut):
        code, _out, err = cli(["--data-dir", str(fresh), "import", str(bad)])
        assert code == 2, err
        assert "Cannot decrypt" in err
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n", encoding="utf-8")
    monkeypatch.setenv("CASEAPP_PASSPHRASE_FILE", str(wrong))
    code, _out, err = cli(["--data-dir", str(fresh), "import", str(enc)])
    assert code == 2 and "Cannot decrypt" in err
    assert not fresh.exists()
