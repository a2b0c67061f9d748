"""reportlab's paragraph module imported without compiling its URI pattern.

`reportlab.platypus.paragraph` compiles, when imported, a case-insensitive
pattern for URIs whose character classes span U+00A1-U+FFFF: 25-30 ms of
every process that makes a PDF (Python folds the case of each character of
those ranges), for a pattern reportlab uses only when hyphenating a word it
takes for a URI — which the report never asks for (no style sets a
hyphenation language or `uriWasteReduce`).

`import_platypus()` imports the module with that one pattern made lazy: a
`LazyPattern` that compiles it the first time it is used, so reportlab gets
the same pattern if it ever does. It recognises the pattern by its start and
flags; if reportlab changes it, the pattern is compiled as before (the tests
say so) — slower, never different.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

#: The start of the URI pattern in reportlab.platypus.paragraph (`uri_pat`).
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_LOCK = threading.Lock()


class LazyPattern:
    """A `re.Pattern` compiled on first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            pattern, flags = self._source
            self._compiled = re.compile(pattern, flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def import_platypus() -> None:
    """Import `reportlab.platypus` (and its paragraph module) with the URI
    pattern lazy; nothing when it is imported already."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _LOCK:
        if "reportlab.platypus.paragraph" in sys.modules:
            return
        real = re.compile

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and flags == re.I and pattern.startswith(URI_PATTERN_START):
                return LazyPattern(pattern, flags)
            return real(pattern, flags)

        re.compile = compile_lazily
        try:
            import reportlab.platypus.paragraph  # noqa: F401
        finally:
            re.compile = real
