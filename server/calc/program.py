"""Compute what a question asks from the figures of the passages retrieved for it: the
question's operation (:mod:`.intents`), its operands bound to figures of one report
(:mod:`.operands`, :mod:`.families`), and the arithmetic (:mod:`.calculator`), so every input
of a result has a citation.
"""

from __future__ import annotations

import re

from reportqa.index.dictionary import translations
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import detect_language
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.families import (
    ON_PAIR,
    complement,
    convert_asked_amount,
    convert_figure,
    implied_value,
    on_pair,
    part_of,
    projection,
    table_percentages,
)
from reportqa.server.calc.intents import detect
from reportqa.server.calc.models import Calculation, Intent
from reportqa.server.calc.operands import Candidate, candidates_of, figures_by_year, naming, row_over_years, stated_cagr
from reportqa.server.calc.subject import mentions_name, names_in, subject_of, subject_words, translated

# A sum over a table's rows is asked in words of adding ("the sum of the impacts"), not of a
# stated total ("一共有多大容量"), and never of some rows ("the top three", "前三大").
_EVERY_ROW = re.compile(
    r"^(?!.*(?:\btop\b|\bfirst \w+\b|\bleading\b|\blargest\b|前[一二三四五六七八九十\d]))"
    r".*(?:\bsum\b|\badd up\b|\bcombined\b|总和|之和|加起来|合计)",
    re.IGNORECASE,
)


def _by_doc(hits: list[Hit]) -> list[list[Hit]]:
    """Hits grouped by report, best report first: operands of one result come from one report."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.chunk.doc_id, []).append(hit)
    return list(groups.values())


def _compute(intent: Intent, question: str, hits: list[Hit], lang: str) -> Calculation | None:
    items = candidates_of(hits)
    if intent.pair is None or intent.kind not in ON_PAIR:
        items = naming(items, names_in(question))  # two named things are each found by their own names
    # "Total" names a row ("Total revenue", the unlabelled sum row) unless it is the sum asked for.
    subject = subject_of(question) - ({"total"} if intent.kind == "sum" else set())
    if _unnamed_across_languages(question, items, lang):
        return None
    if intent.kind == "convert":
        return convert_asked_amount(question, items, lang) or convert_figure(
            question, items, subject, intent.years, lang
        )
    if intent.kind == "projection":
        return projection(intent, items, subject, lang, question)
    if intent.kind == "implied_value":
        return implied_value(intent, items, subject, lang, question)
    if intent.kind == "complement":
        return complement(question, items, hits, intent.years[0] if len(intent.years) == 1 else None, lang)
    if intent.kind == "part_of":
        return part_of(items, subject, intent.years[0] if len(intent.years) == 1 else None, lang)
    if intent.pair is not None and intent.kind in ON_PAIR:
        return on_pair(intent, items, lang)
    amounts_only = intent.kind in ("implied_cagr", "change", "relative_change", "ratio")
    if intent.kind == "average" and not intent.years:
        row = row_over_years(items, subject, lang)
        return Calculation(intent, calc.average([f.measure for f in row]), tuple(row)) if row else None
    if intent.kind in ("change", "relative_change") and not intent.years:
        row = row_over_years(items, subject, lang)
        if row is None or len(row) != 2:  # over three years, which two is a guess
            return None
        intent = Intent(intent.kind, tuple(f.measure.year for f in row if f.measure.year), None, intent.undirected)
    found = figures_by_year(intent, items, subject, lang, amounts_only)
    if intent.kind == "sum" and found is None and len(intent.years) < 2 and _EVERY_ROW.search(question):
        year = intent.years[0] if intent.years else None
        cells = [c.operand for c in _named_rows(table_percentages(question, hits, year), _summed_terms(question))]
        return Calculation(intent, calc.total([c.measure for c in cells]), tuple(cells)) if len(cells) > 1 else None
    if found is None or intent.kind == "share":
        return None
    if found[0].measure.unit != found[-1].measure.unit:
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
            intent, calc.implied_cagr(start.measure, end.measure), (start, end), stated_cagr(items, subject, lang, end)
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


def _unnamed_across_languages(question: str, items: list[Candidate], lang: str) -> bool:
    """Whether the passages are all in the other language and write none of what the question
    names besides its names, in any form the dictionary gives: "China's public cloud market"
    over Chinese passages that match only 中国 would take any figure of China (the digital
    economy's 53.9万亿元)."""
    if not items or any(c.operand.hit.chunk.lang == lang for c in items):
        return False
    names = " ".join(names_in(question))
    # A word one of whose senses is an asking word (市场 is "market") names nothing to look for.
    own = {w for w in subject_words(question) - subject_words(names) if not _generic(w)}
    senses = {sense.lower() for term in [*own, *_phrases(question)] for sense in translations(term)}
    forms = own | senses | (translated(question) - translated(names))
    # "image" is written in "imaging": an English form is found without its last letter.
    stems = {form[:-1] if form.isascii() and len(form) > 4 else form for form in forms}
    return bool(own) and not any(stem in c.scope for c in items for stem in stems)


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)+")


def _phrases(text: str) -> list[str]:
    """Runs of two or three English words, which the dictionary may list as one term
    ("cloud computing" is 云计算, where "cloud" alone is 云彩)."""
    runs = [run.lower().split() for run in _LATIN_RUN.findall(text)]
    return [" ".join(words[i : i + n]) for words in runs for n in (2, 3) for i in range(len(words) - n + 1)]


# "三一重工、徐工汽车和中国重汽的合计份额", "the combined share of A, B and C in 2024".
_LIST = re.compile(
    r"(?P<zh>[^，。？?的年]+(?:、[^，。？?的、]+)+(?:和|与|及)[^，。？?的]+?)(?=的|合计|一共|加起来)|"
    r"\b(?:of|for|from) (?:the )?(?P<en>[^?,]+(?:, [^?,]+)+,? and [^?]+?)(?= in (?:19|20)\d\d|\?|$)",
    re.IGNORECASE,
)
_LIST_JOINS = re.compile(r"、|和|与|及|,? and |, ")


def _summed_terms(question: str) -> list[str]:
    """The rows a sum over a table names by listing them ("A、B和C"); none when it lists none
    (its names, "the US market", say which table, not which rows)."""
    listed = _LIST.search(question)
    if listed is None:
        return []
    return [t.strip() for t in _LIST_JOINS.split(listed["zh"] or listed["en"]) if t.strip()]


def _named_rows(column: list[Candidate], terms: list[str]) -> list[Candidate]:
    """The rows of a column the question names, one each (a row whose label the term holds,
    or that holds the term: "三一重工" in "新能源重卡市场中三一重工"); every row when it names
    none; none when a term has no row of its own or shares one."""
    if not terms:
        return column

    def names(c: Candidate, term: str) -> bool:
        label, term = c.label.split(" / ")[-1].lower(), term.lower()
        return bool(label) and (mentions_name(term, label) or mentions_name(label, term))

    rows = [[c for c in column if names(c, term)] for term in terms]
    if any(len(found) != 1 for found in rows) or len({id(found[0]) for found in rows}) != len(terms):
        return []
    return [found[0] for found in rows]


def _generic(word: str) -> bool:
    return any(not subject_words(sense) for sense in translations(word))


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
