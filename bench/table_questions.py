"""Generate calculation questions over every table of the marketset's md and html reports.

The tables are read with a reader of their own (a pipe-table split for Markdown, the standard
library's HTML parser for HTML), not reportqa's ingest, so the golds do not share its bugs.
PDF reports are skipped. For each table a seeded sample of questions is drawn per family
(difference and percentage change between two years of one row, ratio of two rows, share of a
row in the total row, sum of two rows, CAGR between years at least two apart), in the report's
language and in several phrasings per family, with the gold computed from the cells.

    python -m bench.table_questions            # writes tests/data/marketset/more/tables.jsonl
    python -m bench.table_questions --check    # exit 1 if the file differs from a fresh run
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

REPORTS = Path("tests/data/marketset/reports")
OUT = Path("tests/data/marketset/more/tables.jsonl")
SEED = 22
# Questions per table and family (a seeded sample of rows and columns): more of the year
# families, which fewer tables allow.
PER_FAMILY = {"difference": 2, "percent_change": 2, "cagr": 2, "ratio": 1, "share": 1, "sum": 1}

_YEAR = re.compile(r"(20\d\d)")
_UNIT = re.compile(r"[（(]([^）)]*)[）)]")
_NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
_TOTAL = re.compile(r"^(合计|总计|total|global|全球合计|all)$", re.I)
# Columns that hold growth rates or shares: not amounts to difference, sum or share.
_RATE_HEADER = re.compile(r"增长|增速|占比|比重|份额|比例|渗透|国产化|share|growth|cagr|margin|rate|%", re.I)
_SKIP_ROW = re.compile(r"^(其他|其它|other|others|rest of)", re.I)


@dataclass(frozen=True)
class Column:
    """One numeric column: the measure its header names, the year, the unit."""

    index: int
    measure: str
    year: int | None
    unit: str
    header: str


@dataclass(frozen=True)
class Table:
    doc: str
    lang: str
    rows: list[list[str]]  # body rows, first cell the label
    columns: list[Column]


# ----- reading ----------------------------------------------------------------------------


class _HtmlTables(HTMLParser):
    """Tables as grids of header rows and body rows, colspan and rowspan expanded."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[list[list[str]], list[list[str]]]] = []
        self._rows: list[tuple[bool, list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._in_head = False
        self._is_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self._rows = []
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._rows.append((self._in_head, []))
        elif tag in ("td", "th"):
            self._cell, self._is_th = [], tag == "th"
            self._span = (int(a.get("colspan") or 1), int(a.get("rowspan") or 1))

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None:
            head, cells = self._rows[-1]
            if self._is_th and not head and not cells:
                pass  # a row label written as <th> in the body is still a body cell
            cells.append((" ".join("".join(self._cell).split()), *self._span))
            self._cell = None
        elif tag == "table":
            self.tables.append(_grid(self._rows))

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _grid(rows: list[tuple[bool, list[tuple[str, int, int]]]]) -> tuple[list[list[str]], list[list[str]]]:
    """Expand spans: a colspan repeats the text across columns, a rowspan down rows."""
    pending: dict[tuple[int, int], str] = {}
    out: list[tuple[bool, list[str]]] = []
    for r, (head, cells) in enumerate(rows):
        line: list[str] = []
        it = iter(cells)
        c = 0
        while True:
            if (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
                continue
            nxt = next(it, None)
            if nxt is None:
                break
            text, colspan, rowspan = nxt
            for dc in range(colspan):
                line.append(text)
                for dr in range(1, rowspan):
                    pending[(r + dr, c + dc)] = text
            c += colspan
        out.append((head, line))
    return [line for h, line in out if h], [line for h, line in out if not h]


def _markdown_tables(text: str) -> list[tuple[list[list[str]], list[list[str]]]]:
    tables, block = [], []
    for line in [*text.splitlines(), ""]:
        if line.strip().startswith("|"):
            block.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if len(block) >= 3 and set("".join(block[1])) <= set("-: "):
            tables.append(([block[0]], block[2:]))
        block = []
    return tables


def _columns(header_rows: list[list[str]]) -> list[Column]:
    width = max(len(r) for r in header_rows)
    cols = []
    for i in range(1, width):
        parts: list[str] = []
        for r in header_rows:
            if i < len(r) and r[i] not in parts:
                parts.append(r[i])
        header = " ".join(parts)
        years = _YEAR.findall(header)
        unit = (_UNIT.search(header) or [None, ""])[1] if _UNIT.search(header) else ""
        measure = _UNIT.sub("", header)
        measure = re.sub(r"(20\d\d)\s*年?|\bin\b\s*$|E\b", "", measure)
        measure = " ".join(measure.replace(",", " ").split()).strip(" ，,:")
        cols.append(Column(i, measure, int(years[0]) if len(years) == 1 else None, unit, header))
    return cols


def read_tables(path: Path) -> list[Table]:
    """Every table of one md or html report."""
    text = path.read_text(encoding="utf-8")
    lang = "zh" if len(re.findall(r"[\u4e00-\u9fff]", text)) > len(text) / 20 else "en"
    if path.suffix == ".md":
        raw = _markdown_tables(text)
    else:
        parser = _HtmlTables()
        parser.feed(text)
        raw = parser.tables
    return [Table(path.name, lang, body, _columns(head)) for head, body in raw if head and body]


# ----- questions --------------------------------------------------------------------------


def _value(cell: str) -> float | None:
    cell = cell.replace("\u2212", "-").strip()
    return float(cell.replace(",", "")) if _NUMBER.match(cell) else None


_MONEY = re.compile(r"USD|EUR|RMB|CNY|US\$|元|billion|million|\bbn\b", re.I)


def _amount_columns(table: Table) -> list[Column]:
    """Columns of amounts of one year; a column whose header names no measure is a market's size
    only in money or unitless ("2024 (USD billion)", "2024"): "2024 (GW)" could be installations
    or capacity."""
    return [
        c
        for c in table.columns
        if not _RATE_HEADER.search(c.header) and c.year and (c.measure or not c.unit or _MONEY.search(c.unit))
    ]


def _measure(col: Column, lang: str) -> str:
    if col.measure:
        # Analysts write "the revenue of X", not "the Revenue of X"; keep acronyms as written.
        m = col.measure
        return m[0].lower() + m[1:] if lang == "en" and not m[:2].isupper() else m
    return "市场规模" if lang == "zh" else "market size"


PHRASES: dict[str, dict[str, list[str]]] = {
    "difference": {
        "en": [
            "What was the change in {row}'s {m} between {y1} and {y2}?",
            "By how much did {m} for {row} change from {y1} to {y2}?",
            "What is the difference between {row}'s {m} in {y2} and in {y1}?",
            "How much did {row} add in {m} from {y1} to {y2}?",
        ],
        "zh": [
            "{row}的{m}从{y1}年到{y2}年变化了多少？",
            "{y2}年{row}的{m}比{y1}年增加了多少？",
            "{row}{y1}年与{y2}年的{m}差值是多少？",
            "{y1}年至{y2}年，{row}的{m}增长了多少？",
        ],
    },
    "percent_change": {
        "en": [
            "What was the percentage change in {row}'s {m} from {y1} to {y2}?",
            "By what percentage did {m} for {row} grow between {y1} and {y2}?",
            "How fast did {row}'s {m} grow from {y1} to {y2}, in percent?",
            "What was the growth rate of {row}'s {m} in {y2} over {y1}?",
        ],
        "zh": [
            "{row}的{m}{y2}年比{y1}年增长了百分之多少？",
            "{y1}年到{y2}年{row}的{m}增速是多少？",
            "{row}{y2}年{m}的同比增长率是多少？",
            "与{y1}年相比，{y2}年{row}的{m}变化了百分之几？",
        ],
    },
    "ratio": {
        "en": [
            "What was the ratio of {row}'s {m} to {row2}'s in {y}?",
            "{row}'s {m} was how many times {row2}'s in {y}?",
            "In {y}, {row}'s {m} was what multiple of {row2}'s?",
            "What is {row}'s {m} divided by {row2}'s for {y}?",
        ],
        "zh": [
            "{y}年{row}的{m}是{row2}的多少倍？",
            "{y}年{row}与{row2}的{m}之比是多少？",
            "{y}年{row}{m}相当于{row2}的几倍？",
            "按{m}计，{y}年{row}是{row2}的多少倍？",
        ],
    },
    "share": {
        "en": [
            "What share of the total {m} did {row} account for in {y}?",
            "What percentage of total {m} in {y} came from {row}?",
            "{row}'s {m} in {y} as a percentage of the total?",
            "How much of the {y} total {m} was {row}, in percent?",
        ],
        "zh": [
            "{y}年{row}占{m}合计的比重是多少？",
            "{y}年{row}的{m}占总额的百分之多少？",
            "{row}在{y}年{m}合计中的占比是多少？",
            "按{m}计，{y}年{row}占合计的份额是多少？",
        ],
    },
    "sum": {
        "en": [
            "What was the combined {m} of {row} and {row2} in {y}?",
            "What were {row} and {row2} together in {m} in {y}?",
            "What is the total {m} for {row} and {row2} for {y}?",
            "Add {row}'s and {row2}'s {m} in {y}: what do they come to?",
        ],
        "zh": [
            "{y}年{row}和{row2}的{m}合计是多少？",
            "{y}年{row}与{row2}的{m}加起来是多少？",
            "{row}和{row2}在{y}年的{m}总和是多少？",
            "{y}年{row}、{row2}两者{m}共计多少？",
        ],
    },
    "cagr": {
        "en": [
            "What was the CAGR of {row}'s {m} from {y1} to {y2}?",
            "What compound annual growth rate does {row}'s {m} imply between {y1} and {y2}?",
            "Calculate the CAGR of {m} for {row} over {y1}-{y2}.",
            "At what average annual rate did {row}'s {m} grow from {y1} to {y2}?",
        ],
        "zh": [
            "{y1}年至{y2}年{row}的{m}年均复合增长率是多少？",
            "{row}的{m}从{y1}年到{y2}年的CAGR是多少？",
            "计算{row}{m}{y1}-{y2}年的年均增长率。",
            "{y1}年到{y2}年，{row}{m}的复合年增长率为多少？",
        ],
    },
}


def _fmt(x: float) -> str:
    return repr(round(x, 4)) if abs(x) >= 1e-4 else "0.0"


def _candidates(table: Table) -> dict[str, list[dict]]:
    """Every question a table allows, per family, as question fields without wording."""
    labels = [r[0] for r in table.rows]
    total = next((i for i, label in enumerate(labels) if _TOTAL.match(label)), None)
    members = [i for i, label in enumerate(labels) if i != total and not _SKIP_ROW.match(label)]
    amount = _amount_columns(table)
    out: dict[str, list[dict]] = {f: [] for f in PHRASES}

    def cell(i: int, col: Column) -> tuple[str, float] | None:
        row = table.rows[i]
        v = _value(row[col.index]) if col.index < len(row) else None
        return (row[col.index], v) if v is not None else None

    by_measure: dict[str, list[Column]] = {}
    for col in amount:
        by_measure.setdefault(col.measure, []).append(col)
    for cols in by_measure.values():
        pairs = [(a, b) for a in cols for b in cols if a.year and b.year and a.year < b.year]
        for i in members:
            for a, b in pairs:
                ca, cb = cell(i, a), cell(i, b)
                if not ca or not cb or ca[1] == 0:
                    continue
                base = {"row": labels[i], "m": _measure(a, table.lang), "y1": a.year, "y2": b.year, "gold": cb[0]}
                out["difference"].append({**base, "f": f"{cb[1]}-{ca[1]}", "v": [cb[1] - ca[1]]})
                pct = (cb[1] - ca[1]) / ca[1] * 100
                out["percent_change"].append({**base, "f": f"({cb[1]}-{ca[1]})/{ca[1]}*100", "v": [pct]})
                n = b.year - a.year  # type: ignore[operator]
                if n >= 2 and ca[1] > 0 and cb[1] > 0:
                    cagr = ((cb[1] / ca[1]) ** (1 / n) - 1) * 100
                    out["cagr"].append({**base, "f": f"(({cb[1]}/{ca[1]})**(1/{n})-1)*100", "v": [cagr]})
    for col in amount:
        m = _measure(col, table.lang)
        for i in members:
            ci = cell(i, col)
            if not ci:
                continue
            for j in members:
                cj = cell(j, col)
                if j == i or not cj or cj[1] == 0:
                    continue
                base = {"row": labels[i], "row2": labels[j], "m": m, "y": col.year, "gold": ci[0]}
                out["ratio"].append({**base, "f": f"{ci[1]}/{cj[1]}", "v": [ci[1] / cj[1]]})
                if i < j:
                    out["sum"].append({**base, "f": f"{ci[1]}+{cj[1]}", "v": [ci[1] + cj[1]]})
            ct = cell(total, col) if total is not None else None
            if ct and ct[1]:
                base = {"row": labels[i], "m": m, "y": col.year, "gold": ci[0]}
                out["share"].append({**base, "f": f"{ci[1]}/{ct[1]}*100", "v": [ci[1] / ct[1] * 100]})
    return out


def generate(reports: Path = REPORTS) -> list[dict]:
    """The questions, in a fixed order, drawn with a fixed seed."""
    rng = random.Random(SEED)
    items: list[dict] = []
    turn: dict[tuple[str, str], int] = {}
    for path in sorted(reports.glob("*")):
        if path.suffix not in (".md", ".html"):
            continue
        for table in read_tables(path):
            for family, found in _candidates(table).items():
                for c in rng.sample(found, min(PER_FAMILY[family], len(found))):
                    k = turn.get((family, table.lang), 0)
                    turn[(family, table.lang)] = k + 1
                    phrases = PHRASES[family][table.lang]
                    fields = {key: c[key] for key in ("row", "row2", "m", "y", "y1", "y2") if key in c}
                    item = {
                        "id": "",
                        "lang": table.lang,
                        "kind": "computed",
                        "q": phrases[k % len(phrases)].format(**fields),
                        "gold": [c["gold"]],
                        "numbers_any": [float(_fmt(v)) for v in c["v"]],
                        "tol_rel": 0.005,
                        "formula": c["f"],
                        "op": family,
                        "doc": table.doc,
                        "split": "tune",
                    }
                    if family in ("difference", "percent_change") and c["v"][0] < 0:
                        item["numbers_any"].append(-item["numbers_any"][0])  # "fell by 5%" states 5
                    items.append(item)
    for n, item in enumerate(items, 1):
        item["id"] = f"tables-{n:03d}"
    return items


def render(items: list[dict]) -> str:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = ap.parse_args(argv)
    text = render(generate())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("tables.jsonl is up to date" if same else "tables.jsonl differs from a fresh run")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} questions to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
