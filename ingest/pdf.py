"""PDF pages to structured text with pdfplumber: paragraphs, headings, bullets and pipe tables.

pypdf's ``extract_text`` gave one line per printed line, in content-stream order, with
headers, footers and ruled tables mixed in. Here words come with their positions, so:

* ruled tables are found by their lines, and runs of lines split by wide gaps are taken
  for tables printed without rules; both are written as pipe tables, first row as header;
* a page whose text runs in two columns is read left column first, then right;
* printed lines are re-joined into paragraphs where the typesetter wrapped them (the next
  line's first word would not have fitted) and kept apart where a line stops short (a
  paragraph end, a bullet, a table row); a sentence cut by a page break is finished on
  the page where it starts;
* lines repeated in the top or bottom margin of most pages, and page numbers, are dropped;
* lines in a larger font (or bold, standing alone) become markdown headings.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportqa.ingest.models import Page


class PdfProblem(ValueError):
    """The PDF as a whole cannot be read (broken, encrypted, or no text layer at all)."""


@dataclass(frozen=True)
class PdfText:
    """What a PDF yields: its title, one :class:`Page` per page with text, and per-page problems."""

    title: str
    pages: list[Page]
    problems: list[str]


@dataclass(frozen=True)
class _Cell:
    """Text set off by wide gaps on a printed line, with where it starts and ends."""

    text: str
    x0: float
    x1: float


@dataclass
class _Line:
    """A printed line (or a whole table) with the geometry that decides how it joins."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float = 0.0
    bold: bool = False
    table: bool = False
    edge: float = 0.0  # right edge of the line's column
    lead_width: float = 0.0  # width of the first word: a wrap happens when it cannot fit above
    cells: tuple[_Cell, ...] = ()  # the text split at wide gaps, as an unruled table row prints


_CELL_GAP = 0.8  # a gap of this many font sizes between words separates table cells
_MIN_PLAIN_ROWS = 3
_MAX_HEADER_LINES = 3  # header rows printed above an unruled table's first row
_MARGIN = 0.09  # share of the page height where running headers and footers live
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(page|p\.|第)?\s*\d{1,4}\s*((/|of|页|共)\s*\d{0,4}\s*页?)?[-–—\s]*$", re.I)
# pdfminer writes a bullet glyph it cannot map (ZapfDingbats, Symbol) as "(cid:N)".
_BULLET = re.compile(r"^([•●▪◦·‣■□○◆◇*]|\(cid:\d+\)|[-–—](?=\s))\s*")
_END_PUNCT = tuple(".。!！?？;；:：,，")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_LIST_MARK = re.compile(r"^([•●▪◦·‣■□○◆◇*–—-]|\(cid:\d+\)|\(?\w{1,3}[.)])$")
_HYPHENATED = re.compile(r"[A-Za-z]-$")
_STRUCTURE = ("#", "|", "- ")  # blocks that are headings, tables or list items
_YEAR = re.compile(r"(?<![\d,.$])(19|20)\d\d(?![\d,.%])")
_SENTENCE_STOP = tuple(".。!！?？")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]")


def _words_to_lines(words: list[dict]) -> list[list[dict]]:
    """Group words whose tops agree (within a third of their size) into printed lines."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= max(2.0, word["size"] / 3):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _join_words(words: list[dict]) -> str:
    out = words[0]["text"]
    for prev, word in zip(words, words[1:]):
        # CJK text carries no spaces; a gap between two CJK words is layout, not a space.
        tight = _CJK.search(prev["text"][-1]) and _CJK.search(word["text"][0])
        out += ("" if tight else " ") + word["text"]
    return out


def _make_line(words: list[dict]) -> _Line:
    sizes = Counter(round(w["size"], 1) for w in words)
    return _Line(
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        x0=words[0]["x0"],
        x1=words[-1]["x1"],
        text=_join_words(words),
        size=sizes.most_common(1)[0][0],
        bold=all("bold" in w["fontname"].lower() for w in words),
        # CJK wraps at any character, so there the unit that did not fit is one character.
        lead_width=words[0]["size"] if _CJK.match(words[0]["text"]) else words[0]["x1"] - words[0]["x0"],
        cells=_cells(words),
    )


def _cells(words: list[dict]) -> tuple[_Cell, ...]:
    """Split a line where the space between words is wider than a typeset space can be."""
    cells = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word["x0"] - prev["x1"] >= _CELL_GAP * word["size"]:
            cells.append([word])
        else:
            cells[-1].append(word)
    return tuple(_Cell(_join_words(cell), cell[0]["x0"], cell[-1]["x1"]) for cell in cells)


def _plain_tables(lines: list[_Line]) -> list[_Line]:
    """Turn tables printed without rules into pipe tables.

    A table is a block of consecutive lines, at least three of which split into two or more
    cells at wide gaps (prose never has such gaps on three lines in a row). Within the block,
    a line of one cell in the label column is a section label or the wrapped end of the
    label above; header rows are found by :func:`_header_and_body`. Cells find their column
    by position (:func:`_grid`), so a row with empty cells, a right-aligned figure or a
    header centred over several columns lands where it is printed.
    """
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        end = _table_end(lines, i)
        if end == i:
            out.append(lines[i])
            i += 1
            continue
        header, body = _header_and_body(out, lines[i:end])
        boundary = _label_boundary(body)
        out.append(
            _Line(
                (header or body)[0].top,
                body[-1].bottom,
                min(line.x0 for line in header + body),
                max(line.x1 for line in header + body),
                _pipe_table(_grid(header, body, boundary)),
                size=body[0].size,
                table=True,
            )
        )
        i = end
    return out


def _header_and_body(out: list[_Line], run: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Split a table's lines into header rows and body rows, taking its header from ``out``.

    The run's leading lines whose cells right of the labels hold words, dates or years (a
    heading wrapped over two lines, the year row, the unit) are header rows. Above the run,
    lines over the figure columns are header rows too, and section labels ("Segment A:")
    between them and the run belong to the body; all of these are taken off ``out``.
    """
    left = min(line.x0 for line in run)

    def heads(line: _Line) -> bool:
        over = [c for c in line.cells if c.x0 > left + line.size]
        return bool(over) and all(map(_heading, over))

    lead = 0
    while lead < len(run) - 1 and heads(run[lead]):
        lead += 1
    header, body = run[:lead], run[lead:]
    above = out[:]
    labels: list[_Line] = []
    while not header and above and _labels(above[-1], (labels or body)[0], left):
        labels.insert(0, above.pop())
    label_edge = _label_edge(body)
    stacked: list[_Line] = []
    while (
        above
        and len(stacked) < _MAX_HEADER_LINES
        and _heads(above[-1], (stacked or header or labels or body)[0], label_edge)
    ):
        stacked.insert(0, above.pop())
    if stacked:
        out[:] = above
        body = labels + body
    return stacked + header, body


def _heading(cell: _Cell) -> bool:
    # Column headings are words, dates or years ("2018 (4)", "29, 2019", "Change 2019 Versus
    # 2018"), not figures.
    return not re.search(r"\d", cell.text) or bool(_YEAR.search(cell.text))


def _close(prev: _Line, line: _Line) -> bool:
    # Rows of a table follow at about one line's spacing; a wider gap ends the table.
    return 0 <= line.top - prev.bottom <= prev.size * 1.6


def _table_end(lines: list[_Line], start: int) -> int:
    """The index past the unruled table starting at ``start``, or ``start`` when none does."""
    if not _row_like(lines[start]):
        return start
    end, rows = start + 1, 1
    while end < len(lines) and _close(lines[end - 1], lines[end]) and not lines[end].table:
        line = lines[end]
        if _row_like(line):
            rows += 1
        elif len(line.cells) == 1 and all(_heading(c) for prev in lines[start : end + 1] for c in prev.cells):
            pass  # still in the header rows: a column heading wrapped onto a line of its own
        elif not (len(line.cells) == 1 and line.x0 <= lines[start].x0 + line.size):
            break  # a single-cell line inside a table starts in the label column
        elif not (_heads_row(lines, end) or _wraps_label(lines[end - 1], line, _label_edge(lines[start:end]))):
            break  # neither a section label over the next row nor the wrapped end of the label above
        end += 1
    return end if rows >= _MIN_PLAIN_ROWS else start


def _heads_row(lines: list[_Line], n: int) -> bool:
    # Line ``n`` stands just above a table row, as a section label does.
    return n + 1 < len(lines) and _row_like(lines[n + 1]) and _close(lines[n], lines[n + 1])


def _labels(line: _Line, below: _Line, left: float) -> bool:
    # A section label: one cell where the row labels start, just above the table's next line.
    return not line.table and len(line.cells) == 1 and line.x0 <= left + line.size and _close(line, below)


def _label_boundary(body: list[_Line]) -> float:
    """Where the figure columns start: the leftmost cell that is not a row's label."""
    left = min(line.x0 for line in body)
    figures = [c.x0 for line in body for c in line.cells if c.x0 > left + line.size]
    return min(figures, default=max(line.x1 for line in body))


def _label_edge(body: list[_Line]) -> float:
    """Where the widest row label ends: labels wrap there, header rows stand right of it."""
    boundary = _label_boundary(body)
    labels = [line.cells[0].x1 for line in body if _row_like(line) and line.cells[0].x0 < boundary - line.size]
    return max(labels, default=boundary)


def _wraps_label(row: _Line, line: _Line, edge: float) -> bool:
    # The label of ``row`` went on in ``line`` when its first word would not have fitted.
    return _row_like(row) and row.cells[0].x1 + line.lead_width + row.size * 0.6 >= edge


def _heads(line: _Line, below: _Line, label_edge: float) -> bool:
    """Whether ``line`` is a header row of the table whose first line is ``below``.

    Its text stands right of every row label: over the figure columns, where a heading
    centred over several right-aligned columns starts left of their figures. A row of
    column headings may also head the label column (the stub: "(in millions)").
    """
    over = [c for c in line.cells if c.x0 > label_edge]
    return (
        not line.table
        and _close(line, below)
        and len(over) >= len(line.cells) - _row_like(line)  # a stub heading ("$ million") may stand left
        and not line.text.endswith(_SENTENCE_STOP)
    )


def _grid(header: list[_Line], body: list[_Line], boundary: float) -> list[list[str]]:
    """The cells of an unruled table by column: a label column, then one per figure column.

    Figure columns are the spans where body cells overlap; a header cell goes to every
    column it stands over, and one alone on its line over several columns (a period centred
    over the years) heads them all.
    """
    spans: list[list[float]] = []
    for x0, x1 in sorted((c.x0, c.x1) for line in body for c in line.cells if c.x0 >= boundary - line.size):
        if spans and x0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])

    width = max(len(line.cells) for line in body)
    if len(spans) + 1 < width:  # cells not set in columns (spaced apart by hand): take them in order
        return [[c.text for c in line.cells] + [""] * (width - len(line.cells)) for line in header + body]

    def overlap(cell: _Cell, span: Sequence[float]) -> float:
        return min(cell.x1, span[1]) - max(cell.x0, span[0])

    head = [""] * (len(spans) + 1)
    left = min(line.x0 for line in body)
    # A header row with one heading per column (the years) is set as the figures are.
    full = [line for line in header if len(line.cells) == len(head)]
    columned = [c for line in full for c in line.cells[1:] if c.x0 > left + line.size]
    slots = _slots(spans, [c for line in body for c in line.cells if c.x0 >= boundary - line.size] + columned)
    for line in header:
        if len(line.cells) == len(head):  # a full header row: one heading a column, in order
            head = [_join(h, cell.text) if h else cell.text for h, cell in zip(head, line.cells)]
            continue
        for cell in line.cells:
            if cell.x0 <= left + line.size:  # the stub heading over the labels, where they start
                head[0] = _join(head[0], cell.text) if head[0] else cell.text
                continue
            over = [n for n, span in enumerate(spans, 1) if overlap(cell, span) > 0]
            # A heading spanning columns (a merged cell: "Revenue (USD million)" centred over
            # 2023 | 2024) may stand over no figure of the right one, as figures are
            # right-aligned, but it reaches well into the width of each column it spans.
            reach = max(line.size, (cell.x1 - cell.x0) / 4)
            spanned = over + [n for n, slot in enumerate(slots, 1) if n not in over and overlap(cell, slot) >= reach]
            # Alone on its line over several columns' figures, or centred over them all: a
            # period heading every column ("Years Ended September 30," over the years).
            if len(line.cells) == 1 and (len(over) > 1 or (len(spanned) > 1 and _centred(cell, slots))):
                spanned = list(range(1, len(spans) + 1))
            over = spanned
            nearest = max(range(len(spans)), key=lambda n: overlap(cell, spans[n])) + 1
            for n in over or [nearest]:
                head[n] = (head[n] + " " + cell.text).strip()
    rows = [head] if header else []
    edge = _label_edge(body)
    for i, line in enumerate(body):
        row = [""] * (len(spans) + 1)
        for cell in line.cells:
            if cell.x0 < boundary - line.size:
                row[0] = cell.text
            else:
                row[max(range(len(spans)), key=lambda n: overlap(cell, spans[n])) + 1] = cell.text
        if i and len(line.cells) == 1 and _wraps_label(body[i - 1], line, edge):
            rows[-1][0] = _join(rows[-1][0], line.text) if rows[-1][0] else line.text
        else:
            rows.append(row)
    return rows


def _centred(cell: _Cell, slots: list[tuple[float, float]]) -> bool:
    # Within a quarter of a column of the middle of all the figure columns.
    middle = (slots[0][0] + slots[-1][1]) / 2
    return abs((cell.x0 + cell.x1) / 2 - middle) <= (slots[0][1] - slots[0][0]) / 4


def _slots(spans: list[list[float]], cells: list[_Cell]) -> list[tuple[float, float]]:
    """The width each figure column has on the page, from the spans its figures take.

    Figures are set right-aligned (most often), left-aligned or centred in their column, so
    a column reaches from the previous column's right edge to its own right edge, from its
    left edge to the next column's, or halfway to its neighbours either side; the first and
    last column are as wide as their neighbour's pitch.
    """
    columns = [[c for c in cells if c.x0 < x1 and c.x1 > x0] for x0, x1 in spans]
    rights = sum(max(c.x1 for c in col) - min(c.x1 for c in col) for col in columns)
    lefts = sum(max(c.x0 for c in col) - min(c.x0 for c in col) for col in columns)
    # Where in its column a figure's anchor stands: 1 at the right edge, 0 at the left. Figures
    # of one width tell nothing; reports set them right-aligned.
    side = 1.0 if rights * 2 <= lefts or lefts < 1 else 0.0 if lefts * 2 <= rights else 0.5
    anchors = [x0 + (x1 - x0) * side for x0, x1 in spans]
    pitches = [b - a for a, b in zip(anchors, anchors[1:])] or [spans[0][1] - spans[0][0]]
    before = [pitches[0], *pitches]
    after = [*pitches, pitches[-1]]
    return [(a - side * p, a + (1 - side) * q) for a, p, q in zip(anchors, before, after)]


def _row_like(line: _Line) -> bool:
    # A bullet or an item number set off by a wide gap is a list, not a table.
    return not line.table and len(line.cells) >= 2 and not _LIST_MARK.match(line.cells[0].text)


def _crosses(line: list[dict], x: float) -> bool:
    # A word over x, or a word space at x, means the line runs across it.
    return any(w["x0"] - 4 < x < w["x1"] + 4 for w in line)


def _letters(words: Iterable[dict]) -> int:
    return sum(ch.isalpha() for w in words for ch in w["text"])


def _gutter(lines: list[list[dict]], width: float) -> float | None:
    """The x of the gap between two text columns, if the page has two.

    A gutter is an x near the middle with at least three lines of prose (20+ letters)
    on each side and few lines running across it (a title or a wide table may). Requiring
    prose on both sides keeps a table row with a gap in the middle from passing for two
    columns; counting letters, not characters, keeps a column of figures ("$57,035
    $50,995 $47,105") from passing for prose. Lines of the two columns need not share a baseline.
    """
    best, best_score = None, 0
    for step in range(int(width * 0.35), int(width * 0.65), 2):
        x = float(step)
        crossing = sum(_crosses(line, x) for line in lines)
        if crossing > max(2, len(lines) // 5):
            continue
        free = [line for line in lines if not _crosses(line, x)]
        left = sum(_letters(w for w in line if w["x1"] <= x) >= 20 for line in free)
        right = sum(_letters(w for w in line if w["x0"] >= x) >= 20 for line in free)
        score = min(left, right) - crossing
        if left >= 3 and right >= 3 and score > best_score:
            best, best_score = x, score
    return best


def _reading_order(lines: list[list[dict]], tables: list[_Line], width: float) -> list[_Line]:
    """Lines and tables of one page in reading order, columns one after the other."""
    gutter = _gutter(lines, width)
    if gutter is None:
        items = sorted([_make_line(line) for line in lines] + tables, key=lambda item: item.top)
        _set_edge(items)
        return items
    items = list(tables)
    for line in lines:
        if _crosses(line, gutter):
            items.append(_make_line(line))
        else:  # the two columns' lines may share a baseline: split them at the gutter
            items += [
                _make_line(side)
                for side in ([w for w in line if w["x1"] <= gutter], [w for w in line if w["x0"] >= gutter])
                if side
            ]
    items.sort(key=lambda item: item.top)
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for item in items:
        if item.x1 <= gutter:
            left.append(item)
        elif item.x0 >= gutter:
            right.append(item)
        else:  # spans both columns: a title or a wide table closes the columns above it
            ordered += left + right + [item]
            left, right = [], []
    ordered += left + right
    for column in (
        [i for i in items if i.x1 <= gutter],
        [i for i in items if i.x0 >= gutter],
        [i for i in items if i.x0 < gutter < i.x1],
    ):
        _set_edge(column)
    return ordered


def _set_edge(items: list[_Line]) -> None:
    edge = max((i.x1 for i in items if not i.table), default=0.0)
    for item in items:
        item.edge = edge


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "/")


def _pipe_table(rows: Sequence[Sequence[str | None]]) -> str:
    """A markdown pipe table; its header rows (see :func:`_header_rows`) become one header row."""
    cells = [row for row in _header_rows([list(row) for row in rows if any(row)]) if any(row)]
    if not cells:
        return ""
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
    lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
    return "\n".join(lines)


def _header_rows(rows: list[list[str | None]]) -> list[list[str]]:
    """Fold the rows under the first that leave the label column empty into one header row.

    Printed tables head their figure columns with several rows (a period over the years, the
    years, the unit); a pipe table has one header row, so each column's parts are joined.
    A heading spanning several ruled columns comes as text then ``None`` cells: each spanned
    column is headed by it too.
    """
    count = 1
    while count < min(len(rows) - 1, _MAX_HEADER_LINES + 1) and not rows[count][0]:
        count += 1
    header = [""] * len(rows[0])
    for row in rows[:count]:
        last = ""
        for n, cell in enumerate(row):
            last = last if cell is None else _cell(cell)
            header[n] = " ".join(part for part in (header[n], last) if part)
    return [header] + [[_cell(c) for c in row] for row in rows[count:]]


def _ruled_rows(table) -> list[list[str | None]]:
    """A ruled table's cell texts; ``None`` where a cell merged with its left neighbour goes on.

    pdfplumber writes ``None`` wherever a merged cell covers the grid. One that began in a
    row above (a rowspan: "Share (%)" over the header's two rows) names nothing more there,
    so it is written as an empty cell rather than as the heading to its left going on.
    """
    rows = table.extract()
    columns = [column.bbox for column in table.columns]
    for r, row in enumerate(table.rows):
        top, bottom = row.bbox[1], row.bbox[3]
        for c, box in enumerate(row.cells):
            if box is not None:
                continue
            x, y = (columns[c][0] + columns[c][2]) / 2, (top + bottom) / 2
            merged = [cell for cell in table.cells if cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]]
            if merged and merged[0][1] < top - 1:
                rows[r][c] = ""
    return rows


def _page_lines(page) -> tuple[list[_Line], float]:
    """Reading-ordered lines of one page (tables as single items), and the page height."""
    tables = []
    boxes = []
    for table in page.find_tables():
        text = _pipe_table(_ruled_rows(table))
        if text:
            x0, top, x1, bottom = table.bbox
            boxes.append(table.bbox)
            tables.append(_Line(top, bottom, x0, x1, text, table=True))

    def outside_tables(word: dict) -> bool:
        cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    # Word breaks relative to the font size: TeX and other tight setters leave word gaps
    # under pdfplumber's default 3 pt, which ran whole lines into one word.
    words = page.extract_words(extra_attrs=["size", "fontname"], x_tolerance_ratio=0.15)
    words = [w for w in words if outside_tables(w)]
    return _reading_order(_words_to_lines(words), tables, page.width), page.height


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text).strip().lower()


def _drop_running_lines(pages: list[tuple[list[_Line], float]]) -> list[list[_Line]]:
    """Remove page numbers and lines repeated in the margins of at least half the pages."""

    def in_margin(line: _Line, height: float) -> bool:
        return line.top < height * _MARGIN or line.bottom > height * (1 - _MARGIN)

    seen: Counter[str] = Counter()
    for lines, height in pages:
        seen.update({_running_key(line.text) for line in lines if in_margin(line, height) and not line.table})
    repeated = {key for key, n in seen.items() if n >= max(2, len(pages) / 2)}
    return [
        [
            line
            for line in lines
            if line.table
            or not in_margin(line, height)
            or (_running_key(line.text) not in repeated and not _PAGE_NUMBER.match(line.text))
        ]
        for lines, height in pages
    ]


def _heading_levels(pages: list[list[_Line]]) -> dict[float, int]:
    """A heading level for each font size clearly larger than the body's (most characters)."""
    chars: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if not line.table:
                chars[line.size] += len(line.text)
    if not chars:
        return {}
    body = chars.most_common(1)[0][0]
    larger = sorted((s for s in chars if s >= body * 1.15), reverse=True)
    return {size: min(n + 1, 4) for n, size in enumerate(larger)}


def _join(prev: str, nxt: str) -> str:
    if _HYPHENATED.search(prev) and nxt[:1].islower():
        return prev[:-1] + nxt  # a word hyphenated at the line end
    if _CJK.match(prev[-1]) or _CJK.match(nxt[0]):
        return prev + nxt
    return prev + " " + nxt


def _line_gap(lines: list[_Line]) -> float:
    """The usual space between two lines of one paragraph on this page (the median gap)."""
    gaps = sorted(
        nxt.top - prev.bottom
        for prev, nxt in zip(lines, lines[1:])
        if not prev.table and not nxt.table and 0 <= nxt.top - prev.bottom < 2 * prev.size
    )
    return gaps[(len(gaps) - 1) // 2] if gaps else 0.0


def _blocks(lines: list[_Line], levels: dict[float, int]) -> list[str]:
    """Join wrapped lines into paragraphs and mark headings, bullets and tables."""
    gap = _line_gap(lines)
    blocks: list[str] = []
    prev: _Line | None = None
    for line in lines:
        if line.table:
            blocks.append(line.text)
            prev = None
            continue
        text = line.text
        level = levels.get(line.size)
        if level is None and line.bold and len(text) <= 80 and not text.endswith(_END_PUNCT):
            level = len(levels) + 1
        if level:
            if (
                prev is not None
                and prev.size == line.size
                and blocks[-1].startswith("#")
                and line.top - prev.bottom < line.size
            ):
                blocks[-1] = _join(blocks[-1], text)  # a heading printed over two lines
            else:
                blocks.append("#" * level + " " + text)
            prev = line
            continue
        bullet = _BULLET.match(text)
        if bullet:
            blocks.append("- " + text[bullet.end() :])
        elif prev is not None and _continues(prev, line, gap) and not blocks[-1].startswith("#"):
            blocks[-1] = _join(blocks[-1], text)
        else:
            blocks.append(text)
        prev = line
    return blocks


def _continues(prev: _Line, line: _Line, gap: float) -> bool:
    """Whether ``line`` goes on the paragraph of ``prev``.

    It does when it follows at the usual line spacing, in the same font size, and its
    first word would not have fitted at the end of ``prev``: the typesetter wrapped it.
    A shorter ``prev`` ended its paragraph (or is a table row or a list line).
    """
    wrapped = prev.edge - prev.x1 < line.lead_width + prev.size * 0.6
    close = 0 <= line.top - prev.bottom <= gap + prev.size * 0.3
    close = close or (line.top < prev.top and line.x0 >= prev.x1)  # goes on at the top of the next column
    return wrapped and close and abs(prev.size - line.size) < 0.6 and not prev.text.endswith(("。", "！", "？"))


def _finish_sentence(page: list[str], following: list[str]) -> None:
    """Move the end of a sentence that runs over a page break back to the page it starts on.

    A chunk lies on one page, so a sentence cut by the break would otherwise be quoted in
    two halves; it is cited at the page where it starts, as a reader would.
    """
    if not page or not following or page[-1].startswith(_STRUCTURE) or following[0].startswith(_STRUCTURE):
        return
    if page[-1].endswith(_SENTENCE_STOP):
        return
    end = _SENTENCE_END.search(following[0])
    cut = end.end() if end else len(following[0])
    page[-1] = _join(page[-1], following[0][:cut].strip())
    rest = following[0][cut:].strip()
    if rest:
        following[0] = rest
    else:
        del following[0]


def read_pdf(data: bytes) -> PdfText:
    """Extract a PDF's text page by page; raise :class:`PdfProblem` when none can be had."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            raw = [_page_lines(page) for page in pdf.pages]
            images = [bool(page.images) for page in pdf.pages]
            meta_title = str((pdf.metadata or {}).get("Title") or "")
    except PdfminerException as exc:  # pdfplumber wraps pdfminer's error as its first argument
        if exc.args and isinstance(exc.args[0], PDFPasswordIncorrect):
            raise PdfProblem("encrypted PDF (password required)") from exc
        raise PdfProblem(f"broken PDF: {exc.args[0]!r}"[:300] if exc.args else "broken PDF") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise PdfProblem(f"broken PDF: {exc.__class__.__name__}: {exc}"[:300]) from exc
    kept = [_plain_tables(lines) for lines in _drop_running_lines(raw)]
    levels = _heading_levels(kept)
    blocks = [_blocks(lines, levels) for lines in kept]
    for this, following in zip(blocks, blocks[1:]):
        _finish_sentence(this, following)
    pages, problems = [], []
    for number, (page_blocks, has_images) in enumerate(zip(blocks, images), start=1):
        text = "\n".join(page_blocks).strip()
        if text:
            pages.append(Page(number, text))
        elif has_images:
            problems.append(f"p. {number}: no text layer (scanned image?); not indexed, OCR the file to include it")
    if not pages:
        if problems:
            raise PdfProblem(f"PDF has no text layer on any of its {len(raw)} pages (scanned images?); OCR it first")
        raise PdfProblem("PDF has no extractable text")
    return PdfText(meta_title.strip(), pages, problems)
