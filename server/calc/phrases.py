"""A glossary phrase is one concept: its words bind a figure only together.

A Chinese question's domain term (液冷, 电表) reaches an English report through its glossary group,
whose English terms are often phrases ("liquid cooling", "electricity meter"). The calculations
compare words, so the phrase adds each of its words to the question's subject; a word alone then
binds another thing's figure: "cooling" of "server cooling revenue" for 液冷收入, "electricity" of a
meter-type row "Electricity" for 智能电表 (the report's "smart meters" as a whole). A report writes
the concept by the whole phrase, so a figure that writes only some of a phrase's words is not bound
by them, unless the question names such a word by another of its words or senses (电表's CC-CEDICT
"power meter" gives "meter" on its own). And a term no passage writes in any of its forms names a
thing the passages hold no figure of: the words left ("global" of 全球液冷市场) would bind the whole.
"""

from __future__ import annotations

from dataclasses import replace

from reportqa.index.places import is_place
from reportqa.index.query import glossary, mentions_term
from reportqa.ingest.normalize import HAN_RUN, normalize
from reportqa.server.calc.operands import Candidate
from reportqa.server.calc.subject import measures_of, subject_words, translated


def _groups(question: str) -> list[list[str]]:
    """The glossary groups of things a Chinese term of ``question`` uses: not of a measure ("sales
    revenue", "market size"), which a figure's column or verb may say in other words, nor of a place
    ("North America"), which the names of the question bind."""
    lowered = normalize(question).lower()
    return [
        g
        for g in glossary()
        if any(HAN_RUN.search(t) and mentions_term(lowered, t) for t in g)
        and not any(measures_of(t) or is_place(t) for t in g)
    ]


def _phrases(group: list[str]) -> list[frozenset[str]]:
    """The words (as subject words: stemmed, operation words aside) of each English term of two or more."""
    found = [subject_words(term) for term in group if term.isascii()]
    return list(dict.fromkeys(words for words in found if len(words) > 1))


def phrase_only_words(question: str) -> frozenset[str]:
    """The words the question's subject has only as words of a glossary phrase of a group a Chinese
    term of it uses: not its own, nor a dictionary sense's, nor a one-word glossary term's."""
    groups = _groups(question)
    phrases = [p for g in groups for p in _phrases(g)]
    if not phrases:
        return frozenset()
    single = {w for g in groups for t in g if len(words := subject_words(t)) == 1 for w in words}
    named = subject_words(question) | translated(question) | single
    return frozenset().union(*phrases) - named


def _written(c: Candidate) -> frozenset[str]:
    # A row is read with its caption, headers and report title: the "Electricity" row of a "Meter type"
    # table in a smart meter report writes "electricity meter" whole.
    return c.words | subject_words(c.scope)


def _writes_term(c: Candidate, group: list[str]) -> bool:
    """Whether the figure's scope writes a term of ``group`` whole, in either language."""
    written = _written(c)
    return any((words := subject_words(t)) and words <= written if t.isascii() else t in c.scope for t in group)


def bound_by_whole_phrases(question: str, items: list[Candidate]) -> list[Candidate]:
    """``items``, each without the phrase-only words (:func:`phrase_only_words`) it writes outside any
    whole phrase: "server cooling revenue" does not write "liquid cooling", so its "cooling" names
    nothing the question asks; "Liquid cooling share" keeps both words. A figure's phrase is written
    whole where its scope (report title, section, caption, row or sentence) writes every word of it.
    None of them when a term whose phrase gave such words is written by no figure's scope in any form."""
    loose = phrase_only_words(question)
    if not loose:
        return items
    groups = [g for g in _groups(question) if any(p & loose for p in _phrases(g))]
    if any(not any(_writes_term(c, g) for c in items) for g in groups):
        return []
    phrases = [p for g in groups for p in _phrases(g) if p & loose]
    out = []
    for c in items:
        written = _written(c)
        whole = frozenset().union(*(p for p in phrases if p <= written))
        drop = (loose & c.words) - whole
        out.append(replace(c, words=c.words - drop, own=c.own - drop) if drop else c)
    return out
