"""Calculations on figures the question gives itself ("If the market grows 8% a year from its 2024
size…", "如果某品牌占3,000亿元护肤品市场的8%…"): each given figure is an operand cited as
:data:`~.models.GIVEN`; an operand the question does not give (the 2024 size) is bound to the
report's figure as any other calculation's is. :func:`.intents.premises` says which figures are
given and :func:`.intents.given_intent` what is done with them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.index.retriever import Hit
from reportqa.ingest.models import Chunk, Quantity
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.ingest.numbers import CURRENCIES, years_in
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.families import unasked
from reportqa.server.calc.intents import (
    converted_scale,
    given_base_year,
    given_fall,
    given_intent,
    given_periods,
    premises,
)
from reportqa.server.calc.models import GIVEN, Calculation, Intent, Operand, operand_of
from reportqa.server.calc.operands import candidate_of, candidates_of, find_figure
from reportqa.server.calc.subject import mentions_name, names_in, subject_of, thing_words, written_in

# The whole a given share is of: "holds 8% of the 2024 global skincare market" (after the share),
# "占3,000亿元护肤品市场的8%" (before it).
_WHOLE_AFTER = re.compile(r"^\s*(?:of|in)\s+(?P<whole>.+)$", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"占(?P<whole>.+?)的?\s*$")
# A measure in money: its figure is an amount of a currency, never a count stated beside it (GW installed).
_IN_MONEY = re.compile(r"\b(?:revenue|sales|market|spending|value)\b|收入|营收|销售额|市场|规模|金额", re.IGNORECASE)
# What no figure's words name: the premise words, the asking words.
_NOT_NAMING = re.compile(
    r"\b(?:if|assuming|suppose|given|grows?|grew|growing|per|year|a|at|rate|cagr|compound|annual)\b|"
    r"假设|如果|若|按照?|以|保持|增长率?|的|年?增速|(?:年均)?复合|年均|计算|测算|推算|估算",
    re.IGNORECASE,
)


def question_hit(question: str) -> Hit:
    """The question as the passage its given figures are read from: cited as :data:`GIVEN`, never
    retrieved, so it ranks below every passage."""
    text = normalize(question)
    chunk = Chunk(GIVEN, "", "", detect_language(question), text, text, "", None, 0, len(text))
    return Hit(chunk, 0.0, 0.0, 0.0, -1)


def given_calculation(question: str, hits: list[Hit]) -> Calculation | None:
    """What ``question`` asks computed from the figures it gives, with the rest bound in ``hits``
    (the passages of one report); ``None`` when it gives none, asks nothing of them, or an operand
    it does not give is not found."""
    intent = given_intent(question)
    if intent is None:
        return None
    source = question_hit(question)
    given = premises(question)
    operands = tuple(operand_of(source, q) for q in given)
    measures = [o.measure for o in operands]
    if intent.kind in ("projection", "implied_value"):
        return _grown(intent, question, given, operands, hits)
    if intent.kind == "part_of":
        return _part(intent, question, given, operands, hits)
    if intent.kind == "sum":
        return Calculation(replace(intent, kind="sum"), calc.total(measures), operands)
    if intent.kind == "ratio":
        return Calculation(replace(intent, kind="ratio_of"), calc.ratio(*measures), operands)
    if intent.kind == "change":  # "how much larger is A than B", "相差多少": the larger less the smaller
        first, second = sorted(operands, key=lambda o: o.measure.in_scale(operands[0].measure.scale), reverse=True)
        gap = calc.difference(first.measure, second.measure)
        return Calculation(replace(intent, kind="difference"), gap, (first, second))
    scale = converted_scale(question, given[0])
    return Calculation(replace(intent, kind="convert"), calc.convert(measures[0], scale), operands)


def _grown(
    intent: Intent, question: str, given: list[Quantity], operands: tuple[Operand, ...], hits: list[Hit]
) -> Calculation | None:
    """A figure grown at the given rate: the given amount, else the report's figure of the year the
    question grows from, over the years it names ("for five years", "to 2027", "去年": one back)."""
    at = next(i for i, q in enumerate(given) if q.unit == "%")
    rate = operands[at]
    if given_fall(question, given[at]) and rate.measure.value > 0:  # "fell 10% to…": a rate of -10%
        rate = replace(rate, measure=replace(rate.measure, value=-rate.measure.value))
    amounts = [o for i, o in enumerate(operands) if i != at]
    if len(amounts) > 1:
        return None
    base_year = given_base_year(question, given)
    naming = _naming(question, given)
    if amounts or base_year is not None:
        periods = given_periods(question, base_year)
        base = amounts[0] if amounts else _report_figure(naming, hits, base_year, whole=False)
    elif intent.kind == "projection" and len(intent.years) == 1:  # grown to the one year asked
        base = _latest_before(naming, hits, intent.years[0])
        base_year = base.measure.year if base else None
        periods = intent.years[0] - base_year if base_year else None
    else:  # a prior with no year to take it back from
        return None
    if base is None or not periods:
        return None
    kind = replace(intent, kind="grown")
    if base_year is None:
        return Calculation(kind, calc.compounded(base.measure, rate.measure, periods), (base, rate))
    dated = replace(base.measure, year=base_year)
    return Calculation(kind, calc.project(dated, rate.measure, base_year + periods), (base, rate))


def _part(
    intent: Intent, question: str, given: list[Quantity], operands: tuple[Operand, ...], hits: list[Hit]
) -> Calculation | None:
    """The amount a given share is of a whole: the given amount, else the report's figure of the
    whole the share is said of ("8% of the 2024 global skincare market")."""
    at = next(i for i, q in enumerate(given) if q.unit == "%")
    amounts = [o for i, o in enumerate(operands) if i != at]
    if len(amounts) > 1:
        return None
    named = _whole_named(question, given[at])
    years = years_in(named) or list(intent.years)
    year = years[0] if len(years) == 1 else None
    whole = amounts[0] if amounts else _report_figure(named, hits, year, whole=True)
    if whole is None:
        return None
    part = calc.part_of(operands[at].measure, whole.measure)
    return Calculation(replace(intent, kind="given_part"), part, (operands[at], whole))


def _latest_before(naming: str, hits: list[Hit], target: int) -> Operand | None:
    """The report's amount ``naming`` names for the latest year before ``target`` that has one, as a
    projection to a year with no base year named grows (:func:`.families.projection`)."""
    years = sorted({c.year for c in candidates_of(hits) if c.year is not None and c.year < target}, reverse=True)
    return next((f for y in years if (f := _report_figure(naming, hits, y, whole=False)) is not None), None)


def _naming(question: str, given: list[Quantity]) -> str:
    """The words of ``question`` that name the figure it does not give: without its given figures
    and its premise and asking words."""
    text = normalize(question)
    for q in sorted(given, key=lambda q: q.start, reverse=True):
        text = f"{text[: q.start]} {text[q.end :]}"
    return _NOT_NAMING.sub(" ", text)


def _whole_named(question: str, share: Quantity) -> str:
    """The words naming the whole a given share is of, or ``""`` when the question names none."""
    text = normalize(question)
    after = _WHOLE_AFTER.match(re.split(r"[,，?？;；]", text[share.end :])[0])
    before = _WHOLE_BEFORE.search(re.split(r"[,，;；]", text[: share.start])[-1])
    found = after or before
    return found["whole"] if found else ""


def _report_figure(naming: str, hits: list[Hit], year: int | None, whole: bool) -> Operand | None:
    """The report's amount ``naming`` (words of the question) names for ``year``, when the passage
    writes a thing it names besides places and measures (or it names none): a figure meeting only
    "global" is the whole market's, not the segment's asked for."""
    if not naming.strip() or not hits:
        return None
    lang = detect_language(naming)
    items = candidates_of(hits)
    amounts = [c for c in items if c.operand.measure.unit not in ("%", "pp")]
    money = [c for c in amounts if c.operand.measure.unit in CURRENCIES]
    amounts = money if money and _IN_MONEY.search(naming) else amounts
    words = unasked(naming)
    # As for any calculation's subject (program._compute), a name every report title writes ("global" of
    # "Global Wind Turbines") tells no figure of the report from another: the table row "Global" would win.
    titles = {h.chunk.title.lower() for h in hits}
    everywhere = [n for n in names_in(words) if all(mentions_name(t, n) for t in titles)]
    subject = subject_of(words) - subject_of(" ".join(everywhere)) or subject_of(words)
    found = find_figure(amounts, subject, year, lang, amounts_only=True, term=naming, whole=whole)
    if found is None:
        return None
    things = thing_words(words)
    scope = candidate_of(found, items).scope
    return found if not things or any(written_in(w, scope) for w in things) else None
