"""Send today's fingerprint to yourself (issue 12 item 7): the short text to
copy, and the journal `anchor` entry recording that it was copied to send
(casefile/anchors.py says what it proves and what it does not)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from caseapp.casefile.anchors import CHANNELS, AnchorCheck, anchor_checks
from caseapp.domain.vocab import JournalOp
from caseapp.i18n import Lang, text
from caseapp.services.api import ServiceError
from caseapp.storage import journal_log

if TYPE_CHECKING:
    from caseapp.services.service import CaseService

OFFER_EVERY = dt.timedelta(days=7)  # Today offers it when the last one is older


@dataclass(frozen=True, slots=True)
class Fingerprint:
    text: str  # what the worker pastes into WeChat or an e-mail
    head: str  # the journal's head hash that was sent
    entries: int  # the number of journal entries it covers
    day: dt.date  # the date in the case's time zone
    channel: str


def fingerprint_text(head: str, entries: int, day: dt.date, lang: Lang) -> str:
    return text("anchor.message", lang, date=day.isoformat(), entries=entries, head=head)


def send_fingerprint(
    svc: CaseService, case_id: str, channel: str = "other", lang: Lang | None = None
) -> Fingerprint:
    """The text to send, and one journal `anchor` entry naming the head it holds."""
    from caseapp.services.tx import Tx

    if channel not in CHANNELS:
        raise ServiceError([svc.msg("bad_channel", channel=channel)])
    now = svc.now()
    with Session(svc._write_engine, expire_on_commit=False) as session, session.begin():
        row = svc._case_row(session, case_id)
        entries, head = journal_log.head(session, row.pk)
        tx = Tx(session, row, now)
        svc.append_entry(
            tx, JournalOp.ANCHOR, anchored_head=head, anchored_seq=entries, channel=channel
        )
        day = tx.now.date()
    return Fingerprint(
        fingerprint_text(head, entries, day, lang or svc.lang), head, entries, day, channel
    )


def anchors_of(svc: CaseService, case_id: str) -> list[AnchorCheck]:
    return anchor_checks(svc.journal_lines(case_id))


def last_anchor_at(svc: CaseService, case_id: str) -> dt.datetime | None:
    """When the newest fingerprint was recorded (None: never)."""
    found = [e.at for e in svc.history(case_id) if e.op == JournalOp.ANCHOR]
    return max(found) if found else None


def fingerprint_due(svc: CaseService, case_id: str, now: dt.datetime | None = None) -> bool:
    """Today offers the fingerprint when none was sent in the last week."""
    last = last_anchor_at(svc, case_id)
    return last is None or (now or svc.now()) - last >= OFFER_EVERY
