"""Coverage of known source text by chunks: the yardstick of the fidelity tests.

An expected item (a sentence, a list item, a heading, a table cell) is covered when one
chunk holds it; a table cell only when that same chunk also holds the cell's row label and
column header, so its figure keeps its year and unit. Whitespace is ignored in matching:
PDF extraction may space words differently from the source, but never the characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
# A sentence ends at a stop followed by space and something that may start a sentence (not
# "No. 5" or "U.S. and"), after a Chinese stop, or at a line break.
_SENTENCE = re.compile(r"(?<=[.!?。！？\"”')])\s+(?=[^\sa-z0-9,;])|(?<=[。！？；])|\n+")
_BULLET = re.compile(r"^[•●▪◦·–—-]\s*")


@dataclass(frozen=True)
class Expected:
    """A piece of source text that must reach the index."""

    kind: str  # "sentence", "list item", "heading" or "cell"
    text: str
    page: int | None = None  # the PDF page it is printed on, when known
    row: str = ""  # for a cell: its row label and column header
    header: str = ""


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def sentences(paragraph: str) -> list[str]:
    """Split source prose into sentences independently of the chunker's own splitter."""
    # A leading bullet is list markup, which loaders may rewrite as "- ".
    return [_BULLET.sub("", s.strip()) for s in _SENTENCE.split(paragraph) if s.strip()]


def table_cells(rows: list[list[str]]) -> list[Expected]:
    """Every non-empty body cell, with its row label (first cell) and column header (first row)."""
    header = rows[0]
    out = []
    for row in rows[1:]:
        for col, value in enumerate(row):
            if value.strip() and col > 0:
                head = header[col] if col < len(header) else ""
                out.append(Expected("cell", value, row=row[0], header=head))
    return out


def chunk_texts(chunks) -> list[tuple[str, int | None]]:
    """Squashed ``context + text`` of each chunk with its page (old chunks have no context)."""
    return [(squash(getattr(c, "context", "") + c.text), c.page) for c in chunks]


def missing(expected: list[Expected], chunks, check_pages: bool = False) -> list[Expected]:
    """The expected items no chunk covers (on the right page when ``check_pages``)."""
    texts = chunk_texts(chunks)
    # One joined string, so the chunks holding an item are found by fast string search.
    joined = "\x00".join(text for text, _ in texts)
    starts, offset = [], 0
    for text, _ in texts:
        starts.append(offset)
        offset += len(text) + 1
    lost = []
    for item in expected:
        needle = squash(item.text)
        others = [squash(t) for t in (item.row, item.header) if t]
        holders, at = set(), joined.find(needle)
        while at >= 0:
            holders.add(bisect_right(starts, at) - 1)
            at = joined.find(needle, at + 1)
        if not any(
            all(o in texts[n][0] for o in others) and (not check_pages or item.page is None or texts[n][1] == item.page)
            for n in holders
        ):
            lost.append(item)
    return lost


def coverage(expected: list[Expected], chunks) -> dict[str, tuple[int, int]]:
    """``{kind: (covered, total)}`` for a report of coverage per kind of item."""
    total = Counter(item.kind for item in expected)
    lost = Counter(item.kind for item in missing(expected, chunks))
    return {kind: (n - lost[kind], n) for kind, n in sorted(total.items())}
