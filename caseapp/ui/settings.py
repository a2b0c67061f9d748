"""The app's own settings, a small JSON file in the data directory: language,
neutral window title, idle lock, last open case, and the app passphrase —
stored only as a salted scrypt hash, never the passphrase itself."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from caseapp import atomic

FILE_NAME = "ui-settings.json"
# scrypt cost: about 50 ms on a laptop; slow enough to resist guessing,
# quick enough not to be felt when unlocking.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


@dataclass
class UiSettings:
    lang: str | None = None
    neutral_title: bool = False
    idle_lock_minutes: int = 10
    last_case: str | None = None
    passphrase: dict[str, str | int] | None = field(default=None)
    # data directories (absolute paths) whose cloud-sync warning was dismissed
    cloud_warning_dismissed: list[str] = field(default_factory=list)
    reminder_offer_dismissed: bool = False  # "no, thanks" to Today's reminder offer

    @property
    def has_passphrase(self) -> bool:
        return self.passphrase is not None


def load(data_dir: Path) -> UiSettings:
    path = data_dir / FILE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UiSettings()
    if not isinstance(raw, dict):
        return UiSettings()
    known = {k: v for k, v in raw.items() if k in UiSettings.__dataclass_fields__}
    try:
        return UiSettings(**known)
    except TypeError:
        return UiSettings()


def save(data_dir: Path, settings: UiSettings) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=1)
    atomic.write_text(data_dir / FILE_NAME, text)  # 0600, fsynced


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_passphrase(passphrase: str) -> dict[str, str | int]:
    salt = secrets.token_bytes(16)
    digest = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "scheme": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": digest.hex(),
    }


def check_passphrase(stored: dict[str, str | int], passphrase: str) -> bool:
    try:
        salt = bytes.fromhex(str(stored["salt"]))
        expected = bytes.fromhex(str(stored["hash"]))
        digest = _derive(passphrase, salt, int(stored["n"]), int(stored["r"]), int(stored["p"]))
    except (KeyError, ValueError):
        return False
    return hmac.compare_digest(digest, expected)
