"""Rank the sentences of retrieved passages by how well they answer a question."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from reportqa.index.keyword import tokenize
from reportqa.index.query import matched_groups, mentions_term
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.claims import is_instruction
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import has_number, years_in

_NUMERIC_INTENT = re.compile(
    r"how (?:much|many|large|big|fast)|what (?:is|was|are|were) the (?:size|value|share|cagr|rate|growth)|"
    r"\bsize\b|\bcagr\b|\bshare\b|\bworth\b|\brate\b|\bpercent|\bsales\b|\brevenues?\b|\bincome\b|"
    r"\bprofits?\b|\bspen[dt]\b|\bshipments?\b|\bshipped\b|\bsold\b|\bvolume\b|"
    r"多少|几|规模|份额|增长率|占比|多大|多快|比例|金额|营收|收入|销售额|销量|利润|出货",
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


def question_years(question: str) -> set[int]:
    """The years ``question`` names."""
    return set(years_in(normalize(question)))


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a glossary group (any language) or a single token."""

    terms: tuple[str, ...] = ()
    token: str = ""

    def found_in(self, lowered_text: str, tokens: set[str]) -> bool:
        if self.token:
            return self.token in tokens
        return any(mentions_term(lowered_text, t) for t in self.terms)


def question_concepts(question: str) -> list[Concept]:
    """What the question asks about; a glossary group is one concept in both languages."""
    groups = matched_groups(question)
    covered = set(tokenize(" ".join(t for g in groups for t in g)))
    concepts = [Concept(terms=tuple(g)) for g in groups]
    return concepts + [Concept(token=t) for t in dict.fromkeys(tokenize(question)) if t not in covered]


def rank_sentences(question: str, hits: list[Hit]) -> list[Sentence]:
    """Every sentence of ``hits``, best first.

    A sentence scores by its passage's similarity to the question plus the weighted share
    of the question's concepts it mentions. Weights are inverse sentence frequencies among
    the candidates, so "outbound" counts for more than "market" when every candidate says
    "market". A question for a quantity prefers sentences with numbers, and a question
    naming a year prefers that year.
    """
    concepts = question_concepts(question)
    numeric, years = wants_number(question), question_years(question)
    candidates = [  # an instruction to the assistant planted in a report is never quoted as the report's word
        (hit, hit.chunk.text[start:end])
        for hit in hits
        for start, end in split_sentences(hit.chunk.text)
        if not is_instruction(hit.chunk.text[start:end])
    ]
    matches = []
    for _, text in candidates:
        lowered, tokens = normalize(text).lower(), set(tokenize(text))
        matches.append([i for i, concept in enumerate(concepts) if concept.found_in(lowered, tokens)])
    frequency = Counter(i for found in matches for i in found)
    weight = [math.log(1 + len(candidates) / (frequency[i] or 1)) for i in range(len(concepts))]
    total = sum(weight) or 1.0
    ranked = []
    for (hit, text), found in zip(candidates, matches):
        score = hit.dense + sum(weight[i] for i in found) / total
        if numeric and has_number(text):
            score += 0.3
        if years and years & set(years_in(text)):
            score += 0.3
        ranked.append(Sentence(hit, text, score))
    ranked.sort(key=lambda s: s.score, reverse=True)
    return ranked
