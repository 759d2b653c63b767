"""Query normalisation and bilingual expansion for keyword search.

Numbers meet across scales (340.3亿美元 ~ USD 34.03 billion) and domain terms meet across
languages through the glossary in ``data/glossary.json``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

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


@lru_cache(maxsize=1)
def glossary() -> list[list[str]]:
    """The bilingual term groups shipped with the package."""
    text = resources.files("reportqa.index").joinpath("data/glossary.json").read_text(encoding="utf-8")
    return json.loads(text)["groups"]


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


def expand_query(question: str) -> str:
    """``question`` normalised, followed by glossary synonyms and scale-converted amounts."""
    text = normalize(question)
    lowered = text.lower()
    extra = [t for group in matched_groups(text) for t in group if not mentions_term(lowered, t)]
    extra.extend(scale_variants(text))
    return " ".join([text, *extra])
