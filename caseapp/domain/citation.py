"""Where a legal figure comes from, as separate fields (issue 11 item 3).

Every entry of the law data (resources/law/*.toml, docs/law-data.md "Where a
figure comes from") names the document that sets its figure — issuing
authority, title, document number (文号), date and official URL, each
optional — and, apart from it, the secondary reports it was found in
(`reported_by`), where in our own references it was compiled from (`ref`,
never printed) and where its document was looked for and not found
(`looked_in`). A program can filter by authority or number; a reader sees the
document formatted from the fields, never a cleaned-up free text.

Pure: no I/O, no catalogue (the words "文号未核实，据……报道" are the caller's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Official sites: a URL in `document.url` must be on one of these hosts (or
#: a subdomain): government sites (gov.cn covers npc.gov.cn, court.gov.cn,
#: mohrss.gov.cn and every provincial and city government) and the Supreme
#: People's Court's own news site. Anything else is a report (`reported_by`).
OFFICIAL_SUFFIXES = ("gov.cn", "chinacourt.org")

_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+=%]+")


def is_official_url(url: str) -> bool:
    """Whether `url` is on an official site (`OFFICIAL_SUFFIXES`)."""
    host = re.sub(r"^(?:https?://)?", "", url.strip()).split("/")[0].split(":")[0].lower()
    return any(host == s or host.endswith("." + s) for s in OFFICIAL_SUFFIXES)


def printed_urls(text: str) -> list[str]:
    """The URLs a printed text shows (for checks)."""
    return [m.group(0).rstrip("。.") for m in _URL.finditer(text)]


@dataclass(frozen=True, slots=True)
class Document:
    """The document that sets a figure; every field is optional."""

    authority: str | None = None
    title: str | None = None
    number: str | None = None  # 文号, e.g. 京人社劳发〔2025〕7号
    date: dt.date | None = None
    url: str | None = None  # an official page (is_official_url)

    @property
    def cited(self) -> bool:
        """Whether a reader can look it up by title or number."""
        return bool(self.title or self.number)

    def names(self) -> list[str]:
        """What a reader searches for: the number and the title in 《》."""
        out = [self.number] if self.number else []
        if self.title:
            out.append(f"《{self.title}》")
        return out


@dataclass(frozen=True, slots=True)
class Source:
    """Where a figure comes from (see the module docstring)."""

    document: Document | None = None
    reported_by: tuple[str, ...] = ()
    ref: str | None = None  # our references; never printed as a source
    looked_in: str | None = None  # where the document was looked for and not found

    def to_json(self) -> dict[str, object]:
        doc = self.document
        return {
            "document": None
            if doc is None
            else {
                "authority": doc.authority,
                "title": doc.title,
                "number": doc.number,
                "date": None if doc.date is None else doc.date.isoformat(),
                "url": doc.url,
            },
            "reported_by": list(self.reported_by),
            "looked_in": self.looked_in,
        }


def format_document(doc: Document | None, lang: str = "zh") -> str:
    """A document as a reader cites it: zh `authority《title》（number，date）url`,
    en `authority, 《title》 (number, date) url`; "" when it names nothing.
    The title keeps 《》 in both languages (the documents are Chinese)."""
    if doc is None:
        return ""
    zh = lang == "zh"
    detail = [x for x in (doc.number, doc.date.isoformat() if doc.date else None) if x]
    head = ""
    if doc.authority and not (doc.title and doc.title.startswith(doc.authority)):
        head = doc.authority if zh or not doc.title else doc.authority + ","
    parts: list[str] = []
    if head:
        parts.append(head)
    if doc.title:
        parts.append(f"《{doc.title}》")
    if detail and not parts:  # nothing to put the number beside: no brackets
        parts.append(("，" if zh else ", ").join(detail))
    elif detail:
        parts.append(("（" + "，".join(detail) + "）") if zh else ("(" + ", ".join(detail) + ")"))
    text = ("" if zh else " ").join(parts)
    if doc.url:
        text = f"{text} {doc.url}" if text else doc.url
    return text.strip()


#: A report that is a file in a code repository ("owner/repo path/file.csv"),
#: not a page a reader opens or an outlet a reader names.
_REPOSITORY_FILE = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+(?:\s|$)")


def is_public_report(report: str) -> bool:
    """Whether a report is printed: a web page (a URL or a host with a path) or
    a named outlet ("JETRO", "南方日报"); a repository file stays in the data
    (and in `law show --json`), as before issue 11 it never reached the page."""
    if _URL.match(report):
        return True
    return _REPOSITORY_FILE.match(report) is None


def format_reports(source: Source, lang: str = "zh") -> str:
    """The secondary reports a figure rests on that a reader can look up,
    joined for a sentence ("" when there are none)."""
    shown = [r for r in source.reported_by if is_public_report(r)]
    return ("、" if lang == "zh" else "; ").join(shown)
