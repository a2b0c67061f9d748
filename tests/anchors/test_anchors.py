"""Send today's fingerprint to yourself (issue 12 item 7): the text, the
journal `anchor` entry, undo passing over it, the weekly offer, `verify` and
the PDF's integrity appendix saying which journal state each fingerprint
matches — and a rewritten journal no longer holding the state that was sent."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from pypdf import PdfReader

from caseapp.casefile.anchors import anchor_checks, find_head
from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.journal import GENESIS, line_hash, verify_chain
from caseapp.cli.main import cli_main
from caseapp.domain.vocab import JournalOp
from caseapp.services.service import CaseService
from tests.casework.helpers import sample_info


def _service(tmp_path: Path, when: list[dt.datetime]) -> CaseService:
    return CaseService(tmp_path / "data", lang="en", clock=lambda: when[0])


def test_fingerprint_text_and_anchor_entry(tmp_path: Path) -> None:
    when = [dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)]  # 09:30 in Shanghai
    with _service(tmp_path, when) as svc:
        case_id = svc.create_case(sample_info())
        entries, head = svc.journal_head(case_id)
        assert entries == 1
        fingerprint = svc.send_fingerprint(case_id, "wechat")
        assert fingerprint.head == head and fingerprint.entries == 1
        assert fingerprint.day == dt.date(2026, 3, 2)
        assert head in fingerprint.text and "2026-03-02" in fingerprint.text
        assert "1 entries" in fingerprint.text
        lines = svc.journal_lines(case_id)
        assert len(lines) == 2
        entry = json.loads(lines[-1])
        assert entry["op"] == "anchor" and entry["changes"] == []
        assert entry["anchored_head"] == head and entry["anchored_seq"] == 1
        assert entry["channel"] == "wechat"
        assert verify_chain(lines)[0] == []
        assert svc.verify_case(case_id).ok
        # the anchor changes nothing: undo goes past it (here: nothing to undo)
        assert svc.history(case_id)[-1].op == JournalOp.ANCHOR
        assert svc.undo_last(case_id) is None


def test_offered_weekly(tmp_path: Path) -> None:
    when = [dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)]
    with _service(tmp_path, when) as svc:
        case_id = svc.create_case(sample_info())
        assert svc.fingerprint_due(case_id)  # never sent
        svc.send_fingerprint(case_id, "email")
        assert not svc.fingerprint_due(case_id)
        when[0] += dt.timedelta(days=6, hours=23)  # 6 days 23 hours later: not yet
        assert not svc.fingerprint_due(case_id)
        when[0] += dt.timedelta(hours=1)  # 7 days: offered again
        assert svc.fingerprint_due(case_id)


def _rewrite(lines: list[bytes], number: int, change: dict[str, object]) -> list[bytes]:
    """A consistent rewrite from line ``number`` on: the chain holds again."""
    out: list[bytes] = []
    prev = GENESIS
    for n, line in enumerate(lines, start=1):
        entry = json.loads(line)
        if n == number:
            entry.update(change)
        entry["prev"] = prev
        new = canonical_bytes(entry)
        out.append(new)
        prev = line_hash(new)
    return out


def test_which_journal_state_each_fingerprint_matches(tmp_path: Path) -> None:
    when = [dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)]
    with _service(tmp_path, when) as svc:
        case_id = svc.create_case(sample_info())
        sent = svc.send_fingerprint(case_id, "wechat")
        info = svc.load_case(case_id).info
        import dataclasses

        svc.update_case_info(case_id, dataclasses.replace(info, title="later change"))
        lines = svc.journal_lines(case_id)
    (check,) = anchor_checks(lines)
    assert check.matches and check.head == sent.head and check.head_seq == 1
    assert find_head(lines, sent.head) == 1
    # Someone rewrites the whole chain consistently, changing the first entry and
    # the anchor's own record of what was sent: the chain verifies, the anchor
    # "matches" — but the hash in the worker's WeChat message is found nowhere.
    forged = _rewrite(lines, 1, {"at": "2026-01-01T09:00:00+08:00"})
    forged_head = line_hash(forged[0])
    forged = _rewrite(forged, 2, {"anchored_head": forged_head})
    assert verify_chain(forged)[0] == []
    assert anchor_checks(forged)[0].matches
    assert find_head(forged, sent.head) is None
    # A rewrite that leaves the anchor entry alone is shown as not matching.
    lazy = _rewrite(lines, 1, {"at": "2026-01-01T09:00:00+08:00"})
    assert not anchor_checks(lazy)[0].matches


def test_verify_and_the_pdf_list_the_fingerprints(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with CaseService(data, lang="en") as svc:
        case_id = svc.create_case(sample_info())
        sent = svc.send_fingerprint(case_id, "wechat")
        zipped = svc.export_case(case_id, tmp_path / "case.caseapp.zip")
    for spec in (case_id, str(zipped)):
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(
            ["--lang", "en", "--data-dir", str(data), "verify", spec], stdout=out, stderr=err
        )
        assert code == 0, err.getvalue()
        text = out.getvalue()
        assert "Fingerprints sent outside the app (1)" in text
        assert f"the first 1 journal entries, hash {sent.head} — matches" in text
        assert "does not show that what was recorded is true" in text
    pdf = tmp_path / "out.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(
        ["--lang", "en", "--data-dir", str(data), "report", case_id, "-o", str(pdf),
         "--part", "filing", "--as-of", "2026-03-31"],
        stdout=out, stderr=err,
    )  # fmt: skip
    assert code == 0, err.getvalue()
    pages = "\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    flat = "".join(pages.split())
    assert "Fingerprintssentoutsidetheapp" in flat
    assert sent.head in flat
    assert "matchesthejournalthisreportisbuiltfrom" in flat
