"""Progress and cancellation of long jobs (copying evidence, import, export,
the PDF): the callback types every layer may take, and the exception a
cancelled job raises."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total): total 0 means unknown. Return value ignored.
Progress = Callable[[int, int], None]
# cancelled() -> True asks a long job to stop; it then raises Cancelled and changes nothing.
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """A long job was cancelled by the user; nothing was changed."""
