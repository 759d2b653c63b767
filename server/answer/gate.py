"""The number-faithfulness gate: no answer sentence states a quantity that what it cites does not state.

A sentence is checked against the passages *it* cites and the returned figures, never
against the union of the answer's citations; a marker cites the text since the marker
before it, so a quote over several lines is its passage's. Each quantity the sentence
states, in digits or words, must be the same quantity as one of theirs (amount after
scale, unit and direction agree: :func:`reportqa.ingest.claims.same_quantity`). A
passage only backs it when it states it as a report (not in an instruction to the
assistant) and, when the sentence names a market, names that market too. Any other
number (a year) must be written by one of them. Text after the last marker is backed by
the figures and the passages their inputs were read from. A sentence that fails is
dropped; an answer left empty falls back to the extract of its first citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.claims import (
    Claim,
    claims,
    markets_named,
    names_market,
    same_quantity,
    stated_numbers,
    statements,
)
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import CURRENCIES
from reportqa.server.answer.compose import quote
from reportqa.server.answer.figures import FROM_QUESTION
from reportqa.server.answer.markers import cited
from reportqa.server.answer.types import Citation, Figure, FigureInput
from reportqa.server.calc.models import GIVEN

# A sentence saying its figures came from the question ("Using 8% given in the question"): only such a
# sentence, or a figure's formula, may state a figure the question gave and no passage states.
# The answer's own wording (figures.FROM_QUESTION), and a language model's.
_FROM_QUESTION = re.compile(
    "|".join(map(re.escape, FROM_QUESTION.values())) + r"|the question gives|问题中给出|题目给出", re.IGNORECASE
)
_MARKER = re.compile(r"\[\d+\]")  # citation markers are references, not figures
_ONLY_MARKERS = re.compile(r"^[\s.。!?！？]*(?:\[\d+\]\s*)+[\s.。!?！？]*$")


@dataclass(frozen=True)
class _Source:
    """What one passage or figure states; ``lang`` is ``None`` for a figure (no market to check)."""

    claims: list[Claim]
    numbers: set[str]
    text: str
    lang: str | None

    @staticmethod
    @lru_cache(maxsize=1024)  # each sentence of an answer is checked against the same few passages
    def of_passage(citation: Citation) -> _Source:
        text = statements(citation.text)
        return _Source(claims(text), stated_numbers(text), f"{citation.title} {text}", citation.lang)

    @classmethod
    def of_figure(cls, figure: Figure) -> _Source:
        text = f"{figure.display} {figure.formula} {format(figure.value, 'g')}"
        return cls(claims(text), stated_numbers(text), text, None)

    @classmethod
    def of_given(cls, figures: list[Figure]) -> _Source:
        """The figures' inputs the question gave (cited :data:`GIVEN`), as amounts with their units."""
        text = " ".join(_written(i) for f in figures for i in f.inputs if i.citation == GIVEN)
        return cls(claims(text), stated_numbers(text), text, None)

    def backs(self, claim: Claim, markets: set[str]) -> bool:
        if self.lang is not None and markets and not any(names_market(self.text, self.lang, m) for m in markets):
            return False
        return any(same_quantity(claim, stated) for stated in self.claims)


class AllowedNumbers:
    """What one answer sentence may state: the quantities of the passages it cites and of the figures."""

    def __init__(self, citations: list[Citation], figures: list[Figure]) -> None:
        self.sources = [_Source.of_passage(c) for c in citations] + [_Source.of_figure(f) for f in figures]
        self.numbers: set[str] = set().union(*(s.numbers for s in self.sources))
        self.given = _Source.of_given(figures)

    def backs(self, sentence: str) -> bool:
        """Whether every quantity of ``sentence`` is stated by one of the sources, and every other
        number (a year) is written by one."""
        clean = normalize(_MARKER.sub("", sentence))
        markets = markets_named(clean)
        stated = claims(clean)
        sources = self.sources + ([self.given] if _FROM_QUESTION.search(clean) else [])
        if not all(any(s.backs(claim, markets) for s in sources) for claim in stated):
            return False
        rest = list(clean)
        for claim in stated:  # what is left once the quantities are taken out: years, spans of years
            rest[claim.start : claim.end] = " " * (claim.end - claim.start)
        return stated_numbers("".join(rest)) <= self.numbers


def _written(given: FigureInput) -> str:
    """A given input as an amount is written: "USD 3.2 bn", "8%", "4.8 万"."""
    value = format(given.value, "g")
    unit, _, scale = given.unit.partition(" ")
    if unit in ("%", "pp"):
        return f"{value}{unit}"
    return f"{unit} {value} {scale}" if unit in CURRENCIES else f"{value} {given.unit}"


def _sentences(line: str, passages: int) -> list[tuple[str, list[int]]]:
    """The sentences of ``line`` with the numbers of the ``passages`` each cites ("[2025]" in a
    quoted table row is a year, not a marker)."""
    out: list[tuple[str, list[int]]] = []
    for s, e in split_sentences(line):
        text = line[s:e]
        numbers = [n for n in cited(text) if 1 <= n <= passages]
        if out and _ONLY_MARKERS.match(text):  # '"…quoted sentence." [1]': the marker is the quote's
            before, earlier = out[-1]
            out[-1] = (f"{before} {text}", earlier + numbers)
        else:
            out.append((text, numbers))
    return out


def _cited_lines(answer: str, passages: int) -> list[list[tuple[str, list[int]]]]:
    """The answer's lines as sentences with what each cites: a marker cites the text since the
    previous one, so every line of a quoted table row or title block is the quote's."""
    lines = [_sentences(line, passages) for line in answer.split("\n")]
    waiting: list[tuple[int, int]] = []
    for row, sentences in enumerate(lines):
        for col, (_, numbers) in enumerate(sentences):
            if not numbers:
                waiting.append((row, col))
                continue
            for r, c in waiting:
                lines[r][c] = (lines[r][c][0], numbers)
            waiting = []
    return lines


def _unmarked(citations: list[Citation], figures: list[Figure]) -> AllowedNumbers:
    """What text after the last marker may state: the figures, with the passages their inputs come from."""
    inputs = {i.citation for f in figures for i in f.inputs}
    return AllowedNumbers([c for c in citations if c.id in inputs], figures)


def enforce(answer: str, citations: list[Citation], figures: list[Figure], lang: str) -> str:
    """``answer`` without the sentences that state an unbacked number (see the module docstring)."""
    unmarked = _unmarked(citations, figures)
    lines = []
    for line, sentences in zip(answer.split("\n"), _cited_lines(answer, len(citations))):
        kept = []
        for sentence, numbers in sentences:
            cites = [citations[n - 1] for n in numbers]
            if (AllowedNumbers(cites, figures) if cites else unmarked).backs(sentence):
                kept.append(sentence)
        if kept:
            lines.append(line if len(kept) == len(sentences) else " ".join(kept))
    if lines:
        return "\n".join(lines)
    return fallback(citations, lang)


def fallback(citations: list[Citation], lang: str) -> str:
    """The extract of the first citation that states something, without any instruction it carries."""
    lead = "报告原文：" if lang == "zh" else "The cited passage reads: "
    for n, citation in enumerate(citations, start=1):
        text = statements(citation.text)
        if text.strip():
            return f"{lead}{quote(text, citation.lang)} [{n}]"
    return ""
