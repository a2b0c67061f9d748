"""`--mask`: the worker's ID number and phone, and third parties' names and
accounts, masked for sharing with an NGO or a journalist.

People are masked by id (`person:P1` → "人员A" / "Person A"), in the order
they are listed; their names and chat accounts are also replaced wherever they
appear in free text (notes, quotes, summaries, file names). Organisations
(employer, client) are not people and stay named. Without masking every
function returns its input unchanged.
"""

from __future__ import annotations

import re
import string

from caseapp.domain.model import Case
from caseapp.domain.vocab import Party

PHONE_RE = re.compile(r"(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)")
ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{2})\d{14}(\d[0-9Xx])(?![0-9A-Za-z])")


def mask_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 7:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    return "*" * len(digits)


def mask_id(number: str) -> str:
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]


def _letters(index: int) -> str:
    letters = string.ascii_uppercase
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = letters[rem] + out
    return out


class Masker:
    def __init__(self, case: Case, enabled: bool, person_word: str) -> None:
        self.enabled = enabled
        self._aliases: dict[str, str] = {}
        self._replacements: list[tuple[str, str]] = []
        if not enabled:
            return
        info = case.info
        n = 0
        for person in case.people:
            if person.party == Party.WORKER:
                continue
            alias = f"{person_word}{_letters(n)}"
            n += 1
            self._aliases[person.id] = alias
            if person.name.strip():
                self._replacements.append((person.name, alias))
            for account in person.accounts:
                if account.strip():
                    self._replacements.append((account, "****"))
        if info.worker.phone:
            self._replacements.append((info.worker.phone, mask_phone(info.worker.phone)))
        if info.worker.id_number:
            self._replacements.append((info.worker.id_number, mask_id(info.worker.id_number)))
        # Longest first, so "王小明" is replaced before "王小".
        self._replacements.sort(key=lambda pair: -len(pair[0]))

    def person(self, person_id: str, name: str) -> str:
        if not self.enabled:
            return name
        return self._aliases.get(person_id, name)

    def phone(self, value: str | None) -> str | None:
        return value if (value is None or not self.enabled) else mask_phone(value)

    def id_number(self, value: str | None) -> str | None:
        return value if (value is None or not self.enabled) else mask_id(value)

    def account(self, value: str | None) -> str | None:
        return value if (value is None or not self.enabled) else "****"

    def text(self, value: str) -> str:
        """Free text with known names, accounts, the phone and the ID masked,
        and any other mainland mobile number or ID number pattern masked too."""
        if not self.enabled or not value:
            return value
        for old, new in self._replacements:
            value = value.replace(old, new)
        value = ID_RE.sub(lambda m: m.group(1) + "*" * 14 + m.group(2), value)
        return PHONE_RE.sub(lambda m: m.group(1) + "****" + m.group(2), value)
