"""Rerank fused candidates by signals that hold across languages.

No cross-encoder that reads Chinese ships its weights in a PyPI package (see
``docs/retrieval.md``), so the reranker combines what the searcher already measured: the
dense cosine of question and passage, the passage's keyword score relative to the best
keyword match, and how many of the question's figures and years the passage states. The
last one is language-neutral, so it helps an English question find a Chinese passage
where keyword overlap cannot.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import numbers_in

if TYPE_CHECKING:
    from reportqa.index.retriever import Hit

# Weights picked on tests/questions.jsonl and checked on the dev set (docs/retrieval.md).
KEYWORD_WEIGHT = 0.05
NUMBER_WEIGHT = 0.10


def rerank_score(hit: Hit, numbers: set[str]) -> float:
    """The reranking score of one candidate for a question stating ``numbers``."""
    covered = len(numbers & numbers_in(hit.chunk.search_text)) / len(numbers) if numbers else 0.0
    return hit.dense + KEYWORD_WEIGHT * hit.keyword + NUMBER_WEIGHT * covered


def rerank(question: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` reordered by :func:`rerank_score`, each carrying its new score."""
    numbers = numbers_in(normalize(question))
    rescored = [replace(hit, score=rerank_score(hit, numbers)) for hit in hits]
    return sorted(rescored, key=lambda hit: hit.score, reverse=True)
