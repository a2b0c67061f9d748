"""Text that holds nothing a reader can see.

A name, title or summary made only of white space and invisible characters
(zero-width space and joiners, word joiner, BOM, soft hyphen, Mongolian vowel
separator — Unicode category Cf — and the blank letters: Hangul fillers,
the braille blank) is blank: the case file refuses it and so do the services.
"""

from __future__ import annotations

import unicodedata

# Letters and symbols that render as nothing (not in category Cf or Z*).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: only white space, control and format
    characters, or blank letters."""
    for char in text:
        if char.isspace() or char in _BLANK_LETTERS:
            continue
        if unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp"):
            continue
        return False
    return True
