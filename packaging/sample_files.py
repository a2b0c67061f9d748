"""The sample case's evidence files, generated here (no real document is used):
a payslip PDF (reportlab, the bundled CJK font embedded), a WeChat-style chat
screenshot (PNG, Pillow) and a photo of a paper notice (JPEG, Pillow).

Every name, company and account in them is invented. Output is deterministic
for a given set of library versions.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from caseapp.paths import resource

FONT = resource("fonts", "wqy-microhei.ttc")
TZ = dt.timezone(dt.timedelta(hours=8))
NO_LINE_START = "，。、；：？！）》」』”’"


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size, index=0)


def _touch(path: Path, when: dt.datetime) -> None:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))


def payslip_pdf(
    out: Path,
    rows: list[tuple[str, str]],
    title: str,
    when: dt.datetime,
    author: str = "杭州某某信息技术有限公司（虚构）",
) -> Path:
    """A one-page payslip (or settlement statement): `rows` are (item, amount) pairs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    style = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=18)
    small = ParagraphStyle("s", fontName="WQY", fontSize=8, leading=10, textColor=colors.grey)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=landscape(A5),
        invariant=1,
        initialFontName="WQY",
        title=title,
        author=author,
    )
    table = Table([["项目", "金额（元）"], *rows], colWidths=[200, 120])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "WQY"),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    story = [
        Paragraph(title, style),
        Spacer(1, 8),
        table,
        Spacer(1, 8),
        Paragraph("示例文件：公司名称、人名均为虚构。由 caseapp 的示例案件生成。", small),
    ]
    doc.build(story)
    _touch(out, when)
    return out


def chat_png(
    out: Path, contact: str, messages: list[tuple[bool, str, str]], when: dt.datetime
) -> Path:
    """A chat screenshot: `messages` are (from_me, time, text)."""
    width, pad = 540, 16
    body = _font(19)
    small = _font(14)
    head = _font(20)
    lines: list[tuple[bool, str, list[str]]] = []
    for from_me, time, text in messages:
        wrapped: list[str] = []
        current = ""
        for char in text:
            if body.getlength(current + char) > 330 and char not in NO_LINE_START:
                wrapped.append(current)
                current = char
            else:
                current += char
        wrapped.append(current)
        lines.append((from_me, time, wrapped))
    height = 70 + sum(40 + 28 * len(w) + 16 for _, _, w in lines) + pad
    image = Image.new("RGB", (width, height), "#ededed")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 56], fill="#f7f7f7")
    draw.text((width // 2, 28), contact, font=head, fill="#111111", anchor="mm")
    y = 70
    for from_me, time, wrapped in lines:
        draw.text((width // 2, y), time, font=small, fill="#999999", anchor="mt")
        y += 26
        box_w = int(max(body.getlength(line) for line in wrapped)) + 24
        box_h = 28 * len(wrapped) + 14
        avatar = (
            (width - pad - 40, y, width - pad, y + 40) if from_me else (pad, y, pad + 40, y + 40)
        )
        draw.rounded_rectangle(avatar, 6, fill="#7aa6d6" if from_me else "#d6a57a")
        if from_me:
            x0 = width - pad - 52 - box_w
            colour = "#95ec69"
        else:
            x0 = pad + 52
            colour = "#ffffff"
        draw.rounded_rectangle([x0, y, x0 + box_w, y + box_h], 8, fill=colour)
        for index, line in enumerate(wrapped):
            draw.text((x0 + 12, y + 8 + 28 * index), line, font=body, fill="#111111")
        y += box_h + 16
    image.save(out, format="PNG", optimize=True)
    _touch(out, when)
    return out


def notice_jpeg(out: Path, title: str, paragraphs: list[str], when: dt.datetime) -> Path:
    """A phone photo of a paper notice on a desk: slightly rotated, soft, JPEG."""
    paper_w, paper_h = 620, 560
    paper = Image.new("RGB", (paper_w, paper_h), "#fbfaf5")
    draw = ImageDraw.Draw(paper)
    draw.text((paper_w // 2, 60), title, font=_font(32), fill="#1a1a1a", anchor="mm")
    font = _font(19)
    y = 120
    for paragraph in paragraphs:
        current = ""
        for char in paragraph:
            if font.getlength(current + char) > paper_w - 100 and char not in NO_LINE_START:
                draw.text((50, y), current, font=font, fill="#222222")
                y += 30
                current = char
            else:
                current += char
        draw.text((50, y), current, font=font, fill="#222222")
        y += 44
    # A red seal outline with the word 示例 (sample): clearly not a real seal.
    draw.ellipse([paper_w - 230, y - 10, paper_w - 90, y + 130], outline="#c8322d", width=5)
    draw.text((paper_w - 160, y + 60), "示例", font=_font(30), fill="#c8322d", anchor="mm")
    desk = Image.new("RGB", (760, 700), "#8a7a66")
    rotated = paper.rotate(2.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#8a7a66")
    desk.paste(rotated, (50, 40))
    desk = desk.filter(ImageFilter.GaussianBlur(0.6))
    desk.save(out, format="JPEG", quality=78, optimize=True)
    _touch(out, when)
    return out
