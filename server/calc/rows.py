"""The rows an average or a sum over a table's leaders adds: "the average 2024 installation of
the five largest OEMs", "前三大厂商的合计出货量" are over the N largest figures of one column,
not one row's figures over the years; "the average price across the 4 exporting countries" over all
the rows of a column that has exactly that many.

The column is the one whose header names most of what the question measures; the N rows are
the N largest figures in it, whatever order the table lists them in. Refused (no rows) when
the question names no number of leaders, two columns fit as well, the column has fewer rows
than asked, or the N-th and the next figure tie.
"""

from __future__ import annotations

import re

from reportqa.server.calc.intents import COUNT_WORD, EVERY_ROW, ZH_COUNT_WORD, count_of, rows_counted
from reportqa.server.calc.models import Operand
from reportqa.server.calc.operands import Candidate, naming
from reportqa.server.calc.subject import names_in, subject_of, subject_words
from reportqa.server.calc.tables import (
    OTHERS_ROW,
    is_aggregate_row,
    is_whole_in,
    is_world_row,
    row_heading,
    table_header,
)

# "the five largest OEMs", "the top 3 vendors", "the three biggest", "前五大整机商", "前3家", "排名前五的".
_LEADERS = re.compile(
    rf"\b(?:top|leading|largest|biggest) {COUNT_WORD}\b|\b{COUNT_WORD} (?:largest|biggest|leading)\b|"
    rf"前{ZH_COUNT_WORD}(?:大|家|名|位)?",
    re.IGNORECASE,
)


def leaders_asked(question: str) -> int | None:
    """How many leading rows ``question`` names ("the five largest OEMs": 5), or ``None``."""
    found = _LEADERS.search(question)
    return count_of(found) if found else None


def leading_rows(question: str, items: list[Candidate], year: int | None) -> list[Operand]:
    """The figures of the N largest rows the question names, in the one column of ``year``
    whose header names most of what it measures, of a table whose rows are what the question
    names ("OEM" rows for "the five largest OEMs") and that stands whole in the passages found; none
    when that is not one column, the column has fewer than N rows, or the N-th largest ties
    with the next."""
    leaders = leaders_asked(question)
    count = leaders or rows_counted(question)
    if count is None or count < 2:
        return []
    asked = subject_of(EVERY_ROW.sub(" ", _LEADERS.sub(" ", question)))
    asks_rate = bool(_ASKS_A_RATE.search(question))
    columns: dict[tuple[str, str, frozenset[str]], list[Candidate]] = {}
    for c in items:
        # The largest rows rank amounts, or shares where the question asks one ("the combined share of the top
        # two companies"); every row of a column may average a rate ("the average growth rate of the four
        # regions"), which its header then names.
        rate_ok = not leaders or (c.operand.measure.unit == "%") == asks_rate
        if c.in_table and c.year == year and rate_ok and _counted(c.label, bool(leaders)):
            chunk = c.operand.hit.chunk  # a table split over passages is one table
            columns.setdefault((chunk.doc_id, table_header(chunk), c.column), []).append(c)
    columns = {key: cells for key, cells in columns.items() if _rows_asked(question, asked, cells)}
    if not asks_rate:  # "the average size of the five segments": not their shares' column
        columns = {key: cells for key, cells in columns.items() if cells[0].operand.measure.unit != "%"}
    fits = {key: (len(asked & key[2]), len(asked & subject_words(cells[0].scope))) for key, cells in columns.items()}
    best = max(fits.values(), default=(0, 0))
    chosen = [cells for key, cells in columns.items() if fits[key] == best]
    # The year alone picks a table's one column of amounts ("2024 (GW)"); among several, the header must tell.
    if len(chosen) != 1 or (best[0] == 0 and len(columns) > 1):
        return []
    if not leaders and best[0] == 0 and asks_rate:
        return []  # a rate asked of every row, over a column whose header names no rate: the amounts
    cells = chosen[0]
    units = {(c.operand.measure.unit, c.operand.measure.scale) for c in cells}
    if len(cells) < count or len(units) != 1 or len({c.label for c in cells}) != len(cells):
        return []
    if not leaders and len(cells) != count:
        return []  # "the 4 exporting countries" over a table of five rows: which four is a guess
    ranked = sorted(cells, key=lambda c: c.operand.measure.value, reverse=True)
    if len(ranked) > count and ranked[count - 1].operand.measure.value == ranked[count].operand.measure.value:
        return []  # which row is the N-th is a guess
    return [c.operand for c in ranked[:count]]


_ASKS_A_RATE = re.compile(r"\brates?\b|\bshares?\b|\bmargins?\b|\bgrowth\b|%|率|份额|占比|增速|增幅", re.IGNORECASE)


def _counted(label: str, leaders: bool) -> bool:
    """Whether a row is one of those counted: never a total or a subtotal; "Rest of World" or "Others" is
    no leader but is one of "the five regions" a table lists."""
    return not is_aggregate_row(label) or (not leaders and bool(OTHERS_ROW.search(label)) and not is_world_row(label))


def _rows_asked(question: str, asked: frozenset[str], cells: list[Candidate]) -> bool:
    """Whether the cells' table lists what the question ranks (its rows' heading, "OEM", is
    named), stands whole in the passages found (its header and an end: a total row or text after
    it), and is about every other name the question writes."""
    cell = cells[0]
    heading = subject_words(row_heading(cell.operand.hit.chunk))
    if not heading or not heading & asked or not is_whole_in([c.operand.hit.chunk for c in cells]):
        return False
    return all(subject_words(name) <= heading or naming([cell], [name]) for name in names_in(question))
