"""Child process of test_durability: logs one day per call, forever.

Prints "ready", then for each day the date, only after CaseService.set_days
has returned (that is, committed). The parent SIGKILLs it at a random moment.

    python durability_child.py DATA_DIR CASE_ID FIRST_DAY_NUMBER
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.services.service import CaseService

EPOCH = dt.date(1990, 1, 1)
AHEAD = dt.timedelta(days=366 * 60)


def main() -> None:
    data_dir, case_id, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    # Each run writes fresh days up to 30,000 days after 1990 (2072); the
    # services accept event dates up to today + 366 days, so this writer's
    # clock runs 60 years ahead (what is tested is durability, not dates).
    svc = CaseService(data_dir, clock=lambda: dt.datetime.now(dt.UTC) + AHEAD)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    number = first
    while True:
        day = EPOCH + dt.timedelta(days=number)
        svc.set_days(case_id, [Day(date=day, status=DayStatus.STANDBY, note=f"n{number}")])
        out.write(day.isoformat() + "\n")
        out.flush()
        number += 1


if __name__ == "__main__":
    main()
