"""TAT-QA contexts (real annual-report tables with their paragraphs) rendered as report files.

Each context becomes a section: a heading, its table with the first row as header row, and
its paragraphs. The expected cells carry their row label and their column header: the
nearest non-empty cell above them in the header rows (the first row and the rows after it
whose first cell is blank, such as the years under "Years Ended September 30,").
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from tests.ingest.fidelity import Expected, sentences

DATASET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "tatqa" / "tatqa_dataset_dev.json"


def contexts(limit: int | None = None) -> list[dict]:
    """``[{"table": rows, "paragraphs": [text]}]`` with whitespace-tidy cells."""
    data = json.loads(DATASET.read_text(encoding="utf-8"))[:limit]
    return [
        {
            "table": [[" ".join(str(c).split()) for c in row] for row in item["table"]["table"]],
            "paragraphs": [p["text"] for p in item["paragraphs"]],
        }
        for item in data
    ]


def _header_rows(table: list[list[str]]) -> int:
    n = 1
    while n < min(len(table) - 1, 4) and not table[n][0]:
        n += 1
    return n


def expected(items: list[dict]) -> list[Expected]:
    """Every body cell (with row label and column header) and every paragraph sentence."""
    out, page = [], None
    for item in items:
        table = item["table"]
        head = _header_rows(table)
        for row in table[head:]:
            for col, value in enumerate(row[1:], start=1):
                if value:
                    above = [table[r][col] for r in range(head) if col < len(table[r]) and table[r][col]]
                    out.append(Expected("cell", value, page, row=row[0], header=above[-1] if above else ""))
        out += [Expected("sentence", s, page) for p in item["paragraphs"] for s in sentences(p)]
    return out


def _md_row(row: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in row) + " |"


def markdown(items: list[dict]) -> str:
    parts = []
    for i, item in enumerate(items, start=1):
        table = item["table"]
        lines = [f"## Context {i}", _md_row(table[0]), "|" + "---|" * len(table[0])]
        lines += [_md_row(row) for row in table[1:]] + item["paragraphs"]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def html_page(items: list[dict]) -> str:
    body = []
    for i, item in enumerate(items, start=1):
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in item["table"])
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in item["paragraphs"])
        body.append(f"<h2>Context {i}</h2><table>{rows}</table>{paragraphs}")
    return f"<html><head><title>TAT-QA contexts</title></head><body>{''.join(body)}</body></html>"


def docx_file(items: list[dict], path: Path) -> None:
    from docx import Document

    doc = Document()
    for i, item in enumerate(items, start=1):
        doc.add_heading(f"Context {i}", level=2)
        table = item["table"]
        grid = doc.add_table(rows=len(table), cols=max(len(r) for r in table))
        for cells, row in zip(grid.rows, table):
            for cell, value in zip(cells.cells, row):  # row by row: grid.cell(r, c) rescans the table
                cell.text = value
        for paragraph in item["paragraphs"]:
            doc.add_paragraph(paragraph)
    doc.save(path)


def pdf_file(items: list[dict], path: Path) -> None:
    """Write each context from the top of a page (tables ruled, cells wrapped); long ones run on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell_style = styles["BodyText"].clone("cell", fontSize=7, leading=8)
    story, width = [], A4[0] - 144
    for i, item in enumerate(items, start=1):
        table = item["table"]
        cols = max(len(r) for r in table)
        cells = [[Paragraph(html.escape(c), cell_style) for c in row] + [""] * (cols - len(row)) for row in table]
        grid = Table(cells, colWidths=[width / cols] * cols)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [Paragraph(f"Context {i}", styles["Heading2"]), grid]
        story += [Paragraph(html.escape(p), styles["BodyText"]) for p in item["paragraphs"]] + [PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
