"""The catalogue of the non-Qt layers (domain, casefile, rules, report, cli).

Catalogues are TOML files under resources/i18n/, one table per key:

    ["cli.import.done"]
    zh = "已导入案件 {id}"
    en = "Imported case {id}"

Every key has both `zh` and `en` (a test checks this). Parameters use
``str.format`` names. Qt's own `.ts` catalogue covers `ui/` only.
"""

from __future__ import annotations

import locale
import os
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Literal

from caseapp.domain.messages import Msg
from caseapp.paths import resource

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class MissingMessage(KeyError):
    pass


@cache
def catalogue() -> Mapping[str, Mapping[str, str]]:
    """Every catalogue file's entries: parsed once, then read from the parse cache
    (`caseapp.parsecache`, keyed by the SHA-256 of the files) while they are unchanged."""
    from caseapp import parsecache

    paths = sorted(resource("i18n").glob("*.toml"))
    entries, _digest = parsecache.cached(
        "catalogue", paths, lambda: _parse_catalogue(paths), _is_catalogue
    )
    return entries


def _parse_catalogue(paths: list[Path]) -> dict[str, Mapping[str, str]]:
    entries: dict[str, Mapping[str, str]] = {}
    for path in paths:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.items():
            if key in entries:
                raise ValueError(f"duplicate catalogue key {key!r} in {path.name}")
            entries[key] = value
    return entries


def _is_catalogue(value: object) -> bool:
    """The shape of a catalogue: key → {language → text}."""
    return isinstance(value, dict) and all(
        isinstance(key, str)
        and isinstance(entry, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in entry.items())
        for key, entry in value.items()
    )


def text(key: str, lang: Lang, /, **params: object) -> str:
    try:
        template = catalogue()[key][lang]
    except KeyError as exc:
        raise MissingMessage(f"{key} [{lang}]") from exc
    return template.format(**params) if params else template


def render(message: Msg, lang: Lang) -> str:
    params = {k: _param(v, lang) for k, v in message.params.items()}
    return text(message.key, lang, **params)


def render_both(message: Msg) -> dict[str, str]:
    return {lang: render(message, lang) for lang in LANGS}


def _param(value: object, lang: Lang) -> object:
    if isinstance(value, Msg):
        return render(value, lang)
    return value


def label(vocabulary: str, code: str, lang: Lang) -> str:
    """The label of a vocabulary code, e.g. ``label("day_status", "standby", "zh")``."""
    return text(f"vocab.{vocabulary}.{code}", lang)


def param_label(name: str, lang: Lang) -> str:
    """The label of a calculation parameter (``param.<name>``); the code itself
    when the catalogue has none, so a new parameter is never hidden."""
    entry = catalogue().get(f"param.{name}")
    return entry[lang] if entry is not None and lang in entry else name


def system_lang() -> Lang:
    """The language from the system locale: Chinese when in doubt."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover
        loc = ""
    return "en" if loc.lower().startswith("en") else "zh"
