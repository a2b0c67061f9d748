"""Make the dataclass code table the bundle ships (`caseapp.codecache`).

Run by packaging/caseapp.spec at build time, with the Python the bundle
freezes (the table's code objects are that Python's):

    python packaging/dataclass_table.py OUT

Imports every caseapp module (not the Alembic migrations, which are files)
and pypdf (imported when a report reads its first PDF exhibit) with the table
installed, so that each dataclass they define compiles its methods once here;
writes the table to OUT and prints how many entries it holds. The bundle has
no source files and no `__pycache__` of its own: without this, it would compile
them at every start (0.09 s of a report's CPU).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: dataclass_table.py OUT", file=sys.stderr)
        return 2
    out = Path(argv[0])
    if out.exists():
        out.unlink()  # made whole here, not merged with an older build's
    from caseapp import codecache

    cache = codecache.install(out)
    if cache is None:
        print("dataclasses already has an exec of its own", file=sys.stderr)
        return 1
    import caseapp

    for info in pkgutil.walk_packages(caseapp.__path__, "caseapp."):
        if ".storage.migrations" not in info.name:
            importlib.import_module(info.name)
    importlib.import_module("pypdf")
    sys.dont_write_bytecode = False  # writing the table is this script's one job
    cache.save()
    if not out.is_file():
        print(f"could not write {out}", file=sys.stderr)
        return 1
    out.chmod(0o644)  # readable by whoever runs the bundle, not only its builder
    print(len(cache.table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
