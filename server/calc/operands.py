"""Bind an operand to one figure of the retrieved passages: a table cell (row label × column
header) or a quantity of a sentence, found by the subject and year the question names.

Every figure that might be an operand is a :class:`Candidate` with what names it (report
title, section, caption, row or sentence); the functions here choose among them, and return
nothing rather than another subject's figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from reportqa.index.dictionary import character_meaning, character_senses, terms_in, translations
from reportqa.index.keyword import STOPWORDS, english_stem, tokenize
from reportqa.index.places import is_place, place_of, without_longer_places
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.models import Quantity
from reportqa.ingest.normalize import HAN, normalize
from reportqa.ingest.numbers import CAGR as _CAGR
from reportqa.ingest.numbers import CURRENCIES, FISCAL_YEAR, YEAR, stated_unit, table_row_at, years_in
from reportqa.server.calc.calculator import Measure
from reportqa.server.calc.joint import EACH
from reportqa.server.calc.models import Intent, Operand, operand_of
from reportqa.server.calc.subject import (
    PERIOD_WORDS,
    YEAR_ONLY,
    is_generic,
    is_period,
    is_place_word,
    measures_of,
    mentions_name,
    names_in,
    subject_of,
    subject_words,
    translated,
    without_measures,
    writes_any,
    written_in,
)
from reportqa.server.calc.tables import HEADED_UNIT, UNIT_WORD, is_aggregate_row, non_money_column, table_cells

_MARKET_WORDS = re.compile(
    r"market|valued|size|worth|reach|grow|市场|规模|市值|估值|达到|成长|基准|预测|预计|estimated|forecast|base",
    re.IGNORECASE,
)


SHARE_WORDS = re.compile(r"\bshare\b|份额|占比|比重|占", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A figure of a retrieved passage that might be an operand: a sentence's quantity or a table cell."""

    rank: int  # of its hit
    operand: Operand
    label: str  # the table row's label, or the sentence the quantity stands in
    words: frozenset[str]  # what the figure is about, as search tokens
    own: frozenset[str]  # of those, the ones its table row's own label or its sentence says (not its section)
    scope: str  # what names it for a reader, lower-cased: report title, section, caption, row or sentence
    metric: str  # "cagr" for a stated compound annual growth rate, "share" for a stated share
    in_table: bool
    column: frozenset[str] = frozenset()  # what a table cell's column header says, as search tokens
    unit_word: str = ""  # the unit the report writes with a plain figure: "GW" of "9.4 GW" or of "2024 (GW)"
    heading: str = ""  # a table cell's column header as written ("Liquid cooling share of regional market 2024")
    continues: str = ""  # the sentence before, when the figure's sentence goes on about its subject ("这一规模")

    @property
    def year(self) -> int | None:
        return self.operand.measure.year


def _scope(hit: Hit, text: str) -> str:
    return normalize(f"{hit.chunk.title} {hit.chunk.section} {text}").lower()


def passage_written(hit: Hit) -> str:
    """What a passage writes, with its report title and section, normalised and lower-cased."""
    return _scope(hit, hit.chunk.text)


def naming(items: list[Candidate], names: list[str], unlike: tuple[str, ...] = ()) -> list[Candidate]:
    """The candidates whose report, section, caption, row or sentence names every one of
    ``names`` and none of ``unlike`` (the part's own names, when looking for its whole)."""
    return [
        c
        for c in items
        if all(_names_place(c.scope, n) for n in names) and not any(_names_place(c.scope, n) for n in unlike)
    ]


def _names_place(scope: str, name: str) -> bool:
    """:func:`mentions_name`, a place named only as itself: "America" is not in "Latin America";
    a name glued to an acronym ("Europe's EV", "Asia Pacific EV") named as the name and the
    acronym apart, the acronym written or spelled out ("Electric Vehicle" in the report's title).
    An acronym alone ("EV") is named as written: spelled out by every title, it would tell no figure.
    An adjective of place is named by its place too: "Chinese companies'" shipments are 中国企业's."""
    if _names_whole_place(scope, name) or ((place := place_of(name)) is not None and _names_whole_place(scope, place)):
        return True
    words = [_POSSESSIVE.sub("", w) for w in name.split()]
    acronyms = [w for w in words if _ACRONYM.fullmatch(w)]
    rest = " ".join(w for w in words if not _ACRONYM.fullmatch(w))
    return (
        bool(acronyms and rest)
        and all(mentions_name(scope, a) or spells_out(scope, a) for a in acronyms)
        and _names_whole_place(scope, rest)
    )


def _names_whole_place(scope: str, name: str) -> bool:
    places = _place_senses(name) if not HAN.search(scope) else ()
    if places:  # 北美地区 over English text is North America, whole: not the "America" of "Latin America"
        return any(mentions_name(without_longer_places(scope, place), place) for place in places)
    return mentions_name(without_longer_places(scope, name) if is_place(name) else scope, name)


@lru_cache(maxsize=256)  # asked once per candidate's scope, for the same few names of a question
def _place_senses(name: str) -> tuple[str, ...]:
    """The places a Chinese ``name`` is in English, as the dictionary gives its terms (北美地区 is
    "North America"); none for an English name or one naming no place."""
    if not HAN.search(name):
        return ()
    senses = {sense.title() for term in terms_in(name) for sense in term.translations()}
    return tuple(sorted(sense for sense in senses if is_place(sense)))


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Small words a name spelled out holds that its acronym skips ("contract development and manufacturing organisation").
_SKIPPED = r"(?:(?:and|of|for|the|&)\s+)?"


def spells_out(scope: str, acronym: str) -> bool:
    """Whether lower-cased ``scope`` writes the words ``acronym`` stands for, one word for each
    of its letters in order: "electric vehicle" for EV, "in vitro diagnostics" for IVD."""
    words = rf"[\s-]+{_SKIPPED}".join(rf"{re.escape(letter)}[a-z]*" for letter in acronym.lower())
    return re.search(rf"(?<![a-z]){words}(?![a-z])", scope) is not None


# An initialism a question writes ("DTC", "OEM"): three to six capitals. Two (EV, AI) are spelled by
# too many pairs of words by chance.
_SPELLED_INITIALISM = re.compile(r"[A-Z]{3,6}")


def written_out(text: str, name: str) -> bool:
    """Whether lower-cased ``text`` writes the words the initialism ``name`` stands for, one word
    for each of its letters in order, as a report writes a term it never abbreviates: a question's
    DTC (a Chinese analyst's 通过DTC渠道) is the report's "direct-to-consumer channels". The words
    are one hyphenated compound, or none of them is a function word: "due to cost" spells no DTC."""
    if not _SPELLED_INITIALISM.fullmatch(name):
        return False
    pattern = r"[\s-]+".join(rf"({re.escape(letter)}[a-z]*)" for letter in name.lower())
    for found in re.finditer(rf"(?<![a-z]){pattern}(?![a-z])", text):
        hyphenated = not re.search(r"\s", found.group())
        if hyphenated or not any(word in STOPWORDS for word in found.groups()):
            return True
    return False


_CHANGE_COLUMN = re.compile(
    r"\b(?:change|variance|increase|decrease|growth|movement)\b|变动|变化|增减|增长|同比|差异", re.IGNORECASE
)


def _change_under_year(column: str) -> bool:
    """Whether a column header says "Change" below its year ("F18 CHANGE"), not above it
    ("Percent Change" spanning to a "2018" column under it)."""
    ends = [m.end() for pattern in (YEAR, FISCAL_YEAR) for m in pattern.finditer(column)]
    return bool(ends) and bool(_CHANGE_COLUMN.search(column, max(ends)))


_COMPARED = re.compile(
    rf"{YEAR.pattern}\s*(?:vs\.?|versus|compared (?:to|with)|over|对比|较)\s*{YEAR.pattern}", re.IGNORECASE
)


# A column of one year compared with ("Growth vs 2023", "较2023年增长"): the year is the base, not the figure's.
_AGAINST = re.compile(
    rf"(?:\bvs\.?|\bversus|\bcompared (?:to|with)|\bover|\bfrom|较|比|相比)\s*(?:{YEAR.pattern}|{FISCAL_YEAR.pattern})",
    re.IGNORECASE,
)


# A unit the report writes right after a sentence's figure ("9.4 GW").
_UNIT_AFTER = re.compile(rf"\s*({UNIT_WORD})(?![\w-])")


# What a share column names before its share words: "Liquid cooling" of "Liquid cooling share of
# regional market", "液冷" of "液冷占比"; nothing in "Share of 2024 global" or "占中国CDMO市场份额".
_SHARE_HOLDER = re.compile(r"^(?P<holder>.*?)(?:\bshares?\b|占|份额|比重)", re.IGNORECASE)
_MARKET = frozenset({"market", "市场"})


def is_row_share(c: Candidate) -> bool:
    """Whether a table's share cell is its row's own share ("Share of 2024 global", "Market
    share"), not the share of a thing its column names within the row ("Liquid cooling share
    of regional market": liquid cooling's share of the region's market)."""
    found = _SHARE_HOLDER.search(c.heading)
    # A place before the share names the market's place ("2024年中国市场份额"), not a thing of the row.
    return found is None or not {w for w in subject_words(found["holder"]) - _MARKET if not is_place_word(w)}


def candidate_of(figure: Operand, items: list[Candidate]) -> Candidate:
    """The candidate of ``items`` that ``figure`` was found as (its row, column and words)."""
    return next(c for c in items if c.operand is figure)


def same_written_unit(a: Operand, b: Operand, items: list[Candidate]) -> bool:
    """Whether two plain figures are written in one unit ("9.4 GW" and a "2024 (GW)" column),
    so a sentence's figure and a table's meet though neither states a scale."""
    units = {c.unit_word for c in items if c.operand is a or c.operand is b}
    return len(units) == 1 and "" not in units


def _cells(rank: int, hit: Hit) -> list[Candidate]:
    cells = table_cells(hit.chunk)
    # Accounts write the currency on the first and total rows only: one currency in a table is every cell's.
    # One its column's header states ("Revenue (USD million)") is that column's, not "Subscribers (thousand)"'s.
    currencies = {c.unit for c in cells if c.unit in CURRENCIES and not stated_unit(c.column)[0]}
    shared = currencies.pop() if len(currencies) == 1 else ""
    # A caption of one year ("Smart meter shipments by type, 2024") dates every figure under it
    # that neither its column nor its row dates.
    captioned = set(years_in(hit.chunk.context))
    caption_year = list(captioned) if len(captioned) == 1 else []
    column_years = {y for cell in cells for y in years_in(cell.column)}
    # A table whose columns name one year only ("2024年收入 | 同比增长 | 占市场份额") is of that year:
    # a column without a year of its own states that year's figure too.
    table_year = list(column_years) if len(column_years) == 1 else []
    out = []
    for cell in cells:
        # A heading row that is only a date ("December 31, 2019" over "Transaction related",
        # "Total") says when the rows under it are, where the columns name other things.
        period = cell.section if is_period(cell.section) else ""
        # A row's own period cell ("FY2024 (ended Feb 2025)") dates it by the year its label names
        # first: the report's fiscal year, not the calendar year the year ends in.
        own = years_in(cell.period)[:1]
        years = years_in(cell.column) or years_in(cell.row) or own or years_in(period) or caption_year or table_year
        # A column headed by a unit of its own ("Processed volume (kt)", "Share (%)") is not in the money.
        headed = _headed_unit(cell.column)
        # Nor is a column headed by a count ("2024年业务量（亿件）"): 132.7亿件 are no yuan.
        unit = cell.unit or ("%" if headed in ("%", "％") else "" if non_money_column(cell.column) else shared)
        # "2019 vs. 2018 Variance" compares two years, and a "Change" column under a spanning
        # year ("F18 | CHANGE") is the change to that year: neither figure is the year's own.
        year = (
            years[-1] if years and not _COMPARED.search(cell.column) and not _change_under_year(cell.column) else None
        )
        if len(years) == 1 and _AGAINST.search(cell.column):
            # "Growth vs 2023" is the growth to the table's later year, not 2023's figure.
            later = {y for y in column_years if y > years[0]}
            year = later.pop() if len(later) == 1 else None
        measure = Measure(cell.value, unit, cell.scale, year)
        named = cell.row + " " + cell.column
        metric = "cagr" if _CAGR.search(named) else "share" if cell.unit == "%" and SHARE_WORDS.search(named) else ""
        # The row label names the cell, with the label of the row above it that heads its group
        # ("Other" under "Deferred tax liabilities:"); the report's headings are shared by every row.
        row = cell.row or "total"  # a row without a label under figures is their sum
        if YEAR_ONLY.fullmatch(row.strip()) and not years_in(cell.column):
            row = cell.column  # a schedule by year ("2022 | 135 | 6"): the column names what the figure is
        label = f"{cell.section} / {row}" if cell.section and not period else row
        operand = Operand(measure, hit, cell.start, cell.end)
        scope = _scope(hit, f"{hit.chunk.context} {label} {cell.column}")
        out.append(
            Candidate(
                rank,
                operand,
                label,
                subject_words(label),
                subject_words(_named(row)),
                scope,
                metric,
                True,
                subject_words(cell.column) | measures_of(cell.column),
                _headed_unit(cell.column),
                cell.column,
            )
        )
    return out


# A row label's bracket that lists examples of the row ("大分子（抗体、重组蛋白等）", "Other (incl.
# mycoprotein, fava)"): what the row holds, not its name.
_EXAMPLES = re.compile(
    r"\s*[(（](?=[^()（）]*(?:[、,，]|等[)）]|\b(?:incl|including|e\.g|such as|etc)\b|包括|如))[^()（）]*[)）]",
    re.IGNORECASE,
)


def _named(row: str) -> str:
    """A row's name without a bracket of examples: 大分子 of "大分子（抗体、重组蛋白等）", so a
    question naming 大分子 spells out the whole of its row as it does 小分子's."""
    return _EXAMPLES.sub("", row) or row


def _headed_unit(column: str) -> str:
    found = HEADED_UNIT.search(column)
    return found[1] if found else ""


def _written_after(text: str, end: int) -> str:
    found = _UNIT_AFTER.match(text, end)
    return found[1] if found else ""


# What a figure is written per: "万名工人" of "1,012台/万名工人", "kWh" of "USD 120 per kWh", "W" of "0.70元/W降至".
# Not a year's ("USD 5 billion per year" is an annual amount, as a market size is) nor "per cent".
_PER_AFTER = re.compile(
    r"\s*(?:[A-Za-z]{1,5}|[\u4e00-\u9fff]{1,2})?\s*(?:/|／|\bper\b|每)\s*"
    r"(?!cent\b|annum\b|year\b|yr\b|年)([A-Za-z][A-Za-z-]*|[\u4e00-\u9fff]{1,4})",
    re.IGNORECASE,
)


def written_per(figure: Operand) -> str:
    """The thing ``figure`` is written per ("万名工人" of a robot density, "kwh" of a price), lower-cased;
    ``""`` for a plain amount."""
    found = _PER_AFTER.match(figure.hit.chunk.text, figure.end)
    return found[1].lower() if found else ""


def same_per(a: Operand, b: Operand) -> bool:
    """Whether two figures measure per the same thing: a figure per one thing is another measure than an
    amount or a figure per another thing (1,012台/万名工人 is no number of robots to set against 28.2万台).
    A Chinese denominator is read up to four characters (a verb may follow it: "0.95元/W降至"), so one that
    begins the other is the same. A clause writes the unit once for both of its figures ("USD 92 per
    month in 2024 from USD 99 in 2023"); a figure of the next clause is its own measure ("密度为1,012台/万名工人，
    装机量为28.2万台")."""
    per_a, per_b = written_per(a), written_per(b)
    if per_a == per_b:
        return True
    if per_a and per_b and HAN.match(per_a) and HAN.match(per_b):
        return per_a.startswith(per_b) or per_b.startswith(per_a)
    return not (per_a and per_b) and _one_clause(*sorted((a, b), key=lambda f: f.start))


def _one_clause(first: Operand, last: Operand) -> bool:
    """Whether two figures stand in one clause of one passage (:func:`clause_of`)."""
    text = first.hit.chunk.text
    return first.hit is last.hit and clause_of(text, first.start, first.end) == clause_of(text, last.start, last.end)


# The year a Chinese sentence opens on as its time adverbial ("2024年全国快递业务量…", "截至2024年底，…").
_OPENING_YEAR = re.compile(rf"\s*(?:截至|到)?({YEAR.pattern})年(?:底|末|初)?")


def _dated_by_sentence_head(figure: Operand, sentences: list[tuple[int, int]], at: int | None) -> Operand:
    """A figure in a clause after "；" that names no year before it is of the year the sentence's
    first clause opens on: Chinese joins a sentence's parallel clauses with "；", and a date fronted
    before them all is said of all of them ("2024年全国快递业务量完成1,745.8亿件，…；快递业务收入完成
    14,032.6亿元，…，2023年为12,396.3亿元": 14,032.6 is 2024's). The clauses are split apart as
    sentences, so the figure's own read no year; without an opening date it stays without one."""
    text = figure.hit.chunk.text
    if at is None or YEAR.search(text, sentences[at][0], figure.start):
        return figure
    first = _first_clause(text, sentences, at)
    if first == at:
        return figure
    heading = HEADING.match(text, sentences[first][0])  # a passage's first sentence carries its heading
    opening = _OPENING_YEAR.match(text, heading.end() if heading else sentences[first][0])
    return replace(figure, measure=replace(figure.measure, year=int(opening[1]))) if opening else figure


def _first_clause(text: str, sentences: list[tuple[int, int]], at: int) -> int:
    """The first of the sentences that sentence ``at`` continues after "；" on its line."""
    while at and text[sentences[at - 1][1] - 1] == "；" and "\n" not in text[sentences[at - 1][1] : sentences[at][0]]:
        at -= 1
    return at


def _dated_by_paragraph(figure: Operand, quantities: list[Quantity]) -> Operand:
    """A figure its sentence gives no year, in a paragraph whose dated figures are all of one
    year ("Europe was worth USD 2.9 billion in 2024. Germany is the largest market at USD 0.78
    billion"), is of that year; with no dated figure, or two years, it stays without one."""
    text = figure.hit.chunk.text
    start = text.rfind("\n\n", 0, figure.start) + 1
    end = text.find("\n\n", figure.end)
    end = len(text) if end < 0 else end
    years = {
        q.year
        for q in quantities
        if start <= q.start < end and q.year is not None and not q.metric and not _change_from_base(text, q)
    }
    if len(years) != 1 or any(q.period for q in quantities if start <= q.start < end):
        return figure
    return replace(figure, measure=replace(figure.measure, year=years.pop()))


# A change written against its base year ("up 1.6 percentage points from 2023", "较2023年提升1.6个百分点"):
# the year is what it is measured from, not the year of the paragraph's figures (zhen45).
_FROM_BASE_AFTER = re.compile(rf"\s*{_AGAINST.pattern}", re.IGNORECASE)
_FROM_BASE_BEFORE = re.compile(rf"(?:较|比|相比)\s*{YEAR.pattern}年?(?:同期)?(?:增长|提升|上升|下降|减少|提高)?了?\s*$")


def _change_from_base(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a change its text writes against a base year (:data:`_FROM_BASE_AFTER`)."""
    return bool(_FROM_BASE_AFTER.match(text, q.end) or _FROM_BASE_BEFORE.search(text[max(0, q.start - 20) : q.start]))


# A passage's first sentence carries its heading line ("## 二、公有云与私有云\n\n2024年公有云…"),
# which names what the section is about, not what the sentence is.
HEADING = re.compile(r"^#{1,6} .*$", re.MULTILINE)


_BULLET = r"(?:[-*•]\s+)?"  # a list's marker: "- Sales are forecast at …" opens on "Sales"


# The Chinese of "The market reached …", "We expect revenue to …": a sentence opening on a bare
# measure ("市场规模将从2024年的1,486.3亿元增长至…", "我们预计市场规模将…") has no subject of its own.
_ZH_FORECAST = r"(?:我们)?(?:预计|预测|估计)?"
_ZH_GOES_ON = r"(?=将|预计|有望|从|由|在|达|约|为|已|突破|超过|同比|较)"  # a verb or a preposition: no owner between
_ZH_MEASURE_OPENING = rf"{_ZH_FORECAST}(?:市场规模|市场|收入|营收|销售额|销量|出货量){_ZH_GOES_ON}"


# A sentence that opens on its subject's measure or a pronoun ("Revenue grew from USD 982.4
# million in 2023", "It was", "该市场", "其中"), or on the analyst's own forecast of it ("We expect
# revenue to reach USD 92.7 billion by 2030"), goes on about the subject of the sentence before it.
# A forecast whose measure is qualified ("We expect revenue across the industry to reach…") is of
# what qualifies it, not of the subject before.
_CONTINUES = re.compile(
    rf"{_BULLET}(?:(?:it|its|this|that|the market|the segment|revenues?|sales|spending|shipments|volumes?|"
    r"we (?:expect|forecast|estimate|project|anticipate) (?:revenues?|sales|spending|it|the market)(?= to\b))\b|"
    rf"该|其|这一|此|{_ZH_MEASURE_OPENING})",
    re.IGNORECASE,
)


# The owner a measure word that opens a sentence names right after it ("Sales of Xiaomi",
# "Revenue at Siemens Gamesa"): then the sentence has a subject of its own. Only the words
# joined to the measure word count: a name later in the sentence ("Revenue grew from USD 982.4
# million in 2023, as … spread in the United States") is not whose revenue it is.
_OWN_OWNER = re.compile(r"\s+(?:of|at|for|by) (?:the )?(?P<owner>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*)")


# A measure qualified as the whole industry's or market's ("Revenue across the industry", "Sales of
# the overall market", "Revenue industry-wide", 该行业整体收入) is no company's before it: it is the
# industry's own figure, however the sentence before named a company.
_COLLECTIVE = re.compile(
    r"\s*(?:(?:of|at|for|by|across|in|among|throughout) (?:the |all )?(?:[a-z-]+ ){0,3}?"
    r"(?:industry|sector|(?:overall|whole|entire|total|global|worldwide|broader|wider) market)\b|"
    r"(?:industry|market|sector)-wide\b)|行业|全行业|整体|整个|全市场",
    re.IGNORECASE,
)


# An opening that names the market or the industry itself ("The market", 该市场, 该行业): it goes
# on about the market of the sentence before, not about a company that sentence names.
_MARKET_OPENING = re.compile(
    rf"{_BULLET}(?:the (?:market|segment|industry)|该(?:细分)?(?:市场|行业)|这一(?:市场|行业)|"
    rf"{_ZH_FORECAST}市场(?:规模)?{_ZH_GOES_ON})",
    re.IGNORECASE,
)
_MARKET_NAMED = re.compile(r"\bmarkets?\b|\bindustry\b|\bsegments?\b|市场|行业", re.IGNORECASE)


# A date or period a sentence opens on before its subject ("2020年，这一规模为3,729亿元", "In 2020, it was …"):
# the subject after it is what the sentence opens on.
_OPENING_DATE = re.compile(
    rf"(?:(?:in|by|as of|at the end of|截至|到)\s*)?{YEAR.pattern}(?:年(?:底|末|初)?)?\s*[，,]\s*|"
    # "Between 2020 and 2023 the market grew at a CAGR of 41.5%": a period the sentence opens on.
    rf"(?:between|from|over)\s+{YEAR.pattern}\s*(?:and|to|-|–|—)\s*{YEAR.pattern}\s*,?\s*",
    re.IGNORECASE,
)


def _antecedent(text: str, sentences: list[tuple[int, int]], at: int | None) -> str:
    """The sentence before sentence ``at`` in its paragraph when ``at`` continues its subject, else
    ``""``. A sentence whose opening measure word names its own owner ("Sales of Xiaomi reached
    USD 40 billion") or the whole industry ("Revenue across the industry") continues nothing; one
    opening on the market ("The market reached …", 该市场) continues the market the sentence before
    names, without the companies it names ("Acme held 30% of the market in 2023")."""
    if not at:
        return ""
    dated = _OPENING_DATE.match(text, sentences[at][0])
    begin = dated.end() if dated else sentences[at][0]
    opening = _CONTINUES.match(text, begin)
    owner = _OWN_OWNER.match(text, opening.end()) if opening else None
    if opening is None or (owner and names_in(owner["owner"])) or _COLLECTIVE.match(text, opening.end()):
        return ""
    start, end = sentences[at - 1]
    if "\n\n" in text[end : sentences[at][0]]:
        return ""
    before = text[start:end]
    if not _MARKET_OPENING.match(text, begin):
        return before
    if not _MARKET_NAMED.search(before) or _only_the_market(before):
        # "The global X market reached …. We expect revenue to grow …. Between 2020 and 2023 the market grew …":
        # the sentence before goes on about a market named before it; so does one that names it only as
        # "the market" ("We forecast the market to reach USD 112.6 billion by 2031").
        before = _antecedent(text, sentences, at - 1)
        if not _MARKET_NAMED.search(before):
            return ""  # "Acme's revenue was …. The market reached …": no market before to go on about
    for name in names_in(before):
        if not (is_place(name) or place_of(name)):
            before = before.replace(name, " ")
    return before


_THE_MARKET = re.compile(r"\bthe (?:markets?|industry|segments?)\b", re.IGNORECASE)


def _only_the_market(sentence: str) -> bool:
    """Whether ``sentence`` names a market only as "the market" (or the industry, the segment), no word of
    what market it is."""
    return len(_MARKET_NAMED.findall(sentence)) == len(_THE_MARKET.findall(sentence))


# "Asia Pacific's revenue" names Asia Pacific: the tokenizer would keep "pacific'".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?=\s|$)")


def names_all_of(c: Candidate, words: frozenset[str]) -> bool:
    """Whether a candidate's report title, section, caption, row or sentence names every one of ``words``."""
    return words <= subject_words(_POSSESSIVE.sub("", c.scope))


def _alias_words(hit: Hit, words: frozenset[str]) -> frozenset[str]:
    """The words of the other form of each name the report gives in both scripts
    (``chunk.aliases``: "中国体外诊断（IVD）市场" in its title) whose one form ``words`` holds
    whole: a report that defines IVD once writes its market either way ("2024年中国体外诊断市场规模
    为1,327.5亿元", "中国IVD市场规模将达到2,150亿元"), and a question naming it by one form names both."""
    pairs = [(subject_words(latin), subject_words(zh)) for latin, zh in hit.chunk.aliases]
    return frozenset(w for one, other in [*pairs, *((b, a) for a, b in pairs)] if one and one <= words for w in other)


def candidates_of(hits: list[Hit]) -> list[Candidate]:
    """Every figure of ``hits`` (quantities of sentences, cells of tables), in rank order."""
    out: list[Candidate] = []
    for rank, hit in enumerate(hits):
        text = hit.chunk.text
        sentences = split_sentences(text)
        for q in hit.chunk.quantities:
            if table_row_at(text, q.start) is not None:
                continue  # table figures are read as cells, with their column's year
            at = next((i for i, (a, b) in enumerate(sentences) if a <= q.start < b), None)
            sentence = q.subject if at is None else text[slice(*sentences[at])]
            before = _antecedent(text, sentences, at)
            said = f"{before} {sentence}"  # with the sentence it continues
            continues = text[slice(*sentences[at - 1])] if before and at else ""
            if before and at and before.strip() not in continues:  # a market named two sentences back
                continues = f"{before} {continues}"
            words = subject_words(_POSSESSIVE.sub("", said + " " + hit.chunk.section))
            words |= _alias_words(hit, words)
            figure = operand_of(hit, q)
            if q.year is None and not q.metric:
                figure = _dated_by_sentence_head(figure, sentences, at)
            if figure.measure.year is None and not q.metric:
                figure = _dated_by_paragraph(figure, hit.chunk.quantities)
            own = subject_words(
                _POSSESSIVE.sub("", HEADING.sub(" ", sentence))
            )  # a heading above the sentence names its section
            scope = _scope(hit, said)
            unit = _written_after(text, q.end)
            out.append(
                Candidate(
                    rank, figure, sentence, words, own, scope, q.metric, False, unit_word=unit, continues=continues
                )
            )
        out.extend(_cells(rank, hit))
    return out


def pick(candidates: list[Candidate], lang: str, near: Operand | None = None) -> Operand | None:
    """The best candidate: a higher-ranked passage, about the market, in the question's language, next to ``near``."""

    def cost(c: Candidate) -> float:
        penalty = (0 if _MARKET_WORDS.search(c.label) else 3) + (0 if c.operand.hit.chunk.lang == lang else 0.5)
        return c.rank + penalty - (1 if near is not None and c.operand.hit is near.hit else 0)

    return min(candidates, key=cost).operand if candidates else None


def _amounts_first(chosen: list[Candidate], subject: frozenset[str]) -> list[Candidate]:
    """Without the percentages that stand beside an amount of the same row and year ("2019:
    $M | %" under one spanning year): those are the amount's share of a total, not the figure;
    unless the percentage's column names more of what is asked than the amount's ("国产化率
    2024年" beside "市场规模（亿元） 2024年" for 免疫诊断的国产化率)."""
    amounts: dict[tuple[str, str, int | None], int] = {}
    for c in chosen:
        if c.operand.measure.unit != "%":
            key = (c.operand.hit.chunk.id, c.label, c.year)
            amounts[key] = max(amounts.get(key, 0), len(c.column & subject))
    return [
        c
        for c in chosen
        if c.operand.measure.unit != "%"
        or len(c.column & subject) > amounts.get((c.operand.hit.chunk.id, c.label, c.year), -1)
    ]


_SENTENCE_MARGIN = 3  # subject words a sentence must name beyond the best row's to cast doubt on it


def another_says_more(found: list[Operand], items: list[Candidate], subject: frozenset[str], lang: str) -> bool:
    """Whether a sentence of the bound operands' report says more of ``subject`` in its own words
    than every operand's sentence or row does, each of which says a thing of its own besides: the
    question asks about that sentence's thing ("Memory-related equipment spending grew 18.4%"),
    and the operands are a wider market's ("Global sales of semiconductor manufacturing equipment
    reached USD 117.1 billion … from USD 106.3 billion"). Only what each sentence itself writes
    counts: a report's title, a heading or a header block names every figure of its report. Only
    in the language the operands are written in, by the subject's words in that language (the question's
    own, or, for English operands under a Chinese question, their senses: 存储相关设备的支出 is "memory",
    "related", "equipment" and "spending", and the operands' sentence must write one of them), never both: a
    bilingual header block ("客服中心市场 … Call Centers Market by Service Type …") writes the subject twice,
    not more of it."""
    written = {f.hit.chunk.lang for f in found}
    across = written != {lang}
    # Across languages only English operands under a Chinese question: jieba's words of a Chinese sentence
    # meet an English question's many Chinese senses by chance (车辆 of "vehicle" beside 商用车).
    if len(written) != 1 or (across and (written != {"en"} or lang != "zh")):
        return False
    named = {
        w
        for w in subject - measure_forms(subject) - PERIOD_WORDS
        if bool(HAN.search(w)) == (written == {"zh"}) and not is_generic(w)
    }
    bound = [c for c in items if c.operand in found]
    said = {(c.operand.hit.chunk.id, c.label) for c in bound}
    others = [
        d
        for d in items
        if not d.in_table
        and d.operand.hit.chunk.doc_id == found[0].hit.chunk.doc_id
        and (d.operand.hit.chunk.id, d.label) not in said
    ]

    def own(c: Candidate) -> frozenset[str]:  # with the sentence it goes on from ("Sales are forecast at …")
        return c.own | subject_words(_POSSESSIVE.sub("", c.continues)) if c.continues else c.own

    def says_less(c: Candidate, d: Candidate) -> bool:
        # Across languages the operand's sentence must write some of the subject's senses itself: one that
        # writes none ("Parcel volumes rose to 8.7 billion" for 包裹量, whose senses are "package", "bundle")
        # was missed by the dictionary, not said of another thing.
        grounded = not across or bool(named & own(c))
        return grounded and named & own(c) < named & d.own and bool(own(c) - subject - d.own - PERIOD_WORDS)

    return bool(bound) and all(any(says_less(c, d) for d in others) for c in bound)


def about_subject(
    subject: frozenset[str],
    items: list[Candidate],
    pool: list[Candidate],
    lang: str = "",
    kind: list[Candidate] | None = None,
    asked: frozenset[str] = frozenset(),
    question: str = "",
) -> list[Candidate] | None:
    """The candidates of ``pool`` that are about ``subject``, best matches only (``kind``: every
    candidate of the kind of figure asked, whatever its year or unit; all ``items`` when ``None``;
    ``asked``: the whole question's words, when ``subject`` is one of the things it names;
    ``question``: the question as written, whose row labels it spells whole).

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
        # Rows of a table are not told apart by rank: the first (Align) is no row of 时代天使.
        rows = {(c.operand.hit.chunk.id, c.label) for c in pool if c.in_table}
        only_rows = all(c.in_table for c in pool)
        return None if (same_language and lang) or (len(rows) > 1 and only_rows) else pool
    if max((len(subject & c.words) for c in pool), default=0) == 0 or _meets_only_the_title(subject, items, lang):
        return None
    # A sentence that shares only the measure with the question ("行业整体收入在2024年达到90.0亿元"
    # for 华测检测收入) is another thing's figure when some figure names the thing measured.
    thing = subject - measure_forms(subject)
    if thing and any(thing & c.words for c in items):
        pool = [c for c in pool if c.in_table or thing & c.words]
        # A sentence naming part of what another of its passage names with more of the question, and a
        # thing of its own besides ("Agriculture drones were … USD 4.2 billion in 2023" beside "The global
        # commercial drone market was …"), is about that thing: the subject has no figure here.
        named = thing - PERIOD_WORDS  # "February 2016" and "October 2018" say when, not what

        stating = {(c.operand.hit.chunk.id, c.label) for c in pool}  # sentences with a figure of their own here

        def elsewhere(c: Candidate) -> bool:
            return any(
                named & c.words < named & d.words and c.own - subject - d.words - PERIOD_WORDS
                for d in items
                if not d.in_table
                and d.operand.hit is c.operand.hit
                and (d.operand.hit.chunk.id, d.label) not in stating
            )

        pool = [c for c in pool if c.in_table or not elsewhere(c)]
        if not pool:
            return None

    # A row whose column measures another thing than the question asks (出货量 for "revenue") is not the
    # figure where a sentence of the pool states the measure asked ("其储能业务收入为412.8亿元").
    asked_measures = frozenset(w for w in subject if w.startswith("#"))
    # Only for a measure named by one kind of word: "sales" counts units as often as money (new-energy bus sales).
    measure_stated = (
        bool(asked_measures)
        and bool(question)
        and not _COUNTED_OR_PAID.search(question)
        and any(not c.in_table and asked_measures & measures_of(c.label) for c in pool)
    )

    def measures_other(c: Candidate) -> bool:
        return measure_stated and c.in_table and _measures_other(c, asked_measures)

    pool = [c for c in pool if not measures_other(c)]
    if question and lang:
        # "quality education" over 职业教育 | 素质教育: 教育 matches both, but 职业 ("vocation") names a kind the
        # question does not and "quality" one the row does not. Across languages that row is another thing.
        pool = [c for c in pool if not _named_apart(c, question, subject, lang)]
        if not pool:
            return None

    asides: dict[int, tuple[int, bool]] = {}  # rank() reads each candidate many times: read its label once

    def aside(c: Candidate) -> tuple[int, bool]:
        if id(c) not in asides:
            asides[id(c)] = _meant_aside(c, subject, question)
        return asides[id(c)]

    def coverage(c: Candidate) -> float:  # how much of a row's own label the question spells out
        if not c.in_table or not c.own:
            return 0.0
        # A label whose words the tokenizer leaves out (同 and 城 of 同城快递) is not spelled by its
        # remaining words alone: a Chinese question naming 快递, not writing the label, names part of it.
        # (A question in English writes no Chinese label: 光电类 is all its "photoelectric" can name, but
        # for a character left out of one meaning that it does not write, below.)
        cut = bool(HAN.search(question)) and not _own_is_whole(c) and not _writes_label(question, c)
        return len(subject & c.own) / (len(c.own) + (cut or aside(c)[1]))

    # Of sentences under one heading ("公有云与私有云"), the one that names the subject itself
    # ("私有云市场规模为2,643.4亿元") over the one that names it only through the heading.
    def rank(c: Candidate) -> tuple[bool, int, bool, float, int]:
        return (
            coverage(c) == 1.0,
            len(subject & c.words) + aside(c)[0],
            c.in_table,
            coverage(c),
            len(subject & c.own) * (not c.in_table),
        )

    top = max(rank(c) for c in pool)
    further = _said_further_than_place(subject, pool, [c for c in pool if rank(c) == top])
    if further:
        pool = further
        top = max(rank(c) for c in pool)
    if not top[2]:
        # A table cell is about its row and its column together: "电网侧（独立储能）" under "2024年新增装机（GW）"
        # spells 电网侧新增装机 more fully than the best sentence, the whole's "新增装机规模为43.7GW", does,
        # when its row names a thing of the question that sentence does not (a column naming the
        # subject over rows of its parts, "2024年中国IVD收入" over 安图生物, names no row).
        written = frozenset().union(*(c.words for c in pool if rank(c) == top))
        distinct = [c for c in pool if c.in_table and (subject & c.words) - written]
        fuller = max((len(subject & (c.words | c.column)) for c in distinct), default=0)
        if fuller > top[1]:
            pool = [c for c in distinct if len(subject & (c.words | c.column)) == fuller]
            top = max(rank(c) for c in pool)
    # A table row of the kind of figure asked (``kind``) that names more of the subject but has
    # no figure for this year or unit is what the question means: a lesser row of the pool
    # would be another subject's figure.
    # A place's own row is not, where a sentence of the pool says more of the subject than it does.
    # A sentence that writes the row's label and states a year after the row's is its forecast; a row of
    # shares ("Last-mile delivery | 58.4%") is no other figure of an amount a sentence states (a cost in USD).
    tops = [d for d in pool if rank(d) == top and not d.in_table]
    amounts = bool(tops) and all(d.operand.measure.unit not in ("%", "pp") for d in tops)
    if any(
        c.in_table
        and rank(c)[:2] > top[:2]
        and not _said_further_than_place(subject, pool, [c])
        and not any(_forecasts_row(c, t, items) for t in tops)
        and not (amounts and c.operand.measure.unit in ("%", "pp"))
        and not measures_other(c)
        for c in (items if kind is None else kind)
    ):
        return None
    chosen = _amounts_first([c for c in pool if rank(c) == top], subject)
    if not top[2] and chosen:
        # Of sentences that name the subject alike, those that name it before their figure or in its clause
        # ("2024年，中国云计算市场规模达到8,264.2亿元"), not only after it, in a remark or another figure's clause
        # ("2024年中国数字经济规模为53.9万亿元，云计算是其重要的基础设施": the digital economy's). Figures of one
        # sentence are told apart later, by the words each stands next to.
        leading: dict[tuple[str, str], int] = {}
        for c in chosen:
            key = (c.operand.hit.chunk.id, c.label)
            leading[key] = max(leading.get(key, 0), len(subject & (c.words - _words_after(c))))
        most = max(leading.values())
        chosen = [c for c in chosen if leading[(c.operand.hit.chunk.id, c.label)] == most]
    if not top[2]:
        # So is a sentence's figure that says no year and names the subject at least as well, with
        # less else in its own clause that names it, or names more of it: it may be the year asked
        # ("CDMO市场规模为842.6亿元" beside "2024年中国医药外包服务市场规模为1,486.2亿元"; "医药冷链…市场规模为
        # 1,012亿元" beside "2024年，全国冷链物流总额达到9.1万亿元" for 医药冷链).
        best = max(_precision(c, subject) for c in chosen)
        said = {(c.operand.hit.chunk.id, c.label) for c in chosen}
        if any(
            not c.in_table
            and c.year is None
            and not c.metric
            and (c.operand.hit.chunk.id, c.label) not in said
            and c.operand.measure.unit == chosen[0].operand.measure.unit
            and subject & clause_words(c)  # "against USD 1,050/kW for PEM systems" names no subject of its own
            and (
                len(subject & c.words) > top[1] or (len(subject & c.words) == top[1] and _precision(c, subject) > best)
            )
            for c in (items if kind is None else kind)
        ):
            return None
    # A sentence that names much more of what the question asks than the best row ("amounts
    # capitalized to internal use software related to continuing operations" over the row
    # "Internal use software") is what the question paraphrases: the row may be another figure.
    # When that sentence states the row's figure itself ("sales reached USD 117.1 billion" and the
    # Total row's 117.1), the two agree and the row stands.
    named = subject - PERIOD_WORDS
    row_named = len(named & subject_words(chosen[0].scope))  # the row read with its table's caption and headings
    better = {
        (c.operand.hit.chunk.id, c.label)
        for c in items
        if not c.in_table and len(named & subject_words(c.scope)) >= row_named + _SENTENCE_MARGIN
    }
    stated = {(c.operand.hit.chunk.id, c.label) for c in items if not c.in_table and same_figure(c, chosen[0])}
    if top[2] and better - stated:
        return None
    # A row whose whole label the question names beside the chosen row's words ("Other" in
    # "Other deferred tax liabilities" over "Total deferred tax liabilities") may be the one meant.
    unnamed = subject - chosen[0].words
    if any(c.in_table and c.own and c.own <= subject and c.own & unnamed and _own_is_whole(c) for c in items):
        return None
    # A row of the year asked that names more of the question, with its group's heading ("Basic
    # earnings per share (cents per share) / Continuing operations"), than the fully named row
    # ("… used in earnings per share / Basic earnings per share"): either may be the one meant.
    if top[0] and any(c.in_table and len(subject & c.words) > top[1] for c in pool):
        return None
    # Two table rows that match the question equally well, or one row with two columns of
    # that year ("2019: amount | % of sales"): which one it means is a guess, unless the
    # question's other words name one column ("阿里云和华为云合计占IaaS市场多少份额" over
    # "IaaS市场份额 | PaaS市场份额": the row is 阿里云's, the column the whole question's). The
    # unit a column is written in ("(GW)") says how it counts, not what: "in GW" names no column.
    cells = [c for c in chosen if c.in_table]
    if question and len({(c.label, c.operand.hit.chunk.id) for c in cells}) > 1 and len({c.own for c in cells}) == 1:
        chosen = cells = _written_whole(cells, question)
    if len({c.year for c in cells}) < len(cells):
        chosen = cells = _by_column(
            _by_column(cells, _beyond_row(subject, cells)), asked - {c.unit_word.lower() for c in cells}
        )
    if len({(c.label, c.operand.hit.chunk.id) for c in cells}) > 1 or len({c.year for c in cells}) < len(cells):
        return None
    return chosen


_COUNTED_OR_PAID = re.compile(r"\bsales?\b|销售|销量", re.IGNORECASE)


def _measures_other(c: Candidate, asked: frozenset[str]) -> bool:
    """Whether table cell ``c``'s column measures something, and none of the ``asked`` measures."""
    measured = _kinds_measured(frozenset().union(*(measures_of(w) for w in c.column)))
    return bool(measured) and not measured & _kinds_measured(asked)


def _kinds_measured(measures: frozenset[str]) -> frozenset[str]:
    """``measures`` with a market's size and revenue as one kind: a segment's size (规模) is what it sells."""
    return frozenset("#amount" if m in ("#size", "#revenue") else m for m in measures)


def _named_apart(c: Candidate, asked: str, subject: frozenset[str], lang: str) -> bool:
    """Whether ``c`` is a table row in the other language than the question's whose own label names a
    thing that no word of ``subject`` (the question's words and their senses) is, and the question
    (``asked``, the thing as written) names a thing no word of the row's label or scope is, by any
    sense: two kinds of one thing (职业教育 "vocational", and "quality education"), not one. A word
    the dictionary gives no sense can say nothing either way."""
    if not c.in_table or c.operand.hit.chunk.lang == lang:
        return False
    label = _GLOSS.sub(" ", c.label.rsplit("/ ", 1)[-1])  # "电网侧（独立储能）": the bracket glosses the row
    reach = c.words | subject_words(c.scope)
    return _modifies_unmet(label, lambda w: _meets(w, subject)) and _modifies_unmet(asked, lambda w: _meets(w, reach))


_GLOSS = re.compile(r"[（(][^（()）]*[)）]")


def _modifies_unmet(text: str, met: Callable[[str], bool]) -> bool:
    """Whether ``text`` writes a thing word that is not ``met`` right before one that is: a modifier the other
    side does not write of a head both write (职业 of 职业教育, "quality" of "quality education")."""
    named = subject_words(text)
    words = [w for w in tokenize(text) if w in named]
    return any(_thing_word(a) and not met(a) and _thing_word(b) and met(b) for a, b in zip(words, words[1:]))


def _thing_word(word: str) -> bool:
    """Whether ``word`` names a kind of thing the dictionary can read: not a period, a place, a measure
    or a generic word, and with some sense."""
    return (
        word not in PERIOD_WORDS
        and not is_place_word(word)
        and not measures_of(word)
        and not is_generic(word)
        and bool(translations(word))
    )


def _meets(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``words``, or one of its senses is, or a word of one of its senses
    ("quality" of 素质's "inner quality"), or a sense of one of them is it."""
    if word in words:
        return True
    senses = translations(word)
    if any(sense.lower() in words or subject_words(sense) & words for sense in senses):
        return True
    return any(word in subject_words(sense) for other in words for sense in translations(other))


# Where a sentence ends: its mark, or a full stop that is no decimal point.
_SENTENCE_MARK = re.compile(r"[。！？!?\n]|(?<!\d)\.(?!\d)")


def _words_after(c: Candidate) -> frozenset[str]:
    """The subject words a sentence's figure ``c`` has after its own clause only (:func:`clause_of`), in a
    remark or in another figure's clause, and not before it: "云计算是其重要的基础设施" after "中国数字经济规模为
    53.9万亿元", "在线教育约占5.4%" after "全国教育经费总投入为6.5万亿元". A clause before the figure's names what
    it is of ("North America held 43.3% …, generating USD 541.3 million")."""
    text = c.operand.hit.chunk.text
    _, end = clause_of(text, c.operand.start, c.operand.end)
    opening = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, c.operand.start)), default=0)
    closing = _SENTENCE_MARK.search(text, end)
    after = text[end : closing.start() if closing else len(text)]
    return subject_words(after) - subject_words(text[opening:end])


def _said_further_than_place(subject: frozenset[str], pool: list[Candidate], best: list[Candidate]) -> list[Candidate]:
    """The sentences of ``pool`` that name the place a best-matching table row is labelled by alone
    and a thing of ``subject`` that row does not write anywhere (its report, section, caption, label
    or column): "China installed 5.1 GW of the 9.4 GW offshore total" is China's offshore figure, the
    row "China" of a table of all wind installations by region is not; "domestic brands took 48.5%
    of Chinese sportswear sales" is the brands' share, the row "China" the country's sales. A row
    whose label names a thing ("Offshore wind") is not read so, nor are sentences of another report.
    Empty when no best row is a place's alone."""
    rows = [c for c in best if _place_only(c)]
    if not rows:
        return []
    places = frozenset().union(*(c.own for c in rows))
    things = {
        w
        for w in subject - measure_forms(subject) - PERIOD_WORDS
        if not is_place_word(w) and not is_generic(w) and not any(written_in(w, c.scope) for c in rows)
    }
    docs = {c.operand.hit.chunk.doc_id for c in rows}
    return [
        c
        for c in pool
        if not c.in_table
        and c.operand.hit.chunk.doc_id in docs
        and places & c.own
        and any(written_in(w, c.label.lower()) for w in things)
    ]


def _place_only(c: Candidate) -> bool:
    """Whether ``c`` is a table cell whose row's own label names a place and nothing else ("China")."""
    return c.in_table and bool(c.own) and all(is_place_word(w) for w in c.own)


def _beyond_row(subject: frozenset[str], cells: list[Candidate]) -> frozenset[str]:
    """The words of ``subject`` that the row label of ``cells`` does not write: a word the row already
    says tells none of its columns apart. "通达快递" names the row 通达快递; its 快递 in the column
    "2024年快递收入（亿元）" made that column the company's figure where the question asked 业务量."""
    return subject - frozenset().union(*(c.own for c in cells))


def _written_whole(cells: list[Candidate], question: str) -> list[Candidate]:
    """Of rows whose own words are the same (新一线城市 and 一线城市 are both 一线 and 城市 to the
    tokenizer), the row whose whole label the question writes, the longest one: a question about
    一线城市 writes no 新一线城市. All of ``cells`` when it writes none, or two of that length."""
    inside = {_row_label(c) for c in cells if _writes_label(question, c)}
    longest = max(inside, key=len, default="")
    if not longest or sum(len(name) == len(longest) for name in inside) > 1:
        return cells
    return [c for c in cells if _row_label(c) == longest]


def _row_label(c: Candidate) -> str:
    """A table cell's own row label, lower-cased, without the heading of its group."""
    return c.label.rsplit("/ ", 1)[-1].strip().lower()


def _writes_label(question: str, c: Candidate) -> bool:
    """Whether ``question`` writes the row label of ``c`` whole (an English one as words of its own)."""
    text, name = question.lower(), _row_label(c)
    if not name:
        return False
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _meant_aside(c: Candidate, subject: frozenset[str], question: str) -> tuple[int, bool]:
    """For an English ``question`` and a Chinese row label, the characters its words leave out that have
    one meaning (新 of 新一线城市, "new"): how many of those meanings the question writes, and whether it
    leaves one unwritten. "new tier-1 cities" names the row 新一线城市 over 一线城市; "tier-1 cities" the
    row 一线城市 over 新一线城市, which is another kind of city."""
    if not c.in_table or not question or HAN.search(question):
        return 0, False
    aside = set(HAN.findall(_row_label(c))) - set("".join(c.own))
    meanings = [m for m in map(character_meaning, sorted(aside)) if m]
    met = sum(subject_words(m) <= subject for m in meanings)
    return met, met < len(meanings) or _modifier_unwritten(c, subject)


def _modifier_unwritten(c: Candidate, subject: frozenset[str]) -> bool:
    """Whether the characters that open a Chinese row label before its first word the tokenizer reads
    (同 and 城 of 同城快递, whose words are only 快递) are left unwritten by an English question, whatever
    their number of meanings: a Chinese compound writes its modifier first, so what stands before the
    head names a kind of it (同城快递 is the intra-city kind of 快递), which "express delivery volume"
    does not ask. A character after the words read (类 of 光电类, "kind") closes the label and names no
    kind; a leading character of one meaning is :func:`_meant_aside`'s own."""
    read = set("".join(c.own))
    leading = []
    for character in HAN.findall(_row_label(c)):
        if character in read:
            break
        leading.append(character)
    if not read or len(leading) == len(HAN.findall(_row_label(c))):
        return False
    return any(
        not character_meaning(character)
        and not any((words := subject_words(sense)) and words <= subject for sense in character_senses(character))
        for character in leading
    )


def _own_is_whole(c: Candidate) -> bool:
    """Whether a row's own words spell its whole label: the search tokens of 同城快递 are 同, 城 and
    快递, and a question naming 快递 does not name that row."""
    label = c.label.rsplit("/ ", 1)[-1]
    return set(HAN.findall(label)) <= set("".join(c.own))


def _meets_only_the_title(subject: frozenset[str], items: list[Candidate], lang: str) -> bool:
    """Whether, over passages all in the other language, the only things of ``subject`` that any
    figure's words meet are acronyms the report's title writes (CDMO of 中国医药合同研发生产（CDMO）
    市场研究报告), while a thing the question names beside them meets none ("peptide", which the
    dictionary does not carry to the row 多肽与寡核苷酸): the acronym names the whole report, so the
    figure it finds would be the whole's, taken for the part's."""
    if not lang or not items or any(c.operand.hit.chunk.lang == lang for c in items):
        return False
    things = {w for w in subject - measure_forms(subject) - PERIOD_WORDS if not is_place_word(w) and not is_generic(w)}
    met = things & frozenset().union(*(c.words for c in items))
    acronyms = {a.lower() for c in items for a in _ACRONYM.findall(c.operand.hit.chunk.title)}
    if not met or not met <= acronyms:
        return False
    # The question's own words (its language's script): each met itself or through a sense.
    own = {w for w in things if bool(HAN.search(w)) == (lang == "zh")}
    return any(w not in met and not {s.lower() for s in translations(w)} & met for w in own)


def names_less(stated: Operand, base: Operand, items: list[Candidate], subject: frozenset[str]) -> bool:
    """Whether the figure ``stated`` of another year leaves out a word of the subject that the ``base``
    figure writes, so is of another, wider thing: 中国IVD市场规模's 1,380亿元 in 2023 is not
    国产IVD企业海外收入, which only 2024's 312.6亿元 and its growth give."""
    thing = subject - measure_forms(subject)
    return bool(thing & candidate_of(base, items).words - candidate_of(stated, items).words)


def measure_forms(subject: frozenset[str]) -> frozenset[str]:
    """The words of ``subject`` that say only what is measured (revenue, 收入 and their translations)."""
    return frozenset(form for word in subject if measures_of(word) for form in subject_of(word))


def names_a_figure(term: str, items: list[Candidate]) -> bool:
    """Whether some figure's words name the thing ``term`` names, its words besides the measure
    (a term of a measure alone names every figure). One of two things a question names that no
    figure names ("防晒" where the table writes "Sun care") has no figure here: ranking would
    give it the first row's."""
    words = subject_of(term)
    thing = words - measure_forms(words)
    return not thing or any(thing & c.words for c in items)


# A full stop followed by a space ends a sentence after a figure too ("… in 2024. Europe's …"); a
# decimal point never has a space after it.
# Full-width marks end a clause before a figure too ("…云计算市场。2024年中国数字经济规模…"); only an ASCII comma
# or point may sit inside a number.
CLAUSE_END = re.compile(r"[，；。！？\n]|[,;!?](?!\d)|(?<!\d)\.(?!\d)")
# Where one figure's clause gives way to the next one's: a clause's end, or a conjunction that
# opens another subject's ("2.8 GW went to China and Europe took 0.8 GW", "…, while Asia …").
_CLAUSE_BREAK = re.compile(rf"{CLAUSE_END.pattern}|\s(?:and|while|whereas|but)\s|而|并且", re.IGNORECASE)


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause the figure at ``start:end`` of ``text`` stands in: from the break
    before it to the break after it. Every rule that reads a figure's own words reads this span."""
    lead = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    rest = _CLAUSE_BREAK.search(text, end)
    return lead, rest.start() if rest else len(text)


def clause_text(figure: Operand) -> str:
    """The clause a sentence's figure stands in (:func:`clause_of`): "up 21.8% year on year" of "…
    USD 3,105.6 million in 2024, up 21.8% year on year, or about 19.2% of the global market"."""
    text = figure.hit.chunk.text
    return text[slice(*clause_of(text, figure.start, figure.end))]


def clause_words(c: Candidate) -> frozenset[str]:
    """The subject words of the clause that leads into a sentence's figure ("其中CDMO市场规模为")."""
    text = c.operand.hit.chunk.text
    lead, _ = clause_of(text, c.operand.start, c.operand.end)
    return subject_words(text[lead : c.operand.start])


def _precision(c: Candidate, subject: frozenset[str]) -> int:
    """How much of the subject a sentence figure's own clause names, less what else it names:
    "2024年中国医药外包服务市场规模为1,486.2亿元" is the whole's figure, and "其中CDMO市场规模为842.6亿元"
    the CDMO market's, which a question about CDMO asks for though both sentences name as much."""
    words = clause_words(c)
    return len(words & subject) - len(words - subject)


def same_figure(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates state one figure (one value in one unit, whatever the scale's spelling)."""
    x, y = a.operand.measure, b.operand.measure
    if x.unit and y.unit and x.unit != y.unit:
        return False
    return x.value == (y.in_scale(x.scale) if x.scale and y.scale else y.value)


def _by_column(cells: list[Candidate], subject: frozenset[str]) -> list[Candidate]:
    """Of one row's figures under several columns of a year ("Shares | Weighted average
    fair value"), those whose column names most words of the question the other columns lack
    ("Accounts Receivable, Gross" over "Accounts Receivable, Net" for "gross accounts receivable")."""
    # Words count by their stems: "installed" names the "Installations 2024 (GW)" column.
    asked = frozenset(english_stem(w) for w in subject)
    columns = [frozenset(english_stem(w) for w in c.column) for c in cells]
    common = frozenset.intersection(*columns)
    most = max(len((column - common) & asked) for column in columns)
    return [c for c, column in zip(cells, columns, strict=True) if len((column - common) & asked) == most]


# Measures of one kind: a market's size and its revenue are both its value; volumes and shares are others.
_MEASURE_KINDS = {"#size": "value", "#revenue": "value", "#volume": "volume", "#share": "share"}


_SALES = frozenset({"sales", "sale", "sold"})
# Words that name money taken in, never a count: with them, a sales word is the glossary's "sales revenue".
_REVENUE = frozenset({"revenue", "revenues", "收入", "营业收入"})


def _other_measure(subject: frozenset[str], c: Candidate) -> bool:
    """Whether a table cell's column measures another kind of thing than the question names
    ("Revenue 2023" for "Europe's shipments"): its row names the subject, its figure is not it.
    A cell or a sentence's figure in a currency is no count a question asks alone, whatever its header says ("2024 (USD
    billion)" is no GWh shipped); a share or a sales figure asked may be money ("per share")."""
    if not c.in_table:  # nor is a sentence's money that says what it measures ("generated revenue of USD 32.5 billion")
        return _money_for_a_count(subject, c) and measures_another(subject, measures_of(c.label))
    # A column headed by a bare year ("| Region | 2023 | 2024 |") measures what its caption names.
    column = caption_measures(c) if headed_by_year(c) else c.column
    return measures_another(subject, column) or _money_for_a_count(subject, c)


# A column header that is a year and nothing else: "2024", "2024年", "FY2024", "2024E".
_BARE_YEAR = re.compile(r"(?:FY)?\s?(?:19|20)\d{2}\s?(?:年|E|F|A)?", re.IGNORECASE)


def headed_by_year(c: Candidate) -> bool:
    """Whether a table cell's column header is a year and nothing else, so says nothing of what it measures."""
    return bool(_BARE_YEAR.fullmatch(c.heading.strip()))


def caption_measures(c: Candidate) -> frozenset[str]:
    """The measures a table cell's caption or section names, which are its column's where the header is a
    bare year (:func:`headed_by_year`): "Table 1. Smart meter revenue by region, USD billion" over "| Region |
    2023 | 2024 |". The report's title is left out: "Market Report" names the whole report, not this table."""
    title = c.operand.hit.chunk.title.lower()
    return measures_of(without_label(c).replace(title, " ", 1))


def without_label(c: Candidate) -> str:
    """A table cell's scope without its row's own label: the title's "Global" of "Global Smart Meter
    Market Report" stays when the row labelled "Global" is read, though the label says no more than
    that the row is the total."""
    label = c.label.lower()
    head, found, tail = c.scope.rpartition(label)
    return f"{head} {tail}" if found else c.scope


def _money_for_a_count(subject: frozenset[str], c: Candidate) -> bool:
    """Whether ``c`` is an amount of money where ``subject`` asks only a count (出货量, shipments)."""
    counted = {t for t in subject if t in _MEASURE_KINDS} == {"#volume"} and not subject & _SALES
    return counted and c.operand.measure.unit in CURRENCIES


def measures_another(subject: frozenset[str], words: frozenset[str]) -> bool:
    """Whether ``words`` (a column's, a sentence's) measure another kind of thing than the question
    names: revenue (收入) is not shipments (出货量)."""
    asked = {_MEASURE_KINDS[t] for t in subject if t in _MEASURE_KINDS}
    # "sales of new-energy buses" may be counted in units (销量) as well as in money; revenue may not, though
    # the glossary's "sales revenue" gives an English "revenue" the word "sale" too.
    if asked and subject & _SALES and not subject & _REVENUE:
        asked.add("volume")
    said = {_MEASURE_KINDS[t] for t in words if t in _MEASURE_KINDS}
    return bool(asked) and bool(said) and not asked & said


def find_figure(
    items: list[Candidate],
    subject: frozenset[str],
    year: int | None,
    lang: str,
    amounts_only: bool,
    near: Operand | None = None,
    unit: str | None = None,
    no_rates: bool = False,
    term: str = "",
    whole: bool = False,
    asked: frozenset[str] = frozenset(),
    question: str = "",
    listed_with: tuple[str, ...] = (),
) -> Operand | None:
    """The figure about ``subject`` for ``year`` (any year when ``None``), in ``unit`` when given;
    with ``no_rates``, not a percentage (a share of a share, or a ratio of rates, is not asked);
    with ``whole``, the whole of a share, which a sentence's own clause must not say is another thing.
    When the best figures are several of one sentence, the one ``term`` (one of two things a
    question names) stands right before; ``asked``, the whole question's words, tells apart
    the columns of the row found, where ``subject`` is one of the things the question names;
    ``question``, as written, the rows its words name alike; ``listed_with``, the other things the
    question lists with ``term``, whose words tell no one of them apart in one sentence."""
    kind = [
        c
        for c in items
        if (c.in_table or c.operand.measure.unit not in ("%", "pp") or not amounts_only)
        and not (no_rates and c.operand.measure.unit in ("%", "pp"))
        and not _other_measure(subject, c)
    ]
    # Two things named in one sentence share its year ("CATL held 37.9% in 2024, followed by BYD at 17.2%"),
    # a rate dating an amount as well ("took 58.6% of … revenue in 2024 and ended the year with 4.9 million
    # subscribers"), though no rate is asked.
    dated = {(c.operand.hit.chunk.id, c.label) for c in items if term and not c.in_table and c.year == year}
    pool = [
        c
        for c in kind
        if (year is None or c.year == year or (c.year is None and (c.operand.hit.chunk.id, c.label) in dated))
        and (unit is None or c.operand.measure.unit == unit)
    ]
    among = _about_the_thing(pool, subject) if whole else pool
    if listed_with and not question and lang == "en":
        # One thing of an English list over Chinese rows ("higher academic education and education
        # informatization services" over 职业教育 | 高等学历教育 | 教育信息化服务): a row naming another kind of
        # the head word they share is another thing, as for a question that names one thing (about_subject
        # reads the question for that; the term is all the question writes of this thing), and so is a
        # row another thing of the list names by more words: it is that thing's. Chinese rows only: a
        # Chinese label writes its kind before a head word its siblings share (职业|教育), which an English
        # one does not ("Body care", "Sun care" share only "care" with 特护, whose figure it is not).
        others = [subject_of(other) for other in listed_with]
        among = [
            c
            for c in among
            if c.operand.hit.chunk.lang != "zh"
            or not (
                _named_apart(c, term, subject, lang)
                or (c.in_table and any(len(other & c.words) > len(subject & c.words) for other in others))
            )
        ]
    about = about_subject(subject, items, among, lang, kind, asked, question)
    if about is None and near is not None:
        about = _continuing(pool, near, items)
    if not about:
        return None
    if (
        term
        and len(about) > 1
        and len({(c.operand.hit.chunk.id, c.label) for c in about}) == 1
        and not about[0].in_table
    ):
        return _after(about, term, listed_with, question)
    # The sentence the first figure found goes on from ("冷链物流市场规模…为5,361亿元…。2020年，这一规模为
    # 3,729亿元") states the other year's figure of its thing, whatever sentence ranks higher.
    continued = {(c.operand.hit.chunk.id, c.continues) for c in items if near is not None and c.operand is near}
    if len(about) < len(pool) or any(c.in_table for c in about):
        # The other year's figure of one thing stands in the sentence of the first one found
        # ("规模达到8,264.2亿元…2023年为6,976.5亿元"), not in a higher-ranked sentence that
        # names as much ("数字经济规模为53.9万亿元").
        beside = continued | {
            (c.operand.hit.chunk.id, c.label) for c in items if near is not None and c.operand is near
        }
        best = min(
            about,
            key=lambda c: (
                (c.operand.hit.chunk.id, c.label) not in beside,
                c.rank,
                -(near is not None and c.operand.hit is near.hit),
            ),
        )
    else:
        chosen = pick([c for c in about if (c.operand.hit.chunk.id, c.label) in continued] or about, lang, near)
        best = next(c for c in about if c.operand is chosen)
    # Of several figures the chosen sentence states ("China installed 5.1 GW of the 9.4 GW
    # offshore total"), the one the term's words go with, not the first.
    siblings = [
        c
        for c in about
        if not c.in_table and (c.operand.hit.chunk.id, c.label) == (best.operand.hit.chunk.id, best.label)
    ]
    return _after(siblings, term, listed_with, question) if term and len(siblings) > 1 else best.operand


# Verbs that carry a figure ("reached", "rose to", "was worth"): they say what happened to a thing, not which.
FIGURE_VERB = re.compile(
    r"[a-z]+ed|(?:reach|rise|rose|fall|fell|grow|grew|stand|stood|hit|total|amount|come|came|make|made|"
    r"generate|record|post|climb|drop|jump|increase|decrease|decline|expand)(?:s|es|ing)?|up|down|worth|was|were|"
    r"完成|实现|突破|约为|降至|升至|增至|攀升|下降|上升|合计",
)


def _things(words: frozenset[str]) -> set[str]:
    """The words of ``words`` that name a thing: not a place, a period, a measure, an asking word or a verb."""
    return {
        w
        for w in words - PERIOD_WORDS
        if not w.startswith("#")
        and not measures_of(w)
        and not is_generic(w)
        and not is_place_word(w)
        and not FIGURE_VERB.fullmatch(w)
    }


_SENTENCE_END = re.compile(r"(?<=\.)\s")


def _about_the_thing(pool: list[Candidate], subject: frozenset[str]) -> list[Candidate]:
    """``pool`` without the sentence figures whose own clause names a thing and none of the things
    ``subject`` names ("2024年中国数字经济规模为53.9万亿元" for "China's cloud market": it shares only
    the place), when some figure's clause names no other thing: what a figure is about is what
    its own clause says, not what the rest of its sentence or its passage names ("云计算是其重要的
    基础设施"). All of ``pool`` when every figure names another thing (the words may be a paraphrase)."""
    # Without the other language's senses of a place (唐山 and 中华 are senses of "China").
    places = frozenset().union(*(subject_of(w) for w in subject if is_place_word(w)))
    thing = _things(subject) - places
    if not thing:
        return pool

    def another(c: Candidate) -> bool:
        # A thing the dictionary gives no word for in the figure's language (IVD is 体外诊断) cannot be told.
        if not any(bool(HAN.search(w)) == (c.operand.hit.chunk.lang == "zh") for w in thing):
            return False
        text = c.operand.hit.chunk.text
        lead, end = clause_of(text, c.operand.start, c.operand.end)
        # The clause on both sides of the figure: English names the thing after it ("3.6 million public chargers").
        # A full stop and a space end a sentence, after a year too ("… in 2024. Europe's construction output was").
        before = _SENTENCE_END.split(text[lead : c.operand.start])[-1]
        clause = _POSSESSIVE.sub("", f"{before} {text[c.operand.end : end]}")
        said = _things(subject_words(clause))
        # A thing's name as written, which the tokenizer may cut (体外诊断 into 体外 and 诊断).
        written = any(w.lower() in clause.lower() for w in thing if len(w) > 1)
        return not c.in_table and bool(said) and not written and not any(subject_of(w) & thing for w in said)

    kept = [c for c in pool if not another(c)]
    return kept or pool


def in_one_paragraph(a: Operand, b: Operand) -> bool:
    """Whether figures ``a`` and ``b`` stand in one paragraph of one passage: no blank line between them."""
    text = a.hit.chunk.text
    return a.hit is b.hit and "\n\n" not in text[min(a.start, b.start) : max(a.end, b.end)]


def _continuing(pool: list[Candidate], near: Operand, items: list[Candidate]) -> list[Candidate] | None:
    """The one figure of ``pool`` in a later sentence of ``near``'s paragraph that names nothing
    ``near``'s sentence does not, in its unit: that sentence goes on about the same subject
    ("2024年，中国云计算市场规模达到8,264.2亿元…我们预计…到2030年将达到2.1万亿元")."""
    first = next((c for c in items if c.operand is near and not c.in_table), None)
    if first is None:
        return None
    later = [
        c
        for c in pool
        if not c.in_table
        and c.operand.start > near.end
        and in_one_paragraph(c.operand, near)
        and c.operand.measure.unit == near.measure.unit
        and c.own <= first.own
    ]
    return later if len(later) == 1 else None


def _after(figures: list[Candidate], term: str, listed_with: tuple[str, ...] = (), within: str = "") -> Operand | None:
    """Of several figures of one sentence, the one whose lead-in (the words since the figure
    before it) names most of ``term`` ("CATL held 37.9%, followed by BYD at 17.2%": BYD's is
    17.2); ``None`` when no lead-in names it, or two name it as well (another language,
    another wording). A word several lead-ins name ("份额" before two companies' shares) tells
    none apart, and a sentence in the term's own language is read in its words, not their
    translations ("sales" of 销售易 is not in "Salesforce"). Words ``term`` shares with the things
    listed with it (the measure of "Mars Petcare's and Nestlé Purina's pet food net sales",
    written once, with the first figure) tell none of them apart. When several lead-ins name ``term``
    alike, the one naming a phrase of ``within`` (the whole name ``term`` is told apart in) that ends
    nearest its end, its head, is it (:func:`_head_named`; "组件产量为588 GW，组件出口量为235.9 GW，光伏产品出口
    总额为320.5亿美元": the module output exported is 组件出口量, not the exports of all PV products)."""
    same_language = bool(HAN.search(term)) == (figures[0].operand.hit.chunk.lang == "zh")
    words = _term_words(term, same_language).difference(*(_term_words(other, same_language) for other in listed_with))
    ordered = sorted(figures, key=lambda c: c.operand.start)

    def says(lead: str, word: str) -> bool:  # a Chinese word in Chinese text is read as written
        return word in lead if same_language and HAN.search(word) else mentions_name(lead, word)

    # What is measured ("份额", "market", "installations") names no one of the things: a lead-in must
    # name the thing itself ("New installations rose to 121.3 GW …, of which 9.4 GW was offshore").
    thing = words & _term_words(without_measures(term), same_language) or words
    named = [w for w in thing if not (SHARE_WORDS.fullmatch(w) or _MARKET_WORDS.fullmatch(w))]

    def one_naming(said: list[str]) -> Operand | None:
        telling = [w for w in named if sum(says(part, w) for part in said) == 1]
        # A thing named outweighs a measure named: a sentence writes its measure once, before the first
        # of the figures it lists, and it is every figure's ("North America held 43.3% of global revenue,
        # generating USD 541.3 million; the United States alone accounted for USD 478.9 million": the
        # United States' revenue is the second figure, though "revenue" leads into the first).
        scores = [
            (sum(says(part, w) for w in telling if not measures_of(w)), sum(says(part, w) for w in telling))
            for part in said
        ]
        best = max(scores)
        if best[1] and scores.count(best) == 1:
            return ordered[scores.index(best)].operand
        tied = (
            [i for i, score in enumerate(scores) if score == best]
            if best[1]
            else [i for i, part in enumerate(said) if any(says(part, w) for w in named)]
        )
        if not tied:
            return None
        # A name's head is its last word ("PV module output": module output, of PV): the lead-in naming a
        # phrase of it ending nearest the end wins ("mobile phone" is 手机, neither word alone).
        by_rest = [_head_named(said[i], within, words, same_language, says) for i in tied]
        return ordered[tied[by_rest.index(max(by_rest))]].operand if by_rest.count(max(by_rest)) == 1 else None

    return _respectively(ordered, term, words, says) or one_naming([clause.lower() for clause in _own_clauses(ordered)])


# What lists the things of a "respectively" clause: 、 和 与 及, "and" (a comma ends the clause).
_LISTED = re.compile(r"\s*(?:、|和|与|及|\band\b)\s*", re.IGNORECASE)


def _respectively(
    ordered: list[Candidate], term: str, words: frozenset[str], says: Callable[[str, str], bool]
) -> Operand | None:
    """Of the figures a sentence gives its listed things in order ("中公教育、粉笔和高途…的份额分别为8.6%、7.9%
    和5.2%"), the one at the place of the thing ``term`` names in the list; ``None`` unless the clause
    says so (分别, 各自, respectively; an English list's clause ends at its "and", so it is not read), lists as
    many things as figures, and ``term``'s words name exactly one of them. Each figure's own lead-in
    names none of the things but the first, so reading lead-ins gives them all the first's figure."""
    text = ordered[0].operand.hit.chunk.text
    start, end = clause_of(text, ordered[0].operand.start, ordered[0].operand.end)
    listed = [c.operand for c in ordered if start <= c.operand.start and c.operand.end <= end]
    lead = text[start : listed[0].start]
    in_lead = EACH.search(lead)
    if (in_lead or EACH.search(text[listed[-1].end : end])) is None or len(listed) < 2:
        return None
    named = lead[: in_lead.start()] if in_lead else lead
    things = [t for t in _LISTED.split(named) if t.strip()]
    if len(things) != len(listed):
        return None
    naming = [i for i, thing in enumerate(things) if any(says(thing.lower(), w) for w in words)]
    return listed[naming[0]] if len(naming) == 1 else None


# A word of a name as written, English or a run of Chinese.
_WORD = re.compile(r"[A-Za-z][\w-]*|[\u4e00-\u9fff]+")


def _head_named(
    lead: str, name: str, told: frozenset[str], same_language: bool, says: Callable[[str, str], bool]
) -> tuple[int, int]:
    """How near the end of ``name`` (its head) the phrases of it that ``lead`` writes end, and how long the
    longest of those is, other than the ``told`` words; (-1, 0) when it writes none."""
    words = _WORD.findall(_POSSESSIVE.sub("", name))
    said = [
        (end, end - start)
        for end in range(len(words))
        for start in range(max(end - 2, 0), end + 1)
        if any(says(lead, w) for w in _term_words(" ".join(words[start : end + 1]), same_language) - told)
    ]
    return max(said, default=(-1, 0))


def _term_words(term: str, same_language: bool) -> frozenset[str]:
    """The words ``term`` names a thing by in a sentence: its own, its names, and in a sentence of
    the other language their translations. A possessive is no part of the name: the tokenizer
    would keep "li-cycle'" of "Li-Cycle's revenue", which no sentence writes."""
    term = _POSSESSIVE.sub("", term)
    return subject_words(term) | set(names_in(term)) | (frozenset() if same_language else translated(term))


def _own_clauses(ordered: list[Candidate]) -> list[str]:
    """What each of the figures of one sentence (in order) is said of: its lead-in
    and the rest of its clause, read together ("of which 9.4 GW was offshore" names its part
    after it; "3.6 million public EV chargers" before and after). They are bounded by the
    figures beside it: the words between two figures are the first one's rest up to a break and
    the second one's lead after it, never both; without a break they lead into the second
    ("5.1 GW of the 9.4 GW offshore total")."""
    text = ordered[0].operand.hit.chunk.text
    lead = max(text.find(ordered[0].label), 0)
    ends = lead + len(ordered[0].label)  # the sentence's ("… in 2024. Within Asia" is two)
    # A heading on the line above ("## 二、制造与出口") is the section's, not the first figure's lead-in.
    lead = text.rfind("\n", lead, ordered[0].operand.start) + 1 or lead
    clauses = []
    for i, c in enumerate(ordered):
        rest = min(clause_of(text, c.operand.start, c.operand.end)[1], ends)
        after = ordered[i + 1].operand.start if i + 1 < len(ordered) else len(text)
        clauses.append(f"{text[lead : c.operand.start]} {text[c.operand.end : rest] if rest < after else ''}")
        lead = rest if rest < after else c.operand.end
    return clauses


def _sentence_clauses(figure: Candidate, items: list[Candidate]) -> tuple[list[str], int]:
    """The own clauses of the figures of ``figure``'s sentence (:func:`_own_clauses`), in order,
    and where ``figure``'s stands among them."""
    siblings = sorted(
        (c for c in items if not c.in_table and c.operand.hit is figure.operand.hit and c.label == figure.label),
        key=lambda c: c.operand.start,
    )
    return _own_clauses(siblings), next(i for i, c in enumerate(siblings) if c is figure)


def own_clause(figure: Candidate, items: list[Candidate]) -> str:
    """What a sentence's figure is said of (:func:`_own_clauses`), among the figures of its sentence."""
    clauses, at = _sentence_clauses(figure, items)
    return clauses[at]


def said_of(figure: Candidate, items: list[Candidate]) -> str:
    """What a sentence's figure is said of: its own clause, and where that writes no subject but
    measures and periods, the clauses of the figures before it too, whose subject it goes on
    about: 450.9 of "其中化学发光占免疫诊断市场的86.5%，规模为450.9亿元" is 化学发光's, and $7.8B
    of "Resale and second-hand sportswear rose from $4.5B in 2022 to $7.8B in 2024" resale's."""
    clauses, at = _sentence_clauses(figure, items)
    said = clauses[at]
    while at and (not _writes_a_subject(said) or _GOES_ON.match(clauses[at])):
        at -= 1
        said = f"{clauses[at]} {said}"
    return said


# A clause that opens on "and" and a verb goes on about the subject of the clause before: 4.9 million of
# "Starlink … took 58.6% of … revenue in 2024 and ended the year with 4.9 million subscribers" is Starlink's.
_GOES_ON = re.compile(rf"\s*(?:and|but)\s+(?:then\s+)?(?:{FIGURE_VERB.pattern})\b", re.IGNORECASE)


def _writes_a_subject(clause: str) -> bool:
    """Whether ``clause`` writes a word besides measures, periods and words that name nothing
    (a place is a subject: "，其中广东省为385.6亿件" is Guangdong's)."""
    return any(not is_generic(w) for w in subject_words(without_measures(clause)) - PERIOD_WORDS)


# "5.1 GW of the 9.4 GW offshore total": a figure's unit, then "of" and the figure of the whole it is part of.
_OF_THE_NEXT = re.compile(r"\s*[^\W\d]{0,12}\s+of\s+(?:the\s+|a\s+)?$")


def _whole_it_is_of(figure: Candidate, items: list[Candidate]) -> str:
    """The clause of the figure right after a sentence's ``figure`` when ``figure`` is written as a part
    of it ("China installed 5.1 GW of the 9.4 GW offshore total": the 5.1 GW are offshore too), else ""."""
    clauses, at = _sentence_clauses(figure, items)
    siblings = sorted(
        (c for c in items if not c.in_table and c.operand.hit is figure.operand.hit and c.label == figure.label),
        key=lambda c: c.operand.start,
    )
    if at + 1 >= len(siblings):
        return ""
    between = figure.operand.hit.chunk.text[figure.operand.end : siblings[at + 1].operand.start]
    return clauses[at + 1] if _OF_THE_NEXT.fullmatch(between) else ""


def said_of_another(figure: Candidate, items: list[Candidate], term: str) -> bool:
    """Whether a sentence's figure is said of a company, or of a place where ``term`` (a whole)
    names one, that ``term`` does not name in either language, nor the report's title:
    "吉利远程新能源商用车销量为4.3万辆" is no figure of "全国新能源商用车销量", where
    "中国新能源商用车销量为53.2万辆" of 中国新能源商用车市场研究报告 is."""
    if figure.in_table:
        return False
    own = f"{term} {figure.operand.hit.chunk.title}".lower()
    # A whole that names no place is the report's market, wherever its sentence says that is (中国).
    places = any(is_place_word(n) for n in names_in(term))
    clause = HEADING.sub(" ", own_clause(figure, items)).lstrip(" -*•\n")  # "## Executive Summary" names no one
    # A name is read as written or by its own senses (欧洲 is "Europe"), not its senses' (吉利's "car").
    return any(
        not mentions_name(own, name.lower()) and not translated(name) & subject_words(own)
        for name in names_in(clause)
        if (places if is_place_word(name) else not (name.isascii() and clause.startswith(name)))
        # "Global sales …" opens on a capital: no name (Chinese has no capitals to mislead)
    )


_A_YEAR = re.compile(rf"{YEAR.pattern}年?")


def names_the_part(part: Operand, items: list[Candidate], term: str, whole: str) -> bool:
    """Whether what ``part`` is said of writes a word the share's part (``term``) names that its
    whole does not, or a dictionary sense of one: a table cell's row and column, a sentence
    figure's own clause. "Japan" is not "South Korea generated USD 8.7 billion, and Japan and
    India together accounted for most of the rest", nor 户用光伏 the row 分布式光伏: another
    thing's figure is no part's. True when the part names no word of its own, or only what the
    report's title names (风电 of 中国风电报告, "China" of 中国…报告), which names every figure of it."""
    # Without possessives and years, which the tokenizer would glue to a name (年瑞幸 of 2024年瑞幸咖啡).
    term, whole = (_POSSESSIVE.sub("", _A_YEAR.sub(" ", t)) for t in (term, whole))
    titled = subject_of(part.hit.chunk.title)
    shared = subject_of(whole)
    own = [
        w
        for w in subject_words(term) - subject_words(whole) - PERIOD_WORDS
        if not measures_of(w) and not subject_of(w) & titled
    ]
    # Its senses: each word's, and those of the phrases that write one of them ("power stations" is 电站; not
    # "trucks" of "battery-swapping trucks … heavy truck sales", the whole's thing), less the whole's.
    phrases = " ".join(t.written for t in terms_in(term) if subject_words(t.written) & set(own))
    forms = set(own).union(*(subject_of(w) for w in own), translated(phrases) if own else ()) - shared - titled
    found = candidate_of(part, items)
    row = f"{found.label.rsplit('/ ', 1)[-1]} {found.heading}"
    # A sentence that goes on about the one before ("Its enterprise revenue … was USD 9.84 billion" after "DJI
    # remained the largest vendor") is said of what that one names.
    said = row if found.in_table else f"{said_of(found, items)} {_whole_it_is_of(found, items)} {found.continues}"
    said = said.lower()
    # Each form as written: a sense of a sense is noise (东瀛, a sense of "Japan", is "east").
    return not own or any(w in said for w in forms)


def stated_cagr(
    items: list[Candidate], subject: frozenset[str], lang: str, near: Operand, over: tuple[int, int] | None = None
) -> Operand | None:
    """The CAGR the passages state for ``subject``, closest to ``near``; with ``over``, only one
    whose words write no year outside that period (:func:`_over_period`), to set beside the one
    implied for it."""
    rates = [c for c in items if c.metric == "cagr" and c.operand.measure.unit == "%"]
    if over is not None:
        rates = [c for c in rates if _over_period(c, over)]
    about = about_subject(subject, items, rates, kind=rates)
    return pick(about, lang, near) if about else None


def _over_period(rate: Candidate, period: tuple[int, int]) -> bool:
    """Whether the years a stated rate's own words write (its column's header, or its clause) all
    fall within ``period``: "a CAGR of 5.3% over 2024-2030" is no rate of 2022-2024, and "a CAGR of
    9.0% through 2030" one of 2024-2030."""
    own = rate.heading if rate.in_table else clause_text(rate.operand)
    years = years_in(own) or ([] if rate.in_table else years_in(_sentence_before(rate.operand)))
    return all(period[0] <= year <= period[1] for year in years)


def sentence_span(figure: Operand) -> tuple[int, int] | None:
    """The offsets of the sentence ``figure`` stands in, in its hit's text; ``None`` outside any sentence."""
    return next(((a, b) for a, b in split_sentences(figure.hit.chunk.text) if a <= figure.start < b), None)


def _sentence_before(figure: Operand) -> str:
    """The words of ``figure``'s sentence up to it: a period fronted before the sentence's clauses is said
    of all of them ("2020—2024年，市场规模的复合增长率为31.2%" is a rate of 2020—2024)."""
    span = sentence_span(figure)
    return figure.hit.chunk.text[span[0] if span else figure.start : figure.start]


def _by_years(
    years: list[int], items: list[Candidate], subject: frozenset[str], lang: str, amounts_only: bool, question: str
) -> list[Operand] | None:
    """The subject's figure for each of ``years`` in turn, each after the first found near the one
    before; ``None`` when one is missing."""
    found: list[Operand] = []
    for year in years:
        # One thing's figures over the years are all amounts or all rates: USD 1.15 in 2023 is not 58.4% in 2024.
        # (Two currencies are still found, to be refused with the reason.)
        rate = bool(found) and found[0].measure.unit in ("%", "pp")
        figure = find_figure(
            items,
            subject,
            year,
            lang,
            amounts_only,
            found[0] if found else None,
            unit=found[0].measure.unit if rate else None,
            no_rates=bool(found) and not rate,
            question=question,
        )
        if figure is not None and found and figure.measure.unit != found[0].measure.unit:
            # "2024年工业机器人销量为29.5万台，2023年为28.2万台" beside "按销售额计…612亿元": "sales" names both, and
            # the year's figure in the unit of the sentence that states the other year is the thing's.
            alike = find_figure(
                items, subject, year, lang, amounts_only, found[0], unit=found[0].measure.unit, question=question
            )
            figure = alike if alike is not None and _one_sentence(found[0], alike) else figure
        if figure is None:
            return None
        found.append(figure)
    return found


def _one_sentence(first: Operand, last: Operand) -> bool:
    """Whether two figures stand in one sentence of one passage."""
    if first.hit is not last.hit:
        return False
    low, high = sorted((first.end, last.start))
    return re.search(r"[。！？；]|[.!?;](?:\s|$)", first.hit.chunk.text[low:high]) is None


def figures_by_year(
    intent: Intent, items: list[Candidate], subject: frozenset[str], lang: str, amounts_only: bool, question: str = ""
) -> list[Operand] | None:
    """The subject's figures for the years the ``question`` names, earliest first; an
    average of one named year is that year's and the year before's (opening and closing balances)."""
    years = sorted(set(intent.years))
    if intent.kind == "average" and len(years) == 1:
        years = [years[0] - 1, years[0]]
    if len(years) < 2:
        return None
    ends = years if intent.kind in ("average", "sum") else years[:1] + years[-1:]
    found = _by_years(ends, items, subject, lang, amounts_only, question)
    if found is None:
        return None
    if intent.kind == "average" and len(intent.years) == 1 and any(written_per(f) for f in found):
        return None  # a year's figure per something (ARPU "USD 92 per month") is that year's average itself
    # A forecast's end year is stated once, beside where it grows from ("市场规模将从2024年的120.0亿元增长至
    # 2030年的300.0亿元") or after the sentence that states it: its base is the one found near it, not
    # another figure of the start year ranked higher that only ties with it on the subject's words.
    # Only when the end year's figure found first is the one found after the start year's: an end year
    # sought alone may be another thing's (a 2024 total beside "2020年，这一规模为3,729亿元").
    if intent.kind == "implied_cagr" and not _one_sentence(*found):
        backwards = _by_years(ends[::-1], items, subject, lang, amounts_only, question)
        found = backwards[::-1] if backwards and backwards[0] == found[-1] else found
    # A table's figures of one thing over the years stand in one row: another row is another thing.
    rows = {row_of(f, items) for f in found}
    if len(rows) > 1 and any(row is not None for row in rows) and not _row_and_its_sentence(found, items):
        return _along_the_row(found, ends, items) if len(rows - {None}) == 1 else None
    return found


def _along_the_row(found: list[Operand], years: list[int], items: list[Candidate]) -> list[Operand] | None:
    """The figures of the one table row among ``found`` for each of ``years``, from the column its cell stands
    in ("业务量（亿件） 2023年" and "… 2024年"), when the row has one such cell for each: one year's figure bound to
    the row of the thing asked ("西部地区 | 138.1 | 177.1"), the other to a sentence the same words matched
    ("2024年可循环快递包装使用量达到12.6亿次"), is the row's two years."""
    row = next(r for r in (row_of(f, items) for f in found) if r is not None)
    cell = next(
        c
        for c in items
        if c.in_table and (c.operand.hit.chunk.id, c.label) == row and any(c.operand is f for f in found)
    )
    column = _A_YEAR.sub(" ", cell.heading).strip()
    along: list[Operand] = []
    for year in years:
        cells = [
            c.operand
            for c in items
            if c.in_table
            and (c.operand.hit.chunk.id, c.label) == row
            and c.year == year
            and c.operand.measure.unit == cell.operand.measure.unit
            and _A_YEAR.sub(" ", c.heading).strip() == column
        ]
        if len(cells) != 1:
            return None
        along += cells
    return along


def _row_and_its_sentence(found: list[Operand], items: list[Candidate]) -> bool:
    """Whether the figures ``found`` are one table row's and sentences that write that row's label: a
    report tabulates the actual year and states its forecast in prose ("| Delivery and logistics | 2,273.6 |"
    and "we expect delivery and logistics revenue to reach USD 9.6 billion by 2030")."""
    rows = {row for row in (row_of(f, items) for f in found) if row is not None}
    if len(rows) != 1:
        return False
    cells = [c for f in found if row_of(f, items) is not None for c in items if c.operand is f]
    sentences = [c for f in found if row_of(f, items) is None for c in items if c.operand is f]
    return bool(sentences) and all(_forecasts_row(cells[0], s, items) for s in sentences)


_SHORTEST_HAN_LABEL = 3  # characters: 三线及以下城市, 注射类; a two-character label (收入, 其他) is a common word


def _forecasts_row(cell: Candidate, sentence: Candidate, items: list[Candidate]) -> bool:
    """Whether ``sentence`` states a forecast of ``cell``'s table row: it writes the row's own label, a thing
    of two words or more ("crop spraying" of "we expect crop spraying revenue to reach…"; "Total", "Global"
    and "Others" name no one thing), for a year after every year the row tabulates."""
    label = cell.label
    own = label.split(" / ")[-1].lower()
    short = len(own.split()) < 2 if own.isascii() else len(own) < _SHORTEST_HAN_LABEL
    if is_aggregate_row(label) or short:
        return False
    row = (cell.operand.hit.chunk.id, label)
    tabulated = [c.year for c in items if c.in_table and (c.operand.hit.chunk.id, c.label) == row and c.year]
    if sentence.year is None or not tabulated or sentence.year <= max(tabulated):
        return False
    return bool(re.search(rf"(?<![a-z]){re.escape(own)}(?![a-z])", sentence.label.lower()))


_AVERAGE_STATED = re.compile(r"\baverage\b|\bmean\b|平均", re.IGNORECASE)
# What an average is of, as written right after the word: "gross margin" of "the average gross
# margin in 2024", 毛利率 of "行业平均毛利率是多少" and of "行业平均毛利率为35.8%".
_AVERAGED = re.compile(
    r"(?:\baverage|\bmean) (?P<en>[a-z][a-z -]{0,40}?)(?= in | for | of | was | is | were |\?|,|$)|"
    r"平均(?P<zh>[\u4e00-\u9fff]{2,8}?)(?=是|为|达|在|的|约|有|？|\?|，|$)",
    re.IGNORECASE,
)


def states_average(question: str, items: list[Candidate]) -> bool:
    """Whether a sentence of the passages states the very average the question asks for ("2024年CDMO
    行业平均毛利率是多少？" over "2024年CDMO行业平均毛利率为35.8%"): a figure to quote, not to compute."""
    asked = _AVERAGED.search(question)
    if asked is None:
        return False
    measure = (asked["en"] or asked["zh"]).lower()
    # Written "average" and the measure, whatever verb follows ("The average residential ARPU fell to USD 92").
    stated = re.compile(rf"(?:\baverage|\bmean|平均)\s*{re.escape(measure)}(?![a-z])", re.IGNORECASE)
    return any(stated.search(c.label) for c in items if not c.in_table) or _states_average_across(
        measure, question, items
    )


# What a passage's sentence says an average is of, read up to its verb or what follows the measure: "rotor
# diameter" of "The average rotor diameter of onshore turbines installed in 2024 was 172 m", 储能时长 of
# "新型储能项目平均储能时长为2.3小时".
_AVERAGE_OF = re.compile(
    r"(?:\baverage|\bmean) (?P<en>[a-z][a-z -]{0,40}?)(?= in | for | of | was | is | were | stood | rose | fell |"
    r" reached | came | at |,|\.|;|:|$)|"
    r"平均(?P<zh>[\u4e00-\u9fff]{2,8}?)(?=是|为|达|在|的|约|有|较|由|从|[^\u4e00-\u9fff]|$)",
    re.IGNORECASE,
)


def _states_average_across(measure: str, question: str, items: list[Candidate]) -> bool:
    """Whether a sentence written in the other language than ``question`` states an average of the measure
    it asks for, named by a dictionary sense ("2024年新装陆上风机的平均叶轮直径是多少米" over "The average rotor
    diameter of onshore turbines installed in 2024 was 172 m": 直径 is "diameter"). That figure is quoted: a
    mean of the sentence's two years' averages is no answer. Only the words the sentence writes right after
    "average" are read, so its "average rated power" states no diameter."""
    asked_in = "zh" if HAN.search(question) else "en"
    words = {w for w in subject_words(measure) if not is_generic(w)}
    if not words:
        return False
    for c in items:
        if c.in_table or c.operand.hit.chunk.lang == asked_in:
            continue
        for found in _AVERAGE_OF.finditer(normalize(c.label)):
            written = (found["en"] or found["zh"]).lower()
            if any(written_in(w, written) for w in words):
                return True
    return False


def averages_another_measure(question: str, found: list[Operand], items: list[Candidate]) -> bool:
    """Whether ``question`` names the measure it averages (平均安装价格, "the average selling price")
    and one of the figures ``found`` for it stands where none of that measure is written, in either
    language: a region's market value by year is not its average installed price."""
    asked = _AVERAGED.search(question)
    if asked is None:
        return False
    measure = asked["en"] or asked["zh"]
    if measures_of(measure):  # "retail sales", 销量: a measure the tags already hold to a row's
        return False
    scopes = {id(c.operand): c.scope for c in items}
    return any(id(f) in scopes and not writes_any(measure, scopes[id(f)]) for f in found)


def row_over_years(items: list[Candidate], subject: frozenset[str], lang: str) -> list[Operand] | None:
    """The figures of the table row about ``subject``, one per year column, earliest first,
    when it has two or more and every figure of the row has a year; ``None`` when a sentence
    states an average of the subject itself (that figure is quoted, not recomputed)."""
    if any(not c.in_table and _AVERAGE_STATED.search(c.label) and subject & c.words for c in items):
        return None
    first = find_figure([c for c in items if c.in_table], subject, None, lang, amounts_only=False)
    row = row_of(first, items) if first else None
    if row is None:
        return None
    cells = [c for c in items if c.in_table and (c.operand.hit.chunk.id, c.label) == row]
    years = [c.year for c in cells]
    if len(cells) < 2 or None in years or len(set(years)) != len(years):
        return None
    return [c.operand for c in sorted(cells, key=lambda c: c.year or 0)]


def row_of(figure: Operand, items: list[Candidate]) -> tuple[str, str] | None:
    """The (passage, row label) of a table figure; ``None`` for a figure of a sentence."""
    return next(((c.operand.hit.chunk.id, c.label) for c in items if c.operand is figure and c.in_table), None)
