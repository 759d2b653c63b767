"""Every figure the served reports state, as rows an analyst can sort, filter and export.

Ingest parses each passage's quantities (``ingest/numbers.py``); this reads them back with
what makes a row of a figures table: the subject the sentence or table row names
(market, segment, region, company), the metric (market size, CAGR, share, revenue,
growth), the period, the value as stated, a normalised value (amounts in billions of
their currency, so 340.3 亿美元 and USD 34.03 billion compare), and the citation.
Table cells are read with :func:`~reportqa.server.calc.tables.table_cells`, the reader
the calculations use, so a cell's column header ("2019") is its period here as there.
"""

from __future__ import annotations

import re
import threading
import weakref
from concurrent.futures import Future
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from reportqa.index.retriever import HybridSearcher
from reportqa.ingest.models import Chunk, Quantity
from reportqa.ingest.numbers import CAGR, PERIOD, SCALES, YEAR, table_row_at, years_in
from reportqa.server.calc.tables import Cell, table_cells

# What a figure can be filed under; its unit narrows the choice and the words of its clause decide.
METRICS = ("cagr", "share", "growth", "revenue", "market_size", "amount", "percent", "count")
_METRIC_WORDS = {
    "share": re.compile(r"\bshare|份额|占比|占有率", re.IGNORECASE),
    "growth": re.compile(
        r"\bgr[eo]w|\bgrowth|\bincreas|\bdeclin|\brise|\brose|增长|成长|增幅|增速|下降", re.IGNORECASE
    ),
    "revenue": re.compile(r"\brevenue|\bsales\b|\bturnover|营收|收入|销售额", re.IGNORECASE),
    "market_size": re.compile(
        r"\bmarket\b|\bvalued\b|\bsize\b|\bworth\b|\b(?:base|forecast|estimated) year"
        r"|市场|市值|规模|基准年|预测年|预计年",
        re.IGNORECASE,
    ),
}
_RATE_METRICS = ("share", "growth")  # tried in this order on a percentage that is not a CAGR
_CURRENCY_METRICS = ("revenue", "market_size")  # tried in this order on an amount of money
NORMAL_SCALE = "billion"  # amounts are compared in billions of their currency

_MARKET_EN = re.compile(r"((?:[A-Z][\w&'-]*\s+){1,6}[Mm]arket)\b")
_MARKET_ZH = re.compile(r"([\u4e00-\u9fff]{2,12}?市场)")
_MARKET_WORD = re.compile(r"market$|市场$", re.IGNORECASE)
_ZH_FUNCTION_CHARS = re.compile(r"[年的占据将在于为从及和与其了、]")
# A Chinese clause's opening name ends where its verb or "的复合年增长率" starts; 在 only before a
# year or 预测 ("在线" is part of a name).
_ZH_LEAD = re.compile(
    r"^(?:而|但|且|其中|同时)?([\u4e00-\u9fffA-Za-z]{2,20}?)\s*(?:将|占|预计|的复合|的增长|在\s*(?:\d|预测)|于\s*\d)"
)
_NAME_EN = re.compile(r"^\s*(?:the\s+|in\s+|by\s+)?((?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|of|and|&))*)")
_LABEL_NOISE = re.compile(
    r"[\[(（][^\])）]*[\])）]|[：:]|\b(?:base|estimated|forecast)\s+year\b|基准年|预计年份|预测年份|年份", re.IGNORECASE
)
_STOP_NAMES = {"The", "In", "By", "From", "With", "This", "It", "Its", "A", "An", "As", "At", "On", "Over", "Between"}


@dataclass(frozen=True)
class StatedFigure:
    """One figure a report states, with what it is a figure of and where it stands."""

    doc: str
    title: str
    subject: str
    metric: str  # one of METRICS
    period: str  # "2025", "2025-2030", or "" when the report gives none
    value: str  # the digits as written, sign included, no thousands separators
    unit: str  # "USD", "CNY", …, "%", "pp" or "" (a table's stated unit counts as stated)
    scale: str  # "", "亿", "billion", …
    display: str  # the figure as written, e.g. "340.3亿美元"
    normalised_value: float | None
    normalised_unit: str
    passage: str  # the citation's passage id
    page: int | None
    section: str
    kind: str  # "paragraph", "list" or "table"
    location: str

    def in_year(self, year: int) -> bool:
        """Whether the figure's period is ``year`` or a span of years holding it."""
        years = [int(y) for y in YEAR.findall(self.period)]
        return bool(years) and min(years) <= year <= max(years)


def market_of(text: str, lang: str = "") -> str:
    """The first market ``text`` names ("Call Centers Market", "客服中心市场"), or "";
    a text naming markets in both languages gives the one in ``lang``."""
    english, chinese = _MARKET_EN.search(text), _MARKET_ZH.search(text)
    if english and (lang == "en" or not chinese or (lang != "zh" and english.start() < chinese.start())):
        words = english.group(1).split()
        while words and words[0] in _STOP_NAMES:
            words = words[1:]
        return " ".join(words)
    if chinese:
        # Chinese writes no spaces: the market's name starts after the last little word before it
        # ("2024年占据客户技术支持服务市场" names 客户技术支持服务市场).
        name = _ZH_FUNCTION_CHARS.split(chinese.group(1))[-1]
        return name if len(name) > 2 else ""
    return ""


def _leading_name(clause: str) -> str:
    """A capitalised name opening an English clause ("North America held …" -> "North America")."""
    match = _NAME_EN.match(clause)
    if not match:
        return ""
    words = [w for w in match.group(1).split() if not YEAR.fullmatch(w)]
    while words and words[0] in _STOP_NAMES:
        words = words[1:]
    return " ".join(words)


def _chinese_lead(clause: str) -> str:
    """The name a Chinese clause opens with, before its verb ("计算机和笔记本电脑占…" -> 计算机和笔记本电脑)."""
    match = _ZH_LEAD.match(clause.strip())
    return match.group(1) if match else ""


def _clause_subject(clause: str, lang: str) -> str:
    """Who a clause states its figure of: the holder of a share ("X 占 …市场份额"), else the market it
    names, else the name it opens with."""
    if "占" in clause and _chinese_lead(clause):
        return _chinese_lead(clause)
    return market_of(clause, lang) or _leading_name(clause) or _chinese_lead(clause)


def _label_subject(label: str) -> str:
    """A table row's label without the years and the "Base Year" words that only name the period."""
    cleaned = " ".join(YEAR.sub(" ", _LABEL_NOISE.sub(" ", label)).split()).strip(" 年")
    return "" if len(cleaned) < 2 or CAGR.fullmatch(cleaned.strip(" %")) else cleaned


def metric_of(context: str, unit: str) -> str:
    """What the figure measures, from the words of its clause or table row, among what its unit allows."""
    if unit in ("%", "pp"):
        if unit == "%" and CAGR.search(context):
            return "cagr"
        return next((m for m in _RATE_METRICS if _METRIC_WORDS[m].search(context)), "percent")
    if unit:
        return next((m for m in _CURRENCY_METRICS if _METRIC_WORDS[m].search(context)), "amount")
    return "count"


_SPACED_DIGITS = re.compile(r"(?<=\b\d) (?=\d\b)")


def _period(text: str) -> str:
    text = _SPACED_DIGITS.sub("", text)  # a header typeset "2 0 1 8" names 2018
    span = PERIOD.search(text)
    if span:
        return "-".join(span.groups())
    years = years_in(text)
    return str(years[0]) if len(years) == 1 else ""


def _normalised(value: str, unit: str, scale: str) -> tuple[float | None, str]:
    try:
        number = Decimal(value) * SCALES.get(scale, 1)
    except InvalidOperation:
        return None, ""
    if unit in ("%", "pp"):
        return float(number), unit
    if unit:
        return float(number / SCALES[NORMAL_SCALE]), f"{unit} {NORMAL_SCALE}"
    return float(number), ""


def _row(chunk: Chunk, **fields) -> StatedFigure:
    value, unit, scale = fields["value"], fields["unit"], fields["scale"]
    if fields["metric"] == "amount" and _MARKET_WORD.search(fields["subject"]):
        fields["metric"] = "market_size"  # an amount a market is stated at is its size: "reaching USD 59.34 billion"
    normalised_value, normalised_unit = _normalised(value, unit, scale)
    return StatedFigure(
        doc=chunk.doc_id,
        title=chunk.title,
        normalised_value=normalised_value,
        normalised_unit=normalised_unit,
        passage=chunk.id,
        page=chunk.page,
        section=chunk.section,
        kind=chunk.kind,
        location=chunk.location,
        **fields,
    )


def _cell_figure(chunk: Chunk, cell: Cell, caption: str, fallback: str) -> StatedFigure:
    context = f"{cell.row} {cell.column}"
    # An amount's caption says what the whole table counts ("Revenue by region"); a rate's row says which rate.
    return _row(
        chunk,
        subject=_label_subject(cell.row) or fallback,
        metric=metric_of(f"{context} {chunk.context} {caption}" if cell.unit != "%" else context, cell.unit),
        period=_period(cell.column) or _period(cell.row),
        value=str(cell.value),
        unit=cell.unit,
        scale=cell.scale,
        display=chunk.text[cell.start : cell.end].strip(),
    )


def _prose_figure(chunk: Chunk, quantity: Quantity, fallback: str) -> StatedFigure:
    clause = quantity.subject
    return _row(
        chunk,
        subject=_clause_subject(clause, chunk.lang) or fallback,
        metric=metric_of(clause, quantity.unit),
        period=quantity.period or (str(quantity.year) if quantity.year else ""),
        value=quantity.value,
        unit=quantity.unit,
        scale=quantity.scale,
        display=quantity.text,
    )


def chunk_figures(chunk: Chunk) -> list[StatedFigure]:
    """The figures one passage states, in reading order: table cells, then the figures of its prose."""
    prose = "\n".join(line for line in chunk.text.splitlines() if not line.lstrip().startswith("|"))
    fallback = market_of(prose, chunk.lang) or market_of(chunk.title, chunk.lang)
    cells = [_cell_figure(chunk, cell, prose, fallback) for cell in table_cells(chunk)] if "|" in chunk.text else []
    stated = [_prose_figure(chunk, q, fallback) for q in chunk.quantities if table_row_at(chunk.text, q.start) is None]
    return cells + stated


# Each version's catalogue, read once; a Future so that a request arriving while it is
# being read waits for that read instead of starting its own.
_CATALOGUES: weakref.WeakKeyDictionary[HybridSearcher, Future[list[StatedFigure]]] = weakref.WeakKeyDictionary()
_CATALOGUES_LOCK = threading.Lock()


def _claim(searcher: HybridSearcher) -> tuple[Future[list[StatedFigure]], bool]:
    """The searcher's catalogue future, and whether the caller created it and so must read it."""
    with _CATALOGUES_LOCK:
        future = _CATALOGUES.get(searcher)
        if future is not None:
            return future, False
        future = _CATALOGUES[searcher] = Future()
        return future, True


def _read(searcher: HybridSearcher, future: Future[list[StatedFigure]]) -> None:
    try:
        future.set_result([f for chunk in searcher.data.chunks for f in chunk_figures(chunk)])
    except Exception as exc:
        with _CATALOGUES_LOCK:  # the next request reads it again; those waiting now get the error
            _CATALOGUES.pop(searcher, None)
        future.set_exception(exc)


def catalogue(searcher: HybridSearcher) -> list[StatedFigure]:
    """Every figure of the searcher's index version, read once per version (waiting for a read under way)."""
    future, claimed = _claim(searcher)
    if claimed:
        _read(searcher, future)
    return future.result()


def read_in_background(searcher: HybridSearcher) -> None:
    """Start reading the catalogue of a version as it is loaded, so no request waits for the whole read.

    A 10k-passage version takes about a second; ``GET /figures`` asked before the read
    ends waits only for the rest of it.
    """
    future, claimed = _claim(searcher)
    if claimed:
        threading.Thread(target=_read, args=(searcher, future), daemon=True, name="figures-catalogue").start()


@dataclass(frozen=True)
class FigureFilter:
    """What ``GET /figures`` narrows the list to; empty fields do not filter."""

    doc: str = ""
    metric: str = ""
    year: int | None = None
    q: str = ""

    def keeps(self, figure: StatedFigure) -> bool:
        """Whether ``figure`` passes every filter that is set."""
        words = self.q.casefold()
        return (
            (not self.doc or figure.doc == self.doc)
            and (not self.metric or figure.metric == self.metric)
            and (self.year is None or figure.in_year(self.year))
            and (not words or words in f"{figure.subject} {figure.title} {figure.display}".casefold())
        )


def list_figures(searcher: HybridSearcher, wanted: FigureFilter) -> list[StatedFigure]:
    """The served figures ``wanted`` keeps, report by report in reading order."""
    return [f for f in catalogue(searcher) if wanted.keeps(f)]
