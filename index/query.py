"""Query normalisation and bilingual expansion for keyword search.

Numbers meet across scales (340.3亿美元 ~ USD 34.03 billion) and domain terms meet across
languages through the glossary in ``data/glossary.json``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportqa.index.dictionary import glossary, terms_in
from reportqa.index.keyword import tokenize
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import exact, parse_quantities, rescale

# The other language's scales an amount is also searched under: 340.3亿 is 34.03 billion
# and 34030 million; USD 34.03 billion is 340.3亿.
_VARIANT_SCALES = {
    "亿": ("billion", "million"),
    "万": ("thousand",),
    "billion": ("亿",),
    "bn": ("亿",),
    "million": ("亿",),
}


def mentions_term(haystack: str, term: str) -> bool:
    """Whether lower-cased ``haystack`` holds ``term`` (whole words for Latin terms)."""
    if term.isascii():
        return re.search(rf"(?<![a-z]){re.escape(term.lower())}(?![a-z])", haystack) is not None
    return term in haystack


def scale_variants(text: str) -> list[str]:
    """The amounts of ``text`` written in the other language's scales."""
    out = []
    for quantity in parse_quantities(text):
        for target in _VARIANT_SCALES.get(quantity.scale, ()):
            value = exact(rescale(abs(Decimal(quantity.value)), quantity.scale, target))
            out.append(f"{value} {target}" if target.isascii() else f"{value}{target}")
    return out


def matched_groups(question: str) -> list[list[str]]:
    """The glossary groups that ``question`` uses a term of."""
    lowered = normalize(question).lower()
    return [group for group in glossary() if any(mentions_term(lowered, term) for term in group)]


# A term with more senses than this is a common word (市场 "market", "home"): its senses would
# pull in passages about anything; a phrase or domain term has one to three.
MAX_SENSES = 3


def specific_translations(text: str) -> list[str]:
    """The other language's terms for the terms of ``text`` that have at most ``MAX_SENSES``
    senses in every part ("immunodiagnostics" → 免疫诊断; 镍 → nickel)."""
    return list(
        dict.fromkeys(
            sense
            for term in terms_in(text)
            if all(len(part) <= MAX_SENSES for part in term.parts) and tokenize(term.written)
            for sense in term.translations()
        )
    )


def expand_query(question: str) -> str:
    """``question`` normalised, followed by glossary synonyms, the other language's terms for
    its specific terms (:func:`specific_translations`) and scale-converted amounts."""
    text = normalize(question)
    lowered = text.lower()
    extra = [t for group in matched_groups(text) for t in group if not mentions_term(lowered, t)]
    extra.extend(t for t in specific_translations(text) if t not in extra)
    extra.extend(scale_variants(text))
    return " ".join([text, *extra])
