"""Pick the sentences of retrieved passages that answer a question best."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportqa.index.keyword import tokenize
from reportqa.index.query import expand_query
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import normalize

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMERIC_INTENT = re.compile(
    r"how (?:much|many|large|big|fast)|what (?:is|was|are|were) the (?:size|value|share|cagr|rate|growth)|"
    r"\bsize\b|\bcagr\b|\bshare\b|\bworth\b|\brate\b|\bpercent|多少|几|规模|份额|增长率|占比|多大|多快|比例|金额",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence of a hit, with how well it matches the question."""

    hit: Hit
    text: str
    score: float


def wants_number(question: str) -> bool:
    """Whether the question asks for a quantity (so an answer without a number is no answer)."""
    return bool(_NUMERIC_INTENT.search(normalize(question)))


def question_years(question: str) -> set[str]:
    return set(_YEAR.findall(normalize(question)))


def rank_sentences(question: str, hits: list[Hit]) -> list[Sentence]:
    """Every sentence of ``hits``, best first.

    A sentence scores by its passage's retrieval evidence plus how many of the
    question's (glossary-expanded) terms it holds; a question for a quantity prefers
    sentences with numbers, and a question naming a year prefers that year.
    """
    query_terms = set(tokenize(expand_query(question)))
    numeric, years = wants_number(question), question_years(question)
    ranked = []
    for rank, hit in enumerate(hits):
        for start, end in split_sentences(hit.chunk.text):
            text = hit.chunk.text[start:end]
            terms = set(tokenize(text))
            overlap = len(terms & query_terms) / (len(query_terms) or 1)
            score = hit.dense + 0.5 * hit.keyword + overlap - 0.05 * rank
            if numeric and _NUMBER.search(text):
                score += 0.3
            if years and years & set(_YEAR.findall(text)):
                score += 0.3
            ranked.append(Sentence(hit, text, score))
    ranked.sort(key=lambda s: s.score, reverse=True)
    return ranked


def has_number(text: str) -> bool:
    return bool(_NUMBER.search(text))
