"""Split the law data's free-text `source = "..."` into separate fields (issue 11 item 3).

    python scripts/law_structure_sources.py [FILE.toml ...]   (default: every resources/law/*.toml)

Each `source = "…"` line becomes (docs/law-data.md, "Where a figure comes from"):

    document = { authority = "…", title = "…", number = "…", date = 2025-07-25, url = "…" }
    reported_by = ["https://…", "owner/repo path.md"]
    ref = "law.md §2.1; …"        # our references and notes: never printed as a source
    looked_in = "…"               # where the document was looked for and not found

Only what the string itself says is taken: a 文号 (京人社劳发〔2025〕7号, 令第21号), a title in
《》 (or the name of a mirrored law file), an explicit "issued YYYY-MM-DD", an official (gov.cn)
URL; the authority only when the title itself begins with it ("北京市人力资源和社会保障局关于…").
`ref` keeps the original wording verbatim, so no word the references said is lost and a person
can check the split against it. A statute-table law (`[law]` with `zh = "…"`) takes its own
`zh` name as the title.

Idempotent: a file with no `source = ` line is left alone, and an entry that already has
`document`, `reported_by`, `ref` or `looked_in` keeps them. Entries the script could not split
cleanly (a confirmed figure without title or number, an unconfirmed one with neither report nor
looked_in) are printed for a person to check by hand.

The law data files are edited line by line, so comments, order and figures stay byte for byte.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAW = ROOT / "resources" / "law"

OFFICIAL_SUFFIXES = ("gov.cn", "chinacourt.org")
CONFIRMED = {"statute", "local_rule"}

_URL = re.compile(r"https?://[^\s;,()（）]+")
_BARE = re.compile(
    r"(?<![\w/.@:-])(?:www\.)?(?:[a-z0-9-]+\.)+(?:gov\.cn|com\.cn|com|cn|net|org|news|info)"
    r"(?:/[^\s;,()（）]*)?(?![\w.])",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号|(?:[\u4e00-\u9fff]{2,16})?令第[\d一二三四五六七八九十百零〇]+号"
)
_TITLE = re.compile(r"《([^》]+)》")
_MIRROR = re.compile(
    r"LawRefBook/Laws\s+(?:[^/;()]+/)*([^/;()（）]+?)(?:[(（]\d{4}-\d{2}-\d{2}[)）])?\.md"
)
_REPO = re.compile(
    r"(?:Buxiulei/lawer|norbital-ai/templates|polarsta/gjj-policy-watch|Jan-mx/Socila"
    r"|[A-Za-z][\w-]+/[\w.-]+(?=\s+[\w./*-]+\.(?:md|csv|py|json|toml)\b))"
    r"(?:\s+[\w./*-]+(?:\.md|\.csv|\.py|\.json|\.toml|/\*))?(?:\s+rows?\s+[\w.*-]+)?"
)
# A plain title at the start of a clause: "北京市工资支付规定 art. 27", "广东省工资支付条例 (2005)".
_PLAIN_TITLE = re.compile(
    r"(?:^|[;,:]\s*|\s)((?:中华人民共和国)?[\u4e00-\u9fff（）]{3,40}"
    r"(?:规定|办法|条例|通知|解答（一）|解答|意见|解释|法))(?![\u4e00-\u9fff])"
)
_TITLE_DATE = re.compile(r"^\s*\((\d{4}-\d{2}-\d{2})\)")
_ISSUED = re.compile(r"\b(?:issued|dated)\s+(\d{4}-\d{2}-\d{2})")
_INTERNAL_BRACKET = re.compile(
    r"\(([^()]*(?:law\.md|law-regions|addendum|issue \d+|Tier [ABC])[^()]*)\)", re.IGNORECASE
)
_NOT_FOUND = re.compile(
    r"not found|未找到|not read|文号未核实|gives no|not given|not identified", re.IGNORECASE
)
# A number the string names as another document's: "(repealing 内政办发〔2017〕135号)".
_OTHER_DOCUMENT = re.compile(r"(?:repeal\w*|replac\w*|supersed\w*)\s+$", re.IGNORECASE)
_AUTHORITY = re.compile(
    r"^((?:中华人民共和国)?[\u4e00-\u9fff]{0,24}?"
    r"(?:人力资源和社会保障局|人力资源和社会保障厅|人力资源社会保障局|人力资源社会保障厅|人力资源社会保障部"
    r"|人民政府办公厅|人民政府|劳动和社会保障部|劳动保障厅|高级人民法院|最高人民法院))"
    r"(?:、[\u4e00-\u9fff]{2,30}?)?关于"
)


_NANJING_2024 = [
    "http://en.people.cn/n3/2024/0116/c90000-20122698.html",
    "https://m.163.com/dy/article/IV9DEVL20512D6PP.html",
]
# Read by hand where the string itself does not say it plainly enough for the rules above;
# each is what the references say (the reference named on the right).
HAND: dict[str, dict[str, str | list[str]]] = {
    # law.md §1.2 Tianjin row: "One summary instead says 100 %", on the same page.
    "one summary cited in law.md §1.2 (same page)": {
        "reported_by": ["http://m.melissafhart.com/home/info/questions_detail/id/560.html"]
    },
    # law.md §2.1, Nanjing 2024 row: "Xinhua (above); MOHRSS table via m.163.com"; the Suzhou
    # 2024 rows say "as Nanjing" (the same two reports).
    "Xinhua; MOHRSS table (law.md §2.1)": {"reported_by": _NANJING_2024},
    "Xinhua; MOHRSS table, as Nanjing (law.md §2.1)": {"reported_by": _NANJING_2024},
    "as Nanjing (law.md §2.1)": {"reported_by": _NANJING_2024},
    # law-addendum.md §2 Suzhou row: the 2024 figure derived, no document named for it.
    "derived: 38,900 ÷ 3 (addendum §2)": {
        "looked_in": "law-addendum.md §2: derived from the housing-fund ceiling 38,900 ÷ 3; "
        "no document named for this year"
    },
}


_AUTH_SUFFIX = (
    r"(?:人力资源和社会保障局|人力资源和社会保障厅|人力资源社会保障局|人力资源社会保障厅|人力资源社会保障部"
    r"|人民政府办公厅|人民政府|劳动和社会保障部|劳动保障厅|高级人民法院|最高人民法院)"
)
# The authority the string names right before the title or the number:
# "吉林省人民政府《关于发布…》", "重庆市人力资源和社会保障局 渝人社发〔2021〕52号".
_AUTHORITY_BEFORE = re.compile(
    r"(?:^|[;,]\s*)([\u4e00-\u9fff]{2,20}?" + _AUTH_SUFFIX + r")\s*(?=《|[\u4e00-\u9fff]{1,12}〔)"
)
# The date the string gives right after the title or the number: "豫政〔2023〕43号 (2023-12-27)".
_DATE_AFTER = re.compile(r"^\s*[(（](\d{4}-\d{2}-\d{2})[)）;；,]")


def is_official(url: str) -> bool:
    host = re.sub(r"^(?:https?://)?", "", url).split("/")[0].split(":")[0].lower()
    return any(host == s or host.endswith("." + s) for s in OFFICIAL_SUFFIXES)


@dataclass
class Split:
    authority: str | None = None
    title: str | None = None
    number: str | None = None
    date: str | None = None
    url: str | None = None
    reported_by: list[str] = field(default_factory=list)
    ref: list[str] = field(default_factory=list)
    looked_in: str | None = None


def _add(items: list[str], value: str) -> None:
    value = value.strip(" ,;.:")
    if value and value not in items:
        items.append(value)


def split_source(
    source: str, law_title: str | None = None, confidence: str | None = None
) -> tuple[Split, str]:
    """The fields `source` names, and the words left over (kept in `ref`)."""
    out = Split()
    rest = source
    # our own references in brackets: "(law.md §2.1)",
    # "(law-regions.md A §1.1: its 文号 not found there)"
    for m in _INTERNAL_BRACKET.finditer(source):
        inner = m.group(1).strip()
        if "law-regions" in inner and _NOT_FOUND.search(inner):
            out.looked_in = inner
        _add(out.ref, inner)
    rest = _INTERNAL_BRACKET.sub(" ", rest)
    numbers = list(
        dict.fromkeys(
            m.group(0)
            for m in _NUMBER.finditer(rest)
            if not _OTHER_DOCUMENT.search(rest[max(0, m.start() - 16) : m.start()])
        )
    )
    titles = list(dict.fromkeys(_TITLE.findall(rest)))
    mirrors = list(dict.fromkeys(m.group(1).strip() for m in _MIRROR.finditer(rest)))
    for m in _MIRROR.finditer(rest):
        _add(out.ref, "text in " + m.group(0))
    rest = _MIRROR.sub(" ", rest)
    for m in _REPO.finditer(rest):
        _add(out.reported_by, m.group(0))
    rest = _REPO.sub(" ", rest)
    urls = [m.group(0).rstrip(".") for m in _URL.finditer(rest)]
    rest = _URL.sub(" ", rest)
    urls += [m.group(0).rstrip(".") for m in _BARE.finditer(rest)]
    rest = _BARE.sub(" ", rest)
    # a bare host ("beijing.gov.cn") is a site, not the document's address
    official = [u for u in urls if is_official(u) and "/" in re.sub(r"^https?://", "", u)]
    urls = [u for u in urls if not any(u != o and u in o for o in urls)]
    for u in urls:
        if not is_official(u):
            _add(out.reported_by, u)
    if official:
        out.url = official[0]
        for extra in official[1:]:
            _add(out.ref, "also " + extra)
    if numbers:
        out.number = numbers[0]
        for extra in numbers[1:]:
            _add(out.ref, "also names " + extra)
    if titles:
        out.title = titles[0]
        for extra in titles[1:]:
            _add(out.ref, "also names 《" + extra + "》")
    elif law_title:
        named = re.match(
            r"^(.*?)（([^（）]*(?:〔\d{4}〕\d+号|令第[\d一二三四五六七八九十百零〇]+号))[^（）]*）$",
            law_title,
        )
        out.title = named.group(1) if named else law_title
        if named and not out.number:
            out.number = named.group(2)
    elif mirrors and not out.number:  # a mirror names its law, not another document's number
        out.title = mirrors[0]
    else:
        plain = _PLAIN_TITLE.search(rest)
        if plain and out.number:
            # with a number, only the title the number stands beside: "办法 (省政府令第353号)"
            after = rest[plain.end() :].lstrip(" (（")
            if not after.startswith(out.number):
                plain = None
        if plain:
            out.title = plain.group(1)
            dated = _TITLE_DATE.match(rest[plain.end() :])
            if dated:
                out.date = dated.group(1)
    # a clause saying the document (or figure) was not found: where it was looked for
    if out.looked_in is None:
        for clause in _clauses(source):
            if _NOT_FOUND.search(clause) or "memory; no source" in clause:
                out.looked_in = clause.strip()
                break
    # a report named without an address ("JETRO (law.md §2.1)", "Xinhua; MOHRSS table")
    if confidence == "unconfirmed" and not (
        out.reported_by or out.number or out.title or out.url or out.looked_in
    ):
        for clause in _clauses(_INTERNAL_BRACKET.sub(" ", source)):
            words = clause.strip(" ,;.")
            if words and not re.search(
                r"law\.md|addendum|law-regions|^derived|not identified|not given", words
            ):
                _add(out.reported_by, words)
    hand = HAND.get(source, {})
    if "reported_by" in hand:
        out.reported_by = list(hand["reported_by"])
    if "looked_in" in hand:
        out.looked_in = str(hand["looked_in"])
    issued = _ISSUED.search(source)
    if issued and (out.number or out.title):
        out.date = issued.group(1)
    if out.title:
        auth = _AUTHORITY.match(out.title)
        if auth:
            out.authority = auth.group(1)
    if out.authority is None and (out.title or out.number):
        before = _AUTHORITY_BEFORE.search(source)
        if (
            before
            and source[before.end(1) :]
            .lstrip()
            .startswith(tuple(x for x in ("《" + (out.title or "\0"), out.number or "\0")))
            and "转发" not in before.group(1)
        ):  # "办公厅转发…厅《…》": whose is unclear
            out.authority = before.group(1)
    if out.date is None:
        for anchor in (out.number, f"《{out.title}》" if out.title else None):
            at = source.find(anchor) if anchor else -1
            dated = _DATE_AFTER.match(source[at + len(anchor) :]) if anchor and at >= 0 else None
            if dated:
                out.date = dated.group(1)
                break
    left = re.sub(r"\s+", " ", rest).strip(" ,;.:")
    return out, left


def _clauses(text: str) -> list[str]:
    """`text` split at top-level semicolons (not inside brackets)."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）"
        if ch == ";" and depth <= 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(split: Split, source: str) -> list[str]:
    lines: list[str] = []
    doc = [
        (k, v)
        for k, v in (
            ("authority", split.authority),
            ("title", split.title),
            ("number", split.number),
            ("date", split.date),
            ("url", split.url),
        )
        if v
    ]
    if doc:
        inner = ", ".join(f"{k} = {v if k == 'date' else _q(v)}" for k, v in doc)
        lines.append(f"document = {{ {inner} }}")
    if split.reported_by:
        lines.append("reported_by = [" + ", ".join(_q(r) for r in split.reported_by) + "]")
    # `ref` keeps the whole original wording: nothing the references said is lost, and a
    # person can check the split against it. It is never printed as a source.
    lines.append(f"ref = {_q(source)}")
    if split.looked_in:
        lines.append(f"looked_in = {_q(split.looked_in)}")
    return lines


_HEADER = re.compile(r"^\s*\[")
_SOURCE_LINE = re.compile(r"^source = ")
_INLINE_SOURCE = re.compile(r'\bsource = "(?:[^"\\]|\\.)*"')
_STRUCTURED = re.compile(r"^(?:document|reported_by|ref|looked_in) = ")


def convert_file(path: Path) -> list[str]:
    """Convert `path` in place; return the problems a person must look at."""
    lines = path.read_text(encoding="utf-8").split("\n")
    problems: list[str] = []
    # block boundaries: a header line starts a block
    starts = [i for i, line in enumerate(lines) if _HEADER.match(line)] + [len(lines)]
    block_of: dict[int, tuple[int, int]] = {}
    begin = 0
    for end in starts:
        for i in range(begin, end):
            block_of[i] = (begin, end)
        begin = end
    out: list[str] = []
    for i, line in enumerate(lines):
        inline = _INLINE_SOURCE.search(line)
        if inline and line.lstrip().startswith("{"):
            # an inline table inside a list (standby `alternatives`)
            item = tomllib.loads("x = [" + line.strip().rstrip(",") + "]")["x"][0]
            split, _left = split_source(item["source"], None, item.get("confidence"))
            where = f"{path.name}:{i + 1} (inline)"
            if item.get("confidence") == "unconfirmed" and not (
                split.reported_by or split.looked_in or split.number or split.title or split.url
            ):
                problems.append(f"{where}: unconfirmed with nothing to look up: {item['source']}")
            fields = ", ".join(render(split, item["source"]))
            out.append(line[: inline.start()] + fields + line[inline.end() :])
            continue
        if not _SOURCE_LINE.match(line):
            out.append(line)
            continue
        b, e = block_of[i]
        block = lines[b:e]
        if any(_STRUCTURED.match(x) for x in block):
            out.append(line)
            continue
        source = tomllib.loads(line)["source"]
        header = lines[b] if b < len(lines) and _HEADER.match(lines[b]) else ""
        conf = None
        law_title = None
        for x in block:
            if x.startswith("confidence = "):
                conf = tomllib.loads(x)["confidence"]
            if x.startswith("zh = ") and header.startswith("[") and not header.startswith("[["):
                law_title = tomllib.loads(x)["zh"]
        split, _left = split_source(source, law_title, conf)
        where = f"{path.name}:{i + 1} {header.strip()}"
        if conf in CONFIRMED and not (split.title or split.number):
            problems.append(f"{where}: {conf} without title or number: {source}")
        if conf == "unconfirmed" and not (
            split.reported_by or split.looked_in or split.number or split.title or split.url
        ):
            problems.append(f"{where}: unconfirmed with nothing to look up: {source}")
        out.extend(render(split, source))
    path.write_text("\n".join(out), encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(LAW.glob("*.toml"))
    problems: list[str] = []
    for f in files:
        problems += convert_file(f)
    for p in problems:
        print(p)
    print(f"{len(problems)} entries to check by hand", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
