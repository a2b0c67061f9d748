"""Editing an evidence item through the service (issue 13 item 4): every
field changes in one journaled entry, undo brings the old one back; files
are never altered — a file may be attached to an item without one, a stored
file may not be replaced or removed (a new version is a new item)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, JournalOp, OriginalStatus, Proves
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from tests.services import factories as f


def test_edit_every_field_journaled_and_undone(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.evidence())
    edited = dataclasses.replace(
        svc.load_case(case_id).evidence[0],
        title="主管微信：明天起不用来了",
        kind=EvidenceKind.NOTICE,
        created_on=dt.date(2025, 3, 3),
        obtained_on=dt.date(2025, 3, 4),
        source="我自己截的图",
        source_app="微信",
        counterparty_account="wxid_boss",
        proves=(Proves.STANDBY, Proves.PRESSURE),
        purpose="证明公司口头通知我待岗",
        original_status=OriginalStatus.COPY_ONLY,
        witness="同事张三",
    )
    changes = svc.save_record(case_id, edited)
    stored = changes.one(Evidence)
    assert dataclasses.replace(stored, provenance=edited.provenance) == edited
    last = svc.history(case_id)[-1]
    assert last.op == JournalOp.UPDATE
    assert [c.ref for c in last.changes] == ["evidence:E1"]
    svc.undo_last(case_id)
    assert svc.load_case(case_id).evidence[0].title == f.evidence().title


def test_files_attach_to_an_empty_item_but_never_change(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, dataclasses.replace(f.evidence(), title="我的劳动合同"))
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 the contract")
    item = svc.load_case(case_id).evidence[0]
    svc.add_evidence_files(case_id, item, [contract])
    (attached,) = svc.load_case(case_id).evidence[0].files
    assert svc.evidence_file_path(attached.sha256).read_bytes() == contract.read_bytes()

    other = tmp_path / "contract-v2.pdf"
    other.write_bytes(b"%PDF-1.4 another version")
    new_file = svc.store_file(other)
    item = svc.load_case(case_id).evidence[0]
    before = svc.journal_lines(case_id)
    for files in ((new_file,), (), (new_file, attached)):
        with pytest.raises(ServiceError, match=r"never altered|不再改动"):
            svc.save_record(case_id, dataclasses.replace(item, files=files))
    assert svc.journal_lines(case_id) == before
    # more files after the stored ones: one more screenshot of the thread
    svc.save_record(case_id, dataclasses.replace(item, files=(attached, new_file)))
    assert [x.sha256 for x in svc.load_case(case_id).evidence[0].files] == [
        attached.sha256,
        new_file.sha256,
    ]
