"""What a reader can look up from a law-data `source` string.

The law data's `source` fields (resources/law/*.toml) record how each value
was found, for the people who maintain the data: the official document
title and number, official and public URLs, but also internal provenance —
"(law.md §2.1)", "(addendum §5.3)", "via Buxiulei/lawer …md", "as reported in
norbital-ai/templates …csv row CN-N02", "LawRefBook/Laws …md". A lawyer reading
the PDF, or a worker in the app, can do nothing with the internal part.

`public_source` keeps what can be looked up — titles (《…》 and plain law
names), document numbers (人社部发〔2025〕2号), article numbers, dates, and
URLs — and drops the internal provenance. The full string stays in the data
and in the findings JSON. Rule (docs/report.md, "Sources shown to readers"):

1. Parenthesised notes that only point at our own notes or at unnamed
   repositories are dropped: "(law.md …)", "(addendum …)", "(commit …)",
   "(… public repository …)", "(not identified)".
2. "(cites X)", "(names X)", "(official page named: X)" are unwrapped to X:
   the official document a repository merely quoted.
3. Clauses naming a repository are dropped: "as reported in/by …", "as
   quoted/given/cited in/by …", "quoted in …", "via <repository>", and bare
   repository paths ("Buxiulei/lawer …md", "LawRefBook/Laws …md",
   "norbital-ai/…", "polarsta/…"). "via <URL>" keeps the URL.
4. What is left is tidied (empty brackets, doubled separators). When nothing
   public is left (a value from our own notes), `none` is returned.

Pure: no I/O, no catalogue.
"""

from __future__ import annotations

import re

# Names of the places internal notes come from.
INTERNAL_WORDS = (
    "law.md",
    "addendum",
    "norbital",
    "lawrefbook",
    "buxiulei",
    "polarsta",
    "public repositor",
    "as reported",
    "not identified",
    "github",
)
_REPO = (
    r"(?:Buxiulei/lawer|LawRefBook/Laws|norbital-ai/templates|polarsta/gjj-policy-watch"
    r"|[\w.-]+/[\w.-]+\.(?:md|csv))"
)
# A repository path: the repository, then path words up to the file name (may contain spaces
# and brackets, as in "LawRefBook/Laws 社会法/劳动合同法(2012-12-28).md"), optional row note.
_REPO_PATH = re.compile(
    r"(?:Buxiulei/lawer|LawRefBook/Laws|norbital-ai/templates|polarsta/gjj-policy-watch)"
    r"(?:[^;()]*?\.(?:md|csv)(?:\s*\([^()]*\))?|[^;,()]*?\.(?:md|csv))?"
    r"(?:\s+(?:rows?|row)\s+[\w.*-]+(?:\s+marked as a gap)?)?"
    r"(?:\s+and\s+[^;()]*?\.(?:md|csv))?"
    r"(?:,\s*(?:sop|templates|knowledge)/[^;()]*?\.md)*"
    r"(?:\s+and other public repositories)?"
    r"(?:\s*cases/\*)?",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\(([^()]*)\)")
_UNWRAP = re.compile(
    r"^\s*(?:cites|names|official page named:?)\s+(.*)$", re.IGNORECASE | re.DOTALL
)
# "LawRefBook/Laws 社会法/劳动合同法(2012-12-28).md": a mirror of the official text; the
# reader can look up the law by its title and date.
_MIRROR = re.compile(
    r"(?:,?\s*text in\s+)?LawRefBook/Laws\s+(?:[^/;]+/)*([^/;()]+?)"
    r"(?:[(（](\d{4}-\d{2}-\d{2})[)）])?\.md"
)
# Our own notes in brackets, one nested bracket allowed: "(law.md §2.1: '2018 (July, M)')".
_NOTE = re.compile(r"\s*\((?:law\.md|addendum)(?:[^()]|\([^()]*\))*\)", re.IGNORECASE)
_LOOKUP = re.compile(r"https?://|www\.|\.gov\.cn|《|〔|[\u4e00-\u9fff]")
_CLAUSE = re.compile(
    r",?\s*(?:as\s+(?:reported|quoted|given|cited)\s+(?:in|by|at)|quoted(?:\s+verbatim)?\s+(?:in|from)"
    r"|text\s+in|as\s+given\s+by)\s+(?:a|the|three|other|one)?[^;()]*?"
    r"(?:public\s+repositor(?:y|ies)|" + _REPO + r")[^;()]*",
    re.IGNORECASE,
)
_VIA = re.compile(r"\bvia\s+(" + _REPO + r"[^;()]*|[^;()]*?)(?=[;()]|$)", re.IGNORECASE)


def _internal(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in INTERNAL_WORDS) or bool(
        re.search(r"\bvia\b|\bcommit\b", low)
    )


def _mirror(match: re.Match[str]) -> str:
    if match.group(0).lstrip(", ").startswith("text in"):
        return ""  # "《X》, text in <mirror of X>": the title is already there
    title, date = match.group(1).strip(), match.group(2)
    return f"《{title}》" + (f"（{date}）" if date else "")


def _bracket(match: re.Match[str]) -> str:
    inner = match.group(1).strip()
    unwrapped = _UNWRAP.match(inner)
    if unwrapped:
        return " " + _clean(unwrapped.group(1))
    if not _internal(inner):
        return f"({inner})" if inner else ""
    cleaned = _clean(inner)
    return f" ({cleaned})" if cleaned and _LOOKUP.search(cleaned) else ""


def _via(match: re.Match[str]) -> str:
    target = match.group(1).strip()
    if re.match(_REPO, target, re.IGNORECASE) or _internal(target.replace("via", "")):
        return ""
    return target + (" " if match.group(1).endswith(" ") else "")


def _clean(text: str) -> str:
    text = _REPO_PATH.sub("", text)
    text = re.sub(r"^\s*quoted in\s+(?:from\s+)?(?:the\s+)?(?=\w)", "", text)
    # a clause whose repository was just removed: "quoted in  court.gov.cn/…" keeps the address
    text = re.sub(
        r",?\s*(?:as\s+(?:reported|quoted|given|cited)|quoted(?:\s+verbatim)?|text)\s+(?:in|by|at|from)\s*"
        r"(?=[;()]|$|https?://|[\w-]+\.gov\.cn)",
        " ",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"\s+as\s+reported\s+(?:at|by)\s+(?=https?://)", ", ", text, flags=re.IGNORECASE)
    text = re.sub(r",?\s*cited in law\.md[^;]*", "", text, flags=re.IGNORECASE)
    text = _CLAUSE.sub("", text)
    text = _REPO_PATH.sub("", text)
    text = _VIA.sub(_via, text)
    text = re.sub(r"\b(?:law\.md|addendum)\b[^;()]*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\(?\bcommit\s+[0-9a-f]+\)?", "", text)
    return _tidy(text)


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*[,;:]?\s*\)", "", text)
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r"([,;])(?:\s*[,;])+", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"(?:\band\b|\bwith\b)\s*(?=[;)]|$)", "", text)
    return text.strip(" ,;:·")


def _note_clauses(text: str) -> str:
    """Drop comma clauses that talk about our notes and name nothing to look up
    ("the mirror law.md cites"); a clause with an unbalanced bracket stays."""
    out: list[str] = []
    for segment in text.split(";"):
        clauses = re.split(r",\s+", segment)
        out.append(
            ", ".join(
                c
                for c in clauses
                if not (
                    re.search(r"law\.md|addendum", c, re.IGNORECASE)
                    and not re.search(r"https?://|《|〔", c)
                    and c.count("(") == c.count(")")
                )
            )
        )
    return ";".join(out)


_ARTICLE = (
    (re.compile(r"\bart\.\s*(\d+)"), r"第\1条"),
    (re.compile(r"\bitem\s+(\d+)"), r"第\1项"),
    (re.compile(r"¶\s*(\d+)"), r"第\1款"),
)
_ZH_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s;,()]+|\b[\w-]+(?:\.[\w-]+)*\.gov\.cn(?:/[^\s;,()]*)?"
    r"(?:\s+\w+\.(?:pdf|html?))?)"
    r"|(?P<zh>[0-9A-Za-z〔〕《》（）“”‘’、，：…\-–]*[\u4e00-\u9fff][\u4e00-\u9fff0-9〔〕《》（）“”‘’、，：…\-–.%]*)"
    r"|(?P<date>\b\d{4}-\d{2}-\d{2}\b)"
)


def chinese_only(text: str, none: str = "—") -> str:
    """`public_source`'s result for a Chinese reader: only what reads in
    Chinese or can be opened — Chinese titles, document numbers and article
    numbers (art. 22 → 第22条), dates next to them, and URLs; the English
    notes go."""
    for pattern, repl in _ARTICLE:
        text = pattern.sub(repl, text)
    parts: list[str] = []
    for segment in re.split(r";\s*", text):
        tokens = [(m.lastgroup, m.group(0).strip(" ，、：")) for m in _ZH_TOKEN.finditer(segment)]
        if not any(kind in ("url", "zh") for kind, _ in tokens):
            continue
        words = [t for _, t in tokens if t]
        joined = " ".join(dict.fromkeys(words))
        if joined and joined not in parts:
            parts.append(joined)
    return "; ".join(parts) or none


def public_source(source: str, none: str = "—", *, lang: str = "en") -> str:
    """The lookup-able part of a law-data `source` (see the module rule); for
    lang "zh", without the English notes (`chinese_only`)."""
    found = _public(source)
    if lang == "zh" and found:
        return chinese_only(found, none)
    return found or none


def _public(source: str) -> str:
    text = _NOTE.sub("", source)
    text = re.sub(r"^\s*(?:law\.md|addendum)\b[^;()]*(?:\([^()]*\))?", "", text)
    text = _MIRROR.sub(_mirror, text)
    text = _note_clauses(text)
    # Brackets innermost first, so "(cites beijing.gov.cn …pdf)" inside a path note survives.
    for _ in range(3):
        new = _BRACKETS.sub(_bracket, text)
        if new == text:
            break
        text = new
    parts = [_clean(p) for p in re.split(r";\s*", text)]
    kept: list[str] = []
    for part in parts:
        if part and not _internal(part) and part not in kept:
            kept.append(part)
    return _tidy("; ".join(kept))


# --- what a printed source may show (issue 11 item 3) ---------------------------

#: An official site: a government domain.
_OFFICIAL_HOST = re.compile(r"(?:^|\.)gov\.cn$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s;,()（）]+")
_REPORTED_BY = re.compile(r"[,;]?\s*\breported_by:?\s*[^;]*", re.IGNORECASE)


def is_official_url(url: str) -> bool:
    """Whether `url` is on a government site (a …gov.cn host)."""
    host = re.sub(r"^(?:https?://)?", "", url).split("/")[0].split(":")[0]
    return bool(_OFFICIAL_HOST.search(host))


def document_source(source: str, none: str = "—", *, lang: str = "en") -> str:
    """The source of a figure the data confirms (statute, local rule, practice),
    as printed: its documents and official pages only. A secondary report
    (`reported_by …`, any URL not on a government site) is left out: it is
    never shown as the source of a confirmed figure."""
    text = _REPORTED_BY.sub("", source)
    text = _URL.sub(lambda m: m.group(0) if is_official_url(m.group(0)) else "", text)
    return public_source(_tidy(text), none, lang=lang)


def printed_urls(text: str) -> list[str]:
    """The URLs a printed text shows (for checks)."""
    return [m.group(0) for m in _URL.finditer(text)]
