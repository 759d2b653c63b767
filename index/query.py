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

# 1亿 = 100 million = 0.1 billion; 1万 = 10 thousand.
_CN_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万)")
_EN_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(billion|million|bn)\b", re.IGNORECASE)


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


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def scale_variants(text: str) -> list[str]:
    """The same amounts written in the other language's scale."""
    out = []
    for number, unit in _CN_AMOUNT.findall(text):
        value = Decimal(number)
        if unit == "亿":
            out.append(f"{_fmt(value / 10)} billion")
            out.append(f"{_fmt(value * 100)} million")
        else:
            out.append(f"{_fmt(value * 10)} thousand")
    for number, unit in _EN_AMOUNT.findall(text):
        value = Decimal(number)
        factor = Decimal(10) if unit.lower() in ("billion", "bn") else Decimal("0.01")
        out.append(f"{_fmt(value * factor)}亿")
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
