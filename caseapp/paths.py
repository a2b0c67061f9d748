"""Where things are: the user's data directory and the one resource locator.

Resources resolve, in order, from a frozen bundle (PyInstaller's _MEIPASS),
the installed package (the wheel maps the top-level `resources/` to
`caseapp/_resources/`), and the source checkout (`<repo>/resources`).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "caseapp"
DATA_DIR_ENV = "CASEAPP_DATA_DIR"


class ResourceNotFound(FileNotFoundError):
    pass


@cache
def resources_root() -> Path:
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "law").is_dir() or (candidate / "i18n").is_dir():
            return candidate
    raise ResourceNotFound("resources/ not found in: " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource("law", "minimum_wage.toml")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceNotFound(str(path))
    return path


def migrations_dir() -> Path:
    """Alembic's script location: inside the package, absolute."""
    return Path(__file__).resolve().parent / "storage" / "migrations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else `CASEAPP_DATA_DIR`, else the platformdirs user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
