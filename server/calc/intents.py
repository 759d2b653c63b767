"""Understand a calculation question and bind its operands to figures of retrieved passages.

Rules, not a model: a question asks for a calculation when it uses the words of one
("implied CAGR", "几倍", "in absolute terms", "sum of", "convert ... to billions"), and
each operand ("the 2025 value", "the stated CAGR") must be found among the quantities
parsed at ingest from the passages retrieved for it, so every input has a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reportqa.index.keyword import tokenize
from reportqa.index.query import expand_query
from reportqa.index.retriever import Hit
from reportqa.ingest.models import Quantity
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.ingest.numbers import CURRENCIES, parse_quantities, years_in
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import Measure, Result

_CAGR_WORDS = r"(?:cagr|compound annual|growth rate|复合年增长率|年复合增长率|增长率)"
_IMPLY = r"\bimpl(?:y|ies|ied)\b"
# Each kind is a list of alternatives; an alternative is patterns that must occur in this
# order ("按 … 复合年增长率"). Searching them one after the other, each from where the last
# ended, keeps matching linear in the question's length, where one pattern "A.*B" is not.
# Kinds are checked in order: the first kind with a matching alternative wins.
_KIND_PATTERNS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("sum", ((r"\bsum\b|\btotal of\b|\bcombined\b|\badd up\b|合计|总和|之和|加起来|总计",),)),
    ("implied_cagr", ((_IMPLY, _CAGR_WORDS), (_CAGR_WORDS, _IMPLY), (rf"隐含|推算出?的{_CAGR_WORDS}",))),
    ("projection", ((rf"at (?:the|its) (?:stated )?{_CAGR_WORDS}|if it grows",), ("按", _CAGR_WORDS),
                    ("以", _CAGR_WORDS, "增长"))),
    ("ratio", ((r"how many times|\btimes (?:as|larger|bigger|the)\b|\bmultiple\b|几倍|多少倍|倍数",),)),
    ("relative_change", ((r"by what percent|percentage (?:increase|growth|change)|增长了?百分之|增幅|涨幅|增长百分比",),)),
    ("change", ((r"absolute|how much (?:larger|bigger|more|higher|does|will)|increase between|grow between|"
                 r"增加了?多少|增长了?多少|多出|差额|相差|差多少|绝对",),)),
    ("convert", ((r"\bconvert|\bexpress(?:ed)? in\b|换算|折合|转换",),)),
)
_KINDS = tuple((kind, tuple(tuple(re.compile(p, re.IGNORECASE) for p in alternative) for alternative in alternatives))
               for kind, alternatives in _KIND_PATTERNS)
_TARGET_SCALE = re.compile(r"(billion|million|thousand|亿|万|千)", re.IGNORECASE)
_MARKET_WORDS = re.compile(r"market|valued|size|worth|reach|grow|市场|规模|市值|估值|达到|成长|基准|预测|预计|estimated|forecast|base",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Intent:
    """What to compute and the years the question names, in the order it names them."""

    kind: str
    years: tuple[int, ...]


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
            return Intent(kind, years)
    return None


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
    return (max(intent.years[:2]),) if intent.kind == "projection" and len(intent.years) > 1 else ()


@dataclass(frozen=True)
class _Candidate:
    """A quantity of a retrieved passage that might be an operand."""

    rank: int  # of its hit
    operand: Operand
    quantity: Quantity


def operand(hit: Hit, quantity: Quantity) -> Operand:
    """The operand a quantity parsed at ingest stands for."""
    measure = Measure(Decimal(quantity.value), quantity.unit, quantity.scale, quantity.year)
    return Operand(measure, hit, quantity.start, quantity.end)


def _candidates(hits: list[Hit]) -> list[_Candidate]:
    """Every quantity of ``hits``, in rank order."""
    return [_Candidate(rank, operand(hit, q), q) for rank, hit in enumerate(hits) for q in hit.chunk.quantities]


def _pick(candidates: list[_Candidate], lang: str, near: Operand | None = None) -> Operand | None:
    """The best candidate: a higher-ranked passage, about the market, in the question's language, next to ``near``."""
    def cost(c: _Candidate) -> float:
        penalty = (0 if _MARKET_WORDS.search(c.quantity.subject) else 3) + (0 if c.operand.hit.chunk.lang == lang else 0.5)
        return c.rank + penalty - (1 if near is not None and c.operand.hit is near.hit else 0)

    return min(candidates, key=cost).operand if candidates else None


def _amount(items: list[_Candidate], year: int, lang: str, near: Operand | None = None) -> Operand | None:
    return _pick([c for c in items if c.quantity.unit in CURRENCIES and c.quantity.year == year], lang, near)


def _stated_cagr(items: list[_Candidate], lang: str, near: Operand) -> Operand | None:
    return _pick([c for c in items if c.quantity.metric == "cagr" and c.quantity.unit == "%"], lang, near)


def _by_doc(hits: list[Hit]) -> list[list[Hit]]:
    """Hits grouped by report, best report first: operands of one result come from one report."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.chunk.doc_id, []).append(hit)
    return list(groups.values())


def _two_years(intent: Intent, items: list[_Candidate], lang: str) -> tuple[Operand, Operand] | None:
    """The amounts of the earlier and the later year the question names."""
    if len(intent.years) < 2:
        return None
    early, late = sorted(intent.years[:2])
    first = _amount(items, early, lang)
    second = _amount(items, late, lang, first)
    return (first, second) if first and second else None


def _projection(intent: Intent, items: list[_Candidate], lang: str) -> Calculation | None:
    """The earlier year's amount grown at the stated CAGR to the later year (which no passage needs to state)."""
    if len(intent.years) < 2:
        return None
    base_year, target_year = sorted(intent.years[:2])
    base = _amount(items, base_year, lang)
    rate = _stated_cagr(items, lang, base) if base else None
    if base is None or rate is None:
        return None
    return Calculation(intent, calc.project(base.measure, rate.measure, target_year), (base, rate))


def _table(question: str, hits: list[Hit]) -> list[Operand]:
    """The percentages of the table passage that best matches the question's terms."""
    terms = set(tokenize(expand_query(question)))
    tables = [h for h in hits if h.chunk.text.lstrip().startswith("|")]
    if not tables:
        return []
    best = max(tables, key=lambda h: (len(terms & set(tokenize(h.chunk.section + " " + h.chunk.text))), -hits.index(h)))
    return [c.operand for c in _candidates([best]) if c.quantity.unit == "%"]


def _convert(question: str, items: list[_Candidate], lang: str) -> Calculation | None:
    asked = [q for q in parse_quantities(normalize(question)) if q.unit in CURRENCIES and q.scale]
    target = [m.lower() for m in _TARGET_SCALE.findall(question) if asked and m.lower() != asked[0].scale]
    if not asked or not target:
        return None
    wanted = Measure(Decimal(asked[0].value), asked[0].unit, asked[0].scale)
    same = [c for c in items if c.quantity.unit == wanted.unit and c.quantity.scale
            and c.operand.measure.in_scale(wanted.scale) == wanted.value]
    # The passage that writes the amount as the question does is the one being converted.
    found = _pick([c for c in same if c.quantity.scale == wanted.scale] or same, lang)
    if found is None:
        return None
    return Calculation(Intent("convert", ()), calc.convert(found.measure, target[0]), (found,))


def _compute(intent: Intent, question: str, hits: list[Hit], lang: str) -> Calculation | None:
    items = _candidates(hits)
    if intent.kind == "convert":
        return _convert(question, items, lang)
    if intent.kind == "sum":
        cells = _table(question, hits)
        return Calculation(intent, calc.total([c.measure for c in cells]), tuple(cells)) if len(cells) > 1 else None
    if intent.kind == "projection":
        return _projection(intent, items, lang)
    pair = _two_years(intent, items, lang)
    if pair is None:
        return None
    start, end = pair
    if intent.kind == "implied_cagr":
        return Calculation(intent, calc.implied_cagr(start.measure, end.measure), pair, _stated_cagr(items, lang, end))
    operation = {"change": calc.absolute_change, "relative_change": calc.relative_change,
                 "ratio": lambda a, b: calc.ratio(b, a)}[intent.kind]
    return Calculation(intent, operation(start.measure, end.measure), pair)


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
