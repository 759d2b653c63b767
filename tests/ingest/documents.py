"""Generated report files whose text is known, for the fidelity tests.

Each builder writes one file and returns a :class:`Sample`: what every sentence, list
item, heading and table cell in it is, and which site or page furniture must not reach
the index.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from tests.ingest.fidelity import Expected, sentences, table_cells

INTRO = (
    "The global widget market was valued at USD 5.2 billion in 2024 and is projected to reach USD 8.1 billion "
    "by 2030, growing at a compound annual rate of 7.6% over the forecast period. Demand from automotive makers, "
    "consumer electronics brands and industrial automation firms accounts for most of the growth. Prices of "
    "sensors fell by a fifth between 2021 and 2024, which widened the range of products that carry widgets."
)
DRIVERS = ["Rising demand from automotive makers", "Cheaper sensors since 2021", "Stricter safety regulation in the EU"]
REGION_TABLE = [
    ["Region", "2024 (USD billion)", "Share"],
    ["North America", "2.19", "38.2%"],
    ["Europe", "1.40", "26.9%"],
    ["Asia Pacific", "1.21", "23.3%"],
    ["Rest of world", "0.40", "11.6%"],
]
CAPTION = "Table 1. Widget revenue by region"
OUTLOOK = (
    "North America led the market with a share of 38.2% in 2024. Europe followed, helped by "
    "regulation that makes widgets mandatory in new vehicles. Asia Pacific is expected to grow fastest."
)
ZH_PARAGRAPH = (
    "2025年客服中心市场规模为340.3亿美元。预计到2032年将达到593.4亿美元，复合年增长率为8.26%。云端部署的份额持续上升。"
)
ZH_HEADING = "客服中心市场概况"
BOILERPLATE = [
    "Accept all cookies",
    "We use cookies",
    "Subscribe to our newsletter",
    "Contact sales",
    "All rights reserved",
    "Privacy policy",
]


@dataclass
class Sample:
    """A generated file and what it must yield."""

    path: Path
    expected: list[Expected] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)


def _prose(text: str, page: int | None = None) -> list[Expected]:
    return [Expected("sentence", s, page) for s in sentences(text)]


def _report_items(page: int | None = None, table_page: int | None = None) -> list[Expected]:
    items = [Expected("heading", "Widget Market Report 2025", page), Expected("heading", "Key drivers", page)]
    items += _prose(INTRO, page) + [Expected("list item", d, page) for d in DRIVERS]
    items += [Expected("heading", "Market size by region", table_page), Expected("sentence", CAPTION, table_page)]
    items += [Expected(c.kind, c.text, table_page, c.row, c.header) for c in table_cells(REGION_TABLE)]
    return items + _prose(OUTLOOK, table_page)


def html_report(folder: Path) -> Sample:
    """A report page as a site serves it: menus, a cookie banner, inline tags, a list and a table."""
    rows = "".join(
        "<tr>" + "".join(f"<td>{'<b>' + c + '</b>' if '.' in c else c}</td>" for c in row) + "</tr>"
        for row in REGION_TABLE[1:]
    )
    head = "".join(f"<th>{c}</th>" for c in REGION_TABLE[0])
    intro = (
        INTRO.replace("USD 5.2 billion", "<strong>USD 5.2 billion</strong>")
        .replace("7.6%", '<a href="/cagr">7.6%</a>')
        .replace("automotive makers", "<em>automotive</em> makers")
    )
    page = f"""<!doctype html><html><head><title>Widget Market Report 2025</title>
<style>.banner{{color:red}}</style><script>window.tracking = "Contact sales";</script></head><body>
<div class="top-menu"><a href="/">Home</a> <a href="/contact">Contact sales</a></div>
<div id="cookie-consent">We use cookies to improve the site. <button>Accept all cookies</button></div>
<nav><ul><li><a href="/r">Reports</a></li></ul></nav>
<div class="content"><h1>Widget Market Report 2025</h1>
<p>{intro}</p>
<h2>Key drivers</h2><ul>{"".join(f"<li>{html.escape(d)}</li>" for d in DRIVERS)}</ul>
<h2>Market size by region</h2>
<table><caption>{CAPTION}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
<p>{OUTLOOK}</p>
<h2>{ZH_HEADING}</h2><p>{ZH_PARAGRAPH}</p></div>
<aside class="sidebar"><p>Subscribe to our newsletter</p></aside>
<footer>© 2025 Example Research. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
</body></html>"""
    path = folder / "widgets.html"
    path.write_text(page, encoding="utf-8")
    expected = _report_items() + [Expected("heading", ZH_HEADING)] + _prose(ZH_PARAGRAPH)
    return Sample(path, expected, BOILERPLATE)


def docx_report(folder: Path) -> Sample:
    """A Word report: title, headings, a bulleted list, a table with a header row."""
    from docx import Document

    doc = Document()
    doc.core_properties.title = "Widget Market Report 2025"
    doc.add_heading("Widget Market Report 2025", level=1)
    doc.add_paragraph(INTRO)
    doc.add_heading("Key drivers", level=2)
    for driver in DRIVERS:
        doc.add_paragraph(driver, style="List Bullet")
    doc.add_heading("Market size by region", level=2)
    doc.add_paragraph(CAPTION)
    table = doc.add_table(rows=len(REGION_TABLE), cols=len(REGION_TABLE[0]))
    for r, row in enumerate(REGION_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph(OUTLOOK)
    doc.add_heading(ZH_HEADING, level=2)
    doc.add_paragraph(ZH_PARAGRAPH)
    path = folder / "widgets.docx"
    doc.save(path)
    return Sample(path, _report_items() + [Expected("heading", ZH_HEADING)] + _prose(ZH_PARAGRAPH))


def pdf_report(folder: Path) -> Sample:
    """A printed report: wrapped paragraphs, bullets, a ruled table, two columns, a Chinese page,
    a plain-text table without rules, and a running header and footer with page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Heading1"], styles["Heading2"]
    zh_body = ParagraphStyle("zh", parent=body, fontName="STSong-Light", wordWrap="CJK")
    zh_head = ParagraphStyle("zhh", parent=h2, fontName="STSong-Light")
    width, height = A4

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, height - 40, "Example Research | Widget Market Report 2025")
        canvas.drawCentredString(width / 2, 30, f"Page {doc.page}")

    one = Frame(72, 72, width - 144, height - 144, id="one")
    left = Frame(72, 72, (width - 144) / 2 - 9, height - 144, id="left")
    right = Frame(width / 2 + 9, 72, (width - 144) / 2 - 9, height - 144, id="right")
    path = folder / "widgets.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Widget Market Report 2025")
    doc.addPageTemplates(
        [PageTemplate("one", [one], onPage=furniture), PageTemplate("two", [left, right], onPage=furniture)]
    )

    table = Table(REGION_TABLE)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    columns_text = [
        "Automotive makers buy more widgets every year because each new vehicle carries more sensors than "
        "the model it replaces, and safety rules require several of them in every car sold in Europe.",
        "Consumer electronics brands use widgets in phones, watches and speakers, where small size and low "
        "power matter more than price, so their share of revenue is larger than their share of units.",
        "Industrial automation firms were slower to adopt widgets, but retrofits of older plants are now the "
        "fastest growing use, driven by energy savings that pay back the cost within two years.",
        "Medical device makers need certified widgets, which take longer to qualify and sell at higher prices; "
        "this segment is small but the most profitable for suppliers that pass the audits.",
    ]
    plain_rows = [
        ["Segment", "Units", "Growth"],
        ["Automotive", "410 million", "9.1%"],
        ["Electronics", "1.2 billion", "5.4%"],
    ]
    story = [
        Paragraph("Widget Market Report 2025", h1),
        Paragraph(INTRO, body),
        Paragraph("Key drivers", h2),
        *[Paragraph(d, body, bulletText="•") for d in DRIVERS],
        Paragraph("Market size by region", h2),
        Paragraph(CAPTION, body),
        table,
        Paragraph(OUTLOOK, body),
        NextPageTemplate("two"),
        PageBreak(),
        Paragraph("Demand by segment", h2),
        *[Paragraph(t, body) for t in columns_text * 3],
        NextPageTemplate("one"),
        PageBreak(),
        Paragraph(ZH_HEADING, zh_head),
        Paragraph(ZH_PARAGRAPH, zh_body),
        Paragraph("Units by segment", h2),
        *[Paragraph("&nbsp;" * 6 + ("&nbsp;" * 6).join(r), body) for r in plain_rows],  # a table without rules
    ]
    doc.build(story)
    expected = _report_items(page=1, table_page=1) + [Expected("heading", "Demand by segment", 2)]
    expected += [e for t in columns_text for e in _prose(t, 2)]
    expected += (
        [Expected("heading", ZH_HEADING, 3)] + _prose(ZH_PARAGRAPH, 3) + [Expected("heading", "Units by segment", 3)]
    )
    expected += [Expected(c.kind, c.text, 3, c.row, c.header) for c in table_cells(plain_rows)]
    return Sample(path, expected, ["Example Research | Widget", "Page 1", "Page 2", "Page 3"])


def scanned_pdf(folder: Path, text_pages: int = 1) -> Path:
    """A PDF with ``text_pages`` pages of text followed by one page that is only an image."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = folder / "scanned.pdf"
    pdf = canvas.Canvas(str(path))
    for n in range(text_pages):
        pdf.drawString(72, 720, f"The gadget market reached USD {n + 7}.5 billion in 2025.")
        pdf.showPage()
    image = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(image, "PNG")
    pdf.drawImage(ImageReader(io.BytesIO(image.getvalue())), 72, 500, 200, 100)
    pdf.showPage()
    pdf.save()
    return path


def hyphenated_pdf(folder: Path) -> Path:
    """Two printed lines that wrap a hyphenated word and run to the same right margin."""
    from reportlab.pdfgen import canvas

    path = folder / "hyphen.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 720, "The widget market keeps growing in every region, with the fastest devel-")
    pdf.drawString(72, 706, "opment in Asia Pacific where factories adopt widgets for automation.")
    pdf.drawString(72, 680, "Short line.")
    pdf.save()
    return path


def tightly_set_pdf(folder: Path, gap: float = 2.0) -> Path:
    """A line placed word by word with narrow gaps and no space characters, as TeX sets text."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = folder / "tight.pdf"
    pdf = canvas.Canvas(str(path))
    x = 72.0
    for word in "Each application provides only a single source file.".split():
        pdf.setFont("Times-Roman", 10)
        pdf.drawString(x, 720, word)
        x += stringWidth(word, "Times-Roman", 10) + gap
    pdf.save()
    return path


def spanned_table_pdf(rows: list[list[str]], spans: list[tuple[int, int, int, int]], rules: str, align: str) -> bytes:
    """A PDF of one table whose header cells span others, as a report prints a two-row header.

    ``spans`` are ``(col0, row0, col1, row1)`` merged cells; ``rules`` is ``grid`` (every
    cell ruled), ``lines`` (a rule under the header only) or ``none``; figures and the
    header are set ``align`` (``RIGHT`` or ``CENTER``), spanning headings centred.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    header = 1 + max((row1 for _, _, _, row1 in spans), default=0)
    figures = len(rows[0]) - 1
    table = Table(rows, colWidths=[90] + [min(120, 360 // figures)] * figures, hAlign="LEFT")
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, header - 1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (-1, -1), align),
        ("VALIGN", (0, 0), (-1, header - 1), "BOTTOM"),
    ]
    style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
    style += [("ALIGN", (c0, r0), (c1, r1), "CENTER") for c0, r0, c1, r1 in spans if c1 > c0]
    if rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    elif rules == "lines":
        style.append(("LINEBELOW", (0, header - 1), (-1, header - 1), 0.6, "black"))
    table.setStyle(TableStyle(style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    return buffer.getvalue()
