"""Understand a calculation question and bind its operands to figures of retrieved passages.

Rules, not a model: a question asks for a calculation when it uses the words of one
("implied CAGR", "几倍", "in absolute terms", "sum of", "convert ... to billions"), and
each operand ("the 2025 value", "the stated CAGR") must be found among the quantities
parsed at ingest from the passages retrieved for it, so every input has a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from reportqa.index.dictionary import translations
from reportqa.index.keyword import tokenize
from reportqa.index.names import equivalents, mentions, specific_terms
from reportqa.index.query import expand_query, matched_groups
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.models import Quantity
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.ingest.numbers import CAGR as _CAGR
from reportqa.ingest.numbers import (
    CURRENCIES,
    FISCAL_YEAR,
    PERIOD,
    YEAR,
    parse_quantities,
    table_row_at,
    years_in,
)
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError, Measure, Result
from reportqa.server.calc.tables import table_cells

_CAGR_WORDS = r"(?:cagr|compound annual|复合年增长率|年复合增长率|年均复合增长率|年均增长率|复合增长率)"
_GROWTH_WORDS = rf"(?:{_CAGR_WORDS[3:-1]}|growth rate|增长率)"
_YEAR = YEAR.pattern
_IMPLY = r"\bimpl(?:y|ies|ied)\b|\bcalculate\b|\bcompute\b|\bderive\b|隐含|推算"
# Each kind is a list of alternatives; an alternative is patterns that must occur in this
# order ("按 … 复合年增长率"). Searching them one after the other, each from where the last
# ended, keeps matching linear in the question's length, where one pattern "A.*B" is not.
# Kinds are checked in order: the first kind with a matching alternative wins.
_KIND_PATTERNS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("implied_cagr", ((_IMPLY, _GROWTH_WORDS), (_GROWTH_WORDS, _IMPLY), (rf"推算出?的{_GROWTH_WORDS}",))),
    (
        "projection",
        (
            (rf"at (?:the|its) (?:stated )?{_GROWTH_WORDS}|if it grows",),
            ("按", _GROWTH_WORDS),
            ("以", _GROWTH_WORDS, "增长"),
        ),
    ),
    # "What was X in 2023, given its 2024 size and growth rate?": the stated size with its own growth taken out.
    (
        "implied_value",
        (
            (r"\bgiven (?:its|the)\b", r"growth|\bcagr\b"),
            (r"根据|按照?|由", r"增速|增长率|增幅|同比增长"),
        ),
    ),
    # A CAGR between two named years is computed from their figures (and set beside a stated one).
    ("implied_cagr", ((_CAGR_WORDS, _YEAR, _YEAR), (_YEAR, _YEAR, _CAGR_WORDS))),
    (
        "relative_change",
        (
            (
                r"by what percent|percent(?:age)? (?:increase|growth|change|decrease|decline|rise|fall|difference)|"
                r"% change|\bgrowth rate\b|(?:增长|下降|降低|减少|上升|提高)了?百分之|增幅|涨幅|降幅|增长百分比|"
                r"变化百分比|百分比变化|变化率|"
                r"变动率|同比增长|同比变化|增长率",
            ),
        ),
    ),
    (
        "share",
        (
            (r"as a (?:percentage|percent|share) of|what (?:percentage|percent|share) of",),
            # "the percentage (constitution) of A in/among/out of (the) total B"
            (r"percentage (?:of )?constitution of|percentage of ", r" (?:in|among|out of) (?:the )?total\b"),
            (r"\bpercentage of ", r" over "),
            ("占", r"的(?:比例|比重|百分比|份额)"),
        ),
    ),
    (
        "ratio",
        (
            (
                r"how many times|\btimes (?:as|larger|bigger|the)\b|\bmultiple\b|\bratio\b|\bproportion\b|"
                r"几倍|多少倍|倍数|比率|之比",
            ),
        ),
    ),
    (
        "change",
        (
            # "A比B多多少", "how many more A than B": the difference of two named things.
            ("比", r"多(?:多少|出)|少多少|高多少|低多少"),
            (r"how (?:many|much) more ", r" than "),
            (
                r"absolute|how much (?:larger|bigger|more|higher|lower|less|smaller|does|did|will)|\bchange\b|"
                r"\bdifference\b|\bincrease\b|\bdecrease\b|\bgrow between\b|"
                r"增加了?多少|减少了?多少|增长了?多少|多出|差额|差值|相差|差多少|绝对|变化|变动",
            ),
        ),
    ),
    ("average", ((r"\baverage\b|\bmean\b|平均",),)),
    (
        "sum",
        (
            (r"\bsum\b|\btotal of\b|\bcombined\b|\badd up\b|\bin total\b|合计|总和|之和|加起来|总计|合共",),
            (r"\btotal\b", r"\b(?:19|20)\d\d\b", r"\band\b", r"\b(?:19|20)\d\d\b"),
            (r"\btotal\b", r"\bbetween (?:19|20)\d\d (?:to|and|-) (?:19|20)\d\d\b"),
        ),
    ),
    (
        "convert",
        (
            (r"\bconvert|\bexpress(?:ed)? in\b|换算|折合|转换",),
            (
                r"\bin (?:trillions?|billions?|millions?)(?: of)? "
                r"(?:yuan|rmb|cny|us dollars|usd|dollars|euros?|eur|cubic)",
            ),
            (r"合多少(?:万亿|亿|万)",),
        ),
    ),
    # "the US share of the global market": a share of a total, when it is not a sum of shares.
    ("share", ((r"\bshare of\b",),)),
    # "What was the value of dry food sold?": an amount a report may give only as a share of its total.
    ("part_of", ((r"\bvalue of\b|\bsales of\b|\bworth\b|的(?:销售额|规模|价值)(?:为|是|有)?多少",),)),
)
_KINDS = tuple(
    (kind, tuple(tuple(re.compile(p, re.IGNORECASE) for p in alternative) for alternative in alternatives))
    for kind, alternatives in _KIND_PATTERNS
)
_TARGET_SCALE = re.compile(r"(billion|million|thousand|亿|万|千)", re.IGNORECASE)
_MARKET_WORDS = re.compile(
    r"market|valued|size|worth|reach|grow|市场|规模|市值|估值|达到|成长|基准|预测|预计|estimated|forecast|base",
    re.IGNORECASE,
)
YEAR_ONLY = re.compile(
    rf"(?:(?:fy|fiscal|year|the)\s*)*(?:{YEAR.pattern}|{FISCAL_YEAR.pattern})(?:年度?|财年)?", re.IGNORECASE
)
_SHARE_WORDS = re.compile(r"\bshare\b|份额|占比|比重|占", re.IGNORECASE)
_COMPARISONS = ("relative_change", "share", "ratio", "average", "change")
# Words that say what to compute or how to ask, not what about: they never name an operand.
_NOT_SUBJECT = frozenset(
    "change changes changed difference differ increase increased decrease decreased percentage percent growth grow "
    "grew rate ratio proportion average mean sum combined add up value values amount amounts figure figures "
    "year years fy fiscal between from to compared against versus vs over implied imply implies calculate compute "
    "derive cagr compound annual much many times multiple share respective respectively both each year-on-year "
    "yoy period expressed express convert if it grows stated market markets industry sector size worth valued "
    "reach reaches expected larger bigger smaller higher lower more less than will would be value growing grown "
    "forecast projected time billion million thousand trillion usd eur cny rmb dollar dollars".split()
    + [
        "变化",
        "差额",
        "差值",
        "相差",
        "增加",
        "减少",
        "增长",
        "增长率",
        "增幅",
        "平均",
        "比例",
        "比重",
        "比率",
        "倍",
        "合计",
        "总和",
        "年",
        "年度",
        "计算",
        "隐含",
        "推算",
        "复合",
        "占",
        "百分比",
        "多少倍",
        "几倍",
        "同比",
        "行业",
        "预计",
        "达到",
        "价值",
        "成长",
        "年增长率",
        "增长率",
        "复合年增长率",
        "年复合增长率",
        "亿美元",
        "美元",
        "亿元",
        "万元",
        "人民币",
        "欧元",
    ]
)
# The words that split a question naming two operands: "difference between A and B", "A占B的比例".
_PAIR_SPLITS: tuple[tuple[str, str, str], ...] = (
    ("share", " as a percentage of ", ""),
    ("share", " as a percent of ", ""),
    ("share", " as a share of ", ""),
    ("share", "占", ""),
    ("share", "percentage of constitution of ", " among "),
    ("share", "percentage constitution of ", " among "),
    ("share", "percentage constitution of ", " in "),
    ("share", "percentage of ", " out of "),
    ("share", "percentage of ", " among "),
    ("share", "percentage of ", " in "),
    # "A as a proportion of B" is a plain ratio, "the percentage of A over B" a percentage.
    ("ratio", " as a proportion of ", ""),
    ("ratio", " as a ratio of ", ""),
    ("ratio", " as a fraction of ", ""),
    ("share", "percentage of ", " over "),
    ("ratio", "ratio of ", " to "),
    ("ratio", "ratio of ", " and "),
    ("ratio", "ratio between ", " and "),
    ("ratio", "proportion of ", " over "),
    ("ratio", "proportion of ", " to "),
    ("ratio", "proportion of ", " in "),
    ("change", "difference between ", " and "),
    ("change", "比", ""),
    ("ratio", "是", ""),  # "A是B的多少倍"
    ("sum", "和", ""),  # "A和B合计"
    ("sum", "与", ""),
    ("change", " more ", " than "),
    ("sum", "sum of ", " and "),
    ("sum", "total of ", " and "),
    ("sum", "combined ", " and "),
)
_PAIR_ENDS = (
    " in ",
    " for ",
    " as at ",
    " as of ",
    " during ",
    " at ",
    " on ",
    " were ",
    " was ",
    " did ",
    "?",
    "？",
    "在",
    "年",
    "合计",
    "总计",
    "加起来",
    "一共",
    "多多少",
    "多出",
    "少多少",
    "高多少",
    "低多少",
)


@dataclass(frozen=True)
class Intent:
    """What to compute, the years the question names (in its order), and the two things it
    compares when it names two ("the ratio of A to B")."""

    kind: str
    years: tuple[int, ...]
    pair: tuple[str, str] | None = None
    # "the difference between 2018 and 2019" names no direction: it is the larger less the smaller.
    undirected: bool = False


@dataclass(frozen=True)
class Operand:
    """A figure read from a passage: the measure, the hit it came from, and where it stands."""

    measure: Measure
    hit: Hit
    start: int  # offsets of the figure in the hit's text
    end: int


@dataclass(frozen=True)
class Calculation:
    """A result with the operands it was computed from (a stated value to compare is optional)."""

    intent: Intent
    result: Result
    operands: tuple[Operand, ...]
    stated: Operand | None = None  # e.g. the report's own CAGR next to an implied one


def detect(question: str) -> Intent | None:
    """The calculation ``question`` asks for, or ``None`` for a plain fact question."""
    text = normalize(question)
    years = tuple(years_in(text))
    for kind, alternatives in _KINDS:
        if any(_in_order(text, patterns) for patterns in alternatives):
            span = PERIOD.search(text)
            if kind in ("average", "sum") and span:  # "the average for 2017-2019" is over every year of it
                first, last = sorted(int(y) for y in span.groups())
                years = tuple(range(first, last + 1)) if last - first < 50 else years
            pair = _pair(text, kind)
            if pair and any(_NESTED.search(term) for term in pair):
                return None  # "the average A less the average B": an operation on results, not figures
            if (
                kind in ("change", "relative_change")
                and len(years) == 1
                and pair is None
                and _ON_YEAR_BEFORE.search(text)
            ):
                years = (years[0] - 1, years[0])  # "2024年…同比增长了百分之多少": 2024 over 2023
            intent = Intent(kind, years, pair, kind == "change" and _undirected(text))
            # "What is the growth rate?" or "the average price" asks for a stated figure:
            # a comparison needs two years or two things to compare.
            # "What is the average X?" with no year is over the years of X's table row.
            # "What was the change in X?" with no year is between the two years of X's row.
            if kind in _COMPARISONS and len(years) == 1 and intent.pair is None and kind != "average":
                continue
            no_year = kind in _COMPARISONS and not years and intent.pair is None
            if no_year and (kind in ("share", "ratio") or not _OVER_THE_ROW.search(text)):
                continue
            return intent
    return None


# "What was the (percentage) change in X?" with no year: over the years of X's row.
_OVER_THE_ROW = re.compile(r"\baverage\b|\bmean\b|平均|\bchange in\b", re.IGNORECASE)
_ON_YEAR_BEFORE = re.compile(
    r"同比|较上年|比上年|较去年|比去年|year[- ]over[- ]year|year[- ]on[- ]year|\byoy\b|"
    r"(?:from|over|on|than) (?:the )?(?:previous|prior|preceding) year|a year (?:earlier|before|ago)",
    re.IGNORECASE,
)
_NESTED = re.compile(
    r"(?<!weighted )\baverage\b|\bmean\b|\btotal of\b|\bsum of\b|平均(?!水平)|合计|总和", re.IGNORECASE
)
_DIFFERENCE = re.compile(r"\bdifference\b|\bdiffer\b|差值|差额|相差|差多少", re.IGNORECASE)
_DIRECTION = re.compile(
    r"\bfrom\b.*\bto\b|\bchange|\bincrease|\bdecrease|\bgr[eo]w|\brise|\bfall|\bdecline|增|减|降|升|从", re.IGNORECASE
)


def _undirected(text: str) -> bool:
    """Whether a change question asks for a difference without saying from which figure to which."""
    return bool(_DIFFERENCE.search(text)) and not _DIRECTION.search(text)


# "What share of B did A account for", "what percentage of B went to A": the part comes last.
_SHARE_OF = ("what share of ", "what percentage of ", "what percent of ", "what proportion of ")
_SHARE_VERBS = (" did ", " does ", " do ", " was ", " is ", " went to ", " goes to ", " came from ", " comes from ")
_SHARE_ENDS = (" account", " represent", " make up", " hold", " have", " take", " contribute", " in ", " for ", "?")


def _share_of(text: str) -> tuple[str, str] | None:
    lowered = text.lower()
    lead = next((lead for lead in _SHARE_OF if lead in lowered), None)
    if lead is None:
        return None
    rest = text[lowered.find(lead) + len(lead) :]
    lowered_rest = rest.lower()
    verb = min(((lowered_rest.find(v), v) for v in _SHARE_VERBS if lowered_rest.find(v) > 0), default=None)
    if verb is None:
        return None
    whole, part = rest[: verb[0]], rest[verb[0] + len(verb[1]) :]
    ends = [i for i in (part.lower().find(e) for e in _SHARE_ENDS) if i > 0]
    part = part[: min(ends)] if ends else part
    whole, part = whole.strip(" ,?？"), part.strip(" ,?？")
    return (part, whole) if part and whole else None


# "What was the US share of the global market in 2024?", "What was Germany's share of Europe's market?"
_OWNED_SHARE = re.compile(
    r"^(?:what (?:was|is|were|will be) )?(?:the )?(?P<part>.+?)(?:['’]s)? share of (?P<whole>.+?)"
    r"(?: in | for | as of | at |\?|$)",
    re.IGNORECASE,
)


def _owned_share(text: str) -> tuple[str, str] | None:
    found = _OWNED_SHARE.match(text.strip())
    if found is None or not _words(found["part"]):  # "the market share of X" names no part
        return None
    return found["part"].strip(), found["whole"].strip()


def _pair(text: str, kind: str) -> tuple[str, str] | None:
    """The two things a question of ``kind`` compares, as it writes them (the part first for a
    share), or ``None``."""
    if kind == "share" and (found := _share_of(text) or _owned_share(text)):
        return found
    lowered = text.lower()
    for pair_kind, lead, middle in _PAIR_SPLITS:
        if pair_kind != kind and not (pair_kind == "change" and kind in ("change", "relative_change")):
            continue
        at = _lead_at(lowered, lead)
        if at < 0:
            continue
        rest = text[at + len(lead) :]
        first, sep, second = rest.partition(middle) if middle else (text[:at], lead, rest)
        if not sep:
            continue
        ends = [i for i in (second.find(e) for e in _PAIR_ENDS + (("的",) if not lead.isascii() else ())) if i > 0]
        second = second[: min(ends)] if ends else second
        first, second = first.strip(" ,?？"), second.strip(" ,?？")
        if first and second and not (YEAR_ONLY.fullmatch(first) or YEAR_ONLY.fullmatch(second)):
            return first, second  # "between 2018 and 2019" compares years of one thing, not two things
    return None


# 比 in 同比, 环比, 占比, 比例 or 比重 compares nothing the question names.
_LEADS = {"比": re.compile(r"(?<![同环对占之相])比(?![例重率较])")}


def _lead_at(lowered: str, lead: str) -> int:
    """Where ``lead`` first splits the question, or -1."""
    if lead not in _LEADS:
        return lowered.find(lead)
    match = _LEADS[lead].search(lowered)
    return match.start() if match else -1


def _in_order(text: str, patterns: tuple[re.Pattern, ...]) -> bool:
    """Whether ``patterns`` occur in ``text`` one after the other."""
    position = 0
    for pattern in patterns:
        match = pattern.search(text, position)
        if match is None:
            return False
        position = match.end()
    return True


def free_years(intent: Intent) -> tuple[int, ...]:
    """Years the answer computes rather than reads, so no passage needs to name them."""
    return (max(intent.years[:2]),) if intent.kind == "projection" and intent.years else ()


@dataclass(frozen=True)
class _Candidate:
    """A figure of a retrieved passage that might be an operand: a sentence's quantity or a table cell."""

    rank: int  # of its hit
    operand: Operand
    label: str  # the table row's label, or the sentence the quantity stands in
    words: frozenset[str]  # what the figure is about, as search tokens
    own: frozenset[str]  # of those, the ones its table row's own label says (all of them for a sentence)
    scope: str  # what names it for a reader, lower-cased: report title, section, caption, row or sentence
    metric: str  # "cagr" for a stated compound annual growth rate, "share" for a stated share
    in_table: bool
    column: frozenset[str] = frozenset()  # what a table cell's column header says, as search tokens

    @property
    def year(self) -> int | None:
        return self.operand.measure.year


def operand(hit: Hit, quantity: Quantity) -> Operand:
    """The operand a quantity parsed at ingest stands for."""
    measure = Measure(Decimal(quantity.value), quantity.unit, quantity.scale, quantity.year)
    return Operand(measure, hit, quantity.start, quantity.end)


def _words(text: str) -> frozenset[str]:
    # One Chinese character alone (为, 到, 在) is a function word, not a name.
    return frozenset(
        t for t in tokenize(text) if t not in _NOT_SUBJECT and not t[:1].isdigit() and (len(t) > 1 or t.isascii())
    )


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # "Europe's market" is about Europe
# "2018 year end" is a period, not the "At end of the year" row.
_YEAR_END = re.compile(rf"({_YEAR})\s+year[- ]end\b", re.IGNORECASE)


# An analyst's "ending goodwill" is the row "Goodwill, end of the year"; "opening" is its "beginning".
_BALANCE_ENDS = {"ending": "end", "closing": "end", "opening": "beginning", "starting": "beginning"}
_BALANCE_END = re.compile(r"\b(?:ending|closing|opening|starting)\b", re.IGNORECASE)


def _subject(text: str) -> frozenset[str]:
    """What ``text`` names, in both languages: its own subject words and the glossary
    equivalents of those (not of the operation words: "growth" adds nothing)."""
    text = _POSSESSIVE.sub("", _YEAR_END.sub(r"\1", FISCAL_YEAR.sub(" ", text)))
    text = _BALANCE_END.sub(lambda m: _BALANCE_ENDS[m.group().lower()], text)
    own = _words(text)
    extra: set[str] = set(_translated(text))
    for group in matched_groups(text):
        if any(_words(term) & own for term in group):
            for term in group:
                extra |= _words(term)
    return frozenset(own | extra)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")


def _translated(text: str) -> frozenset[str]:
    """The dictionary's words in the other language for what ``text`` names, so a Chinese
    question's 价格 meets an English report's "price" (and "robots" meets 机器人)."""
    terms = [t for t in tokenize(text) if not t.isascii() and len(t) > 1 and t not in _NOT_SUBJECT]
    for word in _LATIN_WORD.findall(text):
        word = word.lower()
        if word not in _NOT_SUBJECT and tokenize(word):  # "what" is no subject in any language
            terms.append(word if translations(word) or not word.endswith("s") else word[:-1])
    return frozenset(w for term in terms for sense in translations(term) for w in _words(sense))


def _scope(hit: Hit, text: str) -> str:
    return normalize(f"{hit.chunk.title} {hit.chunk.section} {text}").lower()


# Units and rates a question names in capitals are not what it is about.
_UNIT_OR_RATE = re.compile(r"^(?:[kMGT]Wh?|CAGR|YoY)$", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "total january february march april may june july august september october november december".split()
)


def _names(text: str) -> list[str]:
    """The companies, places and products ``text`` names (not its years, months, units,
    currencies, or the operation asked: "What is the Total …")."""
    return [
        t
        for t in specific_terms(text)
        if not t.isdigit()
        and not FISCAL_YEAR.fullmatch(t)
        and t.upper() not in CURRENCIES
        and not _UNIT_OR_RATE.match(t)
        and not all(w in _NOT_SUBJECT or w in _NOT_NAMES for w in t.lower().split())
    ]


def _naming(items: list[_Candidate], names: list[str], unlike: tuple[str, ...] = ()) -> list[_Candidate]:
    """The candidates whose report, section, caption, row or sentence names every one of
    ``names`` and none of ``unlike`` (the part's own names, when looking for its whole)."""
    return [
        c for c in items if all(_mentions(c.scope, n) for n in names) and not any(_mentions(c.scope, n) for n in unlike)
    ]


def _mentions(scope: str, name: str) -> bool:
    """:func:`mentions`, with a short Latin name as a whole word: "US" is not in "USD"."""
    if not (name.isascii() and len(name) <= 3):
        return mentions(scope, name)
    return any(
        re.search(rf"(?<![a-z0-9]){re.escape(form.lower())}(?![a-z0-9])", scope) if form.isascii() else form in scope
        for form in equivalents(name)
    )


_CHANGE_COLUMN = re.compile(
    r"\b(?:change|variance|increase|decrease|growth|movement)\b|变动|变化|增减|增长|同比|差异", re.IGNORECASE
)


def _change_under_year(column: str) -> bool:
    """Whether a column header says "Change" below its year ("F18 CHANGE"), not above it
    ("Percent Change" spanning to a "2018" column under it)."""
    ends = [m.end() for pattern in (YEAR, FISCAL_YEAR) for m in pattern.finditer(column)]
    return bool(ends) and bool(_CHANGE_COLUMN.search(column, max(ends)))


_COMPARED = re.compile(rf"{_YEAR}\s*(?:vs\.?|versus|compared (?:to|with)|over|对比|较)\s*{_YEAR}", re.IGNORECASE)


def _cells(rank: int, hit: Hit) -> list[_Candidate]:
    cells = table_cells(hit.chunk)
    # Accounts write the currency on the first and total rows only: one currency in a table is every cell's.
    currencies = {c.unit for c in cells if c.unit in CURRENCIES}
    shared = currencies.pop() if len(currencies) == 1 else ""
    out = []
    for cell in cells:
        years = years_in(cell.column) or years_in(cell.row)
        unit = cell.unit or (shared if cell.unit == "" else cell.unit)
        # "2019 vs. 2018 Variance" compares two years, and a "Change" column under a spanning
        # year ("F18 | CHANGE") is the change to that year: neither figure is the year's own.
        year = (
            years[-1] if years and not _COMPARED.search(cell.column) and not _change_under_year(cell.column) else None
        )
        measure = Measure(cell.value, unit, cell.scale, year)
        named = cell.row + " " + cell.column
        metric = "cagr" if _CAGR.search(named) else "share" if cell.unit == "%" and _SHARE_WORDS.search(named) else ""
        # The row label names the cell, with the label of the row above it that heads its group
        # ("Other" under "Deferred tax liabilities:"); the report's headings are shared by every row.
        row = cell.row or "total"  # a row without a label under figures is their sum
        if YEAR_ONLY.fullmatch(row.strip()) and not years_in(cell.column):
            row = cell.column  # a schedule by year ("2022 | 135 | 6"): the column names what the figure is
        label = f"{cell.section} / {row}" if cell.section else row
        operand = Operand(measure, hit, cell.start, cell.end)
        scope = _scope(hit, f"{hit.chunk.context} {label} {cell.column}")
        out.append(
            _Candidate(rank, operand, label, _words(label), _words(row), scope, metric, True, _words(cell.column))
        )
    return out


def _dated_by_paragraph(figure: Operand, quantities: list[Quantity]) -> Operand:
    """A figure its sentence gives no year, in a paragraph whose dated figures are all of one
    year ("Europe was worth USD 2.9 billion in 2024. Germany is the largest market at USD 0.78
    billion"), is of that year; with no dated figure, or two years, it stays without one."""
    text = figure.hit.chunk.text
    start = text.rfind("\n\n", 0, figure.start) + 1
    end = text.find("\n\n", figure.end)
    end = len(text) if end < 0 else end
    years = {q.year for q in quantities if start <= q.start < end and q.year is not None and not q.metric}
    if len(years) != 1 or any(q.period for q in quantities if start <= q.start < end):
        return figure
    return replace(figure, measure=replace(figure.measure, year=years.pop()))


def _candidates(hits: list[Hit]) -> list[_Candidate]:
    """Every figure of ``hits`` (quantities of sentences, cells of tables), in rank order."""
    out: list[_Candidate] = []
    for rank, hit in enumerate(hits):
        text = hit.chunk.text
        sentences = split_sentences(text)
        for q in hit.chunk.quantities:
            if table_row_at(text, q.start) is not None:
                continue  # table figures are read as cells, with their column's year
            sentence = next((text[a:b] for a, b in sentences if a <= q.start < b), q.subject)
            words = _words(sentence + " " + hit.chunk.section)
            figure = operand(hit, q)
            if q.year is None and not q.metric:
                figure = _dated_by_paragraph(figure, hit.chunk.quantities)
            out.append(_Candidate(rank, figure, sentence, words, words, _scope(hit, sentence), q.metric, False))
        out.extend(_cells(rank, hit))
    return out


def _pick(candidates: list[_Candidate], lang: str, near: Operand | None = None) -> Operand | None:
    """The best candidate: a higher-ranked passage, about the market, in the question's language, next to ``near``."""

    def cost(c: _Candidate) -> float:
        penalty = (0 if _MARKET_WORDS.search(c.label) else 3) + (0 if c.operand.hit.chunk.lang == lang else 0.5)
        return c.rank + penalty - (1 if near is not None and c.operand.hit is near.hit else 0)

    return min(candidates, key=cost).operand if candidates else None


def _amounts_first(chosen: list[_Candidate]) -> list[_Candidate]:
    """Without the percentages that stand beside an amount of the same row and year ("2019:
    $M | %" under one spanning year): those are the amount's share of a total, not the figure."""
    amounts = {(c.operand.hit.chunk.id, c.label, c.year) for c in chosen if c.operand.measure.unit != "%"}
    return [
        c for c in chosen if c.operand.measure.unit != "%" or (c.operand.hit.chunk.id, c.label, c.year) not in amounts
    ]


_SENTENCE_MARGIN = 3  # subject words a sentence must name beyond the best row's to cast doubt on it
# Words of a period ("for the years ended December 31"), which a sentence shares with any question.
_PERIOD_WORDS = frozenset(_words(" ".join(_NOT_NAMES) + " year years ended ending fiscal period altogether"))


def _about(
    subject: frozenset[str],
    items: list[_Candidate],
    pool: list[_Candidate],
    lang: str = "",
    kind: list[_Candidate] | None = None,
) -> list[_Candidate] | None:
    """The candidates of ``pool`` that are about ``subject``, best matches only (``kind``: every
    candidate of the kind of figure asked, whatever its year or unit; all ``items`` when ``None``).

    When some figure of the passages names the subject but none in ``pool`` does (the
    market has no figure for that year), that is ``None``: another subject's figure is
    never taken in its place. When no figure names it at all (a question in the other
    language), the pool is left to rank and position.
    """
    if not subject:
        return pool
    if not any(subject & c.words for c in items):
        # Words of one language cannot name a figure of the other: there, rank decides.
        same_language = any(c.operand.hit.chunk.lang == lang for c in items)
        return None if same_language and lang else pool
    if max((len(subject & c.words) for c in pool), default=0) == 0:
        return None

    def coverage(c: _Candidate) -> float:  # how much of a row's own label the question spells out
        return len(subject & c.own) / len(c.own) if c.in_table and c.own else 0.0

    def rank(c: _Candidate) -> tuple[bool, int, bool, float]:
        return coverage(c) == 1.0, len(subject & c.words), c.in_table, coverage(c)

    top = max(rank(c) for c in pool)
    # A table row of the kind of figure asked (``kind``) that names more of the subject but has
    # no figure for this year or unit is what the question means: a lesser row of the pool
    # would be another subject's figure.
    if any(c.in_table and rank(c)[:2] > top[:2] for c in (items if kind is None else kind)):
        return None
    chosen = _amounts_first([c for c in pool if rank(c) == top])
    # A sentence that names much more of what the question asks than the best row ("amounts
    # capitalized to internal use software related to continuing operations" over the row
    # "Internal use software") is what the question paraphrases: the row may be another figure.
    # When that sentence states the row's figure itself ("sales reached USD 117.1 billion" and the
    # Total row's 117.1), the two agree and the row stands.
    named = subject - _PERIOD_WORDS
    row_named = len(named & _words(chosen[0].scope))  # the row read with its table's caption and headings
    better = {
        (c.operand.hit.chunk.id, c.label)
        for c in items
        if not c.in_table and len(named & _words(c.scope)) >= row_named + _SENTENCE_MARGIN
    }
    stated = {(c.operand.hit.chunk.id, c.label) for c in items if not c.in_table and _same_figure(c, chosen[0])}
    if top[2] and better - stated:
        return None
    # A row whose whole label the question names beside the chosen row's words ("Other" in
    # "Other deferred tax liabilities" over "Total deferred tax liabilities") may be the one meant.
    unnamed = subject - chosen[0].words
    if any(c.in_table and c.own and c.own <= subject and c.own & unnamed for c in items):
        return None
    # A row of the year asked that names more of the question, with its group's heading ("Basic
    # earnings per share (cents per share) / Continuing operations"), than the fully named row
    # ("… used in earnings per share / Basic earnings per share"): either may be the one meant.
    if top[0] and any(c.in_table and len(subject & c.words) > top[1] for c in pool):
        return None
    # Two table rows that match the question equally well, or one row with two columns of
    # that year ("2019: amount | % of sales"): which one it means is a guess.
    cells = [c for c in chosen if c.in_table]
    if len({c.year for c in cells}) < len(cells):
        chosen = cells = _by_column(cells, subject)
    if len({(c.label, c.operand.hit.chunk.id) for c in cells}) > 1 or len({c.year for c in cells}) < len(cells):
        return None
    return chosen


def _same_figure(a: _Candidate, b: _Candidate) -> bool:
    """Whether two candidates state one figure (one value in one unit, whatever the scale's spelling)."""
    x, y = a.operand.measure, b.operand.measure
    if x.unit and y.unit and x.unit != y.unit:
        return False
    return x.value == (y.in_scale(x.scale) if x.scale and y.scale else y.value)


def _by_column(cells: list[_Candidate], subject: frozenset[str]) -> list[_Candidate]:
    """Of one row's figures under several columns of a year ("Shares | Weighted average
    fair value"), those whose column names a word of the question the other columns lack."""
    common = frozenset.intersection(*(c.column for c in cells))
    named = [c for c in cells if (c.column - common) & subject]
    return named or cells


def _figure(
    items: list[_Candidate],
    subject: frozenset[str],
    year: int | None,
    lang: str,
    amounts_only: bool,
    near: Operand | None = None,
    unit: str | None = None,
    no_rates: bool = False,
    term: str = "",
) -> Operand | None:
    """The figure about ``subject`` for ``year`` (any year when ``None``), in ``unit`` when given;
    with ``no_rates``, not a percentage (a share of a share, or a ratio of rates, is not asked).
    When the best figures are several of one sentence, the one ``term`` (one of two things a
    question names) stands right before."""
    kind = [
        c
        for c in items
        if (c.in_table or c.operand.measure.unit not in ("%", "pp") or not amounts_only)
        and not (no_rates and c.operand.measure.unit in ("%", "pp"))
    ]
    # Two things named in one sentence share its year ("CATL held 37.9% in 2024, followed by BYD at 17.2%").
    dated = {(c.operand.hit.chunk.id, c.label) for c in kind if term and not c.in_table and c.year == year}
    pool = [
        c
        for c in kind
        if (year is None or c.year == year or (c.year is None and (c.operand.hit.chunk.id, c.label) in dated))
        and (unit is None or c.operand.measure.unit == unit)
    ]
    about = _about(subject, items, pool, lang, kind)
    if not about:
        return None
    if (
        term
        and len(about) > 1
        and len({(c.operand.hit.chunk.id, c.label) for c in about}) == 1
        and not about[0].in_table
    ):
        return _after(about, term)
    if len(about) < len(pool) or any(c.in_table for c in about):
        return min(about, key=lambda c: (c.rank, -(near is not None and c.operand.hit is near.hit))).operand
    return _pick(about, lang, near)


def _after(figures: list[_Candidate], term: str) -> Operand | None:
    """Of several figures of one sentence, the one whose lead-in (the words since the figure
    before it) names most of ``term`` ("CATL held 37.9%, followed by BYD at 17.2%": BYD's is
    17.2); ``None`` when no lead-in names it, or two name it as well (another language,
    another wording)."""
    text = figures[0].operand.hit.chunk.text.lower()
    words = _words(term) | _translated(term) | set(_names(term))
    ordered = sorted(figures, key=lambda c: c.operand.start)
    ends = [max(text.find(figures[0].label.lower()), 0)] + [c.operand.end for c in ordered[:-1]]
    scores = [sum(_mentions(text[end : c.operand.start], w) for w in words) for end, c in zip(ends, ordered)]
    best = max(scores)
    return ordered[scores.index(best)].operand if best and scores.count(best) == 1 else None


def _stated_cagr(items: list[_Candidate], subject: frozenset[str], lang: str, near: Operand) -> Operand | None:
    rates = [c for c in items if c.metric == "cagr" and c.operand.measure.unit == "%"]
    about = _about(subject, items, rates, kind=rates)
    return _pick(about, lang, near) if about else None


def _by_doc(hits: list[Hit]) -> list[list[Hit]]:
    """Hits grouped by report, best report first: operands of one result come from one report."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.chunk.doc_id, []).append(hit)
    return list(groups.values())


def _years_of(
    intent: Intent, items: list[_Candidate], subject: frozenset[str], lang: str, amounts_only: bool
) -> list[Operand] | None:
    """The subject's figures for the years the question names, earliest first; an average of one
    named year is that year's and the year before's (opening and closing balances)."""
    years = sorted(set(intent.years))
    if intent.kind == "average" and len(years) == 1:
        years = [years[0] - 1, years[0]]
    if len(years) < 2:
        return None
    found: list[Operand] = []
    for year in years if intent.kind in ("average", "sum") else years[:1] + years[-1:]:
        figure = _figure(items, subject, year, lang, amounts_only, found[0] if found else None)
        if figure is None:
            return None
        found.append(figure)
    # A table's figures of one thing over the years stand in one row: another row is another thing.
    rows = {_row_of(f, items) for f in found}
    if len(rows) > 1 and any(row is not None for row in rows):
        return None
    return found


_AVERAGE_STATED = re.compile(r"\baverage\b|\bmean\b|平均", re.IGNORECASE)


def _row_over_years(items: list[_Candidate], subject: frozenset[str], lang: str) -> list[Operand] | None:
    """The figures of the table row about ``subject``, one per year column, earliest first,
    when it has two or more and every figure of the row has a year; ``None`` when a sentence
    states an average of the subject itself (that figure is quoted, not recomputed)."""
    if any(not c.in_table and _AVERAGE_STATED.search(c.label) and subject & c.words for c in items):
        return None
    first = _figure([c for c in items if c.in_table], subject, None, lang, amounts_only=False)
    row = _row_of(first, items) if first else None
    if row is None:
        return None
    cells = [c for c in items if c.in_table and (c.operand.hit.chunk.id, c.label) == row]
    years = [c.year for c in cells]
    if len(cells) < 2 or None in years or len(set(years)) != len(years):
        return None
    return [c.operand for c in sorted(cells, key=lambda c: c.year or 0)]


def _row_of(figure: Operand, items: list[_Candidate]) -> tuple[str, str] | None:
    """The (passage, row label) of a table figure; ``None`` for a figure of a sentence."""
    return next(((c.operand.hit.chunk.id, c.label) for c in items if c.operand is figure and c.in_table), None)


def _projection(intent: Intent, items: list[_Candidate], subject: frozenset[str], lang: str) -> Calculation | None:
    """The earlier year's amount grown at the stated CAGR to the later year (which no passage
    needs to state); with only the later year named, from the subject's latest amount before it."""
    if not intent.years:
        return None
    target_year = max(intent.years[:2])
    if len(intent.years) > 1:
        base = _figure(items, subject, min(intent.years[:2]), lang, amounts_only=True)
    else:
        stated = sorted({c.year for c in items if c.year is not None and c.year < target_year}, reverse=True)
        found = (_figure(items, subject, year, lang, amounts_only=True) for year in stated)
        base = next((f for f in found if f is not None), None)
    rate = _stated_cagr(items, subject, lang, base) if base else None
    if base is None or rate is None:
        return None
    return Calculation(intent, calc.project(base.measure, rate.measure, target_year), (base, rate))


_GROWTH_SENTENCE = re.compile(r"grow|grew|growth|\bup\b|\brose\b|increase|增长|增速|上升|提高", re.IGNORECASE)


def _implied_value(intent: Intent, items: list[_Candidate], subject: frozenset[str], lang: str) -> Calculation | None:
    """The year asked (the first the question names) from the subject's figure of the other
    year and the growth rate its sentence states with it: one year of growth, or a CAGR."""
    if len(intent.years) != 2:
        return None
    target, base_year = intent.years
    base = _figure(items, subject, base_year, lang, amounts_only=True)
    if base is None:
        return None
    sentence = next(c.label for c in items if c.operand is base)
    rates = [
        c
        for c in items
        if c.operand.hit is base.hit
        and c.label == sentence
        and c.operand.measure.unit == "%"
        and c.metric != "share"
        and (c.metric == "cagr" or abs(target - base_year) == 1)
        and _GROWTH_SENTENCE.search(c.label)
    ]
    if len(rates) != 1:  # no rate, or two (a growth and a share) of which one is meant: refused
        return None
    rate = rates[0].operand
    return Calculation(intent, calc.project(base.measure, rate.measure, target), (base, rate))


def _table_percentages(question: str, hits: list[Hit]) -> list[Operand]:
    """The percentages of the table passage that best matches the question's terms."""
    terms = set(tokenize(expand_query(question)))
    tables = [h for h in hits if h.chunk.text.lstrip().startswith("|")]
    if not tables:
        return []
    best = max(tables, key=lambda h: (len(terms & set(tokenize(h.chunk.section + " " + h.chunk.text))), -hits.index(h)))
    return [c.operand for c in _candidates([best]) if c.operand.measure.unit == "%"]


# The scale and currency an answer is asked in: "in billion yuan", "折合多少亿美元".
_ASKED_IN = re.compile(
    r"\bin (?P<scale>trillion|billion|million)s?(?: of)? (?P<unit>yuan|rmb|cny|us dollars|usd|dollars|euros?|eur)?|"
    r"合多少(?P<zh_scale>万亿|亿|万)(?P<zh_unit>美元|欧元|元)?",
    re.IGNORECASE,
)
_ASKED_CURRENCY = {"yuan": "CNY", "rmb": "CNY", "cny": "CNY", "元": "CNY", "us dollars": "USD", "usd": "USD"}
_ASKED_CURRENCY |= {"dollars": "USD", "美元": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "欧元": "EUR"}


def _convert_figure(
    question: str, items: list[_Candidate], subject: frozenset[str], years: tuple[int, ...], lang: str
) -> Calculation | None:
    """The subject's figure of the year asked, written in the scale the question asks for
    ("in billion yuan": 5,361亿元 is 536.1 billion); a currency other than the figure's is
    refused, since no report's figure gives the exchange rate."""
    asked = _ASKED_IN.search(question)
    if asked is None or len(years) > 1:
        return None
    scale = (asked["scale"] or asked["zh_scale"]).lower()
    currency = _ASKED_CURRENCY.get((asked["unit"] or asked["zh_unit"] or "").lower(), "")
    scaled = [c for c in items if c.operand.measure.scale and c.operand.measure.unit not in ("%", "pp")]
    found = _figure(_measured(question, scaled), subject, years[0] if years else None, lang, amounts_only=True)
    if found is None:
        return None
    if currency and found.measure.unit != currency:
        raise CalculationError(
            f"the report states it in {found.measure.unit or 'another unit'}, and converting to {currency} "
            "needs an exchange rate the report does not give"
        )
    if found.measure.scale == scale:
        return None  # the report writes it as asked: a fact to quote, not a calculation
    return Calculation(Intent("convert", years), calc.convert(found.measure, scale), (found,))


# What is measured, as a question and a report write it: a market's size is not its total trade.
_MEASURED = (
    (
        re.compile(r"market size|size of the market|市场规模", re.I),
        re.compile(r"market size|market (?:was )?(?:valued|worth)|市场规模", re.I),
    ),
)


def _measured(question: str, items: list[_Candidate]) -> list[_Candidate]:
    """The candidates whose sentence or row says the measure the question names (its
    size, not its total trade), when some do; all of them otherwise."""
    for asked, stated in _MEASURED:
        if asked.search(question):
            said = [c for c in items if stated.search(c.label)]
            return said or items
    return items


def _convert(question: str, items: list[_Candidate], lang: str) -> Calculation | None:
    asked = [q for q in parse_quantities(normalize(question)) if q.unit in CURRENCIES and q.scale]
    target = [m.lower() for m in _TARGET_SCALE.findall(question) if asked and m.lower() != asked[0].scale]
    if not asked or not target:
        return None
    wanted = Measure(Decimal(asked[0].value), asked[0].unit, asked[0].scale)
    same = [
        c
        for c in items
        if c.operand.measure.unit == wanted.unit
        and c.operand.measure.scale
        and c.operand.measure.in_scale(wanted.scale) == wanted.value
    ]
    # The passage that writes the amount as the question does is the one being converted.
    found = _pick([c for c in same if c.operand.measure.scale == wanted.scale] or same, lang)
    if found is None:
        return None
    return Calculation(Intent("convert", ()), calc.convert(found.measure, target[0]), (found,))


# Operations on two things the question names: (first, second) -> result, and how the answer calls it.
_ON_PAIR = {
    "change": (calc.difference, "difference"),
    "relative_change": (calc.difference, "difference"),
    "ratio": (calc.ratio, "ratio_of"),
    "share": (calc.share, "share"),
    "sum": (lambda a, b: calc.total([a, b]), "sum"),
}


def _stated_share(part: Operand, items: list[_Candidate]) -> bool:
    """Whether the report states the part's share itself (a share column in its table row, or
    a percentage beside the word share in its sentence): then that figure is quoted, not recomputed."""
    row = _row_of(part, items)
    sentence = next((c.label for c in items if c.operand is part and not c.in_table), None)
    for c in items:
        if c.operand.measure.unit != "%":
            continue
        if row is not None and c.metric == "share" and c.in_table and (c.operand.hit.chunk.id, c.label) == row:
            return True
        if sentence is not None and c.label == sentence and _SHARE_WORDS.search(sentence):
            return True
    return False


# What a share is a share of: "Share of global pet food revenue by product type", "占全国销售额的比重".
_SHARE_OF_WHAT = re.compile(r"share of (?P<en>.+?)(?: by |,|\(|$)|占(?P<zh>[^，。,的]+)的", re.IGNORECASE)
# A share of units, volumes or capacity is not a share of a value.
_NOT_VALUE = re.compile(r"volume|units?\b|shipments?|capacity|installations?|销量|出货|装机|数量|台数", re.IGNORECASE)
# Words that say a value is measured, not which one: "revenue" of a market is its value.
_VALUE_WORDS = frozenset("revenue revenues sales value spending 收入 营收 销售额 规模 市场 价值".split())


def _part_of(items: list[_Candidate], subject: frozenset[str], year: int | None, lang: str) -> Calculation | None:
    """An amount the report states only as a share of a total it also states for that year
    ("Dry food | 56.4%" under "Share of global pet food revenue, 2024" × "global pet food
    market … USD 142.3 billion in 2024"). Refused when the question's subject has an amount
    of its own, or the total is not the one the share is of."""

    def named(c: _Candidate) -> bool:  # a table row whose whole label the question spells out
        return c.in_table and bool(c.own) and c.own <= subject

    if year is None or any(named(c) and c.operand.measure.unit not in ("%", "pp") for c in items):
        return None
    shares = [
        c
        for c in items
        if named(c)
        and c.operand.measure.unit == "%"
        and c.metric == "share"
        and (c.year == year or (c.year is None and str(year) in c.scope))
    ]
    if len({(c.operand.hit.chunk.id, c.label) for c in shares}) != 1 or len(shares) != 1:
        return None
    share = shares[0]
    of = _SHARE_OF_WHAT.search(share.scope)
    if of is None or _NOT_VALUE.search(of.group()):
        return None
    whole_words = _words(of["en"] or of["zh"]) - _VALUE_WORDS
    wholes = [
        c
        for c in items
        if c.operand.measure.unit in CURRENCIES
        and c.year == year
        and c.operand.hit is not share.operand.hit
        and whole_words
        and whole_words <= _words(_untitled(c))
    ]
    found = _pick(wholes, lang)
    if found is None or len({c.operand.measure.in_scale("") for c in wholes}) != 1:
        return None  # no total, or two different totals that fit: which one is a guess
    return Calculation(
        Intent("part_of", (year,)), calc.part_of(share.operand.measure, found.measure), (share.operand, found)
    )


def _untitled(c: _Candidate) -> str:
    """What names a figure without the report's title, which names every figure of the report."""
    title = normalize(c.operand.hit.chunk.title).lower()
    return c.scope[len(title) :] if title and c.scope.startswith(title) else c.scope


_TOTAL_ROW = re.compile(r"^(?:合计|总计|总额|总量|全部|total|all)\b", re.IGNORECASE)


def _total_row(part: Operand, items: list[_Candidate], whole: frozenset[str]) -> Operand | None:
    """The total row of the part's own table, in the part's column, when the whole the question
    names is what that table measures (its caption or column: "分布式光伏占新增装机" over a
    table of 新增装机 by type whose last row is 合计)."""
    row = _row_of(part, items)
    if row is None or not whole:
        return None
    column = [c for c in items if c.in_table and c.operand.hit is part.hit and c.year == part.measure.year]
    totals = [
        c
        for c in column
        if _TOTAL_ROW.match(c.label)
        and c.operand.measure.unit == part.measure.unit
        and all(w in c.scope for w in whole if not w.isascii())
        and any(w in c.scope for w in whole)
    ]
    return totals[0].operand if len(totals) == 1 else None


_TOTAL_WORDS = frozenset({"total", "合计", "总计", "总额"})


def _says_more_than_total(figure: Operand, items: list[_Candidate], term: str) -> bool:
    """Whether the figure's row or sentence names the term, or is a bare total: the sum row of
    a group ("Proceeds from the sale …: / total") is not "the total gains" another row spells out."""
    named = _subject(term) - _TOTAL_WORDS
    words = next((c.words for c in items if c.operand is figure), frozenset())
    return not named or bool(named & words) or not (words - _TOTAL_WORDS)


def _on_pair(intent: Intent, items: list[_Candidate], lang: str) -> Calculation | None:
    """A result over two named things of one year ("the ratio of A to B in 2019")."""
    assert intent.pair is not None
    year = intent.years[0] if len(intent.years) == 1 else None
    no_rates = intent.kind in ("share", "ratio")
    names = [_names(term) for term in intent.pair]
    first = _figure(
        _naming(items, names[0]),
        _subject(intent.pair[0]),
        year,
        lang,
        amounts_only=False,
        no_rates=no_rates,
        term=intent.pair[0],
    )
    if first is None or (intent.kind == "share" and _stated_share(first, items)):
        return None
    measure = first.measure
    # The whole of a share is not a figure said of the part ("Germany … USD 0.78 billion" is not Europe's).
    part_only = tuple(n for n in names[0] if n not in names[1]) if intent.kind == "share" else ()
    whole = _naming(items, names[1])
    total = _total_row(first, items, _subject(intent.pair[1])) if intent.kind == "share" else None
    second = total or _figure(
        _naming(whole, [], part_only) or whole,
        _subject(intent.pair[1]),
        measure.year,
        lang,
        amounts_only=False,
        near=first,
        unit=measure.unit,
        no_rates=no_rates,
        term=intent.pair[1],
    )
    if (
        second is None
        or second is first
        or (second is not total and not _says_more_than_total(second, items, intent.pair[1]))
    ):
        return None
    # A figure whose scale nobody stated (a table "in thousands" somewhere above) meets only its own table.
    from_table = [_row_of(f, items) is not None for f in (first, second)]
    unscaled = any(not f.measure.scale and f.measure.unit not in ("%", "pp") for f in (first, second))
    if from_table[0] != from_table[1] and unscaled:
        return None
    operation, kind = _ON_PAIR[intent.kind]
    return Calculation(
        Intent(kind, intent.years, intent.pair), operation(first.measure, second.measure), (first, second)
    )


def _compute(intent: Intent, question: str, hits: list[Hit], lang: str) -> Calculation | None:
    items = _candidates(hits)
    if intent.pair is None or intent.kind not in _ON_PAIR:
        items = _naming(items, _names(question))  # two named things are each found by their own names
    # "Total" names a row ("Total revenue", the unlabelled sum row) unless it is the sum asked for.
    subject = _subject(question) - ({"total"} if intent.kind == "sum" else set())
    if intent.kind == "convert":
        return _convert(question, items, lang) or _convert_figure(question, items, subject, intent.years, lang)
    if intent.kind == "projection":
        return _projection(intent, items, subject, lang)
    if intent.kind == "implied_value":
        return _implied_value(intent, items, subject, lang)
    if intent.kind == "part_of":
        return _part_of(items, subject, intent.years[0] if len(intent.years) == 1 else None, lang)
    if intent.pair is not None and intent.kind in _ON_PAIR:
        return _on_pair(intent, items, lang)
    amounts_only = intent.kind in ("implied_cagr", "change", "relative_change", "ratio")
    if intent.kind == "average" and not intent.years:
        row = _row_over_years(items, subject, lang)
        return Calculation(intent, calc.average([f.measure for f in row]), tuple(row)) if row else None
    if intent.kind in ("change", "relative_change") and not intent.years:
        row = _row_over_years(items, subject, lang)
        if row is None or len(row) != 2:  # over three years, which two is a guess
            return None
        intent = Intent(intent.kind, tuple(f.measure.year for f in row if f.measure.year), None, intent.undirected)
    found = _years_of(intent, items, subject, lang, amounts_only)
    if intent.kind == "sum" and found is None and not intent.years:
        cells = _table_percentages(question, hits)
        return Calculation(intent, calc.total([c.measure for c in cells]), tuple(cells)) if len(cells) > 1 else None
    if found is None or intent.kind == "share":
        return None
    if found[0].measure.unit != found[-1].measure.unit and not {found[0].measure.unit, found[-1].measure.unit} <= {""}:
        raise CalculationError(
            f"the figures are in different units ({found[0].measure.unit or 'plain number'} and "
            f"{found[-1].measure.unit or 'plain number'}) and cannot be combined"
        )
    start, end = found[0], found[-1]
    if intent.kind == "change" and intent.undirected:
        larger, smaller = sorted((start, end), key=lambda f: f.measure.in_scale(start.measure.scale), reverse=True)
        return Calculation(intent, calc.difference(larger.measure, smaller.measure), (larger, smaller))
    if intent.kind == "implied_cagr":
        return Calculation(
            intent, calc.implied_cagr(start.measure, end.measure), (start, end), _stated_cagr(items, subject, lang, end)
        )
    if intent.kind == "average":
        return Calculation(intent, calc.average([f.measure for f in found]), tuple(found))
    if intent.kind == "sum":
        return Calculation(intent, calc.total([f.measure for f in found]), tuple(found))
    operation = {
        "change": calc.absolute_change,
        "relative_change": calc.relative_change,
        "ratio": lambda a, b: calc.ratio(b, a),
    }[intent.kind]
    return Calculation(intent, operation(start.measure, end.measure), (start, end))


def calculate(question: str, hits: list[Hit]) -> Calculation | None:
    """Compute what ``question`` asks from the figures of ``hits``; ``None`` when it asks
    for no calculation or no report holds all the operands.

    Raises :class:`~reportqa.server.calc.calculator.CalculationError` when the operands are
    found but cannot be combined (different currencies, years out of order).
    """
    intent = detect(question)
    if intent is None:
        return None
    lang = detect_language(question)
    for group in _by_doc(hits):
        found = _compute(intent, question, group, lang)
        if found is not None:
            return found
    return None
