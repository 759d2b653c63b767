"""TAT-QA contexts as report files: the paragraphs as prose and the table with its header row.

One context (a table from an annual report and the paragraphs around it) becomes one
Markdown, HTML or PDF file, so that reportqa ingests it as it would any report and a
question can be scoped to it by file name. The PDF is printed as an annual report prints a
page: wrapped paragraphs, the header rows as they stand (a heading over several columns
spans them), figures right-aligned, and the table ruled as a grid, ruled only under the
header and above the last row, or not ruled at all — chosen by a hash of the uid, since
most printed report tables are not fully ruled.
"""

from __future__ import annotations

import hashlib
import html
import io
from pathlib import Path

FORMATS = ("md", "html", "pdf")
RULES = ("grid", "lines", "none")


def split_of(uid: str) -> str:
    """``tune`` or ``holdout``, fixed for a context by a hash of its uid (about half each)."""
    return "tune" if hashlib.sha256(uid.encode()).digest()[0] % 2 == 0 else "holdout"


def report_name(context: dict, fmt: str) -> str:
    """The corpus-relative file name of ``context`` in format ``fmt``."""
    return f"tatqa-{context['table']['uid'][:8]}.{fmt}"


def _header_and_body(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    # TAT-QA headers span several rows whose first cell is empty ("", "Years Ended
    # September 30," / "", "2019", "2018"); joining them per column keeps each column's
    # full heading in the one header row a pipe table has.
    rows = _cells(rows)
    count = 0
    while count < len(rows) - 1 and not rows[count][0]:
        count += 1
    count = max(count, 1)
    header = [" ".join(part for part in column if part) for column in zip(*rows[:count])]
    return header, rows[count:]


def _paragraphs(context: dict) -> list[str]:
    return [p["text"].strip() for p in sorted(context["paragraphs"], key=lambda p: p["order"]) if p["text"].strip()]


def to_markdown(context: dict) -> str:
    """The context as Markdown: a title, the paragraphs, then the table as a pipe table."""
    header, body = _header_and_body(context["table"]["table"])

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    table = [row(header), "|" + "---|" * len(header)] + [row(r) for r in body]
    title = f"# Annual report extract {context['table']['uid'][:8]}"
    return "\n\n".join([title, *_paragraphs(context), "\n".join(table)]) + "\n"


def to_html(context: dict) -> str:
    """The context as an HTML page: a title, the paragraphs, then the table with a ``<thead>``."""
    header, body = _header_and_body(context["table"]["table"])
    esc = html.escape
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in header) + "</tr>"
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
    title = f"Annual report extract {context['table']['uid'][:8]}"
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in _paragraphs(context))
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{esc(title)}</title></head>\n'
        f"<body>\n<h1>{esc(title)}</h1>\n{paragraphs}\n<table>\n<thead>{head}</thead>\n<tbody>\n{rows}\n</tbody>\n"
        "</table>\n</body>\n</html>\n"
    )


def table_rules(uid: str) -> str:
    """How the PDF of context ``uid`` rules its table: one of :data:`RULES`, fixed by a hash."""
    return RULES[hashlib.sha256(uid.encode()).digest()[1] % len(RULES)]


def _cells(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [[" ".join(str(c).split()) for c in r] + [""] * (width - len(r)) for r in rows]


def _layout(rows: list[list[str]], header_rows: int, available: float) -> tuple[float, list[float]]:
    """The font size and column widths a typesetter would pick.

    Figure columns are as wide as their widest figure or heading word (figures never wrap,
    headings wrap between words); the label column takes what is left. A wide table is set in a smaller size
    before its columns are squeezed.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 8.0
    for size in (8.0, 7.0, 6.0):
        figures = [
            max(
                [stringWidth(r[c], "Helvetica", size) for r in rows[header_rows:]]
                + [stringWidth(word, "Helvetica-Bold", size) for r in rows[:header_rows] for word in r[c].split()]
            )
            + 16
            for c in range(1, len(rows[0]))
        ]
        if available - sum(figures) >= 110:
            return size, [available - sum(figures), *figures]
    natural = [110.0, *figures]
    return size, [available * w / sum(natural) for w in natural]


def _spanning_rows(rows: list[list[str]], header_rows: int) -> list[int]:
    """Header rows holding one heading over the figure columns (``Years ended June 30,``).

    TAT-QA keeps such a heading in one of the columns; it is printed across all of them, so
    :func:`to_pdf` moves it into the first figure column, where a span shows its text.
    """
    return [
        n
        for n, row in enumerate(rows[:header_rows])
        if len(row) > 2 and not row[0] and sum(bool(cell) for cell in row) == 1
    ]


def _table_style(rows: list[list[str]], header_rows: int, rules: str) -> list[tuple]:
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for n in _spanning_rows(rows, header_rows):
        style.append(("SPAN", (1, n), (-1, n)))
    if rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    elif rules == "lines":
        style += [
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, "black"),
            ("LINEABOVE", (1, -1), (-1, -1), 0.4, "black"),
        ]
    return style


def to_pdf(context: dict, rules: str | None = None) -> bytes:
    """The context as a printed report page (A4): a title, the paragraphs, then the table.

    ``rules`` (one of :data:`RULES`) overrides the ruling :func:`table_rules` picks.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    uid = context["table"]["uid"]
    rows = _cells(context["table"]["table"])
    header_rows = 0
    while header_rows < len(rows) - 1 and not rows[header_rows][0]:
        header_rows += 1
    header_rows = max(header_rows, 1)
    for n in _spanning_rows(rows, header_rows):
        rows[n] = ["", " ".join(rows[n])] + [""] * (len(rows[n]) - 2)
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12)
    size, widths = _layout(rows, header_rows, A4[0] - 156)
    label = ParagraphStyle("label", fontName="Helvetica", fontSize=size, leading=size * 1.2)
    figure = ParagraphStyle("figure", parent=label, alignment=2)  # right-aligned
    head = ParagraphStyle("head", parent=figure, fontName="Helvetica-Bold")
    spanning = ParagraphStyle("spanning", parent=head, alignment=1)  # centred over the columns
    spans = _spanning_rows(rows, header_rows)

    def style(r: int, c: int) -> ParagraphStyle:
        if r >= header_rows:
            return label if c == 0 else figure
        return spanning if r in spans else head if c else ParagraphStyle("headlabel", parent=head, alignment=0)

    # Every cell is a paragraph, so a label or heading wider than its column wraps inside it.
    cells = [[Paragraph(html.escape(cell), style(r, c)) for c, cell in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=header_rows)  # headed again on a new page
    table.setStyle(TableStyle(_table_style(rows, header_rows, rules or table_rules(uid))))
    title = f"Annual report extract {uid[:8]}"
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, invariant=True)
    story = [Paragraph(html.escape(title), styles["Heading1"])]
    story += [Paragraph(html.escape(p), body) for p in _paragraphs(context)]
    doc.build([*story, table])
    return out.getvalue()


def write_reports(contexts: list[dict], corpus: Path, formats: list[str]) -> dict[str, str]:
    """Write one file per context into ``corpus``, cycling through ``formats``; context uid -> file name."""
    corpus.mkdir(parents=True, exist_ok=True)
    names = {}
    for n, context in enumerate(contexts):
        fmt = formats[n % len(formats)]
        name = report_name(context, fmt)
        if fmt == "pdf":
            (corpus / name).write_bytes(to_pdf(context))
        else:
            text = to_markdown(context) if fmt == "md" else to_html(context)
            (corpus / name).write_text(text, encoding="utf-8")
        names[context["table"]["uid"]] = name
    return names
