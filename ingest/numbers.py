"""The one reader of numbers: values, units, scales (亿, 万, billion, …), years and quantities.

Reports write the same figure many ways: "340.3 亿美元", "340.3亿美元", "USD 34.03
billion", "8.26%", "+1.8%", and table rows such as "| 预测年份 2032 | 593.4亿美元 |".
Ingest parses each passage's :class:`~reportqa.ingest.models.Quantity` list here; the
index, the calculations, the answer and the number gate read numbers through the same
patterns and scale table, so "a number" means the same thing everywhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from reportqa.ingest.models import Quantity

# A plain number as written, thousands separators included ("1,250.5").
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# A number, optionally signed; thousands separators are allowed in English text.
_NUMBER = r"(?:(?<![\w.])(?P<sign>[+\-−]))?(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
_CURRENCY_BEFORE = r"(?:(?P<pre>USD|US\$|\$|RMB|CNY|人民币|EUR|€|GBP|£|JPY|¥|HKD|HK\$)\s*)?"
# "$4.5B", "$450M", "4.5bn": the short scales stand right after the number.
_SCALE = (
    r"(?:\s*(?P<scale>万亿|亿|万|千|(?:trillion|billion|million|thousand|bn)\b)"
    r"|(?P<short>mn|b|m|k)\b)?"
)
_UNIT_AFTER = (
    r"(?:\s*(?P<unit>%|percentage points?|个百分点|百分点|美元|人民币|元|欧元|英镑|日元|港元|"
    r"USD|EUR|GBP|JPY|CNY|RMB|dollars?|euros?|pounds?|yen))?"
)
QUANTITY = re.compile(_CURRENCY_BEFORE + _NUMBER + _SCALE + _UNIT_AFTER, re.IGNORECASE)

# An accountant's negative, as a whole table cell: "(1,234)" or "$(1,234)".
PARENTHESISED = re.compile(r"^\$?\s*\(\s*\$?\s*([\d,]+(?:\.\d+)?)\s*\)\s*(%?)$")
YEAR = re.compile(r"(?<!\d)(?<!\d\.)(?:19|20)\d{2}(?!\d|\.\d)")
# A full stop may end the sentence right after a span ("over 2025-2030."); a decimal point may not.
PERIOD = re.compile(r"(?<!\d)(?<!\d\.)((?:19|20)\d{2})\s*(?:-|–|—|至|到|to)\s*((?:19|20)\d{2})(?!\d|\.\d)")
# Clauses: a figure belongs to the year of its own clause, not of the neighbouring one. An
# English full stop before a space ends one too: "… a CAGR of 29.4% over 2024-2030. Revenue grew
# from USD 982.4 million in 2023" does not make 982.4 a CAGR of 2024-2030.
_CLAUSE = re.compile(r"(?:[^,，;；。|\n.]|(?<=\d),(?=\d{3})|\.(?!\s))+")  # "1,250.5" is one number
_DURATION = re.compile(r"(?:\s*[-–]\s*\d+)?\s*年")
_FORECAST = re.compile(r"预计|预测|将|forecast|expect|project|will\b|\bby (?:19|20)\d\d", re.IGNORECASE)
# A figure a clause compares with ("rose to 121.3 GW in 2024 from 116.6 GW in 2023", "较2023年的"):
# the earlier base, not the whole a part that follows ("of which 9.4 GW was offshore") is of.
_BASE_BEFORE = re.compile(
    r"(?:\bfrom|\bthan|\bagainst|\bcompared (?:with|to)|较|从)(?:\s*(?:19|20)\d\d\s*年的?)?\s*$", re.IGNORECASE
)
# A sentence that opens on a part of the whole just stated ("其中CDMO市场规模为842.6亿元", "Of this,
# software accounted for USD 2 billion") is of the whole's period.
_PART_OF_LEAD = re.compile(
    r"\s*(?:其中|of (?:which|this|that|these|the total)\b|among (?:them|which)\b)", re.IGNORECASE
)
# A figure written relative to the year before its own ("较上年的43.2万辆", "43.2 a year earlier").
_EARLIER_BEFORE = re.compile(r"(?:上年|去年|上一年|前一年)(?:同期|末|底)?(?:的|为|是)?\s*$")
_EARLIER_AFTER = re.compile(
    r"(?:\s*/?\s*[^\W\d]+){0,2}?\s*(?:a year (?:earlier|before|ago)|last year|"
    r"(?:in )?the (?:previous|prior|preceding) year|(?:in )?the year before)",
    re.IGNORECASE,
)
CAGR = re.compile(r"cagr|compound annual|复合年增长率|复合增长率|年均复合|复合(?:年均)?增速", re.IGNORECASE)

# Digits a figure may have: more than any amount a report states, and few enough that exact
# decimal arithmetic on it (28 significant digits) never overflows.
MAX_DIGITS = 18
# Multipliers of each scale word, so 340.3亿 and 34.03 billion compare equal.
SCALES: dict[str, int] = {
    "": 1,
    "千": 10**3,
    "thousand": 10**3,
    "万": 10**4,
    "million": 10**6,
    "亿": 10**8,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "万亿": 10**12,
}
_SHORT_SCALES = {"b": "billion", "bn": "billion", "m": "million", "mn": "million", "k": "thousand"}
# The scale each language writes an amount of the other language's scale in (亿 is read as
# "billion" in English: 340.3亿 = 34.03 billion).
LANGUAGE_SCALES: dict[str, dict[str, str]] = {
    "en": {"亿": "billion", "万": "thousand", "千": "thousand", "万亿": "trillion"},
    "zh": {"billion": "亿", "million": "万", "thousand": "千", "bn": "亿", "trillion": "万亿"},
}
CURRENCIES = ("USD", "CNY", "EUR", "GBP", "JPY", "HKD")  # the currency codes quantities carry
_CURRENCY_WORDS_ZH = {"USD": "美元", "CNY": "元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "HKD": "港元"}
_CURRENCY_OF_WORD = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "美元": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "eur": "EUR",
    "€": "EUR",
    "欧元": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "gbp": "GBP",
    "£": "GBP",
    "英镑": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    # "¥" is the yuan in the Chinese reports this reads; yen are written JPY or 日元.
    "jpy": "JPY",
    "¥": "CNY",
    "日元": "JPY",
    "yen": "JPY",
    "hkd": "HKD",
    "hk$": "HKD",
    "港元": "HKD",
}
# A range "USD 4.7–5.1 billion": the first bound is written without the scale it shares.
_RANGE_DASH = re.compile(r"\s*(?:-|–|—|to|至|~)\s*$")
_PERCENT_POINTS = {"percentage point", "percentage points", "个百分点", "百分点"}


def _unit(pre: str | None, unit: str | None) -> str:
    for word in (unit, pre):
        if not word:
            continue
        lowered = word.lower()
        if lowered == "%":
            return "%"
        if lowered in _PERCENT_POINTS:
            return "pp"
        if lowered in _CURRENCY_OF_WORD:
            return _CURRENCY_OF_WORD[lowered]
    return ""


def currency_code(word: str) -> str:
    """The currency code ``word`` writes ("RMB" and 人民币 are CNY), or "" when it names none."""
    return _CURRENCY_OF_WORD.get(word.lower(), "")


def _nearest_year(
    clause: str, clause_start: int, start: int, end: int, claimed: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The year of ``clause`` nearest the figure at ``start``-``end`` (offsets in the passage),
    with where it is written; ``None`` when the clause has none.

    Distances run from the figure's edges, so in "USD 10 billion in 2025 and USD 12 billion
    in 2030" each figure gets the year written after it; on a tie the year after wins, as in
    "from USD 4.7 billion in 2024 to USD 9.1 billion by 2029". A year written after an
    earlier figure (offsets in ``claimed``) is that figure's, not a later one's: in "rose to
    1,052 GWh in 2024 from 865 GWh in 2023", 865 is 2023's.
    """
    best: tuple[int, int, int, int] | None = None
    for match in YEAR.finditer(clause):
        year_start, year_end = clause_start + match.start(), clause_start + match.end()
        after = year_start >= end
        if not after and year_start in claimed:
            continue
        if after and _in_aside(clause, end - clause_start, match.start()):
            continue
        distance = year_start - end if after else max(0, start - year_end)
        key = (distance, 0 if after else 1, int(match.group()), year_start)
        if best is None or key < best:
            best = key
    return (best[2], best[3]) if best else None


_OPENING = re.compile(r"[(（][^()（）]*$")
_CLOSING = re.compile(r"[)）]")


def _in_aside(clause: str, figure_end: int, year_at: int) -> bool:
    """Whether the year at ``year_at`` stands in brackets opened after the figure that ends at
    ``figure_end`` and holding a figure of their own: in "销量为387.0万辆（2023年为403.1万辆）" 2023 is
    403.1's year, not 387.0's; in "USD 5.2 billion (2024)" the bracket dates the figure before it."""
    opened = _OPENING.search(clause, figure_end, year_at)
    if opened is None:
        return False
    closed = _CLOSING.search(clause, year_at)
    aside = clause[opened.start() + 1 : closed.start() if closed else len(clause)]
    return any(not _is_year(m) for m in QUANTITY.finditer(aside))


def _is_year(match: re.Match) -> bool:
    return not (match["scale"] or match["unit"] or match["pre"] or match["sign"]) and bool(YEAR.fullmatch(match["num"]))


def line_at(text: str, at: int) -> tuple[str, int]:
    """The line of ``text`` holding offset ``at`` (without its line break), and where it starts."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return text[line_start : line_end if line_end != -1 else len(text)], line_start


def table_row_at(text: str, at: int) -> tuple[str, int] | None:
    """The table row holding offset ``at`` and its start, or ``None`` outside tables.

    In "| 基准年 2025 | 340.3亿美元 |" the year sits in another cell than the figure,
    so a table figure takes its year and subject from the whole row.
    """
    line, line_start = line_at(text, at)
    return (line, line_start) if line.lstrip().startswith("|") else None


def _row_subject(row: str) -> str:
    cells = [c.strip() for c in row.split("|") if c.strip()]
    return cells[0] if cells else ""


def _lead_year(clause: str, lead: int | None) -> int | None:
    """The year a clause that states nothing but its time ("2024年", "截至2024年底", "In 2024")
    sets for the yearless clauses after it in its paragraph; else ``lead`` unchanged."""
    years = YEAR.findall(clause)
    if len(years) != 1 or PERIOD.search(clause):
        return lead
    if any(not _is_year(m) for m in QUANTITY.finditer(clause)):
        return lead
    return int(years[0])


# A clause that states nothing but a span of years ("2019—2023年，", "Between 2019 and 2023,").
_SPAN_ONLY = re.compile(rf"^\s*(?:between |from |over |in )?{PERIOD.pattern}\s*年?(?:间|期间)?\s*$", re.IGNORECASE)
# "Between 2019 and 2023 the market grew at a CAGR of 29.3%": a span written with "and".
_BETWEEN = re.compile(r"\bbetween ((?:19|20)\d{2}) and ((?:19|20)\d{2})\b", re.IGNORECASE)


def _lead_span(clause: str) -> str:
    """The span a clause that states nothing but it ("2019—2023年，产业收入的复合增长率为9.8%") sets for a
    CAGR of its sentence that writes none; else ``""``."""
    found = _SPAN_ONLY.match(clause) or _BETWEEN.fullmatch(clause.strip())
    return "-".join(found.groups()) if found else ""


def _cagr_span(clause: str, period: re.Match | None, lead_span: str) -> str:
    """The span of years a CAGR of ``clause`` is over: its own ("2024—2029年复合增长率", "between 2019 and
    2023 … a CAGR"), else the one its sentence opened with."""
    if period:
        return "-".join(period.groups())
    between = _BETWEEN.search(clause)
    return "-".join(between.groups()) if between else lead_span


def _part_year(text: str, clause_start: int, stated: int | None, whole: int | None) -> int | None:
    """The year of a yearless figure in a part of the whole stated before it: a clause that opens on
    the part ("…, of which 9.4 GW") is of the last stated year; a clause of a sentence that opens
    on it ("其中CDMO…，2023年为785.3亿元；CRO市场规模为643.6亿元") of the year stated before that
    sentence (``whole``), not of a year its earlier clauses give; ``None`` for no part."""
    if _PART_OF_LEAD.match(text, clause_start):
        return stated
    return whole


def _written_earlier(text: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` is said of the year before its clause's
    ("较上年的43.2万辆", "up from 43.2 thousand a year earlier")."""
    return bool(_EARLIER_BEFORE.search(text[clause_start:start]) or _EARLIER_AFTER.match(text, end))


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# The day of a date ("December 31, 2019", "31 December 2019") is no figure.
_DAY_BEFORE = re.compile(rf"(?<![A-Za-z]){_MONTHS}\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+{_MONTHS}(?![a-z])", re.IGNORECASE)
_DATE_YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}(?!\d)")
# "were $3,800 and $6,690, respectively" / "分别为5.1亿元和4.2亿元": figures listed against years listed.
_RESPECTIVELY = re.compile(r"\brespectively\b|分别", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\d)\.(?!\d)|[。!?！？;；\n]")


def _is_day(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``-``end`` is the day of a written date."""
    before = text[max(0, start - 12) : start]
    return bool((_DAY_BEFORE.search(before) and _DATE_YEAR_AFTER.match(text, end)) or _DAY_AFTER.match(text, end))


def _respective_years(text: str, found: list[Quantity]) -> list[Quantity]:
    """In a sentence that lists figures and years "respectively", the n-th figure is of the
    n-th year; when the counts differ the pairing is unknown and the figures keep no year."""
    out = list(found)
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for start, end in zip(ends, ends[1:]):
        sentence = text[start:end]
        if not _RESPECTIVELY.search(sentence) or table_row_at(text, start) is not None:
            continue
        years = list(dict.fromkeys(int(y) for y in YEAR.findall(sentence)))
        inside = [i for i, q in enumerate(out) if start <= q.start < end]
        if len(years) < 2 or not inside:
            continue
        paired = years if len(inside) == len(years) else [None] * len(inside)
        for i, year in zip(inside, paired):
            out[i] = replace(out[i], year=year)
    return out


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure stated in ``text``, in reading order; bare years and periods are context, not figures."""
    out: list[Quantity] = []
    lead: int | None = None  # the year a paragraph's time clause sets ("2024年，", "截至2024年底，")
    recent: int | None = None  # the year of the paragraph's last dated figure
    stated: int | None = None  # the same, of figures stated as they are, not forecast
    previous_end = 0
    whole: int | None = None  # the year of the whole the current sentence's part is of
    lead_span = ""  # the span a sentence's opening clause sets for its CAGR ("2019—2023年，")
    for clause in _CLAUSE.finditer(text):
        period = PERIOD.search(clause.group())
        row = table_row_at(text, clause.start())
        if "\n" in text[previous_end : clause.start()]:
            lead = recent = stated = None
            lead_span = ""
        previous_end = clause.end()
        before = text[: clause.start()].rstrip(" \t")
        opens = not before or before[-1] in ".。!?！？\n|"
        # A time clause leads only from a sentence's start, or after a semicolon that joins two
        # ("…2023年为22.6GW；截至2024年末，累计装机规模达到78.3GW").
        if opens or before[-1] in "；;":
            lead = _lead_year(clause.group(), lead)
            lead_span = "" if row else _lead_span(clause.group())
        if opens:
            # The year of the whole a sentence opening on a part ("其中…") is of, else no part;
            # its clauses after a semicolon are parts too ("其中CDMO…；CRO市场规模为643.6亿元").
            whole = stated if _PART_OF_LEAD.match(text, clause.start()) else None
        claimed: set[int] = set()  # where the years written after this clause's figures stand
        for match in QUANTITY.finditer(clause.group()):
            if _is_year(match) or sum(c.isdigit() for c in match["num"]) > MAX_DIGITS:
                continue  # a year is context; a 30-digit "number" is an identifier, not a figure
            if period and period.start() <= match.start() < period.end():
                continue  # "2025-2030" is a span of years, not a subtraction
            start, end = clause.start() + match.start(), clause.start() + match.end()
            if _DURATION.match(text, end) and not match["unit"] and not match["scale"]:
                continue  # "2-4 年", "≤ 2年": a duration, not a figure of the market
            if not (match["unit"] or match["scale"] or match["pre"]) and _is_day(text, start, end):
                continue
            if not match["pre"] and start and text[start - 1].isascii() and text[start - 1].isalpha():
                continue  # "FP16", "H100", "Q3": part of a name, not a figure
            unit = _unit(match["pre"], match["unit"])
            scale = (match["scale"] or "").lower()
            if match["short"]:
                if not match["pre"]:  # "450m" alone may be metres; "$450M" is money
                    end -= len(match["short"])
                else:
                    scale = _SHORT_SCALES[match["short"].lower()]
            found = _nearest_year(clause.group(), clause.start(), start, end, frozenset(claimed))
            if found is None and row:
                found = _nearest_year(row[0], row[1], start, end)
            year = found[0] if found else None
            if found and found[1] >= end:
                claimed.add(found[1])
            if year is None and not row and not CAGR.search(clause.group()):
                year = lead  # a CAGR is of a span, never of the year a paragraph opens with
                if year is None:
                    year = _part_year(text, clause.start(), stated, whole)  # the whole's year, never a forecast's
            if _written_earlier(text, clause.start(), start, end):
                # "fell to USD 115 in 2024, down from USD 139 a year earlier": 139 is 2023's
                year = year - 1 if year is not None else recent - 1 if recent is not None else None
            recent = year if year is not None else recent
            base = _BASE_BEFORE.search(text, clause.start(), start)
            if year is not None and not _FORECAST.search(clause.group()) and not base:
                stated = year
            if (
                out
                and scale
                and not out[-1].scale
                and out[-1].end <= start
                and _RANGE_DASH.fullmatch(text[out[-1].end : start])
            ):
                out[-1] = replace(out[-1], scale=scale, unit=out[-1].unit or unit)
                unit = unit or out[-1].unit
            context = row[0] if row else clause.group()
            span = "-".join(period.groups()) if period else ""
            out.append(
                Quantity(
                    value=("-" if match["sign"] in ("-", "−") else "") + match["num"].replace(",", ""),
                    scale=scale,
                    unit=unit,
                    year=year,
                    period=_cagr_span(context, period, lead_span) if CAGR.search(context) else span,
                    subject=(_row_subject(row[0]) if row else clause.group().strip())[:80],
                    metric="cagr" if CAGR.search(context) else "",
                    text=text[start:end].strip(),
                    start=start,
                    end=end,
                )
            )
    return _respective_years(text, out)


def forecast_at(text: str, at: int) -> bool:
    """Whether the figure at offset ``at`` of ``text`` is forecast: its clause says so before it
    ("预计2030年将达到", "Sales are forecast at"), or right after it, before any other figure ("USD
    251.3 billion by 2030"). A figure the forecast grows from is not: "was valued at USD 118.6 billion
    in 2024 and is projected to reach …" says so only after it, past the figure it grows to, and
    "将从2024年的3,486.7亿元增长至…" writes it after 从 (as ``stated`` in :func:`parse_quantities` reads it)."""
    for clause in _CLAUSE.finditer(text):
        if clause.start() <= at < clause.end():
            if _BASE_BEFORE.search(text, clause.start(), at):
                return False
            after = QUANTITY.search(text, at, clause.end())
            following = QUANTITY.search(text, after.end(), clause.end()) if after else None
            tail_end = following.start() if following else clause.end()
            return bool(_FORECAST.search(text, clause.start(), at) or _FORECAST.search(text, at, tail_end))
    return False


def _any_word(words: list[str]) -> str:
    """An alternation of ``words``, longest first; Latin words only as whole words ("eur" not in "Europe")."""

    def one(word: str) -> str:
        if word.isascii() and word.isalpha():  # plurals too: "(in millions)", "US dollars"
            return rf"(?<![A-Za-z]){re.escape(word)}s?(?![A-Za-z])"
        return re.escape(word)

    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


_STATED_UNIT = re.compile(
    f"(?P<scale>{_any_word([s for s in SCALES if s])})|(?P<currency>{_any_word(list(_CURRENCY_OF_WORD))})",
    re.IGNORECASE,
)


def _word_of(found: str, vocabulary: dict) -> str:
    """The vocabulary's key for a matched word, plural or not ("Millions" -> "million")."""
    word = found.lower()
    return word if word in vocabulary else word[:-1]


def stated_unit(text: str) -> tuple[str, str]:
    """``(currency, scale)`` a caption or column header states for plain figures under it:
    "2024 (USD billion)" -> ("USD", "billion"), "2024年规模（亿元）" -> ("CNY", "亿"); "" where none."""
    unit = scale = ""
    for match in _STATED_UNIT.finditer(text):
        if match["scale"] and not scale:
            scale = _word_of(match["scale"], SCALES)
        if match["currency"] and not unit:
            unit = _CURRENCY_OF_WORD[_word_of(match["currency"], _CURRENCY_OF_WORD)]
    return unit, scale


def numbers_in(text: str) -> set[str]:
    """The numbers written in ``text`` (years included), without thousands separators."""
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def has_number(text: str) -> bool:
    """Whether ``text`` writes any number."""
    return NUMBER.search(text) is not None


def states_figure(text: str) -> bool:
    """Whether ``text`` states a number that is not a year."""
    return any(not YEAR.fullmatch(n) for n in numbers_in(text))


# Annual reports and analysts write a fiscal year short: "F19", "FY19", "FY'19" (2019).
FISCAL_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:FY|fy|Fy|F)\s?['’]?(\d{2})(?![A-Za-z0-9])")
_ANY_YEAR = re.compile(f"{YEAR.pattern}|{FISCAL_YEAR.pattern}")


def years_in(text: str) -> list[int]:
    """The years ``text`` names, in order, without repeats ("FY19" is 2019)."""
    return list(dict.fromkeys(int(m[0]) if m[1] is None else 2000 + int(m[1]) for m in _ANY_YEAR.finditer(text)))


def rescale(value: Decimal, scale: str, target: str) -> Decimal:
    """``value`` in ``scale`` expressed in ``target`` (340.3 亿 -> 34.03 billion)."""
    return value * SCALES[scale] / SCALES[target]


def exact(value: Decimal) -> str:
    """A value with all its digits and no trailing zeros (34.030 -> 34.03)."""
    return format(value.normalize(), "f")


def currency_word(code: str, lang: str) -> str:
    """How ``lang`` writes a currency after an amount: "美元" for USD in Chinese, the code in English."""
    return _CURRENCY_WORDS_ZH.get(code, code) if lang == "zh" else code
