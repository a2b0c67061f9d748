"""Run by test_switch_kill.py: turn encryption on or off and SIGKILL itself
at the named step of the switch (storage/switch.py's hook points)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from caseapp.services import encryption
from caseapp.services.service import CaseService

PASSPHRASE = "correct horse battery"


def main() -> None:
    data, direction, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

    def hook(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)

    if direction == "off":
        encryption.unlock(data, PASSPHRASE)
    svc = CaseService(data)
    if direction == "on":
        encryption.enable(svc, PASSPHRASE, hook)
    else:
        encryption.disable(svc, PASSPHRASE, hook)
    svc.close()


if __name__ == "__main__":
    main()
