"""Import, export and the round trip; refused imports leave the data directory unchanged."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import cases

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document
from caseapp.domain.model import Case, Evidence
from caseapp.domain.vocab import JournalOp
from caseapp.services.api import ImportMode, ServiceError
from caseapp.services.service import CaseService
from tests.helpers_datadir import diff_dumps, dump_data_dir
from tests.services import factories as f

UID = "5a5a5a5a-0000-4000-8000-000000000001"


def doc_without_uid(case: Case) -> bytes:
    doc = case_to_document(case)
    case_obj = dict(doc["case"])  # type: ignore[call-overload]
    case_obj.pop("uid")
    doc["case"] = case_obj
    return canonical_bytes(doc)


def hand_built(svc: CaseService) -> str:
    case_id = svc.create_case(f.make_info(uid=UID))
    svc.set_days(case_id, [f.day(i) for i in range(10)])
    for record in (f.person(), f.task(), f.payment(), f.si_month(), f.incident(), f.evidence()):
        svc.save_record(case_id, record)
    return case_id


def write_json(case: Case, path: Path) -> Path:
    path.write_bytes(canonical_bytes(case_to_document(case)))
    return path


def test_json_import_is_lossless_and_journaled(svc: CaseService, tmp_path: Path) -> None:
    case = svc.load_case(hand_built(svc))
    svc.delete_case(svc.resolve_case(UID[:8]))
    source = write_json(case, tmp_path / "a.caseapp.json")
    case_id = svc.import_file(source)
    assert case_to_document(svc.load_case(case_id)) == case_to_document(case)
    history = svc.history(case_id)
    assert [e.op for e in history] == [JournalOp.IMPORT]
    line = json.loads(svc.journal_lines(case_id)[0])
    from caseapp.casefile.canonical import sha256_hex

    assert line["document_sha256"] == sha256_hex(source.read_bytes())
    assert svc.verify_case(case_id).ok


def test_refused_import_leaves_data_dir_unchanged(svc: CaseService, tmp_path: Path) -> None:
    case_id = hand_built(svc)
    source = write_json(svc.load_case(case_id), tmp_path / "same.caseapp.json")
    bad_doc = case_to_document(dataclasses.replace(svc.load_case(case_id), days=()))
    bad_doc["case"] = dict(bad_doc["case"], uid="6b6b6b6b-0000-4000-8000-000000000002")  # type: ignore[call-overload]
    bad_doc["days"] = [{"date": "2024-13-01", "status": "standby"}, {"date": "x", "status": "z"}]
    bad = tmp_path / "bad.caseapp.json"
    bad.write_bytes(canonical_bytes(bad_doc))
    before = dump_data_dir(svc.data_dir)
    with pytest.raises(ServiceError) as same_uid:
        svc.import_file(source)  # uid already present
    assert UID in same_uid.value.problems[0]
    with pytest.raises(ServiceError) as invalid:
        svc.import_file(bad)
    assert len(invalid.value.problems) >= 2
    after = dump_data_dir(svc.data_dir)
    assert after == before, diff_dumps(before, after)


def test_import_replace_and_as_new(svc: CaseService, tmp_path: Path) -> None:
    case_id = hand_built(svc)
    original = svc.load_case(case_id)
    svc.set_days(case_id, [f.day(40)])
    source = write_json(original, tmp_path / "old.caseapp.json")
    replaced = svc.import_file(source, ImportMode.REPLACE)
    assert replaced == case_id  # same uid, same id
    assert case_to_document(svc.load_case(replaced)) == case_to_document(original)
    assert any("pre-import" in p.name for p in (svc.data_dir / "backups").iterdir())
    copy = svc.import_file(source, ImportMode.AS_NEW)
    assert copy != case_id
    loaded = svc.load_case(copy)
    assert loaded.info.uid != UID
    assert doc_without_uid(loaded) == doc_without_uid(original)
    change = svc.history(copy)[-1].changes[0]
    assert change.ref == "case"
    assert svc.verify_case(copy).ok
    assert len(svc.list_cases()) == 2


@pytest.fixture(scope="module")
def shared_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseService]:
    """One service for all Hypothesis examples (opening one per example is slow)."""
    with CaseService(tmp_path_factory.mktemp("shared") / "data") as svc:
        yield svc


@settings(max_examples=30)
@given(case=cases(max_records=4, with_files=False))
def test_round_trip_property_json(shared_service: CaseService, case: Case) -> None:
    """import → export → import (as new) gives identical data (canonical JSON)."""
    svc = shared_service
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = svc.import_file(write_json(case, root / "in.caseapp.json"), ImportMode.AS_NEW)
        assert doc_without_uid(svc.load_case(first)) == doc_without_uid(case)
        out = svc.export_case(first, root / "out.caseapp.json")
        second = svc.import_file(out, ImportMode.AS_NEW)
        assert doc_without_uid(svc.load_case(second)) == doc_without_uid(svc.load_case(first))


def test_evidence_files_cancel_leaves_nothing(svc: CaseService, tmp_path: Path) -> None:
    from caseapp.domain.jobs import Cancelled

    case_id = svc.create_case(f.make_info())
    files = []
    for n in range(3):
        path = tmp_path / f"shot{n}.png"
        path.write_bytes(bytes([n]) * 5000)
        files.append(path)
    before = dump_data_dir(svc.data_dir)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        svc.add_evidence_files(case_id, f.evidence(), files, cancelled=lambda: next(calls) >= 2)
    assert dump_data_dir(svc.data_dir) == before
    seen: list[tuple[int, int]] = []
    ev = svc.add_evidence_files(case_id, f.evidence(), files, lambda d, t: seen.append((d, t))).one(
        Evidence
    )
    assert seen[-1] == (15000, 15000)
    assert [x.original_name for x in ev.files] == ["shot0.png", "shot1.png", "shot2.png"]
    assert ev.files[0].path == f"evidence/{ev.files[0].sha256}.png"
    assert svc.journal_head(case_id)[0] == 2
    stored = dataclasses.replace(ev)
    assert svc.load_case(case_id).evidence == (stored,)


def test_zip_export_import_round_trip_with_files(svc: CaseService, tmp_path: Path) -> None:
    from caseapp.casefile.verify import verify_file

    case_id = hand_built(svc)
    shots = []
    for n in range(3):
        path = tmp_path / f"聊天{n}.JPG"
        path.write_bytes(b"\xff\xd8" + bytes([n]) * 3000)
        shots.append(path)
    svc.add_evidence_files(case_id, f.evidence(), shots)
    out = svc.export_case(case_id, tmp_path / "case.caseapp.zip")
    lines = svc.journal_lines(case_id)
    export = json.loads(lines[-1])
    assert export["op"] == "export"
    from caseapp.casefile.canonical import sha256_hex
    from caseapp.casefile.writer import document_bytes

    assert export["state_sha256"] == sha256_hex(document_bytes(svc.load_case(case_id)))
    checked = verify_file(out, f.START.replace(year=2026))
    assert checked.problems == () and checked.files_checked == 3
    with pytest.raises(ServiceError):
        svc.import_file(out)
    copy = svc.import_file(out, ImportMode.AS_NEW)
    assert doc_without_uid(svc.load_case(copy)) == doc_without_uid(svc.load_case(case_id))
    copy_lines = svc.journal_lines(copy)
    assert copy_lines[: len(lines)] == lines  # imported journal kept verbatim
    assert json.loads(copy_lines[-1])["op"] == "import"
    report = svc.verify_case(copy)
    assert report.ok and report.files_checked == 3
    # replace: backup first, same id, data as in the file
    svc.set_days(case_id, [f.day(50)])
    extra = tmp_path / "later.png"
    extra.write_bytes(b"added after the export")
    later = svc.add_evidence_files(case_id, f.evidence("E7"), [extra]).one(Evidence)
    later = later.files[0].sha256
    assert svc.import_file(out, ImportMode.REPLACE) == case_id
    assert f.day(50).date not in {d.date for d in svc.load_case(case_id).days}
    assert svc.verify_case(case_id).ok
    assert not svc.store.has(later)  # only the replaced version used it


def test_sample_case_round_trip(svc: CaseService, tmp_path: Path) -> None:
    from caseapp.paths import resource

    sample = resource("samples", "sample.caseapp.zip")
    first = svc.import_file(sample)
    assert svc.verify_case(first).ok
    out = svc.export_case(first, tmp_path / "again.caseapp.zip")
    second = svc.import_file(out, ImportMode.AS_NEW)
    assert doc_without_uid(svc.load_case(second)) == doc_without_uid(svc.load_case(first))
    assert svc.verify_case(second).ok


@pytest.fixture(scope="module")
def zip_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseService]:
    with CaseService(tmp_path_factory.mktemp("zips") / "data") as svc:
        yield svc


@settings(max_examples=20)
@given(case=cases(max_records=3, with_files=False), blobs=st.lists(st.binary(), max_size=3))
def test_round_trip_property_zip(zip_service: CaseService, case: Case, blobs: list[bytes]) -> None:
    """The same through a zip, with evidence files and the journal carried along."""
    svc = zip_service
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = svc.import_file(write_json(case, root / "in.caseapp.json"), ImportMode.AS_NEW)
        if case.evidence and blobs:
            paths = []
            for n, blob in enumerate(blobs):
                path = root / f"f{n}.bin"
                path.write_bytes(blob)
                paths.append(path)
            svc.add_evidence_files(first, case.evidence[0], paths)
        out = svc.export_case(first, root / "out.caseapp.zip")
        second = svc.import_file(out, ImportMode.AS_NEW)
        assert doc_without_uid(svc.load_case(second)) == doc_without_uid(svc.load_case(first))
        assert svc.journal_lines(second)[:-1] == svc.journal_lines(first)
        assert svc.verify_case(second).ok


def test_verify_after_json_import_counts_files_not_included(
    svc: CaseService, tmp_path: Path
) -> None:
    """Files a .caseapp.json lists are 'not included', not 'missing'; a file
    that was stored and then disappears is a problem."""
    case_id = svc.create_case(f.make_info(uid=UID))
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png bytes")
    ev = svc.add_evidence_files(case_id, f.evidence(), [shot]).one(Evidence)
    other = tmp_path / "other.png"
    other.write_bytes(b"other bytes")
    svc.add_evidence_files(case_id, f.evidence("E2"), [other])
    listed = svc.export_case(case_id, tmp_path / "x.caseapp.json")
    svc.delete_case(case_id)  # removes both stored files
    again = svc.import_file(listed)
    report = svc.verify_case(again)
    assert report.ok and report.files_not_included == 2 and report.notes
    svc.add_evidence_files(again, ev, [shot])  # the file arrives later
    report = svc.verify_case(again)
    assert report.ok and (report.files_checked, report.files_not_included) == (1, 1)
    path = svc.evidence_file_path(ev.files[0].sha256)
    path.chmod(0o600)
    path.unlink()
    missing = svc.verify_case(again)
    assert not missing.ok
    assert [p.place for p in missing.problems] == [f"evidence/{ev.files[0].sha256}"]


def test_cancelled_zip_import_leaves_data_dir_unchanged(svc: CaseService, tmp_path: Path) -> None:
    from caseapp.domain.jobs import Cancelled

    case_id = hand_built(svc)
    shots = []
    for n in range(4):
        path = tmp_path / f"s{n}.png"
        path.write_bytes(bytes([n + 1]) * 2000)
        shots.append(path)
    svc.add_evidence_files(case_id, f.evidence(), shots[:1])  # one file already stored
    svc.add_evidence_files(case_id, f.evidence("E2"), shots[1:])
    out = svc.export_case(case_id, tmp_path / "c.caseapp.zip")
    svc.delete_case(case_id)
    svc.create_case(f.make_info())  # something else in the data directory
    keep = tmp_path / "keep.png"
    keep.write_bytes(bytes([1]) * 2000)  # same bytes as s0: stored, used by another case
    other = svc.list_cases()[0].id
    svc.add_evidence_files(other, f.evidence(), [keep])
    before = dump_data_dir(svc.data_dir)

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        svc.import_file(out, ImportMode.REFUSE, progress)
    after = dump_data_dir(svc.data_dir)
    assert after == before, diff_dumps(before, after)
    assert svc.import_file(out) != other  # and it imports fine afterwards
