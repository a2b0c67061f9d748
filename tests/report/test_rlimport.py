"""reportlab's URI pattern compiled when first used, not when imported — and
the same pattern then."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from caseapp.report.rlimport import LazyPattern

ROOT = Path(__file__).resolve().parents[2]

URIS = [
    "https://example.com/a/b",
    "http://192.168.0.1:8080/x?y=1",
    "ftp://用户@例子.中国/路径",
    "HTTPS://EXAMPLE.COM",
    "mailto:someone@example.com",
    "not a uri",
    "http://[::1]/",
    "www.example.com/path",
    "",
]


def test_caseapp_report_imports_reportlab_with_the_uri_pattern_lazy() -> None:
    """In a new process (this one may have imported reportlab already): the
    hook recognises the pattern of the reportlab installed — if reportlab
    changes it, this fails and the pattern is compiled eagerly, as before."""
    code = (
        "import caseapp.report\n"
        "from reportlab.platypus import paragraph\n"
        "print(type(paragraph.uri_pat).__name__, paragraph.uri_pat._compiled is None)\n"
        "print(paragraph._uri_split_pairs('https://example.com/a/b'))\n"
        "print(type(paragraph.uri_pat._compiled).__name__)\n"
        "import re; print(re.compile.__module__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    lines = out.stdout.splitlines()
    assert lines[0] == "LazyPattern True"
    pairs = [
        ("https://example.com/a/", "b"),
        ("https://example.com/", "a/b"),
        ("https://", "example.com/a/b"),
    ]
    assert lines[1] == repr(pairs)
    assert lines[2] == "Pattern"  # compiled on that first use
    assert lines[3] == "re"  # re.compile is the real one again


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    from reportlab.platypus import paragraph

    pattern = paragraph.uri_pat
    source = (
        pattern._source if isinstance(pattern, LazyPattern) else (pattern.pattern, pattern.flags)
    )
    lazy = LazyPattern(*source)
    real = re.compile(*source)
    for uri in URIS:
        a, b = lazy.match(uri), real.match(uri)
        assert (a and a.groups()) == (b and b.groups()), uri
        assert bool(lazy.search(uri)) == bool(real.search(uri))
    assert lazy.pattern == real.pattern and lazy.flags == real.flags
