"""Read the pipe tables of a passage as cells: row label × column header → stated value.

A table chunk may hold only later rows; ingest keeps the table's caption and header rows
in ``chunk.context`` so the cells here still know their column ("2019", "2018"). Header
rows are the rows above a ``|---|`` separator and any row right below it that states no
figure but years (multi-row headers such as "Years ended 30 June" over "2019 | 2018").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from reportqa.ingest.models import Chunk
from reportqa.ingest.normalize import HAN
from reportqa.ingest.numbers import (
    FISCAL_YEAR,
    MAX_DIGITS,
    PARENTHESISED,
    YEAR,
    parse_quantities,
    stated_unit,
    years_in,
)
from reportqa.server.calc.subject import subject_words, translated, without_measures

_SEPARATOR = re.compile(r"^\|?[\s:|-]*-[\s:|-]*$")
# Rows that are not one thing of a table: its total ("合计", "Total") and what the listed rows leave ("Others").
TOTAL_ROW = re.compile(r"^(?:合计|总计|总额|总量|全部|total|all)\b", re.IGNORECASE)
OTHERS_ROW = re.compile(r"(?:^|/ )(?:others?|all others|rest of|其他|其余)", re.IGNORECASE)


_WORLD_ROW = re.compile(r"^(?:global|world(?:wide)?|全球|世界)\b", re.IGNORECASE)
# A subtotal of the largest rows ("Top 5", "前五合计", "CR5") or of some ("小计", "Subtotal") is no one thing either.
_SUBTOTAL_ROW = re.compile(
    r"^(?:top\s*\d+\b|前[\d一二三四五六七八九十]+(?:大|名|家|合计)|CR\s?\d+\b)|小计|subtotal|合计$", re.IGNORECASE
)


def is_aggregate_row(label: str) -> bool:
    """Whether a row (its label as a candidate writes it, "group / row") is a total, the world
    the other rows are parts of, the others, or a subtotal of some of them."""
    row = label.split(" / ")[-1]
    return bool(TOTAL_ROW.match(row) or _WORLD_ROW.match(row) or _SUBTOTAL_ROW.search(row) or OTHERS_ROW.search(label))


def is_world_row(label: str) -> bool:
    """Whether a row is the world its table's other rows are parts of ("Global", "全球"): the
    total of a table that writes no "Total" row."""
    return bool(_WORLD_ROW.match(label.split(" / ")[-1]))


@dataclass(frozen=True)
class Cell:
    """One stated value of a table: its row label, its column header, and where it stands in ``chunk.text``."""

    row: str
    column: str
    value: Decimal
    unit: str  # "%", a currency code, or "" for a plain amount
    scale: str
    start: int
    end: int
    section: str = ""  # the label of the row above that states no figure ("Deferred tax liabilities:")
    period: str = ""  # the row's own cell under a period column ("FY2024 (ended May 2024)" under "Fiscal year")


def _split(line: str) -> list[str]:
    cells = line.strip().split("|")
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip() for c in cells]


def _value(text: str) -> tuple[Decimal, str, str] | None:
    """The value a cell states, with its unit and scale, or ``None`` for labels, dashes and blanks."""
    negative = PARENTHESISED.match(text.replace("−", "-"))
    if negative:
        digits = negative.group(1).replace(",", "")
        if sum(c.isdigit() for c in digits) > MAX_DIGITS:
            return None
        return -Decimal(digits), negative.group(2), ""
    found = parse_quantities(text)
    if len(found) != 1 or _is_year(text.strip()):
        return None
    quantity = found[0]
    # A cell is one figure: "12.5 (3.1)" or "2019 restated" are not.
    if len(text.strip()) > len(quantity.text) + 3:
        return None
    try:
        return Decimal(quantity.value), quantity.unit, quantity.scale
    except InvalidOperation:
        return None


def _is_year(text: str) -> bool:
    """A cell that is a year ("2019", "FY19"): a column's name, not a figure."""
    return bool(YEAR.fullmatch(text) or FISCAL_YEAR.fullmatch(text))


_DASH = re.compile(r"[—–-]")
_NIL = (Decimal(0), "", "")
_ACCOUNTS = re.compile(r"\|\s*\(\s*[\d,.]+\s*\)\s*\||\|\s*[$€£¥]")


_CAPTION_CHARS = 120  # a longer line before a table is a paragraph, not its caption


# A column whose header names only a period ("Fiscal year", "FY", "财年", "年份"): its cells say
# when each row's figures are, as a year in a column's header says when that column's are.
_PERIOD_HEADER = re.compile(
    r"(?:(?:fiscal|financial|reporting)\s+)?(?:year|period)|FY|财年|财政年度|会计年度|年份|年度|报告期", re.IGNORECASE
)


def _period_column(names: list[list[str]]) -> int | None:
    """The index of the column headed by a period only, if the table has one (not the row labels')."""
    width = max((len(h) for h in names), default=0)
    for index in range(1, width):
        header = " ".join(h[index] for h in names if index < len(h) and h[index])
        if _PERIOD_HEADER.fullmatch(header.strip()):
            return index
    return None


def _is_year_row(cells: list[str]) -> bool:
    values = [c for c in cells[1:] if c]
    return bool(values) and all(years_in(c) or _value(c) is None for c in values)


def table_cells(chunk: Chunk) -> list[Cell]:
    """Every cell of the passage's table rows that states a value, with its row and column names."""
    header_lines = [line for line in chunk.context.splitlines() if line.lstrip().startswith("|")]
    # The caption: a short line of the context, or of the passage before its first row.
    lead = chunk.text.split("\n|", 1)[0] if not chunk.text.lstrip().startswith("|") else ""
    caption = " ".join(
        line
        for line in f"{chunk.context}\n{lead}".splitlines()
        if line.strip() and not line.lstrip().startswith("|") and len(line) <= _CAPTION_CHARS
    )
    headers: list[list[str]] = [_split(line) for line in header_lines if not _SEPARATOR.match(line.strip())]
    cells: list[Cell] = []
    section = ""
    offset = 0
    below_separator = bool(header_lines)
    # Accounts (parenthesised negatives, currency signs) write a nil amount as a dash; elsewhere
    # a dash is a figure not available, and reading it as 0 would compute a change from nothing.
    accounts = bool(_ACCOUNTS.search(chunk.text))
    for raw in chunk.text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(raw)
        line = raw.strip()
        if not line.startswith("|"):
            continue
        if _SEPARATOR.match(line):
            below_separator = True
            continue
        row = _split(line)
        label = row[0] if row else ""
        states_nothing = not any(_value(c) for c in row[1:] if not years_in(c))
        # Rows above the separator name the columns, and so do rows below it that state nothing
        # but years or units ("(in thousands) | 2019 | 2018", " | $M | $M").
        if not below_separator and (_is_year_row(row) or not any(_value(c) for c in row[1:])):
            headers.append(row)
            continue
        # A row naming its columns ("$ MILLION | 53 WEEKS | 52 WEEKS | CHANGE") is a header too;
        # a group's heading ("Deferred tax liabilities: | | ") leaves them blank.
        if states_nothing and (any(years_in(c) for c in row[1:]) or not label or any(row[1:])):
            headers.append(row)
            continue
        if states_nothing:
            section = label  # "Deferred tax liabilities:" names the rows under it ("Other", "Total")
            continue
        position = raw.index("|")
        names = _spanned(headers)
        at = _period_column(names)
        period = row[at] if at is not None and at < len(row) and years_in(row[at]) else ""
        for index, text in enumerate(row):
            position = raw.index(text, position) if text else position
            column = " ".join(h[index] for h in names if index < len(h) and h[index])
            # Accounts write a year's nil amount as a dash in a row of amounts ("— | (42,271)").
            nil = accounts and _DASH.fullmatch(text) and years_in(column)
            value = (_NIL if nil else _value(text)) if index > 0 else None
            if value is None:
                continue
            start = line_start + position
            cells.append(Cell(label, column, *value, start, start + len(text), section, period))
    return _with_stated_unit(cells, headers, caption)


def row_heading(chunk: Chunk) -> str:
    """What a table's rows are, as the first cell of its first header row says ("OEM", "Region",
    "企业"), or ``""``."""
    for line in f"{chunk.context}\n{chunk.text}".splitlines():
        if line.lstrip().startswith("|") and not _SEPARATOR.match(line.strip()):
            cells = _split(line)
            return cells[0] if cells else ""
    return ""


def table_header(chunk: Chunk) -> str:
    """The header row of the table a passage holds, its own or, for a passage that goes on with a table
    split over passages, the one its context repeats; ``""`` for a passage without a table."""
    for line in f"{chunk.context}\n{chunk.text}".splitlines():
        if line.lstrip().startswith("|") and not _SEPARATOR.match(line.strip()):
            return line.strip()
    return ""


def _index(chunk: Chunk) -> int:
    return int(chunk.id.rsplit("#", 1)[1]) if chunk.id.rsplit("#", 1)[-1].isdigit() else -1


def is_whole_in(parts: list[Chunk]) -> bool:
    """Whether ``parts``, passages of one report under one table header, hold that table from the header
    to the end between them: one part opens it (:func:`is_whole_table`'s header separator in its own text),
    they follow one another, and the last ends it. A long table is cut into passages, each repeating
    the header in its context, so "the five segments" may stand in two passages."""
    ordered = sorted({c.id: c for c in parts}.values(), key=_index)
    if len(ordered) == 1:
        return is_whole_table(ordered[0])
    indices = [_index(c) for c in ordered]
    if len({(c.doc_id, table_header(c)) for c in ordered}) != 1 or indices != list(range(indices[0], indices[-1] + 1)):
        return False
    opens = any(_SEPARATOR.match(line.strip()) for line in ordered[0].text.splitlines())
    ends = is_whole_table(replace(ordered[-1], text=f"{ordered[-1].context}\n{ordered[-1].text}"))
    return opens and ends


def is_whole_table(chunk: Chunk) -> bool:
    """Whether the passage holds its table from the header to the end: the header separator,
    and after the last row a total (or world, or others) row or text: a passage cut mid-table
    ends on a row."""
    lines = [line.strip() for line in chunk.text.strip().splitlines()]
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    if not rows or not any(_SEPARATOR.match(lines[i]) for i in rows):
        return False
    last = _split(lines[rows[-1]])
    return rows[-1] < len(lines) - 1 or bool(last and is_aggregate_row(last[0]))


def _spanned(headers: list[list[str]]) -> list[list[str]]:
    """Header rows with each spanning title written into the blank cells to its right, as a
    merged cell spans them ("2019" over "M | $M"), and into the bare years after it where a
    PDF's two header rows were read as one ("Shipments (MW) 2023 | 2024")."""
    out = []
    for row in headers:
        filled = _flattened(row)
        for index in range(2, len(filled)):
            filled[index] = filled[index] or filled[index - 1]
        out.append(filled)
    return out


_TITLED_YEAR = re.compile(rf"^(?P<title>.*[^\d\s])\s+(?:{YEAR.pattern})$")  # not .*\D: quadratic on a run of spaces


# The same, read the other way round: the spanning title after its first year ("2023 Revenue | 2024").
_YEAR_TITLED = re.compile(rf"^(?:{YEAR.pattern})\s+(?P<title>[^\d\s].*)$")


def _flattened(row: list[str]) -> list[str]:
    """A header row whose spanning titles were joined to their first year ("Revenue (USD million)
    2023 | 2024 | Shipments (MW) 2023 | 2024", or "2023 Revenue | 2024 | 2023 Shipments | 2024"),
    with each title written before the bare years that follow it too ("Revenue (USD million)
    2024", "Shipments (MW) 2024")."""
    out, title = [], ""
    for cell in row:
        titled = _TITLED_YEAR.match(cell) or _YEAR_TITLED.match(cell)
        if titled and not years_in(titled["title"]):
            title = titled["title"]
        elif title and YEAR.fullmatch(cell):
            cell = f"{title} {cell}"
        else:
            title = ""
        out.append(cell)
    return out


def _with_stated_unit(cells: list[Cell], headers: list[list[str]], caption: str) -> list[Cell]:
    """Plain cells with the one unit the caption and header rows state for the whole table
    ("Revenue (USD billion)", "单位：亿元"), or the currency their own column header states where
    the table states two ("Revenue (EUR million)" under "Unit: USD million") or its other units are
    a count's scale ("Revenue (USD million)" beside "Subscribers (thousand)"); a column headed with a
    unit of another kind ("Processed volume (kt)", "Shipments (MW)") is not in the table's money,
    and several units stated with none in the column leave it plain (TAT-QA writes "(dollars in
    thousands)" over one column of several); a counted column keeps its own scale ("（亿件）")."""
    texts = [caption, *(c for row in headers for c in row if not non_money_column(c))]  # 万 of 万吨 is no money's scale
    stated = {stated_unit(text) for text in texts if stated_unit(text) != ("", "")}
    table = next(iter(stated)) if len(stated) == 1 else None
    currencies = {unit for unit, _ in stated if unit}

    def unit_of(cell: Cell) -> tuple[str, str] | None:
        own = stated_unit(cell.column)
        # The other units stated may be a count's scale alone ("Subscribers (thousand)"); a note of
        # the whole table's money that the layout put over one column ("2018 (dollars in thousands)"
        # beside "Change $") is no column's own.
        if own[0] and (len(currencies) > 1 or not any(unit for unit, _ in stated - {own})):
            return own
        if non_money_column(cell.column):
            # "业务量（亿件）": a count keeps the scale its header states, so 177.1 of it is compared with
            # "全国快递业务量1,745.8亿件" in a sentence, not taken for a figure 100 million times smaller.
            return ("", own[1]) if own[1] else None
        if own[1] and not own[0] and currencies and len(stated) > 1 and _COUNT_NAMED.search(cell.column):
            # "Subscribers (thousand)" beside "Revenue (USD million)": a scale alone, where the table's
            # money states its own, is the count's (2,980 of it is 2.98 million subscribers).
            return ("", own[1])
        return table

    out = []
    for c in cells:
        unit = unit_of(c) if c.unit != "%" and not c.scale else None
        out.append(replace(c, unit=c.unit or unit[0], scale=unit[1]) if unit else c)
    return out


# A column header naming what it counts before a bare scale: "Subscribers (thousand)", not "2019 (in thousands)".
_COUNT_NAMED = re.compile(
    r"^\s*(?!in\b)[A-Za-z]{3,}[A-Za-z0-9 ]*\(\s*(?:thousands?|millions?|billions?)\s*\)", re.IGNORECASE
)


def non_money_column(header: str) -> bool:
    """Whether a column header states a unit that is no money ("Shipments (MW)", "处理量（万吨）")."""
    return bool(HEADED_UNIT.search(header) or _OTHER_UNIT.search(header))


# A unit written as a short word with a capital ("GW", "MWh", "kt"), not a currency code.
UNIT_WORD = r"(?!USD|EUR|CNY|RMB|GBP|JPY)(?=[A-Za-z]{2})[A-Za-z]{0,2}[A-Z][A-Za-z]{0,2}"
# Such a unit, or a count, in a column header's brackets: "(MW)", "(GW)", "(thousand units)", "（万辆）"; not a
# footnote ("(4)", "(a)") or money ("(USD million)").
HEADED_UNIT = re.compile(
    rf"[(（]\s*(?:[Tt]housand\s+|[Mm]illion\s+)?({UNIT_WORD}|units|tonnes|kt|%|％|[万千]?(?:辆|台|吨))\s*[)）]"
)
# A column header's bracketed unit of a physical quantity or a count, which no money is: "(kt)",
# "(tonnes)", "(km)", "（万吨）"; not "(Loss)" of "Gain (Loss)", nor a footnote ("(a)", "(4)").
_OTHER_UNIT = re.compile(
    r"[(（]\s*(?:k?t|mt|tonnes?|tons?|kg|km|m[23²³]|units?|pcs|bbl|boe|[万千亿]?[吨辆台件套个户])\s*[)）]",
    re.IGNORECASE,
)


# "the combined 2024 market": the whole every row adds up to, as "the total 2024 market" is.
TOTAL_WORD = re.compile(r"\btotal\b|\bcombined\b|合计|总额|总计|总量|总和|总体|总数", re.IGNORECASE)
# 总 before a measure's word (总收入, 总销量, 总规模) says "total" as 总额 does: CC-CEDICT lists 总收入 as "gross
# income", which no English table's total row writes.
_TOTAL_OF_MEASURE = re.compile(
    r"总(?=(?:营业)?收入|营收|销售额|销量|出货量|装机量?|业务量|包裹量|处理量|(?:市场)?规模)"
)
# What a bare whole writes besides "total": articles, its year, particles, and a market's generic measure.
_BARE_FILLER = re.compile(
    r"\b(?:the|in|of|for|all|market|size|revenue|value)\b|(?:19|20)\d\d\s*年?|市场规模|规模|收入|[的年在中之]|[\s,，]",
    re.IGNORECASE,
)


def names_only_a_total(term: str, column: str) -> bool:
    """Whether the whole a share question names is nothing but "the total" ("总额", "合计", "the
    total", "total market size in 2030"), or the total of what the part's column measures ("业务量合计"
    under "2024年业务量（亿件）"): then it is the total row of the part's own column, whatever words
    the table's caption uses. A whole that names anything else ("the total Asian market") is not."""
    if not TOTAL_WORD.search(term):
        # "2024年总收入": the total of a measure and nothing else (not "全球总出货量", whose 全球 a table must write).
        total_of = _TOTAL_OF_MEASURE.search(term)
        return bool(total_of) and not _BARE_FILLER.sub("", without_measures(_TOTAL_OF_MEASURE.sub(" ", term)))
    rest = _BARE_FILLER.sub("", TOTAL_WORD.sub(" ", term))
    header = re.sub(r"[(（][^)）]*[)）]", "", column)
    measure = _BARE_FILLER.sub("", header)
    return not rest or (bool(measure) and (rest.lower() == measure.lower() or _measured_across(rest, header)))


def _measured_across(rest: str, header: str) -> bool:
    """Whether a whole's words in one language are, by the dictionary, all that a column header in the other
    writes: 用户 of "2024年用户总数" under "Subscribers (thousand) 2024" (用户 is "subscriber")."""
    if bool(HAN.search(rest)) == bool(HAN.search(header)):
        return False
    written = {w for w in subject_words(header) if not w.isdigit()}
    return bool(written) and written <= translated(rest)
