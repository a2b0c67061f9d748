"""A case file damaged in the middle of one of its members (issue 12, item 4):
a 4 KiB page garbled half-way through an entry's data — the evidence file, the
journal, case.json or SHA256SUMS — as a bad sector or a broken copy leaves it.
The zip's directory and every header are whole, so only reading the entry
finds it. `import` (new case, and `--replace` over the same case) refuses with
exit 2, naming the entry once as damaged (not also "not in the zip") and
saying what to do; the data directory does not change by a byte. `verify`
says the same and exits 1."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, OriginalStatus
from caseapp.services.service import CaseService
from tests.cli.conftest import build_case
from tests.cli.test_bad_input_cli import files_of
from tests.helpers_datadir import diff_dumps, dump_data_dir

PAGE = 4096
OTHER_UID = "2b9c4e61-8d3a-4f7e-b1c5-9a0e6d2f4c83"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(the source data directory, its export, the recording's entry name)."""
    root = tmp_path_factory.mktemp("damaged-zip")
    data = root / "data"
    case_id = build_case(data, root / "files")
    recording = root / "files" / "recording.m4a"
    recording.write_bytes(random.Random(12).randbytes(256 * 1024))  # 64 pages, stored
    with CaseService(data, lang="en") as svc:
        evidence = Evidence(
            id="", title="录音", kind=EvidenceKind.RECORDING, original_status=OriginalStatus.KEPT
        )
        svc.add_evidence_files(case_id, evidence, [recording])
    out = root / "case.caseapp.zip"
    assert main(["--lang", "en", "export", case_id, "-o", str(out), "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(out) as zf:
        name = next(i.filename for i in zf.infolist() if i.filename.endswith(".m4a"))
    return data, out, name


def garble_middle(path: Path, member: str, out: Path) -> int:
    """Flip every bit of one page (at most a third of the entry) in the middle
    of ``member``'s data; returns how many bytes were garbled."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_len + extra_len
    page = min(PAGE, info.compress_size // 3)
    middle = start + info.compress_size // 2 - page // 2
    for i in range(middle, middle + page):
        data[i] ^= 0xFF
    out.write_bytes(bytes(data))
    with zipfile.ZipFile(out) as zf:  # the directory is whole: the zip opens
        assert zf.getinfo(member).compress_size == info.compress_size
    return page


@pytest.mark.parametrize("which", ["evidence", "journal.jsonl", "case.json", "SHA256SUMS"])
@pytest.mark.parametrize("into", ["new", "replace"])
def test_a_page_garbled_mid_entry_is_refused_and_changes_nothing(
    which: str,
    into: str,
    exported: tuple[Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, good, recording = exported
    member = recording if which == "evidence" else which
    bad = tmp_path / "damaged.caseapp.zip"
    garbled = garble_middle(good, member, bad)
    if which == "evidence":
        assert garbled == PAGE  # a whole page, 128 KiB into a 256 KiB entry
    if into == "new":
        data = tmp_path / "data"
        build_case(data, tmp_path / "files", uid=OTHER_UID)
        argv = ["import", str(bad), "--data-dir", str(data)]
    else:
        data = source
        argv = ["import", str(bad), "--replace", "--data-dir", str(data)]
    dumped = dump_data_dir(data)
    before = files_of(data)

    code = main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "(the data directory was not changed)" in err
    lines = [line for line in err.splitlines() if line.startswith("  ")]
    assert lines == [
        f"  {member}: the entry is damaged: its content does not match the checksum or size "
        "the zip recorded (most likely damaged while copied or stored). Use another, whole "
        "copy, for example a new export"
    ], err
    assert "Traceback" not in err
    assert files_of(data) == before
    assert diff_dumps(dumped, dump_data_dir(data)) == []

    code = main(["--lang", "zh", "verify", str(bad)])
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert code == 1, said
    assert f"{member}: 条目已损坏" in said and "不在" not in said, said
    assert "发现 1 处不一致" in said
