"""Split a document into citable chunks that respect Chinese and English sentence structure.

Chinese has no spaces between words, so sentences end at 。！？；; English sentences end
at . ! ? followed by a space. Every chunk is an exact slice of its page's text, and no
line of the page is left out of every chunk:

* a heading becomes the ``section`` of what follows it, and its line opens the first
  chunk after it, so the heading is searched and quoted with its passage;
* paragraphs are packed sentence by sentence, so a chunk starts and ends on a sentence
  boundary unless one sentence alone is over the budget;
* list items are packed together, up to the budget;
* table rows stay whole and together; a chunk of later rows carries the table's caption
  and header row in ``context`` (searched, shown, but not part of the verbatim slice), so
  a row's figures keep their years and units.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from reportqa.ingest.aliases import report_aliases
from reportqa.ingest.models import Chunk, Document, Page
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.ingest.numbers import YEAR, parse_quantities

# Budget per chunk: Chinese packs about 2.5x more meaning per character than English.
MAX_CHARS = {"zh": 220, "en": 520}
# An English full stop ends a sentence only before a word that may start one, so
# "No. 2014-09", "U.S. and" and "approx. 5" stay inside theirs.
# A match may only start at the first mark of a run, and takes the whole run at once:
# otherwise a line of 200,000 dots is tried from every dot, each try scanning to its end.
_SENTENCE_END = re.compile(
    r"(?<![。！？；])[。！？；]++[”」』)]?|(?<![.!?])[.!?]++[\"”')\]]?(?=\s+[^\sa-z0-9,;])|[?!]$"
)
_TABLE_ROW = re.compile(r"^\s*\|")
_TABLE_SEPARATOR = re.compile(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_LIST_ITEM = re.compile(r"^([-*+•]|\d{1,3}[.)])\s+")
_NOT_HEADING_END = tuple("。.!?！？;；,，:：|")
_ONLY_DIGITS_OR_MARKS = re.compile(r"^[\d\W_]+$")
_WORD_CHAR = re.compile(r"[A-Za-z\u3400-\u9fff]")
_CAPTION_MAX = 150
_HEADER_ROWS = (
    4  # at most this many rows form a table's header  # a longer line before a table is a paragraph, not its caption
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    kind: str  # "heading", "paragraph", "list" or "row"


@dataclass
class _Group:
    """Consecutive lines of one kind under one heading, chunked together."""

    kind: str  # "paragraph", "list" or "table"
    section: str
    lines: list[_Line] = field(default_factory=list)
    lead: tuple[int, int] | None = None  # span of the heading lines that open the group
    caption: str = ""  # a table's caption: the short line just before it


def _is_heading(line: str, marked: bool) -> bool:
    """A markdown heading; in text that marks none, a short line without end punctuation."""
    if _HEADING_MARK.match(line):
        return True
    if marked:
        return False
    limit = 30 if detect_language(line) == "zh" else 80
    return (
        len(line) <= limit
        and not line.endswith(_NOT_HEADING_END)
        and not line.startswith(("-", "*", "|", "!", "["))
        and not _ONLY_DIGITS_OR_MARKS.match(line)
    )


def _heading_text(line: str) -> str:
    return _HEADING_MARK.sub("", line).strip()


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text`` (shifted by ``start``)."""
    spans, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[begin:end].strip():
            spans.append((begin, end))
        begin = end
    if text[begin:].strip():
        spans.append((begin, len(text)))
    out = []
    for b, e in spans:  # trim surrounding whitespace so slices are clean quotes
        while b < e and text[b].isspace():
            b += 1
        while e > b and text[e - 1].isspace():
            e -= 1
        out.append((start + b, start + e))
    return out


def line_kinds(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the non-blank lines of a passage, ``kind`` being "heading",
    "paragraph", "list" or "row"; read as plain text is, so a short line without end
    punctuation counts as a heading (a passage alone does not say whether its report marks them)."""
    return [(line.start, line.end, line.kind) for line in _lines(text, marked=False)]


def _lines(text: str, marked: bool) -> Iterator[_Line]:
    """The non-blank lines of a page, stripped, with their kind."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(raw)
        line = raw.strip()
        if not line:
            continue
        start = line_start + len(raw) - len(raw.lstrip())
        end = line_start + len(raw.rstrip())
        if _TABLE_ROW.match(line):
            kind = "row"
        elif _is_heading(line, marked):
            kind = "heading"
        elif _LIST_ITEM.match(line):
            kind = "list"
        else:
            kind = "paragraph"
        yield _Line(start, end, kind)


def _groups(text: str, marked: bool) -> Iterator[_Group]:
    """Group a page's lines into paragraph runs, lists and tables, each under its heading."""
    section, lead, group = "", None, None
    previous: _Line | None = None
    for line in _lines(text, marked):
        if line.kind == "heading":
            if group is not None:
                yield group
                group = None
            section = _heading_text(text[line.start : line.end])
            lead = (line.start if lead is None else lead[0], line.end)
        else:
            kind = "table" if line.kind == "row" else line.kind
            if group is None or group.kind != kind:
                if group is not None:
                    yield group
                group = _Group(kind, section, lead=lead)
                lead = None
                if (
                    kind == "table"
                    and previous is not None
                    and previous.kind == "paragraph"
                    and previous.end - previous.start <= _CAPTION_MAX
                ):
                    group.caption = text[previous.start : previous.end]
            group.lines.append(line)
        previous = line
    if group is not None:
        yield group
    if lead is not None:  # headings with nothing under them are still text of the page
        yield _Group("paragraph", section, lead=lead)


def _header(text: str, group: _Group) -> tuple[int, int] | None:
    """Span of a table's header: its first row, the ``|---|`` separator when there is one,
    and the rows right after whose first cell is blank or that state nothing but years (the
    years or units under a spanning title, "(in thousands) | 2019 | 2018", as financial
    tables print them)."""
    rows = group.lines
    if len(rows) < 2:
        return None
    separator = 1 if _TABLE_SEPARATOR.match(text[rows[1].start : rows[1].end]) else 0
    n = 1 + separator
    while n < min(len(rows) - 1, _HEADER_ROWS + separator) and _names_columns(text[rows[n].start : rows[n].end]):
        n += 1
    return rows[0].start, rows[n - 1].end


def _names_columns(row: str) -> bool:
    cells = row.strip().strip("|").split("|")
    if len(cells) < 2:
        return False
    values = [c.strip() for c in cells[1:] if c.strip()]
    return not cells[0].strip() or (bool(values) and all(YEAR.fullmatch(v) for v in values))


def _pieces(text: str, group: _Group) -> list[tuple[int, int, int]]:
    """``(start, end, block)`` pieces: sentences, or a table's rows.

    ``block`` numbers the lines, so the packer can tell a new paragraph from the next
    sentence; a list is one block (its items pack together) and so is a table, whose
    header rows form one piece. Paragraph lines are split into sentences as one run, so a
    sentence hard-wrapped over two lines stays one piece.
    """
    if not group.lines:  # headings alone
        return []
    if group.kind == "table":
        header = _header(text, group)
        pieces = [(header[0], header[1], 0)] if header else []
        return pieces + [(r.start, r.end, 0) for r in group.lines if not header or r.start >= header[1]]
    if group.kind == "list":
        return [(s, e, 0) for line in group.lines for s, e in split_sentences(text[line.start : line.end], line.start)]
    first, last = group.lines[0].start, group.lines[-1].end
    starts = [line.start for line in group.lines]
    return [(s, e, bisect_right(starts, s) - 1) for s, e in split_sentences(text[first:last], first)]


def _pack(pieces: list[tuple[int, int, int]], budget: int) -> Iterator[tuple[int, int]]:
    """Greedily join consecutive ``(start, end, block)`` pieces while the slice fits the budget.

    Pieces of different blocks (lines) are joined only while the chunk is still short,
    so an FAQ question stays with its one-line answer but paragraphs stay apart.
    """
    current: tuple[int, int] | None = None
    block: int | None = None
    for start, end, piece_block in pieces:
        fits = current is not None and end - current[0] <= budget
        short = current is not None and current[1] - current[0] < budget // 3
        if current is not None and fits and (piece_block == block or short):
            current, block = (current[0], end), piece_block
            continue
        if current:
            yield current
        current, block = (start, end), piece_block
    if current:
        yield current


def _spans(text: str, group: _Group) -> Iterator[tuple[int, int, str]]:
    """``(start, end, context)`` of each chunk of ``group``."""
    pieces = _pieces(text, group)
    if not pieces:
        if group.lead is not None:
            yield group.lead[0], group.lead[1], ""
        return
    budget = MAX_CHARS[detect_language(text[pieces[0][0] : pieces[-1][1]])]
    header = _header(text, group) if group.kind == "table" else None
    for n, (start, end) in enumerate(_pack(pieces, budget)):
        context = []
        if group.kind == "table":
            # A table chunk must start on a row (the server recognises tables by it), so
            # its heading goes into the context rather than the slice.
            if n == 0 and group.lead is not None:
                context.append(text[group.lead[0] : group.lead[1]])
            if group.caption:
                context.append(group.caption)
            if header and start > header[0]:
                context.append(text[header[0] : header[1]])
        elif n == 0 and group.lead is not None:
            start = group.lead[0]
        yield start, end, "\n".join(context)


def _has_content(text: str) -> bool:
    """Reject slices that are only markup, digits or separators (e.g. a product code)."""
    return len(_WORD_CHAR.findall(text)) >= 4


def _page_chunks(doc: Document, page: Page, marked: bool, first_id: int) -> Iterator[Chunk]:
    for group in _groups(page.text, marked):
        for start, end, context in _spans(page.text, group):
            text = page.text[start:end]
            if not _has_content(context + text):
                continue
            yield Chunk(
                id=f"{doc.doc_id}#{first_id}",
                doc_id=doc.doc_id,
                title=doc.title,
                lang=detect_language(text),
                text=text,
                search_text=normalize(f"{context}\n{text}" if context else text),
                section=group.section,
                page=page.number,
                start=start,
                end=end,
                quantities=parse_quantities(text),
                kind=group.kind,
                context=context,
            )
            first_id += 1


def chunk_document(doc: Document) -> list[Chunk]:
    """Split ``doc`` into chunks; see the module docstring for the rules.

    When any page marks headings with ``#`` (every structured loader does), only those
    lines are headings; plain text marks none, so there a short line without end
    punctuation is taken for one.
    """
    marked = any(_HEADING_MARK.match(line) for page in doc.pages for line in page.text.splitlines())
    chunks: list[Chunk] = []
    for page in doc.pages:
        chunks += _page_chunks(doc, page, marked, len(chunks) + 1)
    aliases = report_aliases(chunk.text for chunk in chunks)
    for chunk in chunks:
        chunk.aliases = aliases
    return chunks
