"""Word (.docx) reports to structured text with python-docx: headings, paragraphs, lists, tables.

Body paragraphs and tables are read in document order, so a table stays under the heading
and after the sentence that introduces it.
"""

from __future__ import annotations

import io
import re

_HEADING_STYLE = re.compile(r"^(heading|标题)\s*(\d)$", re.I)


def _paragraph_line(paragraph) -> str:
    """One paragraph as a line: ``#`` for headings, ``- `` for list items."""
    text = " ".join(paragraph.text.split())
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = _HEADING_STYLE.match(style)
    if heading:
        return "#" * int(heading.group(2)) + " " + text
    if style.lower() == "title":
        return "# " + text
    # A list item is a "List ..." style or any paragraph with numbering properties.
    if style.lower().startswith("list") or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return "- " + text
    return text


def _table_lines(table) -> list[str]:
    """A pipe table; the first row is the header row."""
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()).replace("|", "/") for cell in row.cells]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    if rows:
        rows.insert(1, "|" + "---|" * rows[0].count(" | ") + "---|")
    return rows


def read_docx(data: bytes) -> tuple[str, str]:
    """Return ``(title, text)`` of a .docx file; ``text`` is markdown-structured, one block a line."""
    from docx import Document as open_docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = open_docx(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            line = _paragraph_line(block)
            if line:
                lines.append(line)
        elif isinstance(block, Table):
            lines += _table_lines(block)
    return (document.core_properties.title or "").strip(), "\n".join(lines)
