"""The number-faithfulness gate: no answer states a number its citations or figures do not hold.

A number in the answer passes when a cited passage writes it (or the same amount in
another scale: 100.6亿美元 backs USD 10.06 billion), or when a returned figure states
it in its value, display or formula. An amount with a scale word must be that amount,
not only those digits: "34.03亿美元" is not backed by "USD 34.03 billion" (a tenth of
it), nor "USD 2.5 trillion" by "2.5 billion", nor "USD 2,025 million" by the year 2025.
A sentence with any other number is dropped; an answer left empty falls back to the
extract of its first citation.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import SCALES, numbers_in, parse_quantities
from reportqa.server.answer.compose import quote
from reportqa.server.answer.types import Citation, Figure

_MARKER = re.compile(r"\[\d+\]")  # citation markers are references, not figures


def _numbers(text: str) -> set[str]:
    return numbers_in(_MARKER.sub("", normalize(text)))


def _amounts(text: str) -> set[tuple[Decimal, str]]:
    """Scaled amounts of ``text`` as (value in units, unit), so scales compare equal."""
    return {(abs(Decimal(q.value)) * SCALES[q.scale], q.unit) for q in parse_quantities(normalize(text)) if q.scale}


def _same_amount(amount: tuple[Decimal, str], allowed: set[tuple[Decimal, str]]) -> bool:
    """Whether ``amount`` is allowed; an amount that names no currency matches any currency's."""
    value, unit = amount
    return amount in allowed or (not unit and any(value == v for v, _ in allowed))


class AllowedNumbers:
    """What an answer may state: the numbers and amounts of its citations and figures."""

    def __init__(self, citations: list[Citation], figures: list[Figure]) -> None:
        self.numbers: set[str] = set()
        self.amounts: set[tuple[Decimal, str]] = set()
        for citation in citations:
            self.numbers |= _numbers(citation.text)
            self.amounts |= _amounts(citation.text)
        for figure in figures:
            self.numbers |= _numbers(figure.display) | _numbers(figure.formula) | _numbers(format(figure.value, "g"))
            self.amounts |= _amounts(figure.display) | _amounts(figure.formula)

    def backs(self, sentence: str) -> bool:
        """Whether every number of ``sentence`` is one of the allowed numbers or amounts, and every
        amount with a scale word is one of the allowed amounts."""
        clean = normalize(_MARKER.sub("", sentence))
        scaled = [q for q in parse_quantities(clean) if q.scale]
        amounts = [(abs(Decimal(q.value)) * SCALES[q.scale], q.unit) for q in scaled]
        if not all(_same_amount(amount, self.amounts) for amount in amounts):
            return False
        missing = _numbers(sentence) - self.numbers
        return missing <= {q.value.lstrip("-").replace(",", "") for q in scaled}


def _sentences(line: str) -> list[str]:
    return [line[s:e] for s, e in split_sentences(line)]


def enforce(answer: str, citations: list[Citation], figures: list[Figure], lang: str) -> str:
    """``answer`` without the sentences that state an unbacked number (see the module docstring)."""
    allowed = AllowedNumbers(citations, figures)
    lines = []
    for line in answer.split("\n"):
        sentences = _sentences(line)
        kept = [s for s in sentences if allowed.backs(s)]
        if kept:
            lines.append(line if len(kept) == len(sentences) else " ".join(kept))
    if lines:
        return "\n".join(lines)
    if not citations:
        return ""
    lead = "报告原文：" if lang == "zh" else "The cited passage reads: "
    return f"{lead}{quote(citations[0].text, citations[0].lang)} [1]"
