"""A question that calls a report's market by other words in Title Case ("the Companion Animal
Nutrition market" of a pet food report, "the Unmanned Aerial Vehicle Business" of a commercial
drone report) names no company: it paraphrases what the report is about.

Read as names, such runs of common English words refused the question ("the reports do not
mention Companion Animal Nutrition"), yet a brand made of common words ("Blue Harbor", "Golden
Gate Appliances") must stay refused, and no rule over the words tells the two apart. The
embedding model the index already loaded does, a little: a paraphrase of the report's market
is about as close to the report's title as the title's own words, a brand or a neighbouring
market ("Cat Litter Market" of the same pet food report) less. Only a run the question calls a
market (market, industry, sector or business) and the passages never write is weighed, and only
against the titles of the passages retrieved: one short text and a title or two embedded.
Thresholds and the data behind them: docs/answerability.md.
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from reportqa.index.asked_names import asked_names
from reportqa.index.dictionary import english_word
from reportqa.index.names import mentions
from reportqa.index.places import is_place
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import normalize

# Cosine (both sides embedded as documents) from which a run names the report's market. Chosen on
# names28's odd ids: paraphrases of the title's market 0.740-0.796, the closest near miss "Golf
# Equipment Market" of a sportswear report 0.702, brands of common words 0.46-0.62; nearer the
# paraphrases than the midpoint, as a refusal beats a neighbouring market's figure.
TITLE_LIKENESS = 0.73
# A report's title less what every report title says: its year, edition and the word "report".
_TITLE_NOISE = re.compile(
    r"\(?\d{4}(?:\s*[-–—]\s*\d{4})?\)?|（[^）]*）|\b(?:report|update|annual|edition)\b|研究报告|发展报告|年度报告|报告",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s$")
_MARKET_WORD = re.compile(r"(?:markets?|industry|industries|sectors?|business(?:es)?)", re.IGNORECASE)
# An inflection a common word takes in a name ("Diets", "Appliances", "Metering").
_ENDINGS = ("s", "es", "ing")


class Embedder(Protocol):
    """What weighs a run against a title: the retrieval model (``index.embeddings.ArrayEmbeddings``)."""

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray: ...


def without_market_paraphrases(question: str, hits: list[Hit], embedder: Embedder | None) -> str:
    """``question`` without the Title Case runs of common words that the passages of ``hits``
    never write and that name the market of their report's title (:data:`TITLE_LIKENESS`): the
    question is then about that market, as a question that names none is."""
    if embedder is None or not hits:
        return question
    written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}").lower() for h in hits)
    runs = [
        name
        for name in asked_names(question)
        if _common_words(name) and _names_a_market(question, name) and not mentions(written, name)
    ]
    if not runs:
        return question
    titles = [t for t in dict.fromkeys(market_of(h.chunk.title) for h in hits) if t]
    if not titles:
        return question
    vectors = embedder.encode_documents([*runs, *titles])
    likeness = vectors[: len(runs)] @ vectors[len(runs) :].T
    for run, closest in zip(runs, likeness.max(axis=1), strict=True):
        if closest >= TITLE_LIKENESS:
            question = re.sub(rf"\s*{re.escape(run)}(?:['’]s)?", "", question)
    return question


def _common_words(name: str) -> bool:
    """Whether ``name`` is a run of capitalised common English words (not an acronym, nor a
    place): "Companion Animal Nutrition", "Blue Harbor"; not "NetEase Youdao", "IT", "Germany"."""
    words = [_POSSESSIVE.sub("", word) for word in name.split()]
    return (
        name.isascii()
        and not is_place(name)
        and all(w[:1].isupper() and w[1:].islower() and _english(w) for w in words)
    )


def _names_a_market(question: str, run: str) -> bool:
    """Whether ``run`` is called a market in ``question``: it ends in market, industry, sector or
    business, or one follows it ("the Companion Animal Nutrition market"). A brand of the market's
    own words ("Pet Food Express's revenue") is as close to its title, and asked as the market it
    would be answered with the market's figure."""
    if _MARKET_WORD.fullmatch(_POSSESSIVE.sub("", run.split()[-1])):
        return True
    return re.search(rf"{re.escape(run)}(?:['’]s)?\s+{_MARKET_WORD.pattern}\b", question, re.IGNORECASE) is not None


def _english(word: str) -> bool:
    return english_word(word) or any(english_word(word.removesuffix(e)) for e in _ENDINGS if word.endswith(e))


def market_of(title: str) -> str:
    """The market a report's title names: "Global Pet Food Market" of "Global Pet Food Market
    Report 2025", 中国在线教育行业 of 中国在线教育行业研究报告（2025）."""
    return re.sub(r"\s+", " ", _TITLE_NOISE.sub(" ", title)).strip(" :：-")
