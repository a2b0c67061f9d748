"""Page images of the sample report for docs/report/ (documentation only; the
app never calls pdftoppm). Regenerate after a layout change and look at every
page before committing:

    .venv/bin/python tests/report/make_docs.py

Renders resources/samples/sample.caseapp.zip through `caseapp report` in both
languages (both parts, fixed --as-of and --generated-at), writes the PDFs and
one PNG per page (pdftoppm, 72 dpi, reduced to 128 colours) and an index page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "report"
SAMPLE = ROOT / "resources" / "samples" / "sample.caseapp.zip"
ARGS = ["--as-of", "2025-11-20", "--generated-at", "2025-11-20T09:00:00+08:00"]


def render(lang: str) -> list[Path]:
    pdf = OUT / f"sample-{lang}.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "--lang",
            lang,
            "report",
            str(SAMPLE),
            "-o",
            str(pdf),
            *ARGS,
        ],
        check=True,
        cwd=ROOT,
    )
    pages = OUT / lang
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(pdf), str(pages / "page")], check=True)
    out = sorted(pages.glob("page-*.png"))
    for png in out:
        with Image.open(png) as img:
            small = img.convert("RGB").quantize(colors=128)
        small.save(png, optimize=True)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        "# The PDF report: sample pages",
        "",
        "Rendered from `resources/samples/sample.caseapp.zip` by",
        "`.venv/bin/python tests/report/make_docs.py` (which runs `caseapp report "
        "--as-of 2025-11-20 --generated-at 2025-11-20T09:00:00+08:00`).",
        "Part 1 is the consultation brief (marked 仅供咨询，请勿提交 on every page);",
        "part 2, the filing pack, is numbered on its own so it can be printed and filed alone.",
        "",
    ]
    for lang, title in (("zh", "中文"), ("en", "English")):
        pages = render(lang)
        lines += [f"## {title} ([PDF](sample-{lang}.pdf), {len(pages)} pages)", ""]
        for png in pages:
            rel = png.relative_to(OUT).as_posix()
            lines.append(f'<img src="{rel}" width="280" alt="{lang} {png.stem}">')
        lines.append("")
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
