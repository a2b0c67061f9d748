"""What the app does for the worker beyond storing records — letters, day
logic, the reconstruction plan, calendar files — without Qt, so the CLI could
use it and its tests need no QApplication.

Layer: between the rules and the UI. May import `caseapp.domain`,
`caseapp.casefile`, `caseapp.rules` and `caseapp.i18n`; never Qt, storage,
services or ui.

* `daylogic` — the date logic behind Today's shortcuts (same as yesterday,
  benched all week, catch-up, when to offer the reconstruction wizard).
* `reconstruct` — the records the reconstruction wizard creates from the
  worker's answers, each marked backfill with its basis.
* `letters` — the letters the worker sends, filled from the case, and the
  incident each is logged as.
* `ics` — the phone calendar: the daily reminder and every running deadline.
"""
