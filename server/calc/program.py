"""Compute what a question asks from the figures of the passages retrieved for it: the
question's operation (:mod:`.intents`), its operands bound to figures of one report
(:mod:`.operands`, :mod:`.families`), and the arithmetic (:mod:`.calculator`), so every input
of a result has a citation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from reportqa.index.places import place_of
from reportqa.index.retriever import Hit
from reportqa.ingest.models import Quantity
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.ingest.numbers import CURRENCIES, years_in
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.composed import composed_question
from reportqa.server.calc.exchange import stated_rates
from reportqa.server.calc.families import (
    ON_PAIR,
    adds_a_part_to_its_whole,
    before_change,
    complement,
    convert_asked_amount,
    convert_figure,
    dated_by_comparison,
    dated_by_table,
    excluded_terms,
    implied_value,
    in_asked_currency,
    listed_figures,
    on_market_share,
    on_pair,
    part_of,
    projection,
    rest_of,
    share_of_stated_whole,
    skips_a_named_row,
    table_sum,
    unasked,
)
from reportqa.server.calc.givens import given_calculation
from reportqa.server.calc.intents import (
    BY_A_SHARE,
    COUNTS,
    IN_POINTS,
    asked_scale,
    asks_fall,
    asks_less,
    asks_share,
    detect,
    given_intent,
    listed_terms,
    names_a_rate,
    premises,
    prior_value,
    rows_counted,
    share_in_points,
    shares_held_together,
)
from reportqa.server.calc.joint import shares_figure
from reportqa.server.calc.linked import linked_question
from reportqa.server.calc.models import Calculation, Intent, Operand, is_given
from reportqa.server.calc.named_rest import named_rest
from reportqa.server.calc.operands import (
    CLAUSE_END,
    SHARE_WORDS,
    Candidate,
    another_says_more,
    averages_another_measure,
    candidates_of,
    figures_by_year,
    find_figure,
    names_less,
    naming,
    passage_written,
    row_over_years,
    same_figure,
    same_per,
    stated_cagr,
    states_average,
)
from reportqa.server.calc.per_unit import per_unit
from reportqa.server.calc.phrases import bound_by_whole_phrases
from reportqa.server.calc.rows import leaders_asked, leading_rows
from reportqa.server.calc.subject import (
    measures_of,
    mentions_name,
    names_in,
    subject_of,
    thing_words,
    writes_all,
    writes_subject,
    written_in,
)
from reportqa.server.calc.tables import OTHERS_ROW, TOTAL_ROW

_ACRONYM = re.compile(r"[A-Z]{2,}")
# "how large would China's IVD market be": the asking words name nothing ("large" would be all the
# subject left once the title's 中国 and IVD are set aside, and any 2024 amount would do for it).
# Nor does "how fast did … grow": "fast" would name "public fast chargers" (wider29-004).
_HOW_BIG = re.compile(r"\bhow (?:large|big|small|fast|quickly)\b", re.IGNORECASE)
_ASKS_OTHERS = re.compile(r"\bothers?\b|\brest of\b|其他|其余", re.IGNORECASE)
_AS_PERCENTAGE = re.compile(r"\bas an? (?:percent(?:age)?|share|proportion)\b", re.IGNORECASE)
# A whole named as a market or a total holds every part of it: no part passes 100% of it, whatever the wording.
_ALL_OF_IT = re.compile(
    r"\b(?:total|market|whole|entire|overall|all)\b|市场|合计|总|整体|全部|全国|全球", re.IGNORECASE
)


def by_doc(hits: list[Hit]) -> list[list[Hit]]:
    """Hits grouped by report, best report first: operands of one result come from one report."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.chunk.doc_id, []).append(hit)
    return list(groups.values())


def _compute(intent: Intent, question: str, hits: list[Hit], lang: str) -> Calculation | None:
    named = _HOW_BIG.sub(" ", unasked(question))
    # A residual row ("其他智能小家电", "Rest of World", "Other materials") is none of the things a question
    # names unless it asks for the others: 智能家电 and 全球 match words of its label. Its group's heading
    # ("Other assets" over "Pre-contract costs") does not make a row residual.
    gathered = candidates_of(hits)
    if intent.kind == "share" and len(intent.years) == 1:  # a part its sentence states without a year
        gathered = [dated_by_table(c, gathered) for c in gathered]
    # "2024年智能算力规模达到725.3 EFLOPS，同比增长74.1%，2023年为416.6 EFLOPS。通用算力规模为71.7 EFLOPS，同比
    # 增长7.9%": a figure stated with its change over the year before is of the latest year its section compares.
    for compared in intent.years if intent.kind != "implied_value" else ():  # a value carried back dates its own
        gathered = [dated_by_comparison(c, compared, gathered) for c in gathered]
    items = [
        c
        for c in gathered
        if not (c.in_table and OTHERS_ROW.match(c.label.rsplit("/ ", 1)[-1])) or _ASKS_OTHERS.search(question)
    ]
    # A glossary phrase ("liquid cooling" of 液冷) binds a figure only by its words together (zhen46).
    items = bound_by_whole_phrases(question, items)
    intent = _one_row(intent, question, items)
    # A list that is no list of things with figures each ("the average of opening and closing
    # balance") leaves the question to the rules below.
    listed = _over_listed(intent, question, items, lang) if intent.pair is None else None
    if listed is not None:
        return listed
    if intent.kind == "per_unit":
        return per_unit(question, items, intent.years[0], lang)
    if intent.kind == "rest":  # the whole and the part it excludes are each found by their own names
        return rest_of(question, items, intent.years[0] if len(intent.years) == 1 else None, lang)
    # A share's whole is another thing than the part the question names, and need not name it
    # (LFP's share of all shipments).
    unnamed = items
    if intent.pair is None or intent.kind not in ON_PAIR:
        # Two named things are each found by their own names, and so is each thing a complement takes
        # out ("除TOPCon和PERC以外": no row names both): the figures kept name the whole's names only.
        excluded = excluded_terms(question) if intent.kind == "complement" else []
        whole_names = [n for n in names_in(named) if not any(n in t for t in excluded)]
        items = naming(items, whole_names)
    # "Total" names a row ("Total revenue", the unlabelled sum row) unless it is the sum asked for.
    named_subject = subject_of(named)  # before the title's names are taken out: a share's holder may be one
    subject = named_subject - ({"total"} if intent.kind == "sum" else set())
    # A name the report's title writes (中国 of 中国云计算市场研究报告) tells no figure of it from
    # another: a sentence writing only 中国 is not about "China's private cloud market".
    titles = {c.operand.hit.chunk.title.lower() for c in items}
    # An acronym the title writes (CDMO of 中国医药合同研发生产（CDMO）市场) may be one part of what the report
    # covers (医药外包服务 holds CDMO and CRO): it still tells the part's figure from the whole's.
    everywhere = [
        n
        for n in names_in(question)
        if titles and all(mentions_name(t, n) for t in titles) and not _ACRONYM.fullmatch(n)
    ]
    subject = subject - subject_of(" ".join(everywhere)) or subject
    # Passages all in the other language that write none of the subject: any figure would do.
    if (
        items
        and all(c.operand.hit.chunk.lang != lang for c in items)
        and not writes_subject(named, [c.scope for c in items])
    ):
        return None
    if intent.kind == "convert":
        converted = convert_asked_amount(question, items, lang) or convert_figure(
            question, items, subject, intent.years, lang, stated_rates(hits)
        )
        # "What was X in 2023, in CNY billion?" where only 2024's "grew 43.5% to CNY 2.86 billion" is stated:
        # no figure of that year to convert, one to carry back a year.
        prior = prior_value(question, intent.years) if converted is None else None
        if prior is None:
            return converted
        intent = prior
    if intent.kind in ("projection", "implied_value", "unstated_value", "change", "implied_cagr"):
        items = in_asked_currency(question, items, rates=intent.kind != "change")
    if intent.kind == "projection":
        return projection(intent, items, subject, lang, question)
    if intent.kind == "implied_value":
        return implied_value(intent, items, subject, lang, question)
    if intent.kind == "unstated_value":
        # A year's figure asked plainly may be given only as the next year's and its growth, or as a share of a whole.
        return _unstated_value(intent, items, subject, lang, question) or _part_of_stated_total(
            intent, items, unnamed, subject, lang, question
        )
    if intent.kind == "complement":
        return complement(question, items, hits, intent.years[0] if len(intent.years) == 1 else None, lang)
    if intent.kind == "part_of":
        year = intent.years[0] if len(intent.years) == 1 else None
        by_share = bool(BY_A_SHARE.search(question))
        # "China's share of global installations" in a report on China: 中国 holds the share.
        held = part_of(unnamed, subject, year, lang, _asks_a_count(question), by_share, named_subject)
        # "How much were X's exports worth in 2023?" asks a plain year's figure as well ("worth" is no share):
        # where no share is found, the year's figure the next year's and its growth imply.
        if held is None and year is not None and not SHARE_WORDS.search(question):
            held = _unstated_value(Intent("unstated_value", (year, year + 1)), items, subject, lang, question)
        return held
    if intent.kind == "share" and intent.pair is not None and (leaders_asked(intent.pair[0]) or 0) > 1:
        return None  # "the five largest companies" are several rows: one figure's share is no share of theirs
    if intent.pair is not None and intent.kind in ON_PAIR:
        paired = (
            on_pair(intent, items, lang, subject)
            or on_market_share(intent, items, lang, subject)
            or (_the_rest(intent, items) if intent.kind == "share" else None)
            or (share_of_stated_whole(intent, items, lang) if intent.kind == "share" else None)
        )
        if paired is None and intent.kind == "sum":
            # Two sides no figure binds may be a list of more things, read at the first "and" as a pair
            # ("serums and treatments and sun care"); else no share of either is stated: the share of their amounts.
            return _over_listed(intent, question, items, lang) or _share_of_both(question, hits, lang)
        # A part larger than its whole ("2024年亚太地区…占全球的比例" over 5.0 / 1.1): the whole found is
        # another thing's figure (全球 matched "Rest of World"). "A as a percentage of B" may pass 100.
        if (
            paired
            and intent.kind == "share"
            and paired.result.value > 100
            and (not _AS_PERCENTAGE.search(question) or _ALL_OF_IT.search(intent.pair[1]))
        ):
            return None
        if paired and intent.kind == "share" and _other_things(paired, *intent.pair, gathered, hits, lang):
            return None
        # "A的占比比B高多少个百分点" is the gap of two rates: a gap of the amounts beside them is no answer.
        if paired and intent.kind in ("change", "difference") and IN_POINTS.search(question):
            paired = paired if all(o.measure.unit == "%" for o in paired.operands) else None
        if paired and intent.kind == "sum" and adds_a_part_to_its_whole(paired.operands, gathered):
            return None
        if paired and intent.kind == "change" and asks_less(question):
            first, second = paired.operands
            return replace(paired, result=calc.difference(second.measure, first.measure), operands=(second, first))
        return paired
    amounts_only = intent.kind in ("implied_cagr", "change", "relative_change", "ratio")
    if intent.kind == "relative_change" and names_a_rate(named):
        amounts_only = False  # "上云率…相对提升了百分之多少": a rate's own relative change, asked in those words
    if intent.kind == "change" and IN_POINTS.search(question):
        amounts_only = False
        items = [c for c in items if c.operand.measure.unit == "%"]
    if amounts_only and measures_of(named) == {"#size"} and not names_a_rate(named):
        # A market's size asked as an amount ("液冷市场规模增加了多少") is no table's percentage: a segment's
        # growth or share cell ("Direct-to-chip liquid cooling | 9.6 | 95.0%") is another measure (zhen46).
        items = [c for c in items if c.operand.measure.unit not in ("%", "pp")]
    if intent.kind == "average" and states_average(question, items):
        return None  # the report states that average itself: it is quoted
    if intent.kind == "average" and not intent.years:
        row = row_over_years(items, subject, lang)
        return Calculation(intent, calc.average([f.measure for f in row]), tuple(row)) if row else None
    if intent.kind in ("change", "relative_change") and not intent.years:
        row = row_over_years(items, subject, lang)
        if row is None or len(row) != 2:  # over three years, which two is a guess
            return None
        intent = Intent(intent.kind, tuple(f.measure.year for f in row if f.measure.year), None, intent.undirected)
    # "the five largest OEMs", "the 4 exporting countries": rows, not years.
    # "中公、粉笔、高途这三家": the count is of the things listed, not of a table's rows.
    counted = rows_counted(question) if len(listed_terms(question)) != rows_counted(question) else None
    if intent.kind in ("average", "sum") and (leaders_asked(question) or counted):
        # Every figure of the passages: the question names the rows' kind ("OEMs"), not one thing of them.
        rows = leading_rows(question, candidates_of(hits), intent.years[0] if len(intent.years) == 1 else None)
        over = calc.average if intent.kind == "average" else calc.total
        if rows or leaders_asked(question):
            return Calculation(intent, over([f.measure for f in rows]), tuple(rows)) if rows else None
        # "the two companies, A and B": no table of that many rows, the things named are added as before.
    found = figures_by_year(intent, items, subject, lang, amounts_only, named)
    if found is not None and _one_thing_over_years(intent, question, found):
        return None
    if found is None and intent.kind == "ratio" and intent.pair is None:
        return _multiple_by_growth(intent, items, subject, lang, question)
    if intent.kind == "sum" and found is None and len(intent.years) < 2:
        year = intent.years[0] if intent.years else None
        cells = table_sum(question, hits, year)
        cells = cells if len(cells) > 1 else listed_figures(question, items, year, lang)
        return Calculation(intent, calc.total([c.measure for c in cells]), tuple(cells)) if len(cells) > 1 else None
    if found is None or intent.kind == "share":
        return None
    if intent.kind in ("change", "relative_change", "implied_cagr") and (
        skips_a_named_row(question, found, items, lang) or another_says_more(found, items, subject, lang)
    ):
        return None
    if all(f.measure.unit in CURRENCIES for f in found) and _asks_a_count(named):
        return None  # "By what percentage did unit shipments fall": the market's USD is another measure
    calc.same_kind(found[0].measure, found[-1].measure)
    start, end = found[0], found[-1]
    if intent.kind in ("change", "relative_change") and _worlds_apart(start, end):
        return None  # 112.4亿元 (a market) against 3.9万元 (its ARPU): two measures, not one over two years
    if intent.kind == "change" and intent.undirected:
        larger, smaller = sorted((start, end), key=lambda f: f.measure.in_scale(start.measure.scale), reverse=True)
        return Calculation(intent, calc.difference(larger.measure, smaller.measure), (larger, smaller))
    if intent.kind == "implied_cagr":
        return Calculation(
            intent,
            calc.implied_cagr(start.measure, end.measure),
            (start, end),
            stated_cagr(items, subject, lang, end, over=_period(start, end)),
        )
    if intent.kind == "average":
        if averages_another_measure(question, list(found), items):
            return None
        return Calculation(intent, calc.average([f.measure for f in found]), tuple(found))
    if intent.kind == "sum":
        return Calculation(intent, calc.total([f.measure for f in found]), tuple(found))
    if intent.kind == "change" and intent.pair is None and asks_fall(question) and _fell(start, end):
        # "同比减少了多少元": the fall, 0.58元, not a change of -0.58元.
        return Calculation(replace(intent, kind="decrease"), calc.decrease(start.measure, end.measure), (start, end))
    operation = {
        "change": calc.absolute_change,
        "relative_change": calc.relative_change,
        "ratio": lambda a, b: calc.ratio(b, a),
    }[intent.kind]
    return Calculation(intent, operation(start.measure, end.measure), (start, end))


# A figure a thousand times another within three years is another measure the same words matched (the
# market's 112.4亿元 in 2024 and its ARPU's 3.9万元 in 2023), not one that changed. Over longer spans a
# young market may grow that much (EV sales 2010-2024), so those are left alone.
_APART = 1000
_APART_WITHIN_YEARS = 3


def _multiple_by_growth(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """How many times a year's figure is the year before's, when the report states the later figure
    and its growth but not the earlier one ("航空机上连接收入1,274.5百万美元，同比增长41.7%": 1.417
    times): 1 + the growth, the figure and its rate cited."""
    years = sorted(set(intent.years))
    if len(years) != 2 or years[1] - years[0] != 1:
        return None
    carried = implied_value(Intent("implied_value", (years[0], years[1])), items, subject, lang, question)
    if carried is None:
        return None
    base, rate = carried.operands
    return Calculation(intent, calc.multiple_of_year_before(rate.measure), (base, rate))


def _worlds_apart(start: Operand, end: Operand) -> bool:
    """Whether two figures of a change are too far apart in size to be one measure over a few years."""
    a, b = (abs(f.measure.in_scale("")) for f in (start, end))
    years = [f.measure.year for f in (start, end) if f.measure.year is not None]
    span = max(years) - min(years) if len(years) == 2 else 0
    return bool(a and b) and span <= _APART_WITHIN_YEARS and max(a, b) > _APART * min(a, b)


def _over_listed(intent: Intent, question: str, items: list[Candidate], lang: str) -> Calculation | None:
    """A sum or an average over the things a question lists ("the average 2024 revenue of Europe
    and North America"), each found by its own name for the one year asked: not over years, and
    not from figures that name all of them at once."""
    if intent.kind not in ("sum", "average") or len(intent.years) > 1 or not listed_terms(question):
        return None  # over several years, which year each thing's figure is of is a guess
    found = listed_figures(question, items, intent.years[0] if intent.years else None, lang)
    if not found:
        return None
    over = calc.average if intent.kind == "average" else calc.total
    return Calculation(intent, over([f.measure for f in found]), tuple(found))


def _share_of_both(question: str, hits: list[Hit], lang: str) -> Calculation | None:
    """The share two things hold together of one whole, from their amounts and the whole's, when
    the report states neither one's share ("Asia Pacific and Europe … together" over a table of
    regional revenue and the global market's size): each share is bound as its own question
    would bind it, and both must be of the same figure of the whole."""
    asked = shares_held_together(question)
    if asked is None:
        return None
    try:
        shares = [_compute(intent, question, hits, lang) for intent in asked]
    except calc.CalculationError:
        return None  # one thing's amount is in another currency than the whole's: no share of both
    if not all(s is not None and s.intent.kind == "share" and len(s.operands) == 2 for s in shares):
        return None
    (first, whole), (second, other) = (s.operands for s in shares if s is not None)
    if whole != other or first == second:
        return None
    result = calc.share_of_sum([first.measure, second.measure], whole.measure)
    return Calculation(replace(asked[0], pair=None), result, (first, second, whole))


def _one_thing_over_years(intent: Intent, question: str, found: list[Operand]) -> bool:
    """Whether a sum or an average of one year over things the question lists ("the average cash
    cost of spodumene, brine and lepidolite in 2024") was taken over the years of one thing: the
    list's own figures were not all found, and the years of one of them are no answer."""
    return (
        intent.kind in ("sum", "average")
        and len(intent.years) == 1
        and len(listed_terms(question)) > 1
        and len({f.measure.year for f in found}) > 1
    )


def _other_things(
    share: Calculation, part_term: str, whole: str, gathered: list[Candidate], hits: list[Hit], lang: str
) -> bool:
    """Whether a share's operands are other things' figures: the part's, a wider thing's that the
    part is only included in (:func:`_only_included`); the whole's, the part's own figure written
    twice (China's pet food taken for the Asia Pacific figure its sentence and its table both give),
    or one whose report, section, caption, row or sentence does not write a word naming the whole
    that the part's does ("North American footwear sales": running footwear's sentence writes
    footwear, North America's sportswear row does not) or, the passages all in the question's
    language, that no passage writes (中国软件市场 over a cloud report). A word neither figure
    writes is the report's own subject ("Europe was worth USD 2.9 billion" in a plant-based meat
    report). Every figure of the passages is read here, not only the operands' candidates."""
    if len(share.operands) != 2:
        return False  # a share given as the rest after the one stated has no whole of its own
    part, figure = (next((c for c in gathered if c.operand is o), None) for o in share.operands)
    if share.result.value == 100:  # two rows of one table, one the group's sum, may be one value
        return not (part and figure and part.in_table and figure.in_table and part.label != figure.label)
    if part is None or figure is None:
        return False
    # A place is a name, not a thing word, yet "the Americas figure also includes Brazil" gives no figure
    # to Brazil either; the sentence's own words are read in any language, through the dictionary.
    if _only_included(part, thing_words(part_term) | {n.lower() for n in names_in(part_term)}):
        return True
    # Across languages a word and the figure's words meet only through the dictionary's senses,
    # which miss compounds (服饰 is "apparel", not the "sportswear" the report writes): not judged.
    if figure.operand.hit.chunk.lang != lang:
        return False
    words = thing_words(whole)
    total = TOTAL_ROW.match(figure.label.rsplit("/ ", 1)[-1])
    if total and words and not any(written_in(w, _under_title(figure)) for w in words):
        # A total row is the total of what its table names (公有云's 合计 is not 云计算's), unless a
        # sentence gives that very figure to the whole, naming it.
        return not _stated_of_whole(figure, gathered, words)
    passages = " ".join(passage_written(h) for h in hits)
    own_language = all(h.chunk.lang == lang for h in hits)
    return any(
        not written_in(word, figure.scope)
        and (written_in(word, part.scope) or (own_language and not written_in(word, passages)))
        for word in words
    )


def _stated_of_whole(total: Candidate, gathered: list[Candidate], words: frozenset[str]) -> bool:
    """Whether a sentence states ``total``, a total row's figure, for its year and names every word
    of the whole asked below its report's title ("2023年为6,636.1亿元" in "2024年中国智能家电市场规模为
    7,286.4亿元…" is the 合计 of a table of appliance categories captioned 分品类市场规模 alone): the
    table adds up the whole's own parts, which its caption need not name again."""
    return any(
        not c.in_table
        and c.year == total.year
        and same_figure(c, total)
        and all(written_in(w, _under_title(c)) for w in words)
        for c in gathered
    )


# "Liquid cooling, including direct-to-chip and immersion systems, …", "（含疫苗、生物制剂…）": the things a
# figure's sentence counts in it, up to the clause's end.
# "The Americas figure also includes Brazil, Canada and Mexico": a list closing its clause, read to the clause's end.
_INCLUDED = re.compile(
    r"\b(?:including|incl\.|such as|e\.g\.)[^,;:.()]*|\b(?:also )?includes?\b[^;:.()]*|"
    r"(?:包括|包含|（含|例如)[^，。；：（）]*",
    re.IGNORECASE,
)


def _only_included(part: Candidate, words: frozenset[str]) -> bool:
    """Whether a sentence gives the part's figure to a wider thing, writing a word of the part only
    among the things it includes ("Liquid cooling, including … immersion systems, … USD 2.1 billion"
    is not immersion cooling's figure)."""
    if part.in_table:
        return False
    sentence = part.label.lower()
    rest = _INCLUDED.sub(" ", sentence)
    return any(written_in(w, sentence) and not written_in(w, rest) for w in words)


def _under_title(c: Candidate) -> str:
    """What names ``c`` below its report's title: its section, caption, row and column."""
    title = normalize(c.operand.hit.chunk.title).lower()
    return c.scope[len(title) :] if c.scope.startswith(title) else c.scope


def _fell(start: Operand, end: Operand) -> bool:
    return end.measure.in_scale(start.measure.scale) < start.measure.value


def _period(start: Operand, end: Operand) -> tuple[int, int] | None:
    first, last = start.measure.year, end.measure.year
    return (first, last) if first is not None and last is not None else None


def _unstated_value(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """A year's figure the report does not state, implied by the next year's and the growth stated
    with it; ``None`` (the question is answered by quoting, or refused) when any passage states a
    figure of the subject for that year."""
    found = implied_value(Intent("implied_value", intent.years), items, subject, lang, question)
    if found is None:
        return None
    base = found.operands[0].measure
    if base.unit in CURRENCIES and _asks_a_count(question):
        return None  # "How many subscribers did Viasat have" is no amount of money of Viasat's
    if _tabulates_year(found.operands[0], items, intent.years[0]):
        return None  # a table of the report gives that year: it is quoted, not carried back
    # A figure of another measure in that year (an ARPU "3.9万元" beside a market of 112.4亿元) is not it.
    stated = find_figure(items, subject, intent.years[0], lang, amounts_only=True, unit=base.unit, term=question)
    if stated is None or stated.measure.scale != base.scale:
        return found
    return found if names_less(stated, found.operands[0], items, subject) else None


def _part_of_stated_total(
    intent: Intent, items: list[Candidate], unnamed: list[Candidate], subject: frozenset[str], lang: str, question: str
) -> Calculation | None:
    """A year's figure asked plainly that the report states only as a share of a total it states
    ("How much revenue did oncology applications generate in 2024?" over "Oncology | 27.9%" under
    "Share of 2024 global revenue" and the 2024 total): the share of the total, when no passage
    states a figure of the subject for that year, nor its next year's with a growth. The total is
    sought among all the figures (``unnamed``), not only those writing the name the question asks
    ("LFP" of "how many GWh of LFP batteries"), which the share's row writes and the total does not."""
    year = intent.years[0]
    stated = find_figure(items, subject, year, lang, amounts_only=True, no_rates=True, term=question)
    if stated is not None:
        return None
    return part_of(
        in_asked_currency(question, unnamed, rates=True), subject, year, lang, volume=_asks_a_count(question)
    )


def _tabulates_year(base: Operand, items: list[Candidate], year: int) -> bool:
    """Whether a table row of the report gives ``base``'s figure, to the digits the base shows, and one
    of ``year`` beside it ("revenue was USD 1.2 billion in 2019, up 5%" over "| Total | 1,204.0 | 1,146.2 |"):
    that figure is the year's, exact, where one carried back by a rounded rate is off by up to
    half a point."""
    rows = {
        (c.operand.hit.chunk.id, c.label)
        for c in items
        if c.in_table
        and c.year == base.measure.year
        and c.operand.measure.unit == base.measure.unit
        and c.operand.measure.in_scale(base.measure.scale).quantize(base.measure.value) == base.measure.value
    }
    return any(c.in_table and c.year == year and (c.operand.hit.chunk.id, c.label) in rows for c in items)


# "How many" asks a count, never an amount of money; "how many times its 2024 size", "how many percent",
# "how many points" ask no count of things.
_ASKS_COUNT = re.compile(
    # "多少个百分比" asks a percentage: 个 counts the percent, not things.
    r"\bhow many\b(?! (?:dollars|euros|yuan|times|percent|percentage|points?)\b)(?![- ]fold\b)|"
    r"多少(?:万|亿)?(?:台|辆|件|人|家|户|个(?!百分)|套)",
    re.IGNORECASE,
)
# "the value of shipments", "how many billion dollars", 出货金额, 多少亿元: money is asked. 元 is money after an
# amount, a scale or a currency's name (亿元, 美元), not inside a word (三元电池, NMC cells; 单元) (zhen48).
_WORTH = re.compile(
    r"\bvalue\b|\bworth\b|\b(?:dollars?|euros?|yuan|rmb|usd|eur|cny)\b|金额|价值|[货售]额|(?:多少|几|[\d万亿千百美欧日港])元",
    re.IGNORECASE,
)


def _asks_a_count(question: str) -> bool:
    """Whether ``question`` asks a count ("how many subscribers", "unit shipments", 销量), which no
    amount of money is."""
    counted = _ASKS_COUNT.search(question) or measures_of(question) == {"#volume"}
    return bool(counted) and not _WORTH.search(question)


# "end-of-life batteries supplied the rest", "其余来自线上渠道": a part given as what is left.
_THE_REST = re.compile(r"\b(?:the )?(?:rest|remainder|balance)\b|其余|剩余(?:部分)?|其他部分", re.IGNORECASE)


# What joins two words of one name: "细胞与基因治疗", "Enterprise & government".
_JOINED = r"\s*(?:与|和|及|&|and)\s*"


def _one_row(intent: Intent, question: str, items: list[Candidate]) -> Intent:
    """A change between two years whose two "things" the question joins as one table row's
    label writes them whole ("细胞与基因治疗的CDMO收入从2023年到2024年变化了多少"): that row's
    change, not a comparison of 细胞 with 基因治疗, which no row states."""
    if intent.pair is None or intent.kind not in ("change", "relative_change") or len(intent.years) != 2:
        return intent
    joined = re.search(_JOINED.join(re.escape(term) for term in intent.pair), question, re.IGNORECASE)
    rows = {c.label.rsplit("/ ", 1)[-1].strip().lower() for c in items if c.in_table}
    return replace(intent, pair=None) if joined and joined.group().lower() in rows else intent


def _the_rest(intent: Intent, items: list[Candidate]) -> Calculation | None:
    """The share of a part a sentence gives only as the rest after the one share it states
    ("Production scrap still made up 58.4% of feedstock; end-of-life batteries supplied the
    rest": 100% - 58.4%), the whole named beside that share; ``None`` otherwise."""
    assert intent.pair is not None
    part, whole = (term.lower() for term in intent.pair)
    year = intent.years[0] if len(intent.years) == 1 else None
    found = []
    for c in items:
        if c.in_table or c.operand.measure.unit != "%" or c.year not in (year, None):
            continue
        if sum(d.label == c.label and d.operand.measure.unit == "%" for d in items) != 1:
            continue  # two shares in the sentence: which one the rest is after is a guess
        own, after = _clause_and_next(c.operand.hit.chunk.text, c.operand.start)
        # The whole may be named by the report's title, which every sentence of it is read in: "feedstock"
        # of a battery recycling report is the recycling feedstock (回收原料) (zhen45).
        named = f"{own} {c.operand.hit.chunk.title}".lower()
        if _THE_REST.search(after) and writes_all(part, after.lower()) and writes_all(whole, named):
            found.append(c.operand)
    if len(found) != 1:
        return None
    return Calculation(Intent("complement", intent.years), calc.complement([found[0].measure]), tuple(found))


def _clause_and_next(text: str, at: int) -> tuple[str, str]:
    """The clause of ``text`` holding offset ``at`` and the clause after it."""
    ends = [m.start() for m in CLAUSE_END.finditer(text)] + [len(text)]
    start = max((e + 1 for e in ends if e < at), default=0)
    own_end = min(e for e in ends if e >= at)
    next_end = min((e for e in ends if e > own_end), default=len(text))
    return text[start:own_end], text[own_end + 1 : next_end]


# "到预测期末", "by the end of the forecast period": a year the question leaves to the report.
_FORECAST_END = re.compile(r"(?:到|至)?预测期末|\b(?:by |at )?the end of the forecast(?: period)?\b", re.IGNORECASE)


def forecast_end_named(question: str, hits: list[Hit]) -> str:
    """``question`` with "the end of the forecast period" written as the year it is: the last
    year of the table row the question's subject names, in the first report that has one; the
    question as asked when it says no such thing, or no row runs past the years it names."""
    said = _FORECAST_END.search(question)
    if said is None:
        return question
    lang = detect_language(question)
    subject = subject_of(_FORECAST_END.sub(" ", question))
    for group in by_doc(hits):
        items = candidates_of(group)
        row = row_over_years(items, subject, lang)
        last = row[-1].measure.year if row else _last_year_stated(items, subject, lang)
        if last is not None and all(last > year for year in years_in(question)):
            written = f"{last}年" if lang == "zh" else f"in {last}"
            return f"{question[: said.start()]}{written}{question[said.end() :]}"
    return question


def _last_year_stated(items: list[Candidate], subject: frozenset[str], lang: str) -> int | None:
    """The latest year a sentence states the subject's figure for, where no table row carries it over
    years: a report that forecasts in prose ("2024年中国网络安全市场规模为826.5亿元…预计2029年市场规模将达到
    1,352.0亿元") ends its forecast where the subject's last figure is. Each later year counts only when its
    figure is bound as a question of that year would bind it, beside the subject's own figure."""
    sentences = [c for c in items if not c.in_table]
    first = find_figure(sentences, subject, None, lang, amounts_only=True)
    if first is None:
        return None
    unit = first.measure.unit
    years = sorted({c.year for c in sentences if c.year and c.operand.measure.unit == unit}, reverse=True)
    return next(
        (
            year
            for year in years
            if year == first.measure.year
            or find_figure(sentences, subject, year, lang, amounts_only=True, near=first, unit=unit) is not None
        ),
        None,
    )


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
    for group in by_doc(hits):
        # A name the report writes only in the other script is asked as the report writes it, and so
        # is a compound the dictionary lacks whole but the report writes by its parts (猫粮: "cat food").
        asked = linked_question(composed_question(question, group), group, intent.pair)
        again = intent if asked == question else detect(asked) or intent
        # What a sentence names as the rest of a whole it gives parts of is that whole less those parts.
        found = named_rest(asked, candidates_of(group), lang) or _compute(again, asked, group, lang)
        found = found or _share_over_years(asked, group, lang) or _before_change(intent, asked, group, lang)
        if (
            found is not None
            and not _counts_other_things(question, found)
            and not _unsupported(asked, found, group)
            and not _per_other_things(found)
        ):
            return _in_asked_scale(_as_combined_share(found, question), asked_scale(question))
    return None


def _before_change(intent: Intent, question: str, hits: list[Hit], lang: str) -> Calculation | None:
    """A year's figure carried back by the change its next year's sentence states (:func:`before_change`),
    when it can answer what is asked: a share asked is a percentage, so a count or an amount carried back
    ("用户规模达到3.42亿人，较2023年末增加2,150万人" for a segment's share of a market) is not its answer."""
    found = before_change(question, candidates_of(hits), lang)
    if found is not None and intent.kind == "share" and found.result.unit not in ("%", "pp"):
        return None
    return found


def _as_combined_share(found: Calculation, question: str) -> Calculation:
    """A sum of percentages the question asks as a share ("the combined share of the top two", 合计份额)
    is the share they hold together, 43.3%; asked otherwise it stays in percentage points (rates of
    growth added are no share of anything)."""
    result = found.result
    if result.label != "sum" or result.unit != "pp" or not asks_share(question) or IN_POINTS.search(question):
        return found
    try:
        return replace(found, result=calc.combined_share([o.measure for o in found.operands]))
    except calc.CalculationError:
        return found


def _share_over_years(question: str, hits: list[Hit], lang: str) -> Calculation | None:
    """The points a share moved between two years the report gives amounts for but states no share
    of ("二线城市" and "合计" of 2023 and 2024 in a table of city tiers): each year's share computed as a
    share of one year is, from the same part's and whole's rows, then the later less the earlier."""
    intent = share_in_points(question)
    if intent is None or intent.pair is None:
        return None
    shares = [_compute(replace(intent, years=(year,)), question, hits, lang) for year in intent.years]
    if not all(s is not None and s.intent.kind == "share" and len(s.operands) == 2 for s in shares):
        return None
    (part0, whole0), (part1, whole1) = (s.operands for s in shares if s is not None)
    items = candidates_of(hits)
    if _label_of(part0, items) != _label_of(part1, items) or _label_of(whole0, items) != _label_of(whole1, items):
        return None  # another row or sentence each year is another thing's share
    result = calc.share_change((part0.measure, whole0.measure), (part1.measure, whole1.measure))
    return Calculation(replace(intent, kind="share_change"), result, (part0, whole0, part1, whole1))


def _label_of(figure: Operand, items: list[Candidate]) -> str:
    """The row label, or the sentence, ``figure`` stands in (a figure dated by its section is a copy)."""
    return next(c.label for c in items if (c.operand.hit, c.operand.start) == (figure.hit, figure.start))


# An acronym in the plural ("OEMs", "SMEs"): a kind of things.
_KIND = re.compile(r"[A-Z]{2,}s")
# A counted kind of things, its qualifiers capitalised: "the four Chinese OEMs", "the three European vendors".
_COUNTED_KIND = re.compile(
    r"\b(?:the|these|those|all) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[A-Z][\w-]* )+\w+s\b"
)
_POSSESSIVE = re.compile(r"['’]s\b\s*")
_INITIALISM = re.compile(r"[A-Z]{2,5}")


def _unsupported(question: str, found: Calculation, hits: list[Hit]) -> bool:
    """Whether ``question`` writes a name (a company, a place, in either script) that a passage of the
    report writes and no operand's report title, section, caption, row or sentence does ("US
    cardiovascular device revenue" from a global table), or that an operand's sentence names only
    as one member of a group sharing its figure (:func:`_named_jointly`). A name no passage writes
    is answerability's to refuse."""
    operands = _operand_candidates(found, hits)
    scopes = [f"{c.continues} {c.scope}".lower() for c in operands]
    passages = [passage_written(h) for h in hits]
    # "the five largest OEMs" names a kind of rows, not one thing, which a table's header writes, not its rows.
    # "North America's EV" is two names, each written on its own.
    # "the four Chinese OEMs … (Goldwind, Envision, Windey, Mingyang)": the counted kind is told by the names listed.
    asked = _COUNTED_KIND.sub(" ", unasked(question)) if listed_terms(question) else unasked(question)
    names = [n for run in names_in(asked) for n in _POSSESSIVE.split(run) if n and not _KIND.fullmatch(n)]
    return any(
        not any(_writes_name(s, n) for s in scopes) and any(_writes_name(p, n) for p in passages) for n in names
    ) or any(_named_jointly(c, n) for c in operands for n in names)


def _writes_name(scope: str, name: str) -> bool:
    """Whether lower-cased ``scope`` writes ``name``, an adjective of place also by its place
    ("European revenue" by the Europe row), an initialism by its words spelt out ("EV" in "the
    global electric vehicle battery market")."""
    place = place_of(name)
    if mentions_name(scope, name) or (place is not None and mentions_name(scope, place)):
        return True
    if not _INITIALISM.fullmatch(name):
        return False
    return re.search(r"\b" + r"\w*[\s-]+".join(name.lower()) + r"\w*", scope) is not None


def _operand_candidates(found: Calculation, hits: list[Hit]) -> list[Candidate]:
    """The candidates ``found``'s operands were read from, with what names each."""
    operands = {(o.hit.chunk.id, o.start) for o in found.operands}
    return [c for c in candidates_of(hits) if _at(c) in operands]


def _named_jointly(c: Candidate, name: str) -> bool:
    """Whether a sentence gives ``c``'s figure to a group ``name`` is one member of: every clause
    writing the name says the members share the figure ("Latin America and the Middle East &
    Africa are reported together as Rest of World, worth USD 16.2 billion")."""
    if c.in_table:
        return False
    writing = [k for k in CLAUSE_END.split(c.label) if mentions_name(k.lower(), name)]
    return bool(writing) and all(shares_figure(k, c.label) for k in writing)


def _at(c: Candidate) -> tuple[str, int]:
    return c.operand.hit.chunk.id, c.operand.start


# "the five online education segments", "四个地区", "三大运营商": the number of things a question adds
# or averages, which is not a number of years ("the two years", "三年").
_COUNTED = re.compile(
    r"\b(?:the|all|these|those) (two|three|four|five|six|seven|eight|nine|ten) (?![\w-]*\s*years?\b)"
    r"|(?<![第前])([两二三四五六七八九十])(?:个|大|家)(?!年)",
    re.IGNORECASE,
)


def _counts_other_things(question: str, found: Calculation) -> bool:
    """Whether ``question`` counts the things it sums or averages and ``found`` adds another number
    of figures: "the average size of the five segments" is not the mean of the total's 2023 and
    2024 sizes."""
    if found.intent.kind not in ("sum", "average"):
        return False
    match = _COUNTED.search(question)
    return match is not None and COUNTS[(match.group(1) or match.group(2)).lower()] != len(found.operands)


def _per_other_things(found: Calculation) -> bool:
    """Whether the amounts ``found`` combines are written per different things (a density per 10,000
    workers against a number of robots, a price per kWh against a market size): no one measure."""
    amounts = [f for f in found.operands if f.measure.unit not in ("%", "pp") and not is_given(f)]
    return any(not same_per(a, b) for a in amounts for b in amounts if a is not b)


def _in_asked_scale(found: Calculation, scale: str) -> Calculation:
    """The result in the scale the question asks for ("by how much did it grow, in million
    cubic metres": 0.09 亿 is 9 million), the formula showing the step."""
    result = found.result
    if not scale or not result.scale or result.scale == scale or result.unit in calc.PERCENT_UNITS:
        return found
    return replace(found, result=calc.rescaled(result, scale))


def calculate_with_givens(question: str, hits: list[Hit]) -> Calculation | None:
    """:func:`calculate`, with the figures ``question`` gives itself as operands: what it asks of them
    (:func:`~.intents.given_intent`) computed from them, and from ``hits`` for what they leave out.
    A calculation from the report's figures stands when they are the very figures given (then a
    passage cites them); one that put the report's figure where the question gave another (the
    report's CAGR for the 8% a year asked) does not, and nothing is computed when the given one
    cannot be."""
    found = calculate(question, hits)
    if given_intent(question) is None:
        return found
    given = premises(question)
    if found is not None and all(any(_restates(o, q) for o in found.operands) for q in given):
        return found
    for group in by_doc(hits) or [[]]:
        computed = given_calculation(question, group)
        if computed is not None:
            return _in_asked_scale(computed, asked_scale(question))
    return None


def _restates(operand: Operand, given: Quantity) -> bool:
    """Whether ``operand`` is the figure ``given`` writes: its value in the same unit and scale."""
    measure = operand.measure
    return measure.unit == given.unit and measure.in_scale(given.scale) == Decimal(given.value)
