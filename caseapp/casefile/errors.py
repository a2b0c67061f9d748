"""Problems found in a case file: each with its place and a message key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caseapp.domain.messages import Msg, msg
from caseapp.i18n import render


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: `place` like ``payments[3].amount`` (list indexes count
    from 0), a zip entry name like ``evidence/ab12….jpg``, ``journal.jsonl:17``
    (line numbers count from 1), or ``""`` for the file as a whole."""

    place: str
    message: Msg

    def render(self, lang: str) -> str:
        """``place: message`` in zh or en (rendered with caseapp.i18n)."""
        text = render(self.message, "en" if lang == "en" else "zh")
        return f"{self.place}: {text}" if self.place else text


def problem(place: str, code: str, /, **params: object) -> Problem:
    """A problem whose message key is ``casefile.<key>``."""
    return Problem(place, msg(f"casefile.{code}", **params))


class CaseFileError(Exception):
    """A file that is not a valid case file: every problem found, at once."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        summary = f"{first.place}: {first.message.key}" if first else "invalid case file"
        super().__init__(f"{len(self.problems)} problem(s); first: {summary}")

    def render(self, lang: str) -> list[str]:
        return [p.render(lang) for p in self.problems]
