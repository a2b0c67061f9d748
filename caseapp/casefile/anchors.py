"""Fingerprints sent outside the app: the journal's `anchor` entries.

"Send today's fingerprint to yourself": the worker copies a short text
holding the journal's head hash (the SHA-256 of its last line), its number of
entries and the date, and sends it by WeChat, e-mail or any channel that keeps
its own time — or to a time-stamping service. The app records that act as a
journal entry ``{"op": "anchor", "anchored_head": H, "anchored_seq": N,
"channel": C, "changes": []}``: H is the hash of line N, the last line before
the anchor itself.

What that proves, and what it does not (docs/format.md, "Anchors"): a message
found later in the worker's chat or mailbox, with the platform's own time,
holding H, shows that the journal's first N entries existed exactly as they
are now by the time the message was sent — a rewrite of any of them changes
H. It does not show that what was recorded is true, says nothing about
entries after N, and is only as strong as the channel (a message to oneself
can be deleted, not back-dated; one sent to someone else, or a trusted
time-stamp, is stronger).

`anchor_checks` tells, for every anchor entry, whether H still matches line N
of the journal as it is now; `verify` and the PDF's integrity appendix list
them, so a fingerprint found in a chat can be matched to a journal state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caseapp.casefile.journal import line_hash, read_entry

CHANNELS = ("wechat", "email", "tsa", "other")
HEAD_RE = r"^[0-9a-f]{64}$"


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    seq: int  # the anchor entry's own number
    at: str  # when it was recorded (RFC 3339, the computer's clock)
    channel: str
    head: str  # the head hash that was sent
    head_seq: int  # the number of journal entries it covers
    matches: bool  # line head_seq of the journal now hashes to head

    @property
    def when(self) -> str:
        """``YYYY-MM-DD HH:MM`` of the recording (local time of the entry)."""
        return self.at[:16].replace("T", " ")


def anchor_checks(lines: Sequence[bytes]) -> list[AnchorCheck]:
    """Every anchor entry of a journal, checked against the journal's lines."""
    hashes = [line_hash(line) for line in lines]
    found: list[AnchorCheck] = []
    for number, line in enumerate(lines, start=1):
        entry = read_entry(line)  # None: the chain check names it
        if entry is None or entry.get("op") != "anchor":
            continue
        head = entry.get("anchored_head")
        head_seq = entry.get("anchored_seq")
        if not isinstance(head, str) or not isinstance(head_seq, int):
            found.append(AnchorCheck(number, str(entry.get("at", "")), "", "", 0, False))
            continue
        matches = 1 <= head_seq < number and hashes[head_seq - 1] == head
        found.append(
            AnchorCheck(
                number,
                str(entry.get("at", "")),
                str(entry.get("channel", "other")),
                head,
                head_seq,
                matches,
            )
        )
    return found


def find_head(lines: Sequence[bytes], head: str) -> int | None:
    """The number of entries after which the journal's head was ``head``
    (a fingerprint found in a chat), or None when no state of this journal
    had that head."""
    wanted = head.strip().lower()
    for number, line in enumerate(lines, start=1):
        if line_hash(line) == wanted:
            return number
    return None
