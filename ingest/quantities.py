"""Find the quantities a passage states: value, scale, unit, year and what they are about.

The seed reports are machine-translated, so the same figure is written many ways:
"340.3 亿美元", "340.3亿美元", "USD 34.03 billion", "8.26%", "+1.8%", and table rows
such as "| 预测年份 2032 | 593.4亿美元 |". Each quantity becomes a plain dict (it is
stored in the index manifest as JSON) built from :class:`Quantity`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# A number, optionally signed; thousands separators are allowed in English text.
_NUMBER = r"(?:(?<![\w.])(?P<sign>[+\-−]))?(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
_CURRENCY_BEFORE = r"(?:(?P<pre>USD|US\$|\$|RMB|CNY|人民币|EUR|€)\s*)?"
_SCALE = r"(?:\s*(?P<scale>亿|万|千|(?:trillion|billion|million|thousand|bn)\b))?"
_UNIT_AFTER = r"(?:\s*(?P<unit>%|percentage points?|个百分点|百分点|美元|人民币|元|欧元|USD|dollars?))?"
QUANTITY = re.compile(_CURRENCY_BEFORE + _NUMBER + _SCALE + _UNIT_AFTER, re.IGNORECASE)

YEAR = re.compile(r"(?<!\d)(?<!\d\.)(?:19|20)\d{2}(?!\d|\.\d)")
_PERIOD = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:-|–|—|至|到|to)\s*((?:19|20)\d{2})(?![\d.])")
# Clauses: a figure belongs to the year of its own clause, not of the neighbouring one.
_CLAUSE = re.compile(r"[^,，;；。|\n]+")
_DURATION = re.compile(r"(?:\s*[-–]\s*\d+)?\s*年")
_CAGR = re.compile(r"cagr|compound annual|复合年增长率|年复合增长率|年均复合", re.IGNORECASE)

# Multipliers of each scale word, so 340.3亿 and 34.03 billion compare equal.
SCALES: dict[str, int] = {
    "": 1, "千": 10**3, "thousand": 10**3, "万": 10**4, "million": 10**6,
    "亿": 10**8, "billion": 10**9, "bn": 10**9, "trillion": 10**12,
}
_CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "美元": "USD", "dollar": "USD", "dollars": "USD",
    "rmb": "CNY", "cny": "CNY", "人民币": "CNY", "元": "CNY", "eur": "EUR", "€": "EUR", "欧元": "EUR",
}
_PERCENT_POINTS = {"percentage point", "percentage points", "个百分点", "百分点"}


@dataclass(frozen=True)
class Quantity:
    """One stated figure; ``value`` keeps the digits exactly as written (sign included)."""

    value: str
    scale: str  # "" or a key of SCALES
    unit: str  # "USD", "CNY", "EUR", "%", "pp" or "" for a plain count
    year: int | None
    period: str  # "2025-2030" when the clause names a span of years, else ""
    subject: str  # the clause the figure stands in, trimmed
    metric: str  # "cagr" when the clause is about a compound annual growth rate, else ""
    text: str  # the figure as written, e.g. "340.3 亿美元"
    start: int  # offsets of ``text`` in the passage
    end: int


def _unit(pre: str | None, unit: str | None) -> str:
    for word in (unit, pre):
        if not word:
            continue
        lowered = word.lower()
        if lowered == "%":
            return "%"
        if lowered in _PERCENT_POINTS:
            return "pp"
        if lowered in _CURRENCIES:
            return _CURRENCIES[lowered]
    return ""


def _nearest_year(clause: str, clause_start: int, at: int) -> int | None:
    """The year in ``clause`` closest to offset ``at`` (ties go to the year after, as in "USD 34.03 billion in 2025")."""
    years = [(abs(clause_start + m.start() - at), -m.start(), int(m.group())) for m in YEAR.finditer(clause)]
    return min(years)[2] if years else None


def _is_year(match: re.Match) -> bool:
    return not (match["scale"] or match["unit"] or match["pre"] or match["sign"]) and bool(YEAR.fullmatch(match["num"]))


def _row_context(text: str, at: int) -> tuple[str, int] | None:
    """The table row holding offset ``at`` and its start, or ``None`` outside tables.

    In "| 基准年 2025 | 340.3亿美元 |" the year sits in another cell than the figure,
    so a table figure takes its year and subject from the whole row.
    """
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return (line, line_start) if line.lstrip().startswith("|") else None


def _row_subject(row: str) -> str:
    cells = [c.strip() for c in row.split("|") if c.strip()]
    return cells[0] if cells else ""


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure stated in ``text``, in reading order; bare years and periods are context, not figures."""
    out: list[Quantity] = []
    for clause in _CLAUSE.finditer(text):
        period = _PERIOD.search(clause.group())
        row = _row_context(text, clause.start())
        for match in QUANTITY.finditer(clause.group()):
            if _is_year(match):
                continue
            if period and period.start() <= match.start() < period.end():
                continue  # "2025-2030" is a span of years, not a subtraction
            start, end = clause.start() + match.start(), clause.start() + match.end()
            if _DURATION.match(text, end) and not match["unit"] and not match["scale"]:
                continue  # "2-4 年", "≤ 2年": a duration, not a figure of the market
            year = _nearest_year(clause.group(), clause.start(), start)
            if year is None and row:
                year = _nearest_year(row[0], row[1], start)
            context = row[0] if row else clause.group()
            out.append(Quantity(
                value=("-" if match["sign"] in ("-", "−") else "") + match["num"].replace(",", ""),
                scale=(match["scale"] or "").lower(),
                unit=_unit(match["pre"], match["unit"]),
                year=year,
                period="-".join(period.groups()) if period else "",
                subject=(_row_subject(row[0]) if row else clause.group().strip())[:80],
                metric="cagr" if _CAGR.search(context) else "",
                text=text[start:end].strip(),
                start=start,
                end=end,
            ))
    return out


def quantity_dicts(text: str) -> list[dict]:
    """:func:`parse_quantities` as JSON-ready dicts, the form stored on a chunk."""
    return [asdict(q) for q in parse_quantities(text)]
