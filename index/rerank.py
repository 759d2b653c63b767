"""Rerank fused candidates by signals that hold across languages.

No cross-encoder that reads Chinese ships its weights in a PyPI package (see
``docs/retrieval.md``), so the reranker combines what the searcher already measured: the
dense cosine of question and passage, the passage's keyword score relative to the best
keyword match, and how many of the question's figures and years the passage states. The
last one is language-neutral, so it helps an English question find a Chinese passage
where keyword overlap cannot.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.ingest.normalize import normalize

if TYPE_CHECKING:
    from reportqa.index.retriever import Hit

# Weights picked on tests/questions.jsonl and checked on the dev set (docs/retrieval.md).
KEYWORD_WEIGHT = 0.05
FIGURE_WEIGHT = 0.10
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def figures_of(text: str) -> set[str]:
    """The numbers written in ``text`` (years included), as strings."""
    return set(_FIGURE.findall(normalize(text)))


def rerank_score(hit: Hit, figures: set[str]) -> float:
    """The reranking score of one candidate for a question stating ``figures``."""
    covered = len(figures & figures_of(hit.chunk.search_text)) / len(figures) if figures else 0.0
    return hit.dense + KEYWORD_WEIGHT * hit.keyword + FIGURE_WEIGHT * covered


def rerank(question: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` reordered by :func:`rerank_score`, each carrying its new score."""
    figures = figures_of(question)
    rescored = [replace(hit, score=rerank_score(hit, figures)) for hit in hits]
    return sorted(rescored, key=lambda hit: hit.score, reverse=True)
