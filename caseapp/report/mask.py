"""`--mask`: the worker's ID number, phone, birth date, address (住所) and
address for papers (通讯地址), and third parties' names (a company's legal
representative among them), accounts and addresses, masked for sharing with
an NGO or a journalist.

People are masked by id (`person:P1` → "人员A" / "Person A"), in the order
they are listed; their names and chat accounts are also replaced wherever they
appear in free text (notes, quotes, summaries, file names). Organisations
(employer, client) are not people and stay named. Without masking every
function returns its input unchanged.
"""

from __future__ import annotations

import datetime as dt
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


# the end of the part of an address that names a place, not a home: up to the
# city (or the prefecture, league or district) named first
_ADDRESS_PLACE_RE = re.compile(r"^.{1,12}?(市|自治州|盟|地区)")


def mask_address(address: str) -> str:
    """ "浙江省杭州市西湖区某路1号" → "浙江省杭州市****": the city stays, the rest goes."""
    text = address.strip()
    place = _ADDRESS_PLACE_RE.match(text)
    head = place.group(0) if place and place.end() < len(text) else text[:2]
    return head + "****"


def mask_birth_date(day: dt.date) -> str:
    """The year stays (an age matters to some claims), month and day go."""
    return f"{day.year}-**-**"


def _date_forms(day: dt.date) -> list[tuple[str, str]]:
    """A date as it may be written in free text, each with its masked form."""
    y, m, d = day.year, day.month, day.day
    forms = [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}年{m}月{d}日",
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
    ]
    masked = f"{y}年**月**日"
    return [(f, mask_birth_date(day) if "-" in f else masked) for f in dict.fromkeys(forms)]


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
            if person.address and person.address.strip():
                self._replacements.append((person.address, mask_address(person.address)))
        for org in (info.employer, info.client):
            rep = org.legal_representative if org is not None else None
            if rep and rep.strip() and rep not in {old for old, _ in self._replacements}:
                self._replacements.append((rep, f"{person_word}{_letters(n)}"))
                n += 1
        worker = info.worker
        if worker.phone:
            self._replacements.append((worker.phone, mask_phone(worker.phone)))
        if worker.id_number:
            self._replacements.append((worker.id_number, mask_id(worker.id_number)))
        for address in (worker.address, worker.service_address):
            if address and address.strip():
                self._replacements.append((address, mask_address(address)))
        if worker.birth_date is not None:
            self._replacements += _date_forms(worker.birth_date)
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

    def address(self, value: str | None) -> str | None:
        """A person's address (the worker's 住所 or 通讯地址), masked when asked."""
        return value if (value is None or not self.enabled) else mask_address(value)

    def birth_date(self, value: dt.date | None) -> str | None:
        """The worker's birth date as ISO text, or masked to its year when asked."""
        if value is None:
            return None
        return mask_birth_date(value) if self.enabled else value.isoformat()

    def representative(self, value: str | None) -> str | None:
        """A company's legal representative (a person): masked like a third party."""
        if value is None or not self.enabled:
            return value
        return self.text(value)

    def text(self, value: str) -> str:
        """Free text with known names, accounts, the phone and the ID masked,
        and any other mainland mobile number or ID number pattern masked too."""
        if not self.enabled or not value:
            return value
        for old, new in self._replacements:
            value = value.replace(old, new)
        value = ID_RE.sub(lambda m: m.group(1) + "*" * 14 + m.group(2), value)
        return PHONE_RE.sub(lambda m: m.group(1) + "****" + m.group(2), value)
