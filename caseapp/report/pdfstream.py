"""reportlab's save, writing the file as it is formatted.

`PDFDocument.format` formats every object in turn into a `PDFFile`, which
keeps each formatted piece in a list and joins them at the end; `SaveToFile`
then writes the joined bytes. At the end of a 2,500-page report the list and
its join are two more copies of the whole file beside everything reportlab
already holds (the 10-year case's peak: 243 MB, 67 MB of it added by the
save). `streamed` makes the document's collector write each piece to the
output file as soon as it is formatted; the bytes are the same, in the same
order (`tests/report/test_pdfstream.py` compares them with reportlab's own).

reportlab has no setting for this: `format` makes its collector by the module
name `pdfdoc.PDFFile`, so that name is swapped for the length of one save.
The swap happens only inside a report's layout and save, which hold the
render lock (`fonts.render_settings`), so no other save in the process can
see it; it is undone even when the save fails.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import IO, Any

from reportlab.pdfbase import pdfdoc


class StreamedFile(pdfdoc.PDFFile):  # type: ignore[misc]
    """reportlab's output collector, writing each piece straight to `sink`."""

    def __init__(self, sink: IO[bytes], pdf_version: Any = pdfdoc.PDF_VERSION_DEFAULT) -> None:
        self.sink = sink
        self.offset: int = 0
        super().__init__(pdf_version)  # writes the header through add()

    def add(self, s: Any) -> int:
        data = pdfdoc.pdfdocEnc(s)
        at = self.offset
        self.offset = at + len(data)
        self.sink.write(data)
        return at

    def format(self, document: Any) -> bytes:
        return b""  # already written: SaveToFile writes this empty rest


@contextlib.contextmanager
def streamed(sink: IO[bytes]) -> Iterator[None]:
    """While inside, a document's save writes its pieces to `sink` as they
    are made. Call only with the render lock held (see the module's text)."""
    original = pdfdoc.PDFFile

    def collector(pdf_version: Any = pdfdoc.PDF_VERSION_DEFAULT) -> StreamedFile:
        return StreamedFile(sink, pdf_version)

    pdfdoc.PDFFile = collector
    try:
        yield
    finally:
        pdfdoc.PDFFile = original
