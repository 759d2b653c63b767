"""The operation families that need more than a subject's figures of two years: a projection
at a stated CAGR, a value implied by a size and its growth rate, a conversion to the scale
asked, an amount given only as a share of a total, and operations on two named things.

Each returns ``None`` (refused) when an operand is missing or could be another subject's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from reportqa.index.dictionary import is_listed, lone_character_senses, terms_in
from reportqa.index.keyword import tokenize
from reportqa.index.places import is_country_or_place
from reportqa.index.query import expand_query, matched_groups
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import HAN, normalize
from reportqa.ingest.numbers import CURRENCIES, forecast_at, parse_quantities, table_row_at, years_in
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError, Measure
from reportqa.server.calc.exchange import StatedRate, rate_between
from reportqa.server.calc.intents import (
    ASKED_CURRENCY,
    ASKS_AMOUNT,
    EXCLUDING,
    LIST_JOINS,
    ZH_CONVERT_TO,
    asked_currency,
    list_items,
    listed_terms,
)
from reportqa.server.calc.models import Calculation, Intent, Operand
from reportqa.server.calc.operands import (
    CLAUSE_END,
    FIGURE_VERB,
    HEADING,
    SHARE_WORDS,
    Candidate,
    candidate_of,
    candidates_of,
    caption_measures,
    clause_of,
    clause_text,
    clause_words,
    find_figure,
    headed_by_year,
    in_one_paragraph,
    is_row_share,
    measure_forms,
    measures_another,
    names_a_figure,
    names_all_of,
    names_less,
    names_the_part,
    naming,
    own_clause,
    passage_written,
    pick,
    row_of,
    said_of_another,
    same_figure,
    same_per,
    same_written_unit,
    stated_cagr,
    without_label,
)
from reportqa.server.calc.subject import (
    PERIOD_WORDS,
    TOTAL_ONLY,
    is_generic,
    is_place_word,
    measures_of,
    mentions_name,
    names_in,
    subject_of,
    subject_words,
    thing_words,
    translated,
    writes_all,
    writes_any,
    written_in,
)
from reportqa.server.calc.tables import (
    OTHERS_ROW,
    TOTAL_ROW,
    TOTAL_WORD,
    is_aggregate_row,
    is_world_row,
    names_only_a_total,
)
from reportqa.server.reasons import Reason

_TARGET_SCALE = re.compile(r"(billion|million|thousand|亿|万|千)", re.IGNORECASE)


def projection(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """The earlier year's amount grown at the stated CAGR to the later year (which no passage
    needs to state); with only the later year named, from the subject's latest amount before it.
    Of two subjects' amounts in one sentence ("Europe generated USD 337.6 million and Asia
    Pacific USD 286.2 million") the one the question's words lead into is the base."""
    if not intent.years:
        return None
    target_year = max(intent.years[:2])
    amounts = [c for c in items if c.operand.measure.unit not in ("%", "pp")]  # a share grows no market
    if len(intent.years) > 1:
        years = [min(intent.years[:2])]
    else:
        # The latest year before the one asked, a year a forecast CAGR over the year asked starts from
        # first ("2024—2030年复合增长率为10.4%" grows 2024's size, not the 2025 forecast beside it).
        stated = sorted({c.year for c in amounts if c.year is not None and c.year < target_year}, reverse=True)
        periods = [_period_of(c.operand) for c in items if c.metric == "cagr"]
        starts = {p[0] for p in periods if p and p[0] < target_year <= p[1]}
        years = sorted(stated, key=lambda year: year not in starts)
    for year in years:
        base = find_figure(amounts, subject, year, lang, amounts_only=True, term=question)
        bound = _rate_of(items, amounts, subject, lang, question, base, target_year) if base else None
        if bound and _forecast_by(*bound, items) is False:
            # The rate's own forecast is not grown into from the figure found: that is another thing's
            # ("同城快递" spells the question's 快递; "全国快递业务量将达到3,000亿件，…年均复合增长率约为9.4%"
            # grows 1,745.8亿件). The subject's figure is among those it is grown into, naming all the question's
            # words the one found does (华南's figure grown at the national rate is not the national one's), else
            # of another year.
            named = subject & candidate_of(bound[0], items).words
            grown = [c for c in amounts if named <= c.words and _forecast_by(c.operand, bound[1], items)]
            base = find_figure(grown, subject, year, lang, amounts_only=True, term=question)
            bound = _rate_of(items, amounts, subject, lang, question, base, target_year) if base else None
        if base is None:
            continue
        if bound is None or _forecast_by(*bound, items) is False or not _bound_to_thing(question, *bound, items):
            return None
        return Calculation(intent, calc.project(bound[0].measure, bound[1].measure, target_year), bound)
    return None


def _bound_to_thing(question: str, base: Operand, rate: Operand, items: list[Candidate]) -> bool:
    """Whether the base's sentence or row, read with its report's title and section, writes some
    thing the question names besides places and measures, itself or by a dictionary sense: a
    base that meets only "global" of "全球液冷市场" is the whole market's figure (the dictionary's
    "liquid-cool" is not written in "Liquid cooling"), and growing it answers another market.
    True when the question names no such thing ("2026年全球市场规模"), or writes the very rate
    found ("按5.2%的年均复合增长率计算，…全球风机制造商收入"): the rate names the figure it is stated of,
    where the dictionary's 风机 ("fan") does not write "wind turbine"."""
    if _writes_rate(question, rate):
        return True
    asked = unasked(question)
    things = thing_words(asked)
    # An English phrase the dictionary lists whole ("cloud computing": 云计算) is written where neither word is.
    phrases = {t.written for t in terms_in(asked) if " " in t.written and subject_words(t.written) & things}
    scope = candidate_of(base, items).scope
    return not things or any(written_in(word, scope) for word in things | phrases)


def _rate_of(
    items: list[Candidate],
    amounts: list[Candidate],
    subject: frozenset[str],
    lang: str,
    question: str,
    base: Operand,
    target_year: int,
) -> tuple[Operand, Operand] | None:
    """The base to grow and the CAGR stated of it; ``None`` when no rate is its own."""
    # A rate whose own sentence states an amount of the base's year grows that amount ("Offshore
    # turbines …, rising from USD 14.2 billion in 2024 to …, a CAGR of 14.4%"), not another
    # subject's; when that amount is another figure that names nothing of the question the base does
    # not ("Offshore …" names offshore, which "Global wind turbine OEM revenue" does not), the rate is
    # that other subject's ("the global market … USD 80.0 billion" beside offshore's 14.2 and 14.4%).
    based = candidate_of(base, items)
    thing = subject - measure_forms(subject)
    owned = {id(c.operand): _own_amounts(c, amounts, base) for c in items if c.metric == "cagr"}
    rate = stated_cagr(
        [
            c
            for c in items
            if c.metric != "cagr"
            or all(
                a.operand is base or thing & a.words - based.words or _restates(a, based) or _restates(based, a)
                for a in owned[id(c.operand)]
            )
        ],
        subject,
        lang,
        base,
    )
    own = owned[id(rate)] if rate else []
    if rate is None or len(own) > 1:
        return None
    # The rate is of what the base names ("It is expected to grow at a CAGR of 12.0%" after the chain
    # coffee market is no rate of Luckin's revenue): its sentence, read with the report's title and
    # section, names every thing of the question the base's does.
    if not names_all_of(candidate_of(rate, items), (subject - measure_forms(subject)) & based.words):
        return None
    # The rate's sentence states the market it is of in one currency ("中国IVD市场规模将达到2,150亿元，…
    # 复合增长率为8.4%"): a base in another (the global 1,012亿美元) is another market's.
    said = {
        c.operand.measure.unit
        for c in amounts
        if not c.in_table and c.operand.hit is rate.hit and c.label == _label(rate, items)
    }
    if not own and len(said) == 1 and base.measure.unit not in said:
        in_unit = [c for c in amounts if c.operand.measure.unit in said]
        in_currency = find_figure(in_unit, subject, base.measure.year, lang, amounts_only=True, term=question)
        if in_currency is None:
            return None
        base = in_currency
    base = own[0].operand if own else base
    if not _within_period(base, rate, target_year, _label(rate, items)):
        return None
    if _asks_another_rate(question, rate):
        return None
    return base, rate


def _forecast_amount(rate: Candidate, items: list[Candidate]) -> tuple[int, Operand] | None:
    """The period's last year (else the rate's own year, or its sentence's last) and the one amount a
    CAGR's own sentence forecasts for it ("预计到2030年全国快递业务量将达到3,000亿件，2024—2030年年均复合增长率
    约为9.4%": 2030, 3,000亿件; "to USD 46.5 billion by 2030, a CAGR of 21.0%"), if it states one."""
    said = [
        c
        for c in items
        if c.operand.hit is rate.operand.hit
        and c.label == rate.label
        and not c.in_table
        and c.year is not None
        and c.operand.measure.unit not in ("%", "pp")
    ]
    period = _period_of(rate.operand)
    end = period[1] if period else rate.year or max((c.year for c in said if c.year), default=None)
    stated = [c.operand for c in said if c.year == end]
    return (end, stated[0]) if end is not None and len(stated) == 1 else None


# How far a base grown at a stated CAGR may land from the amount the rate's sentence forecasts: both
# are rounded (a CAGR to 0.1%, "约3,000亿件"); another subject's figure lands far off.
_FORECAST_SLACK = Decimal("0.03")


def _forecast_by(base: Operand, rate: Operand, items: list[Candidate]) -> bool | None:
    """Whether ``base`` grown at ``rate`` comes to the amount the rate's sentence forecasts for its
    period's end, in one unit: the rate is of ``base``'s thing. ``None`` when that sentence states no
    such amount to check it by."""
    forecast = _forecast_amount(candidate_of(rate, items), items)
    if forecast is None or base.measure.year is None or base.measure.unit != forecast[1].measure.unit:
        return None
    year, amount = forecast
    if year <= base.measure.year or not amount.measure.value:
        return None
    grown = base.measure.value * (1 + rate.measure.value / 100) ** (year - base.measure.year)
    target = amount.measure.in_scale(base.measure.scale)
    return abs(grown - target) <= _FORECAST_SLACK * target


def _asks_another_rate(question: str, rate: Operand) -> bool:
    """Whether ``question`` writes a rate ("按5.2%的年均复合增长率计算", "按7.8%的增速倒推") that is not
    ``rate``, up or down: a figure grown by the report's rate is then not the one asked for."""
    asked = _rates_written(question)
    return bool(asked) and abs(rate.measure.value) not in asked


def _writes_rate(question: str, rate: Operand) -> bool:
    """Whether ``question`` writes ``rate``, up or down."""
    return abs(rate.measure.value) in _rates_written(question)


def _rates_written(question: str) -> set[Decimal]:
    return {Decimal(q.value) for q in parse_quantities(normalize(question)) if q.unit == "%"}


def _restates(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` states ``b``'s figure, perhaps rounded to the digits it writes: "grow from USD 14.8
    billion in 2024" restates "revenue of USD 14.82 billion in 2024"."""
    if same_figure(a, b):
        return True
    x, y = a.operand.measure, b.operand.measure
    if x.unit != y.unit or not (x.scale and y.scale):
        return False
    exponent = x.value.as_tuple().exponent
    return isinstance(exponent, int) and y.in_scale(x.scale).quantize(Decimal(1).scaleb(exponent)) == x.value


def _period_of(rate: Operand) -> tuple[int, int] | None:
    """The span of years a rate's sentence states it over ("2024—2030年复合增长率为17.7%"), if any."""
    period = next((q.period for q in rate.hit.chunk.quantities if q.start == rate.start), "")
    years = [int(y) for y in period.split("-") if y.isdigit()]
    return (years[0], years[1]) if len(years) == 2 else None


def _own_amounts(rate: Candidate, amounts: list[Candidate], base: Operand) -> list[Candidate]:
    """The amounts of the base's year and unit that a rate's own sentence states."""
    return [
        c
        for c in amounts
        if not c.in_table
        and not rate.in_table
        and c.operand.hit is rate.operand.hit
        and c.label == rate.label
        and c.year == base.measure.year
        and c.operand.measure.unit == base.measure.unit
    ]


_FORECAST = re.compile(r"\bexpect|\bforecast|\bproject|\bwill\b|预计|预测|将", re.IGNORECASE)


def _within_period(base: Operand, rate: Operand, target: int, sentence: str) -> bool:
    """Whether the CAGR's period covers ``base``: a 2024-2030 rate says nothing of growth from 2023
    (a forecast period's rate may run on past its end, as analysts extrapolate it); a rate whose
    sentence names no year after the base ("between 2019 and 2024") says nothing of growth after it."""
    years = _period_of(rate)
    base_year = base.measure.year
    if base_year is None:
        return True
    if years is None:
        # A rate whose sentence forecasts nothing and names no year after the base ("Between 2019 and
        # 2024 the market grew at a CAGR of 11.2%") is history, no rate to grow the base by.
        said = years_in(sentence)
        return not said or max(said) > base_year or target < base_year or bool(_FORECAST.search(sentence))
    return years[0] <= base_year <= years[1]


# Words of a clause that say its percentage is a change, up or down ("up 21.8% year on year", "同比下降8.5%").
_RISE = re.compile(
    r"\bup\b|\bgr[eo]w|growth|increas|\brose\b|\brising\b|\bgain|\bclimb|增长|增速|增幅|上升|提高|提升|增加|扩大",
    re.IGNORECASE,
)
_FALL = re.compile(
    r"\bdown\b|\bfell\b|\bfall|declin|decreas|\bdrop|\bslipp?|下降|降幅|减少|降低|下滑|下跌|回落|收窄|缩小",
    re.IGNORECASE,
)
# "its operating margin fell to 8.0%", "毛利率下降至42.0%": a percentage reached is a level, not the change.
_REACHED = re.compile(r"(?:\bto|至|到)\s*$")


def growth_rate(c: Candidate) -> Operand | None:
    """A percentage as the growth its clause states, negative for a fall ("同比下降8.5%" is
    -8.5%); ``None`` for a percentage its clause does not call a change (a share, "19.2% of the
    global market"), or calls both. A stated CAGR carries its own sign."""
    figure = c.operand
    if figure.measure.unit != "%" or c.metric == "share":
        return None
    if c.metric == "cagr":
        return figure
    if _REACHED.search(figure.hit.chunk.text[max(0, figure.start - 6) : figure.start]):
        return None
    clause = clause_text(figure)
    rise, fall = bool(_RISE.search(clause)), bool(_FALL.search(clause))
    if rise == fall or SHARE_WORDS.search(clause):
        return None
    if rise or figure.measure.value < 0:
        return figure
    return replace(figure, measure=replace(figure.measure, value=-figure.measure.value))


def implied_value(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """The year asked (the first the question names) from the subject's figure of the other
    year and the growth or fall its sentence states with it: one year of change, or a CAGR.
    The figure is one of a sentence stating one such rate ("凯莱英2024年新签订单金额为72.3亿元，
    同比下降8.5%"), not a table row of another measure that names the subject as well."""
    if len(intent.years) != 2:
        return None
    target, base_year = intent.years
    if target < base_year - 1:
        return _backed_out(intent, items, subject, lang, question)
    if target == base_year - 1:
        items = [dated_by_comparison(c, base_year, items) for c in items]
    rated: dict[tuple[str, str], list[Operand]] = {}
    for c in items:
        fits = c.metric == "cagr" or abs(target - base_year) == 1  # one year of change, or a CAGR over any
        if not c.in_table and fits and (rate := growth_rate(c)) is not None:
            rated.setdefault((c.operand.hit.chunk.id, c.label), []).append(rate)
    if target == base_year - 1:
        rated.update(_rows_growing_into(base_year, items))
    # A rate is not the figure it carries back: where the row's amount measures another thing (a shipments
    # column for revenue asked), its growth cell is left, not taken as the base.
    rates_of = {id(r) for found in rated.values() for r in found}
    pool = [c for c in items if (c.operand.hit.chunk.id, c.label) in rated and id(c.operand) not in rates_of]
    if not any(subject & c.words for c in pool) and any(subject & c.words for c in items):
        return None  # the subject is named, but by no sentence that states a rate
    base = find_figure(pool, subject, base_year, lang, amounts_only=True, term=question)
    rates = _beside(base, rated[(base.hit.chunk.id, _label(base, pool))], items) if base else []
    if base is None or len(rates) != 1:  # no rate, or two of which one is meant: refused
        return None
    # A CAGR stated over its years says nothing of the years before them: "2025—2030年年均复合增长率约为17.6%"
    # does not carry 2025's 1,830亿元 back to 2024.
    span = _period_of(rates[0])
    if span is not None and not span[0] <= target <= span[1]:
        return None
    # The subject's own sentence figure of that year and unit, rate or none: when it is another that
    # names all the base names of the question ("The European e-bike market was valued at EUR 18.5
    # billion" beside cargo e-bikes' 1.1 and 17.5%), the rate is not the subject's.
    said = [c for c in items if not c.in_table and c.operand.measure.unit == base.measure.unit]
    own = find_figure(said, subject, base_year, lang, amounts_only=True, term=question)
    based = candidate_of(base, items)
    # "恒储科技2023年出货量" is not carried back from "其储能业务收入为412.8亿元，同比下降3.2%".
    said_of = based.heading if based.in_table else clause_text(base)
    if names_another_row(subject, based, items) or measures_another(subject, subject_of(said_of)):
        return None
    mine = next((c for c in items if c.operand is own), None)
    thing = subject - measure_forms(subject)
    if mine is not None and mine is not based and not same_figure(mine, based) and thing & based.words <= mine.words:
        return None
    if _asks_another_rate(question, rates[0]) or not _bound_to_thing(question, base, rates[0], items):
        return None
    return Calculation(intent, calc.project(base.measure, rates[0].measure, target), (base, rates[0]))


def dated_by_comparison(c: Candidate, year: int, items: list[Candidate]) -> Candidate:
    """``c`` dated ``year`` when it is an amount its sentence gives no year but states the change of
    over the year before ("通用算力规模为71.7 EFLOPS，同比增长7.9%"), in a section whose passages' latest
    year stated with the year before it is ``year`` (2024's 725.3 EFLOPS and 2023's 416.6; a table's
    2023年 and 2024年 columns above "其中洗碗机零售额为215.6亿元，同比增长18.9%"; not a lone forecast's 2030), or
    below a table whose latest year is ``year`` (:func:`dated_by_table`):
    a change over the year before is of the latest year compared. A section comparing no two years,
    or later ones, leaves it undated."""
    if not _undated_amount(c):
        return c
    years = {d.year for d in _section_of(c, items) if d.year is not None}
    # Under a table of that one year ("需求结构（2024年）"), the change over the year before is over that year's.
    if max((y for y in years if y - 1 in years), default=None) != year and dated_by_table(c, items).year != year:
        return c
    beside = [
        d for d in items if d.operand.hit is c.operand.hit and d.label == c.label and d.operand.measure.unit == "%"
    ]
    if not any(growth_rate(d) for d in beside):
        return c
    return _dated(c, year)


def dated_by_table(c: Candidate, items: list[Candidate]) -> Candidate:
    """``c`` dated by its section's table when it is an amount its sentence gives no year, in a
    section whose tables' latest year is the latest year any of its figures states ("其中内蒙古新增装机为
    7.4GW" below a table of 2024年新增装机; "其中化学发光…规模为450.9亿元" below 2023 and 2024 columns):
    the prose under a table discusses the table's latest year. A section stating a later year (a
    forecast's 2030) or holding no table leaves it undated. For a share, whose part a report often
    states this way; :func:`dated_by_comparison` dates a value carried back, which asks more."""
    if not _undated_amount(c):
        return c
    section = _section_of(c, items)
    if all(d.year is None for d in section):  # a section that dates nothing speaks of the report's year
        doc = c.operand.hit.chunk.doc_id
        hits = {d.operand.hit.chunk.id: d.operand.hit for d in items if d.operand.hit.chunk.doc_id == doc}
        latest = latest_actual_year(list(hits.values()))
        return c if latest is None else _dated(c, latest)
    latest = max((d.year for d in section if d.in_table and d.year is not None), default=None)
    if latest is None or any(d.year is not None and d.year > latest for d in section):
        return c
    return _dated(c, latest)


def latest_actual_year(hits: list[Hit]) -> int | None:
    """The latest year the passages of ``hits`` (one report's) state a figure of as it is (not "预计…将达到",
    not "is projected to reach"), when no sentence forecasts a figure for it; ``None`` when there is none.
    Table columns are left out: "| 2024 | 2030 |" does not say which of them is forecast."""
    stated: set[int] = set()
    forecast: set[int] = set()
    for hit in hits:
        text = hit.chunk.text
        for q in hit.chunk.quantities:
            if q.year is None or q.metric or table_row_at(text, q.start) is not None:
                continue
            (forecast if forecast_at(text, q.start) else stated).add(q.year)
    actual = stated - forecast
    return max(actual) if actual else None


def _undated_amount(c: Candidate) -> bool:
    """Whether ``c`` is a sentence's amount without a year that states a level, not a change
    ("R&D expenses increased $2.2 million, or 15%" is the change, not the year's amount)."""
    return (
        not c.in_table
        and c.year is None
        and not c.metric
        and c.operand.measure.unit not in ("%", "pp")
        and not _stated_as_change(c.operand)
    )


def _section_of(c: Candidate, items: list[Candidate]) -> list[Candidate]:
    """The candidates of ``items`` in ``c``'s report and section."""
    chunk = c.operand.hit.chunk
    return [
        d for d in items if (d.operand.hit.chunk.doc_id, d.operand.hit.chunk.section) == (chunk.doc_id, chunk.section)
    ]


def _dated(c: Candidate, year: int) -> Candidate:
    return replace(c, operand=replace(c.operand, measure=replace(c.operand.measure, year=year)))


def _stated_as_change(figure: Operand) -> bool:
    """Whether the clause before ``figure`` calls it a change ("increased $2.2 million", "增加了2150万"),
    not a level ("零售额为215.6亿元")."""
    return _names_change(_clause_before(figure, CLAUSE_END))


def _clause_before(figure: Operand, ends: re.Pattern[str]) -> str:
    """The words of ``figure``'s clause before it (within 60 characters), a clause ended by ``ends``."""
    return ends.split(figure.hit.chunk.text[max(0, figure.start - 60) : figure.start])[-1]


def _names_change(words: str) -> bool:
    """Whether ``words`` call a figure a rise or a fall."""
    return bool(_RISE.search(words) or _FALL.search(words))


def before_change(question: str, items: list[Candidate], lang: str) -> Calculation | None:
    """A year's figure the report gives only as the next year's and the change over it, stated as an
    amount or in points ("平均售价为13.8元，较2023年下降2.6元"; "用户规模达到3.42亿人，较2023年末增加2,150万人";
    "38.4% of sales in 2024, up 1.6 percentage points from 2023"): the next year's less the rise, or
    plus the fall. ``None`` when the question names other than one year, the change found is not of
    that year in the next year's own sentence, or a figure of that year is stated (it is quoted)."""
    years = set(years_in(normalize(question)))
    if len(years) != 1:
        return None
    target = years.pop()
    subject = subject_of(unasked(question))
    # A level its sentence gives no year ("渗透率为4.6%，较2023年提升0.5个百分点") is after the year its change is
    # counted from, whichever: it is tried when the next year's figure found has no change from the year asked.
    later = [c for c in items if c.year is None or c.year > target]
    levels = (
        find_figure(items, subject, target + 1, lang, amounts_only=False, term=question),
        find_figure(later, subject, None, lang, amounts_only=False, term=question),
    )
    found = [(level, _changes_from(level, items, target)) for level in levels if level is not None]
    level, changes = next(((level, changes) for level, changes in found if changes), (None, []))
    if level is None or len(changes) != 1:
        return None
    own = candidate_of(level, items)
    change = changes[0].operand
    # A figure of that year in the level's unit stated in its section, or found by the subject elsewhere, is
    # the year's own figure (quoted), or tells that the change may be of another figure.
    others = [c for c in items if c.operand is not change and not _written_as_change(c.operand)]
    unit_of_year = [c for c in others if c.year == target and c.operand.measure.unit == level.measure.unit]
    # A figure of another, wider thing (整体市场的57.5% beside 渗透率) is neither.
    said = [c.operand for c in _section_of(own, others) if c in unit_of_year]
    found_of_year = find_figure(unit_of_year, subject, target, lang, amounts_only=False, term=question)
    if any(not names_less(f, level, items, subject) for f in [*said, *([found_of_year] if found_of_year else [])]):
        return None
    fell = bool(_FALL.search(_clause_before(change, _CLAUSE_BEFORE)))
    result = calc.before_change(level.measure, change.measure, fell)
    return Calculation(Intent("before_change", (target,)), result, (level, change))


def _changes_from(level: Operand, items: list[Candidate], target: int) -> list[Candidate]:
    """The changes that ``level``'s own sentence states after it, counted from the year ``target`` and in its
    unit (points for a percentage)."""
    own = candidate_of(level, items)
    unit = "pp" if level.measure.unit == "%" else level.measure.unit
    return [
        c
        for c in items
        if c.operand.hit is level.hit
        and c.label == own.label
        and c.operand.start > level.end
        and c.year == target
        and c.operand.measure.unit == unit
        and _written_as_change(c.operand)
    ]


# A clause's end before a figure: any full-width comma ("，2023年为2,206.4亿元" opens a clause on a year), a
# comma not of thousands ("in 2024, up 1.6 percentage points"), a semicolon or a full stop.
_CLAUSE_BEFORE = re.compile(r"[，；;。]|,(?!\d{3}\b)|\.\s")


def _written_as_change(figure: Operand) -> bool:
    """Whether ``figure``'s own clause calls it a change ("较2023年下降2.6元", "up 1.6 percentage points"):
    unlike :func:`_stated_as_change`, a clause opening on a year ends the one before it, so "同比增长12.4%，
    2023年为2,206.4亿元" states 2023's level, not a rise."""
    return _names_change(_clause_before(figure, _CLAUSE_BEFORE))


def _backed_out(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """A span's first year's figure taken out of its last year's at the CAGR the report states of the
    subject over that very span ("2019—2023年，产业收入的复合增长率为9.8%" backs 2019 out of 2023's
    1,372.5亿元), wherever the report states each: a rate of another span (2024—2029) is none of it."""
    target, base_year = intent.years
    # Revenue is money: "电竞用户规模为4.91亿人" in a sentence on revenue growth is no revenue.
    money = "#revenue" in subject
    amounts = [
        c
        for c in items
        if c.operand.measure.unit in CURRENCIES or not money and c.operand.measure.unit not in ("%", "pp")
    ]
    spanned = [c for c in items if c.metric != "cagr" or _period_of(c.operand) == (target, base_year)]
    # Of the subject's figures of that year, the first one the rate is stated of ("电竞游戏收入" is a row
    # of the industry's revenue, not the industry the rate's sentence names).
    for _ in range(_BASES_TRIED):
        # The question names one thing: no other figure of a sentence takes the year the base is stated in.
        base = find_figure(amounts, subject, base_year, lang, amounts_only=True)
        if base is None:
            return None
        bound = _rate_of(spanned, amounts, subject, lang, question, base, target)
        if bound is not None:
            return Calculation(intent, calc.project(bound[0].measure, bound[1].measure, target), bound)
        tried = (base.hit.chunk.id, _label(base, amounts))
        amounts = [c for c in amounts if (c.operand.hit.chunk.id, c.label) != tried]
    return None


# How many of the subject's figures of a year are tried as the base a span's rate is of.
_BASES_TRIED = 3


def _beside(base: Operand, rates: list[Operand], items: list[Candidate]) -> list[Operand]:
    """Of the rates one sentence states, those of ``base``: no other amount stands between it and
    them ("Skydio reported revenue of USD 312.5 million …, up 41.3% year on year, and Parrot's … was
    €118.6m in 2024, down 4.2%": 41.3% is Skydio's). One rate, or a table row's, is the base's."""
    if len(rates) < 2:
        return rates
    others = [
        c.operand.start
        for c in items
        if c.operand.hit is base.hit
        and c.operand is not base
        and not c.in_table
        and c.operand.measure.unit not in ("%", "pp")
    ]
    return [r for r in rates if not any(min(r.start, base.start) < at < max(r.start, base.start) for at in others)]


# A column of a year's change: "同比增长", "Growth", "Growth vs 2023" (not a share, nor a CAGR).
_GROWTH_COLUMN = re.compile(r"^(?:同比)?(?:增长|增速|增幅)(?:率)?$|^(?:yoy |y/y )?growth\b", re.IGNORECASE)


def _rows_growing_into(year: int, items: list[Candidate]) -> dict[tuple[str, str], list[Operand]]:
    """Table rows whose amounts are all of ``year`` beside one growth column: that growth is the
    change into ``year`` ("| 恒储科技 | 86.4 | 52.1% |" under "2024年出货量 | 同比增长"). A row holding
    amounts of two years is left out: which year its growth is into is not said."""
    rows: dict[tuple[str, str], list[Candidate]] = {}
    for c in items:
        if c.in_table:
            rows.setdefault((c.operand.hit.chunk.id, c.label), []).append(c)
    rated = {}
    for key, cells in rows.items():
        rates = [c.operand for c in cells if c.operand.measure.unit == "%" and _GROWTH_COLUMN.match(c.heading.strip())]
        amounts = {c.year for c in cells if c.operand.measure.unit not in ("%", "pp")}
        if len(rates) == 1 and amounts == {year}:
            rated[key] = rates
    return rated


def names_another_row(subject: frozenset[str], based: Candidate, items: list[Candidate]) -> bool:
    """Whether the question names a table row of ``based``'s report that the paragraph of
    ``based`` does not write: "the marketing automation module's 2023 size, given its size and
    growth" is that row's, not the whole market's sentence ("市场规模为112.4亿元，同比增长14.6%")
    that the words they share (SaaS CRM) bind it to. A paragraph naming the row ("恒储科技占全球…。
    其储能业务收入为412.8亿元") is about it. A total or residual row names nothing of its own."""
    text = based.operand.hit.chunk.text
    at = based.operand.start
    end = text.find("\n", at)
    paragraph = text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)].lower()
    for c in items:
        if not c.in_table or c.operand.hit.chunk.doc_id != based.operand.hit.chunk.doc_id:
            continue
        row = c.label.rsplit("/ ", 1)[-1]
        if TOTAL_ROW.match(row) or OTHERS_ROW.match(row):
            continue
        named = subject_of(row)
        own = named - measure_forms(named) - measures_of(row)
        if own and own <= subject and not mentions_name(paragraph, row):
            return True
    return False


def _forms(word: str) -> frozenset[str]:
    """``word`` and its dictionary senses in the other language, a hyphenated compound's read
    through its parts ("large-molecule": 分子, where the whole is no entry)."""
    parts = [word, *word.split("-")] if "-" in word else [word]
    return frozenset({word} | {w for part in parts for w in translated(part) if len(w) > 1})


def skips_a_named_row(question: str, found: list[Operand], items: list[Candidate], lang: str) -> bool:
    """Whether, across languages, a word the question writes names a table row of the report
    through the dictionary but not the figures found: "China's large-molecule CDMO revenue" over
    大分子 is not the whole CDMO market's sentence, which the words a question and a report share
    (CDMO) would otherwise bind it to. In one language the words themselves tell rows apart."""
    if all(f.hit.chunk.lang == lang for f in found):
        return False
    words = {w for w in subject_words(question) - subject_words(" ".join(names_in(question))) if not measures_of(w)}
    scopes = [next((c.scope for c in items if c.operand is f), "") for f in found]
    # A word of a glossary term the figures write ("appliance" of "home appliance", 家电) is theirs,
    # whatever row its own dictionary senses name (电器 of the company 格力电器).
    words -= {
        w
        for group in matched_groups(question)
        if all(any(mentions_name(scope, t) for t in group) for scope in scopes)
        for t in group
        for w in subject_words(t)
    }
    rows = [c for c in items if c.in_table and c.operand.hit.chunk.doc_id == found[0].hit.chunk.doc_id]
    for word in words:
        forms = _forms(word)
        if all(f.isascii() == word.isascii() for f in forms):
            # A word the dictionary gives no sense of in the other language ("diagnostics": 诊断 is
            # "diagnosis") cannot be read in the report's words, so its absence there tells nothing;
            # its own spelling would only find a company's bracketed name ("罗氏诊断（Roche Diagnostics）").
            continue
        if any(not any(mentions_name(scope, f) for f in forms) for scope in scopes) and any(
            c.own & forms for c in rows if c.operand not in found
        ):
            return True
    return False


def table_percentages(question: str, hits: list[Hit], year: int | None = None) -> list[Candidate]:
    """The percentages of one column (of ``year``, when given) of the table passage that best
    matches the question's terms; none when they stand in two columns (two years, or a share
    beside a growth rate): which one is asked is a guess."""
    terms = set(tokenize(expand_query(question)))
    tables = [h for h in hits if h.chunk.text.lstrip().startswith("|")]
    if not tables:
        return []
    best = max(tables, key=lambda h: (len(terms & set(tokenize(h.chunk.section + " " + h.chunk.text))), -hits.index(h)))
    scope = normalize(f"{best.chunk.title} {best.chunk.section} {best.chunk.text}").lower()
    if not all(mentions_name(scope, name) for name in names_in(question)):
        return []  # "三一重工、徐工汽车和中国重汽的合计份额" is not the sum of a table that names none of them
    cells = [
        c
        for c in candidates_of([best])
        if c.operand.measure.unit == "%" and year in (None, c.year) and not TOTAL_ROW.match(c.label.split(" / ")[-1])
    ]
    return cells if len({(c.column, c.year) for c in cells}) == 1 else []


# What a question excludes from the whole: "excluding the top five", "除华为和中兴外".
# A thing of an English list: no clause (what, how) and no comma.
_LISTED_ITEM = r"(?:(?!\b(?:what|how|which|who|whose)\b)[^,，。?？])+?"
_EXCLUDED = re.compile(
    rf"(?:{EXCLUDING}|除了?)\s*"
    # "Excluding East China, South China and North China, what share …": a list's commas are not the
    # clause's; read to the first comma only, the list was East China alone (100% less its 36.4%, a wrong figure).
    rf"(?P<what>(?:{_LISTED_ITEM},\s*)+{_LISTED_ITEM}\b(?:and|or)\s+{_LISTED_ITEM}|[^,，。?？]+?)"
    r"(?=\s*(?:以外|之外|外|,|，|\?|？| in | for | hold| held| have| had| account|$))",
    re.IGNORECASE,
)
# "2024年CR6以外的", "在新能源重卡细分市场，三一重工、徐工汽车和中国重汽以外的": from the year or the clause's start,
# after the 来自 ("from") a part is said to come from ("来自大豆和豌豆以外").
_EXCLUDED_ZH = re.compile(r"(?:年|^|[，,])(?:来自|源自|出自)?(?P<what>[^，,。？?的年]{1,20}?)(?:以外|之外)")
# The joins of a list the question writes: "A、B和C", "A, B and C", "A & B".
# A group of a table's leading rows ("the top three", "前三大"): no one row's figure, and not every row.
_LEADERS = re.compile(r"\btop\b|\bleading\b|\blargest\b|\bfirst\b|前[一二三四五六七八九十两\d]", re.IGNORECASE)


def _label(figure: Operand, items: list[Candidate]) -> str:
    return candidate_of(figure, items).label


# What a sentence's percentage is stated as a part of: "46.4% of global electrolyser revenue", "占全球的83.6%".
_SHARE_OF = re.compile(r"%?\s*of\s+(?P<whole>[^,;.，；。]+?)(?=\s+(?:in|and|by|at|for|as|while|from)\b|[,;.，；。]|$)")
_SHARE_OF_ZH = re.compile(r"占(?P<whole>[^，,。；;占]{0,20}?)的?\s*$")


def _share_of(c: Candidate) -> str | None:
    """The whole a sentence's percentage is stated of ("global electrolyser revenue" of "China
    accounted for 46.4% of global electrolyser revenue"), ``None`` when its words say none."""
    if c.in_table:
        return None
    text, figure = c.operand.hit.chunk.text, c.operand
    after = _SHARE_OF.match(text, figure.end)
    if after:
        return after["whole"]
    lead, _ = clause_of(text, figure.start, figure.end)
    before = _SHARE_OF_ZH.search(text[lead : figure.start])
    return before["whole"] if before else _gapped_whole(text, figure.start)


# A percentage stated "of" a whole, then another thing's "and … for" with the verb and the whole left
# out: "dog food accounted for 61.5% of 2024 revenue and cat food for 31.8%".
_GAPPED = re.compile(r"(?P<stated>\d%\s*of\s+[^,;.，；。]+?)\s*,?\s+and\s+[^,;.%，；。]{1,40}?\s+(?:for|at|with)\s+$")


def _gapped_whole(text: str, start: int) -> str | None:
    """The whole of a percentage at ``start`` written as the second of two things sharing one verb and
    one whole (English leaves them out of the second: "… and cat food for 31.8%"), ``None`` otherwise."""
    gapped = _GAPPED.search(text, max(0, start - 120), start)
    stated = _SHARE_OF.match(gapped["stated"], 1) if gapped else None
    return stated["whole"] if stated else None


def _is_share(c: Candidate) -> bool:
    """A percentage that is a part of something: so called ("share", 占比), or stated "of" a whole
    ("The five largest vendors together held 71.4% of global revenue")."""
    return c.metric == "share" or bool(SHARE_WORDS.search(c.scope)) or _share_of(c) is not None


def _of_measure_asked(
    figure: Operand, shares: list[Candidate], measured: frozenset[str], asked: frozenset[str]
) -> Operand | None:
    """Of the shares one sentence states of the thing found, the one of the measure the question's
    whole is ("China accounted for 46.4% of global electrolyser revenue and 60.4% of shipments": 60.4%
    for shipments asked); ``None`` when the one found is of another measure and no other one fits:
    less a revenue share is not what is left of shipments. Where no measure tells them apart, the
    one whose whole writes most of the question's words (``asked``): "44.6% of global charging
    revenue … and 64.2% of the public charge points installed" gives 64.2% to charge points asked."""
    found = candidate_of(figure, shares)
    if found.in_table:  # a column's share: its heading is checked where the figure is found
        return figure
    sentence = [
        c
        for c in shares
        if c.operand.hit is figure.hit and c.label == found.label and c.year == found.year and not c.in_table
    ]
    fitting = [c for c in sentence if not measures_another(measured, subject_of(_share_of(c) or ""))]
    # Only shares each stated "of" its own whole are told apart by it: "华东地区占全国…的36.4%，华南地区占18.7%"
    # gives other things' shares, of one whole.
    of_wholes = [c for c in fitting if _share_of(c)]
    if found in of_wholes and len(of_wholes) > 1:
        overlap = [len(subject_of(_share_of(c) or "") & asked) for c in of_wholes]
        closest = [c for c, n in zip(of_wholes, overlap, strict=True) if n == max(overlap)]
        fitting = closest if found not in closest else [found]
    if found in fitting:
        return figure
    return fitting[0].operand if len(fitting) == 1 and _share_of(fitting[0]) else None


def _of_whole_asked(shares: list[Candidate], asked: frozenset[str]) -> list[Candidate]:
    """Of a thing's shares that sentences state "of" a whole, those whose whole writes most of the
    question's words: "瑞幸咖啡…占连锁品牌门店总数的18.1%；…瑞幸咖啡占现制咖啡市场规模的24.5%" gives 24.5% to
    "占现制咖啡市场规模的比重"; a share of stores taken from 100% of the market is no rest of it. A share
    stating no whole (a table's cell) is kept: its column's heading is checked where it is found."""
    overlap = {id(c): len(subject_of(whole) & asked) for c in shares if (whole := _share_of(c))}
    best = max(overlap.values(), default=0)
    return [c for c in shares if overlap.get(id(c), best) == best]


def excluded_terms(question: str) -> list[str]:
    """The things a complement takes out of its whole, as the question lists them ("除TOPCon和PERC以外":
    TOPCon, PERC); none when it names none ("the other vendors")."""
    text = normalize(question)
    excluded = _EXCLUDED.search(text) or _EXCLUDED_ZH.search(text)
    return list_items(excluded["what"]) if excluded else []


def read_listed(terms: list[str], hits: list[Hit]) -> list[str]:
    """Listed things as the passages of ``hits`` write them, where Chinese lists them by lone characters:

    - a lone character of several senses is the one of them the passages write as they write a thing
      listed beside it: 猫 ("cat", "modem") beside 狗 ("dog"), over "dog food … and cat food", is "cat",
      written before "food" as "dog" is;
    - two characters run together that no dictionary lists as a word (猫狗 "cats and dogs") are two
      things, where each is so read or has one sense the passages write: read as one, 猫狗 was bound by
      狗 alone, and 100% less the dogs' share was stated for both. A pair any part of which is read no
      such way (a company's two-character name) stays one thing.

    Any other thing is left as listed."""
    text = " ".join(passage_written(h) for h in hits).lower()
    parts = [[c for c in term] if _run_together(term) else [term] for term in terms]
    singles = [c for group in parts for c in group]
    heads = {
        m.group(1)
        for c in singles
        if len(senses := _lone_senses(c)) == 1
        for m in re.finditer(rf"(?<![a-z]){re.escape(senses[0])}s?\s+([a-z]+)", text)
    }

    def read(c: str) -> str | None:
        senses = _lone_senses(c)
        fits = {s for s in senses if re.search(rf"(?<![a-z]){s}s?(?![a-z])", text)}
        if len(senses) > 1:
            fits = {s for s in fits if any(re.search(rf"(?<![a-z]){s}s?\s+{h}\b", text) for h in heads)}
        return fits.pop() if len(fits) == 1 else None

    listed: list[str] = []
    for term, group in zip(terms, parts, strict=True):
        if len(group) > 1:
            pieces = [read(c) for c in group]
            listed += [p for p in pieces if p] if all(pieces) else [term]
        elif _lone_senses(term) and len(_lone_senses(term)) > 1:
            listed.append(read(term) or term)
        else:
            listed.append(term)
    return listed


def _lone_senses(term: str) -> list[str]:
    """The one-word senses of a lone Chinese character (猫: cat, modem); none for any other term."""
    return [s for s in lone_character_senses(term) if s.isalpha()] if len(term) == 1 and HAN.fullmatch(term) else []


def _run_together(item: str) -> bool:
    """Whether a list item is two Chinese characters no dictionary lists together, each with senses of its own."""
    return len(item) == 2 and all(HAN.fullmatch(c) and _lone_senses(c) for c in item) and not is_listed(item)


def complement(
    question: str, items: list[Candidate], hits: list[Hit], year: int | None, lang: str
) -> Calculation | None:
    """100% less the shares the question excludes ("outside the top five": the top five's
    stated share), or less every share of the best share table when it excludes none by name
    ("the other vendors"); ``None`` when the report states the others' share itself (it is
    quoted) or a share named is not found."""
    shares = [c for c in items if c.operand.measure.unit == "%" and _is_share(c)]
    terms = read_listed(excluded_terms(question), hits)
    if terms:
        found = []
        measured = measures_of(question) - {"#share"}
        # What the shares are of is the question's words besides the things excluded, as for a sum of listed things.
        asked = subject_of(question).difference(*(subject_of(t) for t in terms))
        for term in terms:
            # The term's own shares are told apart by their wholes, not every share of the passages.
            named = naming(shares, names_in(term))
            figure = find_figure(
                _of_whole_asked([c for c in named if subject_of(term) & c.words] or named, asked),
                subject_of(term),
                year,
                lang,
                amounts_only=False,
                term=term,
                asked=asked,
                listed_with=tuple(other for other in terms if other != term),
            )
            figure = figure and _of_measure_asked(figure, shares, measured, subject_of(question))
            if figure is None or figure in found:  # one figure for two things named is neither's
                return None
            # "The top three were A (11.8%), B (10.9%) and C (6.2%)": no one figure is the group's.
            label, year_of = _label(figure, shares), figure.measure.year
            if _LEADERS.search(term) and sum(c.label == label and c.year == year_of for c in shares) > 1:
                return None
            found.append(figure)
    else:
        if any(OTHERS_ROW.search(c.label) for c in shares):
            return None
        column = table_percentages(question, hits, year)
        if len(column) < 2 or not all(_is_share(c) for c in column):
            return None
        found = [c.operand for c in column]
    return Calculation(
        Intent("complement", (year,) if year else ()), calc.complement([f.measure for f in found]), tuple(found)
    )


# The part a question takes out of the whole it names first: "…收入中，来自美国以外（加拿大和墨西哥）的",
# "came from outside learning services", "were not chain-brand stores at the end of 2024".
_REST_OF = re.compile(
    r"(?:[，,]|\d年)(?:来自)?(?P<zh>[^，,。？?的（(]{1,20}?)(?:以外|之外)"
    rf"|\b(?:{EXCLUDING})\s+(?P<en>[^,，.?？()（]+?)(?=\s+(?:in|at|for|by|during)\b|[,，.?？(（]|$)",
    re.IGNORECASE,
)
# What a question says of the rest in brackets ("（加拿大和墨西哥）") names neither the whole nor the part.
_BRACKETED = re.compile(r"（[^）]*）|\([^)]*\)")


def rest_of(question: str, items: list[Candidate], year: int | None, lang: str) -> Calculation | None:
    """The whole the question names less the one part it excludes ("2024年北美卫星宽带收入中，美国以外的":
    North America's revenue less the United States'), each found by its own words; ``None`` unless
    the part's own sentence or row names the whole too ("USD 6,102.3 million of North American
    revenue", "Within Europe, Germany …"): a figure of the part that does not say it is one of
    the whole may count another thing, or be of another whole."""
    text = normalize(question)
    excluded = _REST_OF.search(text)
    if excluded is None or len(LIST_JOINS.split(part_term := excluded["zh"] or excluded["en"])) != 1:
        return None
    whole_term = _BRACKETED.sub(" ", f"{text[: excluded.start()]} {text[excluded.end() :]}")
    found = _stated_part_of(items, year, lang, part_term, whole_term)
    if found is None:
        return None
    whole, part = found
    return Calculation(
        Intent("difference", (year,) if year else ()), calc.difference(whole.measure, part.measure), (whole, part)
    )


def share_of_stated_whole(intent: Intent, items: list[Candidate], lang: str) -> Calculation | None:
    """A share whose part and whole one sentence states ("China installed 5.1 GW of the 9.4 GW
    offshore total"): the part over that whole. A report that writes a part so says which whole it
    is of, where a table of the part's name may count another ("China | 79.8 | 65.8%" of every
    installation, offshore or not). A part whose whole another passage states is left to
    :func:`on_pair`, which knows the years and tables such a pair may mix."""
    assert intent.pair is not None
    year = intent.years[0] if len(intent.years) == 1 else None
    found = _stated_part_of(items, year, lang, *intent.pair)
    if found is None:
        return None
    whole, part = found
    of_whole, own = (candidate_of(f, items) for f in found)
    if own.in_table or part.hit is not whole.hit or of_whole.label != own.label:
        return None
    share = calc.share(part.measure, whole.measure)
    return Calculation(Intent("share", intent.years, intent.pair), share, (part, whole))


def _stated_part_of(
    items: list[Candidate], year: int | None, lang: str, part_term: str, whole_term: str
) -> tuple[Operand, Operand] | None:
    """The whole a question names and the part of it it names (:func:`rest_of`,
    :func:`share_of_stated_whole`), each found by its own words; ``None`` unless the part's own
    sentence or row names the whole too."""
    told = subject_of(whole_term) - subject_of(part_term)
    # The whole's own words, each of which a table must write (by itself or a sense) to be the whole's.
    named = subject_words(whole_term) - subject_words(part_term)
    # The part is found by its own name; when that figure is no part of the whole, as the whole's measure of
    # the thing (海上风电新增装机中，中国: China's offshore installations, not China's row of all).
    for subject in (subject_of(part_term), subject_of(part_term) | subject_of(whole_term)):
        found = _part_and_whole(items, year, lang, (part_term, whole_term), subject, (told, named))
        if found is not None:
            return found
    return None


def _part_and_whole(
    items: list[Candidate],
    year: int | None,
    lang: str,
    terms: tuple[str, str],
    subject: frozenset[str],
    words: tuple[frozenset[str], frozenset[str]],
) -> tuple[Operand, Operand] | None:
    """The whole and the part of :func:`_stated_part_of`, the part found by ``subject`` (``terms``: the part's and
    the whole's as the question writes them; ``words``: the whole's words the part's do not write, with
    their senses and as written); ``None`` unless the part's figure is stated as one of the whole's."""
    (part_term, whole_term), (told, named) = terms, words
    names = tuple(names_in(part_term))
    part = find_figure(naming(items, list(names)), subject, year, lang, True, no_rates=True, term=part_term)
    if part is None:
        return None
    whole = _whole_beside(part, items, told, named) or find_figure(
        naming(items, names_in(whole_term), unlike=names), subject_of(whole_term), year, lang, True, no_rates=True
    )
    if whole is None or part is whole:
        return None
    own, of_whole = (candidate_of(f, items) for f in (part, whole))
    if not _one_unit(own, of_whole) or not 0 < part.measure.in_scale(whole.measure.scale) < whole.measure.value:
        return None
    return (whole, part) if _stated_within(own, of_whole, told, named) else None


def _whole_beside(part: Operand, items: list[Candidate], told: frozenset[str], named: frozenset[str]) -> Operand | None:
    """The whole a part's own sentence or table states beside it: its column's total row when the
    table writes every word ``named`` (:func:`_total_of_its_column`); for a sentence's figure ("China
    installed 5.1 GW of the 9.4 GW offshore total"), the one other figure of that sentence, larger and
    in its unit, whose clause writes a word ``told`` (the whole's and not the part's) besides its
    measure, where it names its thing (:func:`_naming_side`). That sentence says which whole the part
    is of; another sentence's figure that writes the same words ("New installations rose to 121.3 GW …,
    of which 9.4 GW was offshore") may be a larger whole. ``None`` when there is no such one figure."""
    own = candidate_of(part, items)
    if own.in_table:
        totals = [c.operand for c in items if c.in_table and _total_of_its_column(own, c, named)]
        return totals[0] if len(totals) == 1 else None
    words = told - measure_forms(told) - {own.unit_word.lower()}  # "GW" of "70.0 GW onshore" names no whole
    beside = [
        c.operand
        for c in items
        if not c.in_table
        and c.operand.hit is part.hit
        and c.label == own.label
        and c.operand is not part
        and c.operand.measure.year in (None, part.measure.year)
        and _one_unit(c, own)
        and c.operand.measure.in_scale(part.measure.scale) > part.measure.value
        and any(written_in(w, _naming_side(c.operand)) for w in words)
    ]
    return beside[0] if len(beside) == 1 else None


def _naming_side(figure: Operand) -> str:
    """The words of a sentence's ``figure``'s clause on the side a thing's name stands, lower-cased:
    English writes it after the figure ("9.4 GW offshore total"), Chinese before it ("占全球海上装机9.4GW");
    the other side may be another figure's ("5.0 GW offshore of its 80.0 GW total")."""
    text = figure.hit.chunk.text
    lead, end = clause_of(text, figure.start, figure.end)
    side = text[lead : figure.start] if figure.hit.chunk.lang == "zh" else text[figure.end : end]
    return normalize(side).lower()


def _one_unit(a: Candidate, b: Candidate) -> bool:
    """Whether two figures are written in one unit: USD and USD, or 万家 and 万家, never 万家 and 杯."""
    return a.operand.measure.unit == b.operand.measure.unit and a.unit_word == b.unit_word


def _stated_within(part: Candidate, whole: Candidate, told: frozenset[str], named: frozenset[str]) -> bool:
    """Whether the part's figure is stated as one of the whole's: its sentence and the whole's own row
    or sentence write one word ``told`` (the whole's and not the part's) besides its measure ("USD
    6,102.3 million of North American revenue" and the row "North America"). A table's row is so only
    under its own column's total row (:func:`_total_of_its_column`): the table's "Global" row may count
    another whole than the one asked (全球海上风电 is not every installation, and 海上 is "maritime" to the
    dictionary, "offshore" to the report)."""
    labels = [normalize(c.label).lower() for c in (part, whole)]
    if part.in_table:
        return _total_of_its_column(part, whole, named)
    return any(all(written_in(w, label) for label in labels) for w in told - measure_forms(told))


def _total_of_its_column(part: Candidate, whole: Candidate, named: frozenset[str]) -> bool:
    """Whether a table row's figure is one of the whole's by the table itself: the whole is the
    total or world row of the part's own column ("North America | 6,914.7" and "Global | 14,820.0"
    under "Revenue (USD million) 2024"), and the table's report, section or caption writes every word
    ``named`` (the whole's own, not the part's), itself or by a sense, besides its measure:
    "2024年北美以外地区的卫星宽带收入" over a satellite broadband report's regions. A whole the table does
    not write ("海上风电" over a table of every installation) may be another whole than its total counts."""
    one_column = whole.operand.hit is part.operand.hit and whole.heading == part.heading
    label = whole.label.rsplit(" / ", 1)[-1]
    total = bool(TOTAL_ROW.match(label)) or is_world_row(label)
    return (
        whole.in_table
        and one_column
        and total
        and all(written_in(w, whole.scope) for w in named if not measures_of(w) and not is_generic(w))
    )


def adds_a_part_to_its_whole(figures: tuple[Operand, ...], items: list[Candidate]) -> bool:
    """Whether one of ``figures`` is a table row's and another is its column's total (the total row's value
    where the report states it, in that table or a sentence): a sum of them counts the part twice, so one of
    the things named was bound to the whole ("the raw materials and energy and power segments" of a market
    whose size sentence outranked the raw materials row)."""
    for part in figures:
        own = candidate_of(part, items)
        if not own.in_table:
            continue
        totals = {
            c.operand.measure.in_scale(part.measure.scale)
            for c in items
            if c.in_table
            and c.operand.hit.chunk.doc_id == part.hit.chunk.doc_id
            and c.heading == own.heading
            and TOTAL_ROW.match(c.label.rsplit(" / ", 1)[-1])
            and c.operand.measure.unit == part.measure.unit
        }
        others = (f for f in figures if f is not part and f.measure.unit == part.measure.unit)
        if any(f.measure.in_scale(part.measure.scale) in totals for f in others):
            return True
    return False


# The scale and currency an answer is asked in: "in billion yuan", "折合多少亿美元".
_ASKED_IN = re.compile(
    r"\b(?:in|to|into) (?P<scale>trillion|billion|million)s?(?: of)? "
    r"(?P<unit>yuan|rmb|cny|us dollars|usd|dollars|euros?|eur)?|"
    r"\b(?:in|to|into) (?P<unit_first>yuan|rmb|cny) ?(?P<scale_after>trillion|billion|million)s?\b|"
    # "expressed in 100 million tonne-kilometres", "in 10,000 units": the Chinese scales 亿 and 万 as an
    # English text of a Chinese report writes them.
    r"\b(?:in|to|into) (?:units of )?(?P<cn_scale>(?:100|one hundred|a hundred|hundred) millions?|"
    r"10,?000|ten thousands?)(?= |$|[,.;:?])|"
    rf"{ZH_CONVERT_TO}(?P<zh_scale>万亿|亿|万)(?P<zh_unit>美元|欧元|元)?",
    re.IGNORECASE,
)


def _asked_scale(asked: re.Match[str]) -> str:
    """The scale an :data:`_ASKED_IN` match asks for: "billion", or 亿 for "100 million", 万 for "10,000"."""
    if asked["cn_scale"]:
        return "亿" if "million" in asked["cn_scale"].lower() else "万"
    return (asked["scale"] or asked["scale_after"] or asked["zh_scale"] or "").lower()


# "in absolute terms", "in percentage terms": how the answer is given, not what it is of.
_IN_TERMS = re.compile(r"\bin (?:absolute|nominal|percentage|percent|relative|real) terms\b", re.IGNORECASE)


# How a value is to be found, no thing it is of: "Working back from the 14.6% growth, how big was …".
_WORKED_BACK = re.compile(r"\b(?:work(?:ing|ed)?|count(?:ing|ed)?|reason(?:ing|ed)?) back(?:wards?)?\b", re.IGNORECASE)


def unasked(question: str) -> str:
    """``question`` without the scale and currency it asks its answer in ("US" of "in millions of US
    dollars" names no place), without the terms it asks it in ("in absolute terms") and without how it
    asks it found ("working back from")."""
    return _WORKED_BACK.sub(" ", _IN_TERMS.sub(" ", _ASKED_IN.sub(" ", question)))


def in_asked_currency(question: str, items: list[Candidate], rates: bool) -> list[Candidate]:
    """The amounts in the currency ``question`` asks its answer in (and, with ``rates``, the
    percentages a growth is read from), when the passages state any amount in it: "多少亿美元"
    is not grown from 121.3 GW installed, and "how much larger, in billions of dollars" is not
    the difference of two shares. All of ``items`` when it asks none, or none is stated in it."""
    currency = asked_currency(question)
    if not currency or not any(c.operand.measure.unit == currency for c in items):
        return items
    kept = (currency, "%", "pp") if rates else (currency,)
    return [c for c in items if c.operand.measure.unit in kept]


def convert_figure(
    question: str,
    items: list[Candidate],
    subject: frozenset[str],
    years: tuple[int, ...],
    lang: str,
    rates: Sequence[StatedRate] = (),
) -> Calculation | None:
    """The subject's figure of the year asked, written in the scale the question asks for
    ("in billion yuan": 5,361亿元 is 536.1 billion), or in the currency it asks for at the
    exchange rate the report states (``rates``, :mod:`.exchange`); another currency with no
    rate stated, or two rates, is refused: no other rate is the report's."""
    asked = _ASKED_IN.search(question)
    currency = (
        ASKED_CURRENCY.get((asked["unit"] or asked["unit_first"] or asked["zh_unit"] or "").lower(), "")
        if asked
        else ""
    ) or asked_currency(question)
    # "in billion yuan": of a yuan figure where the passages state one (China's 3,486.7亿元, not
    # the global 1,850亿美元); where none is, a figure in another currency is converted at the rate the
    # report states. A currency asked without a scale ("in US dollars") is converted only where a rate
    # is stated, and left to the other readings otherwise.
    convertible = bool(currency) and any(currency in (r.base, r.quote) for r in rates)
    if (asked is None and not convertible) or len(years) > 1:
        return None
    scale = _asked_scale(asked) if asked else ""
    scaled = [
        c
        for c in in_asked_currency(question, items, rates=False)
        if c.operand.measure.scale and c.operand.measure.unit not in ("%", "pp")
    ]
    found = find_figure(_measured(question, scaled), subject, years[0] if years else None, lang, amounts_only=True)
    if found is None:
        return None
    if currency and found.measure.unit != currency:
        stated = rate_between(list(rates), found.measure.unit, currency)
        if stated is None or found.measure.unit not in CURRENCIES:
            raise CalculationError(Reason("no_exchange_rate", {"unit": found.measure.unit, "currency": currency}))
        divide = stated.base == currency
        if not scale or scale == found.measure.scale:
            result = calc.exchanged(found.measure, stated.rate.measure, currency, divide)
        else:  # rescaled first, so the result keeps its digits (RMB 66.2 billion is 662亿元; / 7.2 = 91.94亿美元)
            step = calc.convert(found.measure, scale)
            result = calc.exchanged(Measure(step.value, step.unit, scale), stated.rate.measure, currency, divide)
            result = replace(result, formula=f"{step.formula}; {result.formula}")
        return Calculation(Intent("exchange", years), result, (found, stated.rate))
    if not scale or found.measure.scale == scale:
        return None  # the report writes it as asked: a fact to quote, not a calculation
    return Calculation(Intent("convert", years), calc.convert(found.measure, scale), (found,))


# What is measured, as a question and a report write it: a market's size is not its total trade.
_MEASURED = (
    (
        # "What was the market worth": its size, as "market ... worth" or 市场规模 states it.
        # "How much was X's market", "the size of X's market": the market itself, so its size too;
        # so is "What was X's market in 2024" (not "What was A's share of the market", an "of" before it).
        re.compile(
            r"market size|size of the market|市场规模|\bmarket\b[^?？]*\bworth\b|市场(?:价值|值)|"
            r"\b(?:how much|size of)\b[^?？]*\bmarket\b(?! share)|"
            r"\bwhat (?:was|is|were)\b(?:(?!\bof\b)[^?？])*\bmarket (?=in \d{4}\b)",
            re.I,
        ),
        re.compile(r"market size|market (?:was )?(?:valued|worth)|市场规模", re.I),
    ),
)


def _measured(question: str, items: list[Candidate]) -> list[Candidate]:
    """The candidates whose sentence or row says the measure the question names (its
    size, not its total trade), when some do; all of them otherwise."""
    for asked, stated in _MEASURED:
        if asked.search(question):
            said = [c for c in items if stated.search(c.label)]
            return said or items
    return items


def convert_asked_amount(question: str, items: list[Candidate], lang: str) -> Calculation | None:
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
    found = pick([c for c in same if c.operand.measure.scale == wanted.scale] or same, lang)
    if found is None:
        return None
    return Calculation(Intent("convert", ()), calc.convert(found.measure, target[0]), (found,))


# Operations on two things the question names: (first, second) -> result, and how the answer calls it.
ON_PAIR = {
    "change": (calc.difference, "difference"),
    "relative_change": (calc.difference, "difference"),
    "ratio": (calc.ratio, "ratio_of"),
    "share": (calc.share, "share"),
    "sum": (lambda a, b: calc.total([a, b]), "sum"),
}


def _stated_share(part: Operand, items: list[Candidate], whole: str) -> bool:
    """Whether the report states the part's share of ``whole`` (the question's whole) itself (a
    share column in its table row, or a percentage beside the word share in its sentence) for the
    part's own year: then that figure is quoted, not recomputed. A share stated for another year
    ("2024年占比" beside the 2023 amount), of another measure or whole, or of another thing of the
    sentence is not the one asked, so the share is computed from the amounts."""
    row = row_of(part, items)
    sentence = next((c for c in items if c.operand is part and not c.in_table), None)
    for c in items:
        if c.operand.measure.unit != "%" or c.year not in (None, part.measure.year):
            continue
        own_row = row is not None and c.in_table and (c.operand.hit.chunk.id, c.label) == row
        if own_row and c.metric == "share" and is_row_share(c) and _share_column_of(c, part, items, whole):
            return True
        if (
            sentence is not None
            and c.label == sentence.label
            and SHARE_WORDS.search(sentence.label)
            and not _share_said_of_another(c, sentence, items, whole)
        ):
            return True
    return False


def _borrowed_measure(measures: frozenset[str], whole: str) -> frozenset[str]:
    """The measures of a share's whole that its part, which names none, is asked in: an English "sales" (a
    revenue by its sense) may be counted in units too, as a Chinese table's 销量 column is, so the part's row
    ("新能源重型卡车 | 8.2" under 销量（万辆）) is not left for another thing's sentence in the currency-less count
    ("福田汽车新能源商用车销量为5.6万辆" for "what percentage of new energy commercial vehicle sales were heavy-duty
    trucks"). Not with a word of revenue beside it, which names money only."""
    words = subject_of(whole)
    if "#revenue" in measures and words & _SALES_WORDS and not words & _REVENUE_WORDS:
        return measures | {"#volume"}
    return measures


_OPENING_YEAR_WORDS = re.compile(r"^\s*(?:in )?(?:19|20)\d\d年?度?[，,]?\s*", re.IGNORECASE)
_SALES_WORDS = frozenset({"sales", "sale", "sold"})
_REVENUE_WORDS = frozenset({"revenue", "revenues", "收入", "营业收入"})


def _share_row_stated(pair: tuple[str, str], items: list[Candidate], year: int | None) -> bool:
    """Whether a table row of the part ("| 阿里云 | 26.1% |") states its share in a column that names the
    question's whole ("IaaS市场份额（2024年）" for "Alibaba Cloud's share of the IaaS market"), for the year asked:
    then that share is quoted, not recomputed from an amount a sentence gives of the part (the company's whole
    revenue, of which the market asked is one line). The column must name a thing, each written by the
    question's whole, and the whole no thing the column does not write: a bare "Share" column may be of
    another whole (the world's, for a country's market)."""
    names = names_in(pair[0]) or [_OPENING_YEAR_WORDS.sub("", pair[0]).strip()]
    wanted = thing_words(pair[1])
    if not names or not wanted:
        return False
    for c in naming(items, names):
        if not (c.in_table and c.metric == "share" and c.operand.measure.unit == "%"):
            continue
        if (year is not None and c.year not in (None, year)) or not all(
            mentions_name(c.label.lower(), n) for n in names
        ):
            continue
        column = thing_words(_A_YEAR_OR_NUMBER.sub(" ", c.heading))
        whole = pair[1].lower()
        if (
            column
            and all(written_in(w, whole) for w in column)
            and all(written_in(w, c.heading.lower()) for w in wanted)
        ):
            return True
    return False


# The whole a share column names: "占中国CDMO市场份额", "Share of 2024 global", "Share of China shipments".
_COLUMN_WHOLE = re.compile(r"占(?P<zh>.+?)(?:的)?(?:市场)?(?:份额|比重|占比)|share of (?P<en>.+)", re.IGNORECASE)


def _share_column_of(share: Candidate, part: Operand, items: list[Candidate], whole: str) -> bool:
    """Whether a share cell of the part's row is the part's share of the asked ``whole``. A column
    that names its whole ("占中国企业出货量份额", "占中国CDMO市场份额") must name no thing or place the
    question's whole does not (a place the report's title writes is every figure's), unless the
    question's whole is only "the total"; a bare one
    ("市场份额", "Share") is the share of the amount column before it ("2024年业务量 | 市场份额 |
    2024年快递收入": the volume's share, not the revenue's)."""
    named = _COLUMN_WHOLE.search(share.heading)
    if named is not None and not _things_and_places(subject_words(whole) - TOTAL_ONLY):
        return True  # "占合计的份额", "of the total": the whole is whatever the table totals
    if named is not None:
        titled = {w for w in subject_of(part.hit.chunk.title) if is_place_word(w)}
        words = subject_words(_A_YEAR_OR_NUMBER.sub(" ", named["zh"] or named["en"]))
        return not _things_and_places(words - subject_of(whole) - titled)
    before = [
        c
        for c in items
        if c.in_table
        and (c.operand.hit.chunk.id, c.label) == (share.operand.hit.chunk.id, share.label)
        and c.operand.measure.unit != "%"
        and c.operand.start < share.operand.start
    ]
    return not before or max(before, key=lambda c: c.operand.start).operand is part


def _table_of_another_whole(part: Operand, items: list[Candidate], whole: str) -> bool:
    """Whether the part's table says by a share column that it lists the parts of another whole
    than the question's ("占中国企业出货量份额" beside a company's shipments, asked of 全球储能电池出货量):
    then its total row, and any figure of that table, is that other whole's."""
    row = row_of(part, items)
    return any(
        c.in_table
        and (c.operand.hit.chunk.id, c.label) == row
        and c.metric == "share"
        and is_row_share(c)
        and _COLUMN_WHOLE.search(c.heading)
        and not _share_column_of(c, part, items, whole)
        for c in items
    )


def _part_of_the_world(part: Operand, items: list[Candidate], whole: str) -> bool:
    """Whether the part's table row states its share of the world ("Share of global sportswear
    sales" beside Nike's revenue) while the question asks its share of one place's whole ("Nike's
    share of Chinese sportswear sales"): the row's figure is the company's worldwide one, no part of
    that place's, so no share of it is computed. A row that is a place ("China" in a table of
    regions) is that place's own figure, a part of any whole around it."""
    row = row_of(part, items)
    if row is None or not any(is_place_word(w) for w in subject_of(whole)):
        return False
    if any(is_place_word(w) for w in subject_of(candidate_of(part, items).label)):
        return False
    return any(
        c.in_table
        and (c.operand.hit.chunk.id, c.label) == row
        and c.metric == "share"
        and is_row_share(c)
        and (named := _COLUMN_WHOLE.search(c.heading)) is not None
        and is_world_row(_A_YEAR_OR_NUMBER.sub(" ", named["zh"] or named["en"]).strip())
        for c in items
    )


def _part_placed_elsewhere(part: Operand, items: list[Candidate], whole: str) -> bool:
    """Whether the question asks a share of one place's whole ("Mars Petcare's share of North
    America's pet food market") and nothing that names the part's figure (its report's title, section,
    caption, row or sentence) names that place, nor does the part's own row or sentence name a place
    of its own: the figure is then of the report's scope ("Mars Petcare, with estimated pet food net
    sales of USD 22.8 billion" in a report on the global market), no part of that place's whole. A
    report, section or table on the place ("中国云计算市场…", "Revenue in China") scopes its figures
    to it; a row that is a place ("China" in a table of regions) is a part of any whole around it."""
    places = {w for w in subject_of(whole) if is_place_word(w)}
    if not places:
        return False
    c = candidate_of(part, items)
    if any(is_place_word(w) for w in subject_of(c.label)) or any(is_country_or_place(n) for n in names_in(c.label)):
        return False
    return not places & subject_of(c.scope)


# What a sentence's own clause says is measured, by kind: a market's size and its revenue are one value.
_VALUE_OR_COUNT = {"#size": "value", "#revenue": "value", "#volume": "volume"}


def _measured_kinds(c: Candidate, items: list[Candidate]) -> frozenset[str]:
    said = c.column if c.in_table else measures_of(own_clause(c, items))
    return frozenset(_VALUE_OR_COUNT[t] for t in said if t in _VALUE_OR_COUNT)


def _of_parts_measure(second: Operand, part: Operand, items: list[Candidate]) -> Operand:
    """The whole found, or the one figure of its paragraph in its unit and year whose own clause
    names the measure the part's does where the found one's names none of it: "医药冷链…市场规模为
    1,012亿元" is a part of "冷链物流市场规模…为5,361亿元", not of the sentence before it, "全国冷链物流
    总额达到9.1万亿元" (the goods carried)."""
    found, own = candidate_of(second, items), candidate_of(part, items)
    kinds = _measured_kinds(own, items)
    if found.in_table or not kinds or _measured_kinds(found, items) & kinds:
        return second
    beside = [
        c
        for c in items
        if not c.in_table
        and in_one_paragraph(c.operand, second)
        and c.label != own.label  # the part's own sentence states no whole of it
        and (c.year, c.operand.measure.unit) == (second.measure.year, second.measure.unit)
        and _measured_kinds(c, items) & kinds
    ]
    return beside[0].operand if len(beside) == 1 else second


def _in_table_of(c: Candidate, part: Operand) -> bool:
    """Whether ``c`` is a cell of the part's table (its report and section, across passages)."""
    return (
        c.in_table
        and c.operand.hit.chunk.doc_id == part.hit.chunk.doc_id
        and c.operand.hit.chunk.section == part.hit.chunk.section
    )


_A_YEAR_OR_NUMBER = re.compile(r"\d+年?")


def _things_and_places(words: frozenset[str]) -> set[str]:
    """The words that name what a figure is of: not a measure, a share, a period or a general word."""
    return {
        w
        for w in words - PERIOD_WORDS
        if not w.startswith("#") and not measures_of(w) and not SHARE_WORDS.search(w) and not is_generic(w)
    }


def _share_said_of_another(share: Candidate, part: Candidate, items: list[Candidate], whole: str) -> bool:
    """Whether a sentence's share is said of another thing than its part figure: the words before
    its share word (its holder) name a thing or place the part's own clause does not. "东部地区业务量
    占全国的75.2%，其中广东省业务量为385.6亿件" states the east's share, Guangdong being one province
    of it; "瑞幸咖啡门店数达到2.24万家，占连锁品牌门店总数的18.1%" states the part's own."""
    holder = SHARE_WORDS.split(own_clause(share, items), maxsplit=1)[0]
    said = subject_words(holder) - subject_words(own_clause(part, items)) - subject_of(whole)
    return bool(_things_and_places(said))


# What a share is a share of: "Share of global pet food revenue by product type", "占全国销售额的比重".
_SHARE_OF_WHAT = re.compile(r"share of (?P<en>.+?)(?: by |,|\(|$)|占(?P<zh>[^，。,的]+)的", re.IGNORECASE)


# A share of units, volumes or capacity is not a share of a value.
_NOT_VALUE = re.compile(r"volume|units?\b|shipments?|capacity|installations?|量|装机|台数", re.IGNORECASE)


# Words that say a value is measured, not which one: "revenue" of a market is its value.
_VALUE_WORDS = frozenset("revenue revenues sales value spending 收入 营收 销售额 零售额 零售 规模 市场 价值".split())


def part_of(
    items: list[Candidate],
    subject: frozenset[str],
    year: int | None,
    lang: str,
    volume: bool = False,
    by_share: bool = False,
    holders: frozenset[str] = frozenset(),
) -> Calculation | None:
    """An amount the report states only as a share of a total it also states for that year
    ("Dry food | 56.4%" under "Share of global pet food revenue, 2024" × "global pet food
    market … USD 142.3 billion in 2024"; "华东地区占全国云计算市场的36.2%" × "2024年，中国云计算市场规模
    达到8,264.2亿元"). Refused when the question's subject has an amount of its own, or the total is
    not the one the share is of. With ``volume`` (the question asks a count: "how many GWh of LFP
    batteries were shipped"), a share of a volume ("Share of global EV battery shipments") is taken of
    that volume's total, never of an amount of money; without it, only a share of a value is, of an
    amount of money. With ``by_share`` (the question asks the amount "based on its share"), a
    sentence share is taken though an amount of its holder is stated too. ``holders``: more words that
    name the share's holder (a name every report title writes, which ``subject`` leaves out: 中国 of
    "中国占全球安装量的51%" in a report on China), and a sentence's whole may stand beside its share."""

    def named(c: Candidate) -> bool:  # a table row whose whole label the question spells out
        return c.in_table and bool(c.own) and c.own <= subject

    # The world row ("Global", 全球) is the whole the share is of, not the part's own amount: 全球 of "2024年全球干粮
    # 宠物食品的销售额" spells "Global" as "globally" does not (zhen48).
    if year is None or any(
        named(c) and c.operand.measure.unit not in ("%", "pp") and not (is_world_row(c.label) and c.own < subject)
        for c in items
    ):
        return None
    rows = [
        (c, of["en"] or of["zh"])
        for c in items
        if named(c)
        and c.operand.measure.unit == "%"
        and c.metric == "share"
        and (c.year == year or (c.year is None and str(year) in c.scope))
        and (of := _SHARE_OF_WHAT.search(c.scope)) is not None
    ]
    shares = rows or _held_shares(items, subject | holders, year, by_share)
    if len({(c.operand.hit.chunk.id, c.label) for c, _ in shares}) != 1 or len(shares) != 1:
        return None
    share, of_what = shares[0]
    if bool(_NOT_VALUE.search(of_what)) != volume:
        return None
    wholes = [
        c
        for c in items
        if _of_the_whole_kind(c, volume)
        and c.year == year
        and (c.operand.hit is not share.operand.hit or not rows)
        and (_names_whole(c, of_what) if rows else _states_whole(c, of_what))
        and (not _beside_a_share(c) or _whole_before_its_share(c, share))
    ]
    if len({c.operand.measure.in_scale("") for c in wholes}) > 1:
        wholes = [c for c in wholes if not _names_more_than(c, of_what)]
    found = pick(wholes, lang)
    if found is None or len({c.operand.measure.in_scale("") for c in wholes}) != 1:
        return None  # no total, or two different totals that fit: which one is a guess
    return Calculation(
        Intent("part_of", (year,)), calc.part_of(share.operand.measure, found.measure), (share.operand, found)
    )


def _of_the_whole_kind(c: Candidate, volume: bool) -> bool:
    """Whether ``c`` may be the total a share is of: an amount of money for a share of a value, a
    count or a physical quantity (GWh, units) for a share of a volume."""
    unit = c.operand.measure.unit
    return unit not in CURRENCIES and unit not in ("%", "pp") if volume else unit in CURRENCIES


# "held 43.3% of global revenue", "占全球市场的38.5%": a sentence stating a part's share of something.
_SHARE_STATED = re.compile(r"%\s+of\b|占[^，。；]*?\d%", re.IGNORECASE)


def _whole_before_its_share(c: Candidate, share: Candidate) -> bool:
    """Whether ``c`` is stated in ``share``'s own sentence before the share's clause: "2023年全球工业机器人
    新增安装量为54.1万台，中国占全球安装量的51%" states the whole, then the part's share of it; an amount after
    the share ("…held 43.3% of global revenue, generating USD 541.3 million") is the part's."""
    return (
        c.operand.hit is share.operand.hit
        and c.label == share.label
        and c.operand.end <= clause_of(c.operand.hit.chunk.text, share.operand.start, share.operand.end)[0]
    )


def _beside_a_share(c: Candidate) -> bool:
    """Whether ``c``'s sentence states a share ("North America held 43.3% of global revenue in
    2024, generating USD 541.3 million"): its amounts are a part's, though it writes the whole's
    words."""
    return not c.in_table and bool(_SHARE_STATED.search(c.label))


# "华东地区占全国云计算市场的36.2%": the share's holder, the clause's words before 占, and its whole.
_HELD_SHARE = re.compile(r"(?P<holder>[^，,。；;占]+)占(?P<whole>[^，,。；;占]+?)的?\s*$")


def _finest(words: frozenset[str]) -> frozenset[str]:
    """``words`` without those its other words spell together: the tokenizer gives 华东地区 and its
    pieces 华东 and 地区, and an English question's "East China region" is read into the pieces only."""
    return frozenset(w for w in words if not any(w == a + b for a in words for b in words if a != w and b != w))


# A place's kind (地区 of 华东地区, "region") names no place of its own: "East China" names 华东地区.
_PLACE_KIND = frozenset({"地区", "区域", "region", "area"})


def _held_shares(
    items: list[Candidate], subject: frozenset[str], year: int, by_share: bool = False
) -> list[tuple[Candidate, str]]:
    """The sentence shares whose clause opens on a holder every word of which the question names
    (华东地区 of "华东地区占全国云计算市场的36.2%"), with the whole each is of; none when an amount of
    that year is said of such a holder in its own clause (it is quoted, not computed), unless the
    question asks the amount by the share (``by_share``): "按收入份额计算" over 瑞幸咖啡's stated store
    count. A share whose
    sentence gives no year is of its section's latest year, as prose under a section's figures
    discusses that year (:func:`dated_by_table`): not when the section states a later year."""
    held = []
    for c in items:
        if c.in_table or c.operand.measure.unit != "%" or not _of_year(c, items, year):
            continue
        text = c.operand.hit.chunk.text
        lead, _ = clause_of(text, c.operand.start, c.operand.end)
        found = _HELD_SHARE.search(text[lead : c.operand.start])
        holder = _finest(subject_words(found["holder"])) if found else frozenset()
        if found and holder - _PLACE_KIND and holder - _PLACE_KIND <= subject:
            held.append((c, found["whole"], holder))
    stated = any(
        not c.in_table and c.operand.measure.unit not in ("%", "pp") and c.year == year and holder <= clause_words(c)
        for c in items
        for _, _, holder in held
    )
    return [] if stated and not by_share else [(c, whole) for c, whole, _ in held]


def _of_year(c: Candidate, items: list[Candidate], year: int) -> bool:
    """Whether a sentence's figure is of ``year``: its own, or, undated, its section's latest."""
    if c.year is not None:
        return c.year == year
    return max((d.year for d in _section_of(c, items) if d.year is not None), default=None) == year


def _names_whole(c: Candidate, whole: str) -> bool:
    """Whether ``c`` is named as ``whole``, a table share's whole ("global pet food revenue"), by
    its report's section, caption, row or sentence: every word of it but the value words."""
    words = subject_words(whole) - _VALUE_WORDS
    return bool(words) and words <= subject_words(_untitled(c))


def _states_whole(c: Candidate, whole: str) -> bool:
    """Whether ``c`` is stated as ``whole``, a sentence share's whole: a sentence's figure whose own
    clause up to it (:func:`_naming`), or a total row whose table, writes every thing the whole is
    of but its value words (云计算 of 全国云计算市场: 全国 takes it whole, 市场 is no thing; 零售额 is
    how 智能家电 is valued), itself or by a dictionary sense. Another row is another thing's figure
    (海信's 365.1 under "2024年智能家电收入")."""
    words = thing_words(whole) - _VALUE_WORDS
    if c.in_table and not TOTAL_ROW.match(c.label.rsplit("/ ", 1)[-1]):
        return False
    return bool(words) and all(written_in(w, _naming(c)) for w in words)


def _names_more_than(c: Candidate, whole: str) -> bool:
    """Whether what names ``c`` (:func:`_naming`) writes a word besides the whole's, the report
    title's, value words, periods, asking words and the verbs that carry a figure: of
    "2024年中国智能家电市场规模为7,286.4亿元", "中国智能家电出口额为412.8亿美元" and
    "全球智能家电市场规模约为2,910亿美元", only the first is the 智能家电零售额 of
    中国智能家电市场研究报告; the others are its exports and the world's market."""
    # A sentence's clause without the heading its passage opens on ("## 五、出口与生态"), which names no figure.
    naming = _naming(c) if c.in_table else HEADING.sub(" ", _clause_before(c.operand, _CLAUSE_BEFORE))
    said = subject_words(naming) - PERIOD_WORDS - _VALUE_WORDS
    more = said - subject_of(whole) - subject_of(c.operand.hit.chunk.title)
    return any(not is_generic(w) and not FIGURE_VERB.fullmatch(w) for w in more)


def _naming(c: Candidate) -> str:
    """What names a figure as a whole's total: a table cell's row, caption and section; a sentence's
    own clause up to the figure ("中国智能家电市场规模为" of 7,286.4亿元, not "同期中国家电市场整体零售额约为1.5万亿元，
    智能家电渗透率…", whose sentence writes 智能家电 of another figure)."""
    if c.in_table:
        return _untitled(c)
    return normalize(_clause_before(c.operand, _CLAUSE_BEFORE)).lower()


def _untitled(c: Candidate) -> str:
    """What names a figure without the report's title, which names every figure of the report."""
    title = normalize(c.operand.hit.chunk.title).lower()
    return c.scope[len(title) :] if title and c.scope.startswith(title) else c.scope


def _total_row(part: Operand, items: list[Candidate], term: str, measured: frozenset[str]) -> Operand | None:
    """The total row of the part's own table, in the part's column, when the whole the question
    names (``term``) is what that table measures (its caption or column: "分布式光伏占新增装机"
    over a table of 新增装机 by type whose last row is 合计; 总出货量 over "Shipments"). The table
    may run on in another passage of the report under the same heading and column. ``measured``
    is the measure the question gives the whole: its own, or the part's when it names none
    (东南亚包裹总量 of "越南包裹量占东南亚包裹总量" counts parcels, as 包裹量 does; read across
    languages only). A world row ("Global", 全球) is the total when the whole writes it
    (全球智能电表市场)."""
    row = row_of(part, items)
    # Every word the whole's own language writes: the glossary's other-language equivalents are not what its table says.
    chinese = bool(HAN.search(term))
    term = _without_nation(term, part)
    whole = {w for w in subject_of(term) if bool(HAN.search(w)) == chinese}
    own = candidate_of(part, items)
    bare = names_only_a_total(term, own.heading)  # "占总额", "of the total": the total row of the part's column
    if row is None or not (whole or bare):
        return None
    # Across languages no word of the whole is read in the table's (below), so it is read by its measure,
    # and a whole naming none (全球智能电表市场) measures what its part does; in its own language it is
    # read by its words, and a measure read there is the whole's own.
    across = part.hit.chunk.lang != ("zh" if chinese else "en")
    measure = measured if across else measures_of(term)
    totals = [
        c
        for c in items
        if c.in_table
        and c.operand.hit.chunk.doc_id == part.hit.chunk.doc_id
        and c.operand.hit.chunk.section == part.hit.chunk.section
        and (c.year, c.column) == (part.measure.year, own.column)
        and (TOTAL_ROW.match(c.label) or (is_world_row(c.label) and (bare or writes_all(c.label, term.lower()))))
        and c.operand.measure.unit == part.measure.unit
        and (
            bare
            or all(w in c.scope for w in whole)
            # In the other language: the total row's own label says "total", not what the table is
            # of (全球 is "total" too), so its column must hold the measure asked, where one is.
            or (
                (
                    bool(measure & (column := caption_measures(c) if headed_by_year(c) else c.column))
                    # Nor can a column whose words name no measure as tags read them (新增装机, "new
                    # installations") say it is another: its words must then write the whole's (below).
                    or (across and not (measure and _MEASURE_TAGS & column))
                )
                # 总量 and "total" are the label's, taken out of the scope with it.
                and writes_all(TOTAL_WORD.sub(" ", term), without_label(c))
            )
        )
    ]
    return totals[0].operand if len({c.operand.measure.value for c in totals}) == 1 else None


_TOTAL_WORDS = frozenset({"total", "合计", "总计", "总额"})
_MEASURE_TAGS = frozenset({"#size", "#revenue", "#volume", "#share"})


# Words for "the whole country": the country a report's title names is its every table's.
_NATIONWIDE = re.compile(r"全国|\bnation(?:al|wide)?\b|\bcountrywide\b", re.IGNORECASE)


def _without_nation(term: str, part: Operand) -> str:
    """``term`` without its words for "the whole country" when the part's report title names a
    place: a total row of that report need not write them ("全国快递业务收入" is the 合计 row of
    中国快递物流市场研究报告's revenue column). "全球" is no such word: a country's table is no world's."""
    titled = subject_words(part.hit.chunk.title)
    return _NATIONWIDE.sub(" ", term) if any(is_place_word(w) for w in titled) else term


def _says_more_than_total(figure: Operand, items: list[Candidate], term: str) -> bool:
    """Whether the figure's row or sentence names the term, or is a bare total: the sum row of
    a group ("Proceeds from the sale …: / total") is not "the total gains" another row spells out."""
    named = subject_of(term) - _TOTAL_WORDS - measures_of(term)
    words = next((c.words for c in items if c.operand is figure), frozenset())
    if _NATION_WHOLE.match(term.strip()):  # the country's figure, which writes its name, not 全国; not the world's
        return not any(is_world_row(w) for w in words)
    return not named or bool(named & words) or not (words - _TOTAL_WORDS)


def _telling(part: str, whole: str) -> str:
    """The words of a share's part that its whole does not write ("China" of "China electrolyser
    shipments" in "2024 electrolyser shipments"): within one sentence stating both, they tell the
    part's figure from the whole's, which writes the measure they share."""
    said = set(whole.lower().split())
    return " ".join(w for w in part.split() if w.lower() not in said) or part


def _told_apart(items: list[Candidate], intent: Intent, side: int, lang: str) -> list[Candidate]:
    """Over passages in the other language than the question's ``lang``, the candidates of
    ``items`` that write a word of the pair's ``side`` that its other side does not: 航空 of
    "海事和航空两个细分市场的卫星宽带收入" is the "Aviation" row, not the whole market's sentence, which
    writes more of the words both sides share, as dictionary senses (satellite, broadband,
    revenue). All of ``items`` when none writes one; for a share, whose whole is found by the
    words the part shares with it; and in the question's language, where the rows' own words
    tell the sides apart (a side's "total" would bind a blank cell of a "Total" column).
    None for a sum when none writes one: 机载 of "海事和机载通信…收入合计" unread, the whole market's
    revenue is what the other words would bind, and a sum must take the row named or none."""
    assert intent.pair is not None
    if intent.kind == "share" or any(c.operand.hit.chunk.lang == lang for c in items):
        return items
    own = subject_of(intent.pair[side]) - subject_of(intent.pair[1 - side])
    heads = _distinct_heads(*intent.pair)
    if all(heads):
        # A sense of a side's own word that a word both sides share also has still tells the side
        # apart: 服装 "apparel" of "鞋类和服装合计占全球运动服饰销售额", whose shared 服饰 is "apparel" too
        # (zhen45).
        own |= subject_of(heads[side]) - subject_of(heads[1 - side])
    # A table cell writes what it measures in its column's header ("Revenue (USD million) 2024"): 收入 of
    # "2024年中国的收入是亚太（不含中国）的几倍" is China's revenue cell, not only a sentence writing "revenue".
    apart = [c for c in items if own & (c.words | c.column)]
    return apart if apart or (intent.kind == "sum" and own) else items


def _distinct_heads(first: str, second: str) -> tuple[str, str]:
    """What each of two terms writes besides the words both open and end on (鞋类 and 服装 of
    鞋类全球运动服饰销售额份额 and 服装全球运动服饰销售额份额)."""
    start = len(os.path.commonprefix([first, second]))
    end = len(os.path.commonprefix([first[start:][::-1], second[start:][::-1]]))
    return first[start : len(first) - end], second[start : len(second) - end]


def _column_named_once(first: Operand, items: list[Candidate], pair: tuple[str, str]) -> frozenset[str]:
    """The words of the pair's first side that head its figure's column ("IaaS" and 市场份额 of
    "阿里云的IaaS市场份额比华为云高出多少"), when the other side's own words head no column of that
    table: the question names the measure once, and the other row's figure is under the same
    column ("IaaS市场份额", not "PaaS市场份额"). Nothing for a sentence's figure, or when the other
    side names a column of its own ("took in orders than it installed")."""
    cell = candidate_of(first, items)
    if not cell.in_table:
        return frozenset()
    other = subject_of(pair[1]) - subject_of(pair[0])
    if any(other & c.column for c in items if c.in_table and c.operand.hit is cell.operand.hit):
        return frozenset()
    return cell.column & subject_of(pair[0])


def _added_with(intent: Intent, side: int) -> tuple[str, ...]:
    """The other thing a sum adds with the one found: "Mars Petcare's" and "Nestlé Purina's pet food
    net sales" are told apart in one sentence by their names, not by the measure both write. So are
    the two things a difference or a ratio compares ("Brunp … processed 412 kt of battery material in
    2024, … and GEM processed 286 kt": "battery material", written once, is no more Brunp's than GEM's)."""
    assert intent.pair is not None
    return (intent.pair[side],) if intent.kind in _COMPARED_ALIKE else ()


# Operations over two things of one measure, which a sentence may write once for both; a share's
# whole is no such thing (its words are the part's too, and :func:`_telling` reads the part apart).
_COMPARED_ALIKE = frozenset({"sum", "change", "relative_change", "ratio"})


def _side_named_nowhere(pair: tuple[str, str], bound: tuple[Operand, Operand], items: list[Candidate]) -> bool:
    """Whether a side of ``pair`` names a thing of its own in Chinese, beside what the other side names
    too, that no passage writes, itself, by a dictionary sense or as a name, and its figure ``bound`` is
    a sentence's or a total row's, which only the words both sides share can have bound: "2024年乳腺钼靶AI
    市场规模比超声AI市场大多少" over a report that states no mammography AI figure (乳腺, "mammary gland", is
    written nowhere) bound the side by AI and 市场规模 to the whole AI market's 1,250.5, and stated a
    difference of two things the report does not both give. A row of its own (金风科技's "Goldwind", 防晒's
    "Sun care") was linked by a name or by meaning, which write no Chinese word either."""
    for (side, other), figure in zip((pair, pair[::-1]), bound, strict=True):
        found = candidate_of(figure, items)
        if found.in_table and not is_aggregate_row(found.label):
            continue
        # Chinese words only: an English side's word may be written only as part of a phrase's sense
        # ("public" of "public cloud" is 公有云, which no sense of "public" alone spells).
        own = {word for word in thing_words(side) - thing_words(other) if not word.isascii()} - _glossed_words(
            side, items
        )
        if own and not any(written_in(word, c.scope) or mentions_name(c.scope, word) for c in items for word in own):
            return True
    return False


# "玛氏宠物护理（Mars Petcare）": a Chinese name with the name it renders written after it in brackets.
_GLOSSED = re.compile(r"(?P<han>[\u3400-\u9fff\uf900-\ufaff]+)\s*[（(]\s*(?P<name>[A-Za-z][^（()）]*?)\s*[）)]")


def _glossed_words(side: str, items: list[Candidate]) -> set[str]:
    """The words of a side's Chinese name that the name in brackets after it renders, where a passage writes
    that name ("玛氏宠物护理（Mars Petcare）" over "Mars Petcare, with … USD 22.8 billion"): a writer who glosses a
    name gives the report's own spelling of it, and the Chinese words before it need be written nowhere."""
    return {
        word
        for found in _GLOSSED.finditer(side)
        if any(mentions_name(c.scope, found["name"]) for c in items)
        for word in thing_words(found["han"])
    }


# A share's whole that is a market and nothing more ("东南亚电商物流市场", "the Southeast Asian e-commerce
# logistics market"), its last word.
_A_MARKET_WHOLE = re.compile(r"(?:市场|\bmarkets?)\s*$", re.IGNORECASE)


def on_market_share(
    intent: Intent, items: list[Candidate], lang: str, asked: frozenset[str] = frozenset()
) -> Calculation | None:
    """A share of a market that neither side names a measure of ("2024年印度尼西亚占东南亚电商物流市场的份额",
    "Indonesia's share of the … market"), which :func:`on_pair` did not bind, read as a share of the
    market's size: a market's share is of its size, where a country's row states its market size
    beside its parcel volume, two columns of one year neither of which the question names. Only
    after :func:`on_pair`: a table of one measure whose columns name none ("| Region | 2023 | 2024 |")
    is read as asked."""
    if intent.kind != "share" or intent.pair is None or not _A_MARKET_WHOLE.search(intent.pair[1]):
        return None
    if any(measures_of(term) for term in intent.pair):
        return None
    return on_pair(intent, items, lang, asked, sized=True)


def _measureless_market(pair: tuple[str, str]) -> bool:
    """Whether a share's whole is a market and nothing more and neither side names a measure
    ("What share of China's IVD market did molecular diagnostics hold"): the whole is the market's size."""
    return bool(_A_MARKET_WHOLE.search(pair[1])) and not any(measures_of(term) for term in pair)


def _measured_otherwise(c: Candidate) -> bool:
    """Whether ``c`` is a sentence's figure whose own words name a measure and no size: a revenue or a
    volume ("国产IVD企业海外收入合计为312.6亿元"), not the market's size ("中国体外诊断市场规模为1,327.5亿元").
    A table's row is read by its row and column (注射类 of a table of segments is that market)."""
    if c.in_table:
        return False
    measured = frozenset().union(*(measures_of(w) for w in c.own))
    return bool(measured) and "#size" not in measured


def on_pair(
    intent: Intent, items: list[Candidate], lang: str, asked: frozenset[str] = frozenset(), sized: bool = False
) -> Calculation | None:
    """A result over two named things of one year ("the ratio of A to B in 2019"); ``asked``, the
    whole question's words, tells apart the columns of each thing's row by what both share; with
    ``sized``, both sides are a market's size (:func:`on_market_share`)."""
    assert intent.pair is not None
    # A word of one side only ("installed" of "took in orders than it installed") is not the other's column.
    # But a share's part that names only its holder ("欧洲在2024年用户总数中占比多少": 欧洲) is of what its whole
    # measures: the whole's words tell the part's column (subscribers, not revenue) as well.
    held_only = intent.kind == "share" and not thing_words(intent.pair[0]) and not measures_of(intent.pair[0])
    asked -= (
        subject_of(intent.pair[0]) - subject_of(intent.pair[1])
        if held_only
        else (subject_of(intent.pair[0]) ^ subject_of(intent.pair[1]))
    )
    if intent.named and any(mentions_name(c.label.lower(), intent.named.lower()) for c in items):
        return None  # a ratio the report states itself ("Current ratio | 1.2") is quoted, not recomputed
    if intent.kind == "share" and len(set(intent.years)) > 1:
        return None  # a share over two years (its change in points) is no one year's share
    year = intent.years[0] if len(intent.years) == 1 else None
    # The whole of a share may be named by a column or a total row alone ("占新增装机的比例").
    if not all(names_a_figure(term, items) for term in intent.pair[: 1 if intent.kind == "share" else 2]):
        return None
    names = [names_in(term) for term in intent.pair]
    # "the combined share of A and B", "how many times A's share is B's": their shares, not the amounts
    # beside them in the row.
    shares = intent.kind in ("sum", "change", "ratio") and all(SHARE_WORDS.search(term) for term in intent.pair)
    no_rates = intent.kind in ("share", "ratio") and not shares
    # "A是B的多少倍", "What percentage of B's parcel volume was A": the measure named once is both sides'.
    measures = [frozenset({"#size"})] * 2 if sized else [measures_of(term) for term in intent.pair]
    first = find_figure(
        [
            c
            for c in _told_apart(naming(items, names[0]), intent, 0, lang)
            if not _said_of_the_whole(c, items, intent) and not _of_another_place(c, items, intent)
        ],
        subject_of(intent.pair[0]) | (measures[0] or _borrowed_measure(measures[1], intent.pair[1])),
        year,
        lang,
        amounts_only=False,
        unit="%" if shares else None,
        no_rates=no_rates,
        term=_telling(intent.pair[0], intent.pair[1]) if intent.kind == "share" else intent.pair[0],
        asked=asked,
        question=intent.pair[0],
        listed_with=_added_with(intent, 1),
    )
    if first is None or (
        intent.kind == "share"
        and (
            _stated_share(first, items, intent.pair[1])
            or _share_row_stated(intent.pair, items, year)
            or not names_the_part(first, items, *intent.pair)
            or _clause_of_another_name(candidate_of(first, items), items, intent.pair[0])
            or _part_of_the_world(first, items, intent.pair[1])
            or _part_placed_elsewhere(first, items, intent.pair[1])
        )
    ):
        return None
    measure = first.measure
    # An undated figure of a sentence another figure of which the question's year dates ("… revenue in 2024
    # and ended the year with 4.9 million subscribers") is of that year, and so is the whole asked beside it.
    dated = measure.year if measure.year is not None else _dated_by_sentence(first, items, year)
    # The whole of a share is not a figure said of the part ("Germany … USD 0.78 billion" is not Europe's).
    part_only = tuple(n for n in names[0] if n not in names[1]) if intent.kind == "share" else ()
    whole = naming(items, names[1])
    total = _total_row(first, items, intent.pair[1], measures[1] or measures[0]) if intent.kind == "share" else None
    wholes = naming(whole, [], part_only) or whole
    if intent.kind == "share":  # a figure said of another company or place is no whole of the thing asked
        wholes = [c for c in wholes if not said_of_another(c, items, intent.pair[1])]
    if intent.kind == "share" and _table_of_another_whole(first, items, intent.pair[1]):
        total = None
        wholes = [c for c in wholes if not _in_table_of(c, first)]
    wholes = [c for c in wholes if same_per(c.operand, first)]

    def whole_among(pool: list[Candidate]) -> Operand | None:
        assert intent.pair is not None
        return find_figure(
            _told_apart(pool, intent, 1, lang),
            _whole_subject(intent) | (measures[1] or measures[0]),
            dated,
            lang,
            amounts_only=False,
            near=first,
            unit=measure.unit,
            no_rates=no_rates,
            term=intent.pair[1],
            whole=intent.kind == "share",
            asked=asked | _column_named_once(first, items, intent.pair),
            question=intent.pair[1],
            listed_with=_added_with(intent, 0),
        )

    second = total or whole_among(wholes)
    if (
        second is not None
        and second is not total
        and intent.kind == "share"
        and not sized
        and _measureless_market(intent.pair)
        and _measured_otherwise(candidate_of(second, items))
    ):
        # A market's share is of its size: a revenue said beside it ("国产IVD企业海外收入合计") is another whole.
        second = whole_among([c for c in wholes if not _measured_otherwise(c)])
    if second is not None and second is not total and intent.kind == "share":
        second = _of_parts_measure(second, first, items)
    if (
        second is None
        or second is first
        or (second is not total and not _says_more_than_total(second, items, intent.pair[1]))
    ):
        return None
    # A figure whose scale nobody stated (a table "in thousands" somewhere above) meets only its own table.
    from_table = [row_of(f, items) is not None for f in (first, second)]
    unscaled = any(not f.measure.scale and f.measure.unit not in ("%", "pp") for f in (first, second))
    if from_table[0] != from_table[1] and unscaled and not same_written_unit(first, second, items):
        return None
    if shares and not of_one_measure([first, second], items):
        return None
    if intent.kind == "share" and (
        _written_in_other_units(first, second, items)
        or (dated is None and _whole_of_an_unknown_year(first, second, items))
    ):
        return None
    if _side_named_nowhere(intent.pair, (first, second), items):
        return None
    operation, kind = ON_PAIR[intent.kind]
    return Calculation(
        Intent(kind, intent.years, intent.pair), operation(first.measure, second.measure), (first, second)
    )


# A share's whole that names the nation alone ("占全国的比重", "of the national total"): the part's own
# thing over the whole country the report covers.
_NATION_WHOLE = re.compile(
    r"^(?:全国(?:总量|合计|总计|总体|整体|总数)?"
    r"|(?:the\s+)?(?:nation(?:al|wide|'s)?|country(?:wide|'s)?|whole\s+country|entire\s+country)"
    r"(?:\s+(?:total|as\s+a\s+whole|overall|figure))?)\s*$",
    re.IGNORECASE,
)


def _whole_subject(intent: Intent) -> frozenset[str]:
    """The words a share's (or a pair's second side's) figure is found by: its own, or, for a whole that
    names the nation alone ("内蒙古…新增装机占全国的比重", "… made up what percentage of the national total"),
    the part's words less the part's own names: the country's newly added installations, not 全国 written
    beside a figure, which no report does (it writes 中国 or a total row)."""
    assert intent.pair is not None
    part, whole = intent.pair
    if intent.kind != "share" or not _NATION_WHOLE.match(whole.strip()):
        return subject_of(whole)
    return subject_of(part) - subject_of(" ".join(names_in(part))) or subject_of(whole)


def _clause_of_another_name(c: Candidate, items: list[Candidate], part: str) -> bool:
    """Whether a sentence's figure is, by its own clause, the figure of a name the report lists beside the
    one a share's part names, not the part's: "内蒙古、新疆、山东新增装机居全国前三位…；其中内蒙古新增装机为7.4GW"
    gives 内蒙古's 7.4, no figure of 新疆, though the list writes 新疆 in the clause before. A clause that
    writes the part's name too is its figure ("Within Asia, India generated …"), and one that names no
    sibling of it (a product line of the company asked) goes on about it."""
    names = names_in(_A_YEAR_OR_NUMBER.sub(" ", part))
    if c.in_table or not names:
        return False
    clause = own_clause(c, items).lower()
    # A name read with a word beside it ("China EV" of "China EV battery demand") is written by its words.
    forms = {n.lower() for n in names} | {w.lower() for n in names for w in n.split() if len(w) > 1}
    if any(mentions_name(clause, f) for f in forms):
        return False
    others = [n.lower() for n in names_in(_A_YEAR_OR_NUMBER.sub(" ", clause))]
    spans = _LIST_SPAN_END.split(c.operand.hit.chunk.text.lower())
    return any(_listed_together(span, other, f) for span in spans for other in others for f in forms)


# Where a list of names ends: a sentence's end or a semicolon (a Chinese list runs across commas, an English one
# is written with them).
_LIST_SPAN_END = re.compile(r"[。；;！？!?\n]|(?<!\d)\.(?!\d)")
_LIST_JOIN = re.compile(r"^\s*(?:[、，,/&]|and|or|和|与|及)\s*$")


def _listed_together(span: str, a: str, b: str) -> bool:
    """Whether ``span`` lists ``a`` and ``b`` side by side, joined by a list's separator (内蒙古、新疆)."""
    for first, second in ((a, b), (b, a)):
        for found in re.finditer(re.escape(first), span):
            rest = span[found.end() :]
            at = rest.find(second)
            if at > 0 and _LIST_JOIN.match(rest[:at]):
                return True
    return False


def _said_of_the_whole(c: Candidate, items: list[Candidate], intent: Intent) -> bool:
    """Whether a sentence's figure is, by its own clause, the thing a share's whole names and not its
    part ("2024年中国数字经济规模为53.9万亿元" for the cloud market's share of China's digital economy, its
    sentence going on about 云计算 in the clause after): the whole's figure, no part of it."""
    if intent.kind != "share" or intent.pair is None or c.in_table:
        return False
    words = thing_words(intent.pair[1]) - subject_of(intent.pair[0])
    clause = own_clause(c, items).lower()
    # "TELD operated 0.6 million public chargers" names the part as well: the part's own figure.
    return bool(words) and all(written_in(w, clause) for w in words) and not writes_any(intent.pair[0], clause)


def _of_another_place(c: Candidate, items: list[Candidate], intent: Intent) -> bool:
    """Whether a sentence's figure is, by its own clause, of another place than the one a share's whole
    names, where the part names none: "同期全球云计算市场规模为6,929亿美元" is the global cloud market, no part of
    China's digital economy, though it ranks before "2024年，中国云计算市场规模达到8,264.2亿元"."""
    if intent.kind != "share" or intent.pair is None or c.in_table:
        return False
    if any(is_place_word(w) for w in subject_of(intent.pair[0])):
        return False
    places = {w for w in subject_of(intent.pair[1]) if is_place_word(w)}
    said = {w for w in subject_words(own_clause(c, items)) if is_place_word(w) or is_world_row(w)}
    return bool(places) and bool(said) and not said & places


def _dated_by_sentence(figure: Operand, items: list[Candidate], year: int | None) -> int | None:
    """``year`` when a figure of the undated ``figure``'s sentence is of that year, else ``None``."""
    found = candidate_of(figure, items)
    sentence = (figure.hit.chunk.id, found.label)
    dated = any(not c.in_table and c.year == year and (c.operand.hit.chunk.id, c.label) == sentence for c in items)
    return year if year is not None and not found.in_table and dated else None


def _written_in_other_units(first: Operand, second: Operand, items: list[Candidate]) -> bool:
    """Whether the report writes the two figures of a share with different units after them: 0.2 GW
    of power added is no share of 309.0 GWh of batteries shipped."""
    units = [{c.unit_word.lower() for c in items if c.operand is f} - {""} for f in (first, second)]
    return all(len(u) == 1 for u in units) and units[0] != units[1]


def _whole_of_an_unknown_year(first: Operand, second: Operand, items: list[Candidate]) -> bool:
    """Whether the part of a share is dated by nothing (no year in the question, its sentence or its
    paragraph) and the whole is one of its row's figures of several years: which year's whole the part
    is of is not known ("化学发光…规模为450.9亿元" over the row "免疫诊断 | 482.6 | 521.3", 2023 and 2024)."""
    row = row_of(second, items)
    if first.measure.year is not None or second.measure.year is None or row is None:
        return False
    years = {
        c.year
        for c in items
        if c.in_table and (c.operand.hit.chunk.id, c.label) == row and c.operand.measure.unit == second.measure.unit
    }
    return len(years - {None}) > 1


# A sum over a table's rows is asked in words of adding ("the sum of the impacts"), not of a
# stated total ("一共有多大容量").
# 占合计的比重 names the total as the whole of a share: nothing to add.
_ADDING = re.compile(r"\bsum\b|\badd up\b|\bcombined\b|总和|之和|加起来|(?<!占)合计", re.IGNORECASE)
_WHOLE = 99.5  # percent: shares that add up to this are the whole (rounded shares may miss 100 by 0.5)


def table_sum(question: str, hits: list[Hit], year: int | None) -> list[Operand]:
    """The figures a sum over one column of the best table adds: the rows the question lists,
    or every row; none for a question not asking to add, or asking for its leading rows."""
    if not _ADDING.search(question) or _LEADERS.search(question) or ASKS_AMOUNT.search(question):
        return []  # percentages add up to no amount asked ("合计装了多少GW")
    rows = listed_rows(question, table_percentages(question, hits, year))
    # Parts that make up the whole or more: every row, with one a label TOTAL_ROW does not know
    # ("Global … 100.0%") counted as a part. No part of a whole is asked as the whole.
    if sum(c.operand.measure.value for c in rows) >= _WHOLE:
        return []
    return [c.operand for c in rows]


def listed_rows(question: str, column: list[Candidate]) -> list[Candidate]:
    """The rows of a column the question lists, one each (a row whose label the term holds,
    or that holds the term: "三一重工" in "新能源重卡市场中三一重工"); every row when it lists
    none; none when a term has no row of its own or shares one."""
    terms = listed_terms(question)
    if not terms:
        return column

    def names(c: Candidate, term: str) -> bool:
        label, term = c.label.split(" / ")[-1].lower(), term.lower()
        return bool(label) and (mentions_name(term, label) or mentions_name(label, term))

    rows = [[c for c in column if names(c, term)] for term in terms]
    if any(len(found) != 1 for found in rows) or len({id(found[0]) for found in rows}) != len(terms):
        return []
    return [found[0] for found in rows]


def _writing(items: list[Candidate], term: str) -> list[Candidate]:
    """The figures whose sentence or row writes ``term``, one thing a question lists: "销售易" is not
    a row "销售自动化（SFA）" whose words it shares. When none writes it as written (a row label in other
    brackets, a term asked across languages), any figure, found by its words, unless the term holds a
    name: a name no passage writes has no figure here."""
    # The scope is normalised ("销售自动化(sfa)"), the question's term as written ("销售自动化（SFA）").
    written = [c for c in items if mentions_name(c.scope, normalize(term).lower())]
    return written or ([] if names_in(term) else items)


def listed_figures(question: str, items: list[Candidate], year: int | None, lang: str) -> list[Operand]:
    """The figures a sum of the things a question lists adds, found each by its own name where a
    sentence states them ("三一重工以14.8%的份额位居第一，徐工汽车占12.6%，中国重汽占10.3%");
    none when one is missing, two are one figure, or their units differ. A sum of shares
    adds percentages only."""
    terms = listed_terms(question)
    if len(terms) < 2 or not all(names_a_figure(t, items) for t in terms):
        return []
    unit = "%" if SHARE_WORDS.search(question) else None
    # "欧洲、亚太和其他地区…合计是多少十亿美元" adds amounts: a row's share beside them ("Rest of World … 7.3%", its
    # column read by 地区's "regional") is no figure of the sum.
    items = items if unit else in_asked_currency(question, items, rates=False)
    # A sum of shares adds a table's share column, not the growth rates beside it ("| 同比增长 | 占…份额 |"):
    # both are percentages of the rows named; only where a passage has such a column.
    shared = {c.operand.hit.chunk.id for c in items if unit and c.in_table and "#share" in c.column}
    pool = [c for c in items if not c.in_table or "#share" in c.column or c.operand.hit.chunk.id not in shared]

    def figure_of(term: str, terms: list[str]) -> Operand | None:
        return find_figure(
            _writing(pool, term),
            subject_of(term),
            year,
            lang,
            False,
            unit=unit,
            term=term,
            asked=subject_of(question).difference(*(subject_of(t) for t in terms)),  # what all of them share
            listed_with=tuple(other for other in terms if other != term),
        )

    terms = _without_shared_tail(terms, figure_of(terms[0], terms), items)
    figures = [figure_of(t, terms) for t in terms]
    things = _one_per_row(question, terms, figures, items)
    found = [f for f in things if f is not None]
    if len(things) < 2 or len(found) < len(things) or len({id(f) for f in found}) < len(found):
        return []
    return found if len({f.measure.unit for f in found}) == 1 and of_one_measure(found, items) else []


_SHORTEST_PART = 2  # characters: a Chinese name or measure of one character ("汽" of 重汽) is a glyph of many


def _without_shared_tail(terms: list[str], first: Operand | None, items: list[Candidate]) -> list[str]:
    """``terms`` with the last one's measure, which a Chinese list writes once after its last thing
    ("华东、华中和西南地区冷库容量合计", "电网侧与电源侧新增装机合计"), left to the whole question: the longest
    end of the last term that the first thing's own clause or row writes (华东's "2024年华东地区冷库容量占全国的
    36.5%", 电网侧's row under "2024年新增装机") is no part of the last thing's name. Left as a term's words,
    it bound the first thing's figure, whose clause writes it, to the last thing too."""
    if first is None or not HAN.search(terms[-1]):
        return terms
    found = candidate_of(first, items)
    said = normalize(
        " ".join(c.scope for c in items if c.in_table and c.operand.hit is first.hit and c.label == found.label)
        if found.in_table
        else own_clause(found, items)
    ).lower()
    last = terms[-1]
    ends = range(_SHORTEST_PART, len(last) - _SHORTEST_PART + 1)
    cut = next((i for i in ends if normalize(last[i:]).lower() in said), None)
    return terms if cut is None else [*terms[:-1], last[:cut]]


def _one_per_row(
    question: str, terms: list[str], figures: list[Operand | None], items: list[Candidate]
) -> list[Operand | None]:
    """The figures of ``terms`` (one each, in the question's order), with two terms next to each
    other that are one thing taken once: a name may hold the words that join a list ("Film and
    media", "Middle East & Africa", "细胞与基因治疗"), split by the list's joiners; both halves find
    that one row, whose label is the name as the question writes it, joiner included. Two terms
    finding one figure otherwise stay two, and a sum of them is refused."""
    kept: list[Operand | None] = []
    for i, figure in enumerate(figures):
        joined = _joined(question, *terms[i - 1 : i + 1]) if i else ""
        if joined and figure is not None and figure is figures[i - 1] and _row_labelled(figure, items, joined):
            continue
        kept.append(figure)
    return kept


_JOINER_SPAN = 5  # characters between two listed names: ", and ", " & ", "与"


def _joined(question: str, first: str, second: str) -> str:
    """The words of ``question`` from ``first`` to the ``second`` right after it, joiner included."""
    start = question.find(first)
    end = question.find(second, start + len(first)) if start >= 0 else -1
    if end < 0 or end - start - len(first) > _JOINER_SPAN:
        return ""
    return question[start : end + len(second)]


def _row_labelled(figure: Operand, items: list[Candidate], name: str) -> bool:
    """Whether the table row of ``figure`` is labelled ``name``, as written: a label that only holds
    it ("Total film and media", "Film and media services") may be another row than the two things."""
    label = next((c.label.rsplit(" / ", 1)[-1].lower() for c in items if c.operand is figure and c.in_table), "")
    return label == name.lower()


def of_one_measure(figures: list[Operand], items: list[Candidate]) -> bool:
    """Whether things' figures found each by its own name are of one measure: one column of one
    table, or sentences only. A table's share beside a sentence's percentage ("电网侧与电源侧新增装机
    合计占比": the row's 43.9% and "磷酸铁锂电池占锂离子电池新增装机的99%") are two measures."""
    # A table split across passages repeats its header: one column is one header in one report.
    places = {
        (c.operand.hit.chunk.doc_id, c.heading) if c.in_table else None
        for c in items
        if any(c.operand is f for f in figures)
    }
    return len(places) == 1
