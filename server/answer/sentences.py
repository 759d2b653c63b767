"""Rank the sentences of retrieved passages by how well they answer a question."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from reportqa.index.dictionary import translations
from reportqa.index.keyword import tokenize
from reportqa.index.query import matched_groups, mentions_term
from reportqa.index.retriever import Hit
from reportqa.ingest.claims import is_instruction
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import has_number, years_in
from reportqa.server.answer.units import Unit, introduced, passage_units

# What a concept counts for when only what a unit stands under (title, heading, caption) names it.
SCOPE_WEIGHT = 0.5

_NUMERIC_INTENT = re.compile(
    r"how (?:much|many|large|big|fast)|what (?:is|was|are|were) the (?:size|value|share|cagr|rate|growth)|"
    r"\bsize\b|\bcagr\b|\bshare\b|\bworth\b|\brate\b|\bpercent|\bsales\b|\brevenues?\b|\bincome\b|"
    r"\bprofits?\b|\bspen[dt]\b|\bshipments?\b|\bshipped\b|\bsold\b|\bvolume\b|"
    r"多少|几|规模|份额|增长率|占比|多大|多快|比例|金额|营收|收入|销售额|销量|利润|出货",
    re.IGNORECASE,
)


# A question for a reason, a method, a definition or what something is made of: its answer
# is a sentence of prose, even when it names a measure ("Why did revenue rise?").
_EXPLANATION = re.compile(
    r"^\s*why\b|\bwhat (?:factors?|reasons?|drove|drives|caused|causes|led to|leads to|results? in|resulted in)\b|"
    r"\breasons?\b|\bhow (?:is|are|was|were|does|do|did)\b.*\b(?:calculated|computed|determined|measured|defined|"
    r"derived|recogni[sz]ed|estimated|accounted for|valued)\b|\bdefin(?:e|ed|ition)\b|\bmeaning\b|"
    r"\bwhat (?:does|do|did) .* (?:mean|include|consist of|comprise|represent|relate to)\b|"
    r"\b(?:include[sd]?|consists? of|comprises?) (?:in|of)?\s*\?|"
    r"为什么|为何|原因|如何计算|怎样计算|怎么计算|定义|是指|包括哪些|由什么构成",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence (or list or table) of a hit, with how well it matches the question.

    ``intro``: the sentence of another passage that announces this list or table ("… as
    follows:"), quoted before it.
    """

    hit: Hit
    text: str
    score: float
    intro: tuple[Hit, str] | None = None


def asks_explanation(question: str) -> bool:
    """Whether the question asks why, how something is worked out, what a term means or
    what something includes: answered by prose, never by a computed figure."""
    return bool(_EXPLANATION.search(normalize(question)))


def wants_number(question: str) -> bool:
    """Whether the question asks for a quantity (so an answer without a number is no answer)."""
    return bool(_NUMERIC_INTENT.search(normalize(question))) and not asks_explanation(question)


def question_years(question: str) -> set[int]:
    """The years ``question`` names."""
    return set(years_in(normalize(question)))


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a glossary group (any language) or a single token,
    with the token's translations in the other language (CC-CEDICT)."""

    terms: tuple[str, ...] = ()
    token: str = ""

    def found_in(self, lowered_text: str, tokens: set[str]) -> bool:
        if self.token and self.token in tokens:
            return True
        return any(mentions_term(lowered_text, t) for t in self.terms)


def question_concepts(question: str) -> list[Concept]:
    """What the question asks about; a glossary group is one concept in both languages, and
    so is a word with its dictionary translations."""
    groups = matched_groups(question)
    covered = set(tokenize(" ".join(t for g in groups for t in g)))
    concepts = [Concept(terms=tuple(g)) for g in groups]
    return concepts + [
        Concept(terms=_translated(t), token=t) for t in dict.fromkeys(tokenize(question)) if t not in covered
    ]


def _translated(token: str) -> tuple[str, ...]:
    """The other language's words for ``token``, too short ones left out (a single
    character, or a two-letter word, matches inside too many unrelated words)."""
    if token[0].isdigit():
        return ()
    return tuple(t for t in translations(token) if len(t) >= (2 if not t.isascii() else 3))


def rank_sentences(question: str, hits: list[Hit]) -> list[Sentence]:
    """Every quotable unit of ``hits`` (sentences, list items, tables; see :mod:`units`), best first.

    A unit scores by its passage's similarity to the question plus the weighted share of
    the question's concepts it mentions; a concept only its scope mentions (the title, a
    heading, a table's caption) counts for ``SCOPE_WEIGHT``, and so does the year asked
    when only the scope or the sentence before states it. Weights
    are inverse frequencies among the candidates, so "outbound" counts for more than
    "market" when every candidate says "market", and the report's subject, which every
    unit of it stands under, counts for little against the measure asked. A question for
    a quantity prefers units with numbers, and a question naming a year prefers that year.
    """
    concepts = question_concepts(question)
    numeric, years = wants_number(question), question_years(question)
    # An instruction to the assistant planted in a report is never quoted as the report's word.
    candidates = [u for u in introduced([u for h in hits for u in passage_units(h)]) if not is_instruction(u.text)]
    strengths = [_strengths(concepts, unit) for unit in candidates]
    frequency = Counter(i for found in strengths for i, strength in enumerate(found) if strength)
    weight = [math.log(1 + len(candidates) / (frequency[i] or 1)) for i in range(len(concepts))]
    total = sum(weight) or 1.0
    ranked = []
    for unit, found in zip(candidates, strengths):
        score = unit.hit.dense + sum(w * s for w, s in zip(weight, found)) / total
        if numeric and has_number(unit.text):
            score += 0.3
        if years & set(years_in(unit.text)):
            score += 0.3
        elif years & set(years_in(f"{unit.scope} {unit.before}")):
            score += 0.3 * SCOPE_WEIGHT
        intro = (unit.lead.hit, unit.lead.text) if unit.lead else None
        ranked.append(Sentence(unit.hit, unit.text, score, intro))
    ranked.sort(key=lambda s: s.score, reverse=True)
    return ranked


def _strengths(concepts: list[Concept], unit: Unit) -> list[float]:
    """Per concept: 1 when ``unit`` mentions it, ``SCOPE_WEIGHT`` when only its scope does, else 0."""
    own, own_tokens = normalize(unit.text).lower(), set(tokenize(unit.text))
    # The sentence before lends its period, not its subject.
    around = " ".join([unit.scope, *(str(year) for year in years_in(unit.before))])
    scope, scope_tokens = normalize(around).lower(), set(tokenize(around))
    return [
        1.0 if c.found_in(own, own_tokens) else SCOPE_WEIGHT if c.found_in(scope, scope_tokens) else 0.0
        for c in concepts
    ]
