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
import unicodedata
from collections.abc import Callable
from functools import partial

from caseapp.domain.model import Case

# Characters that show nothing but break a plain search: zero-width spaces
# and joiners, direction marks, the soft hyphen, the BOM, variation selectors.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
_INV = f"[{INVISIBLE}]*"
_DIGIT = "[0-9\uff10-\uff19]"  # ASCII and full-width digits
# between two digits of a number: spaces, hyphens and dashes, dots, slashes
# (ASCII or full-width), any invisible characters
_SEP = f"(?:{_INV}[ \t\u00a0\u3000\\-\u2010-\u2015\u2212\uff0d.\uff0e/\uff0f]?{_INV})"
_NOT_AFTER_DIGIT = f"(?<!{_DIGIT})(?<!{_DIGIT}[ \u3000\\-.])"
_NOT_BEFORE_DIGIT = f"(?!{_SEP}{_DIGIT})"
# a mainland mobile number: 11 digits from 1, however written
PHONE_RE = re.compile(
    f"{_NOT_AFTER_DIGIT}(?:[+\uff0b]?(?:86|\uff18\uff16){_SEP})?[1\uff11](?:{_SEP}{_DIGIT}){{10}}{_NOT_BEFORE_DIGIT}"
)
# a resident ID number: 17 digits and a check character, however written
ID_RE = re.compile(
    f"(?<![0-9A-Za-z\uff10-\uff19])(?:{_DIGIT}{_SEP}){{17}}[0-9Xx\uff10-\uff19\uff38\uff58](?![0-9A-Za-z\uff10-\uff19])"
)

# Compound surnames (复姓) that a name's first two characters may be.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "长孙",
        "宇文",
        "夏侯",
        "司徒",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "轩辕",
        "呼延",
        "澹台",
        "百里",
        "东郭",
        "闻人",
        "万俟",
        "钟离",
        "申屠",
        "太史",
        "濮阳",
        "司空",
    }
)
# What follows a surname when a person is called by it: 王总, 李女士, 张经理.
TITLES = (
    "女士",
    "先生",
    "小姐",
    "老师",
    "师傅",
    "经理",
    "总监",
    "主管",
    "主任",
    "组长",
    "科长",
    "处长",
    "部长",
    "局长",
    "律师",
    "老板",
    "同学",
    "阿姨",
    "大姐",
    "大哥",
    "总",
    "工",
    "哥",
    "姐",
    "董",
    "助",
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _digits(text: str) -> str:
    """The digits of ``text`` as ASCII (full-width ones converted), and an X."""
    out = []
    for char in text:
        if char.isdigit():
            out.append(str(unicodedata.digit(char, 0)))
        elif char in "Xx\uff38\uff58":
            out.append("X")
    return "".join(out)


def _loose(literal: str, spaced: bool = False) -> str:
    """A pattern for ``literal`` with invisible characters allowed between its
    characters (and one space, with ``spaced``): "王\u200b磊" is still 王磊."""
    gap = f"{_INV}(?:[ \u3000]{_INV})?" if spaced else _INV
    return gap.join(re.escape(char) for char in literal)


def _text_pattern(literal: str) -> str:
    """A pattern for ``literal`` (an address, a credit code) however spaced:
    any whitespace and invisible characters between its characters, or none,
    and its digits half- or full-width ("莫干山路88号" is "莫干山路 ８８ 号")."""
    gap = f"[\\s\u3000{INVISIBLE}]*"
    parts = []
    for char in re.sub(f"[{INVISIBLE}\\s\u3000]", "", unicodedata.normalize("NFKC", literal)):
        if "0" <= char <= "9":
            parts.append(f"[{char}{chr(0xFF10 + int(char))}]")
        elif char.isascii() and char.isalpha():
            parts.append(
                f"[{char}{chr(ord(char.upper()) + 0xFEE0)}{chr(ord(char.lower()) + 0xFEE0)}]"
            )
        else:
            parts.append(re.escape(char))
    return gap.join(parts)


def _number_pattern(value: str) -> str | None:
    """A known phone or ID number as a pattern over its digits, however
    spaced, hyphenated or written in full-width digits."""
    digits = _digits(value)
    if len(digits) < 5:
        return None
    parts = []
    for char in digits:
        if char == "X":
            parts.append("[Xx\uff38\uff58]")
        else:
            parts.append(f"[{char}{chr(0xFF10 + int(char))}]")
    return f"{_NOT_AFTER_DIGIT}{_SEP.join(parts)}{_NOT_BEFORE_DIGIT}"


def name_parts(name: str) -> tuple[str, str]:
    """A Chinese name's surname and given name (复姓 known): "欧阳娜娜" →
    ("欧阳", "娜娜"); "李青" → ("李", "青"); not a Chinese name → ("", "")."""
    name = re.sub(f"[{INVISIBLE}\\s·•・]", "", name)
    if len(name) < 2 or not all(_CJK.match(c) for c in name):
        return "", ""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


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


Replacement = str | Callable[[str], str]


class Masker:
    """What `--mask` hides, found in one pass over a text (a replacement is
    never searched again).

    * Every person in ``people``, whatever their party (a colleague named as
      a witness too), and a company's legal representative: the full name in
      any case, with spaces or invisible characters inside, and its parts —
      a Chinese name's given name alone when it has two characters or more
      (建国 of 王建国), the surname with a title (王总, 李女士, 张经理 →
      "人员A总", or "某总" when two masked people share the surname), 小王 and
      老王, and a one-character given name as 小青, 阿青 or 青青; a Latin name's
      words of two letters or more in any case, the initial with the surname
      ("J. Smith") and the initials ("J.S.", "JS" in capitals). A person
      whose name is the worker's own is the worker, and stays.
    * Chat accounts (as typed, invisible characters allowed); the worker's
      and every person's address and a person's credit code (a sole
      trader's), however spaced, with full-width digits or letters.
    * The worker's phone and ID numbers, and any other mainland mobile or
      resident ID number, however spaced, hyphenated or written in
      full-width digits.
    * The worker's birth date as commonly written.
    """

    def __init__(self, case: Case, enabled: bool, person_word: str) -> None:
        self.enabled = enabled
        self._aliases: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._replacements: list[Replacement] = []
        if not enabled:
            return
        info = case.info
        worker_name = _plain(info.worker.name)
        named: list[tuple[str, str]] = []  # (name, alias)
        n = 0
        for person in case.people:
            if worker_name and _plain(person.name) == worker_name:
                continue  # the worker, listed among the people
            alias = f"{person_word}{_letters(n)}"
            n += 1
            self._aliases[person.id] = alias
            if person.name.strip():
                named.append((person.name, alias))
        for org in (info.employer, info.client):
            rep = org.legal_representative if org is not None else None
            if rep and rep.strip() and _plain(rep) not in {_plain(old) for old, _ in named}:
                named.append((rep, f"{person_word}{_letters(n)}"))
                n += 1
        rules: list[tuple[int, str, Replacement]] = []  # (weight, pattern, replacement)
        for name, alias in named:
            rules += _name_rules(name, alias, named, worker_name)
        for person in case.people:
            if person.id not in self._aliases:
                continue
            for account in person.accounts:
                if account.strip():
                    rules.append((len(account), _loose(account), "****"))
            home = person.address
            if home and home.strip():
                rules.append((len(home), _text_pattern(home), mask_address(home)))
            if person.credit_code and person.credit_code.strip():
                code = person.credit_code.strip()  # a sole trader's: a person's
                rules.append((len(code), _text_pattern(code), mask_id(code)))
        worker = info.worker
        for address in (worker.address, worker.service_address):
            if address and address.strip():
                rules.append((len(address), _text_pattern(address), mask_address(address)))
        if worker.birth_date is not None:
            for form, masked in _date_forms(worker.birth_date):
                rules.append((len(form), re.escape(form), masked))
        # Longest first: at one place the first alternative that matches wins,
        # so "王小明" goes before "王小" and a full name before its parts.
        rules.sort(key=lambda rule: -rule[0])
        numbers: list[tuple[str, Replacement]] = [(ID_RE.pattern, _masked_id)]
        for value, how in ((worker.id_number, _masked_id), (worker.phone, _masked_phone)):
            pattern = _number_pattern(value) if value else None
            if pattern is not None:
                numbers.append((pattern, how))
        numbers.append((PHONE_RE.pattern, _masked_phone))
        ordered = numbers + [(pattern, how) for _w, pattern, how in rules]
        self._replacements = [how for _p, how in ordered]
        self._pattern = re.compile(
            "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _how) in enumerate(ordered)),
            re.IGNORECASE,
        )

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
        """Free text with everything `Masker` hides masked (see there)."""
        if not self.enabled or not value or self._pattern is None:
            return value
        return self._pattern.sub(self._replace, value)

    def _replace(self, match: re.Match[str]) -> str:
        group = match.lastgroup
        assert group is not None
        how = self._replacements[int(group[1:])]
        return how if isinstance(how, str) else how(match.group(0))


def _plain(name: str) -> str:
    """A name without invisible characters and spaces, case-folded: how two
    spellings of one name are compared."""
    return re.sub(f"[{INVISIBLE}\\s]", "", name).casefold()


def _masked_phone(found: str) -> str:
    digits = _digits(found)
    if len(digits) > 11 and digits.startswith("86"):
        digits = digits[2:]
    return mask_phone(digits)


def _masked_id(found: str) -> str:
    return mask_id(_digits(found))


def _name_rules(
    name: str, alias: str, named: list[tuple[str, str]], worker_name: str
) -> list[tuple[int, str, Replacement]]:
    """The patterns that find ``name`` and its parts (see `Masker`)."""
    name = name.strip()
    rules: list[tuple[int, str, Replacement]] = [(10 * len(name), _loose(name, spaced=True), alias)]
    surname, given = name_parts(name)
    if surname:
        sharing = [a for n, a in named if name_parts(n)[0] == surname]
        if worker_name and name_parts(worker_name)[0] == surname.casefold():
            sharing.append("")  # the worker has it too
        who = alias if len(sharing) == 1 else "某"
        titles = "|".join(re.escape(t) for t in TITLES)
        rules.append(
            (
                len(surname) + 1,
                f"{_loose(surname)}{_INV}(?:{titles})",
                partial(_titled, who, len(surname)),
            )
        )
        rules.append((len(surname) + 1, f"[小老]{_INV}{_loose(surname)}", who))
        if len(given) >= 2:
            rules.append((len(given), _loose(given), alias))
        elif given:
            rules.append(
                (
                    2,
                    f"[小阿]{_INV}{re.escape(given)}|{re.escape(given)}{_INV}{re.escape(given)}",
                    alias,
                )
            )
        return rules
    words = re.findall(r"[^\W\d_][^\W\d_'\-]*", name)
    latin = [w for w in words if w.isascii()]
    if not latin:
        return rules
    gap = r"[\s.,]*"
    if len(latin) > 1:
        rules.append((10 * len(name), gap.join(re.escape(w) for w in reversed(latin)), alias))
        initial, last = latin[0][0], latin[-1]
        rules.append(
            (
                len(last) + 2,
                f"(?<![A-Za-z]){re.escape(initial)}\\.?\\s*{re.escape(last)}(?![A-Za-z])",
                alias,
            )
        )
        letters = [w[0].upper() for w in latin]
        dotted = "".join(f"{re.escape(c)}\\.\\s?" for c in letters)
        plain = "".join(letters)
        rules.append((len(letters), f"(?-i:(?<![A-Za-z])(?:{dotted}|{plain})(?![A-Za-z]))", alias))
    for word in latin:
        if len(word) >= 2:
            rules.append((len(word), f"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", alias))
    return rules


def _titled(who: str, cut: int, found: str) -> str:
    return who + _after(found, cut)


def _after(found: str, cut: int) -> str:
    """What follows the first ``cut`` visible characters of ``found`` (the title)."""
    seen = 0
    for index, char in enumerate(found):
        if re.match(f"[{INVISIBLE}]", char):
            continue
        seen += 1
        if seen == cut:
            return re.sub(f"[{INVISIBLE}]", "", found[index + 1 :])
    return ""
