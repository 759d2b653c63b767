"""A passage keyword search scores close to its best is kept after the reranker's best (twenty-ninth session):
across languages the dense cosine ranks a paragraph writing the question's rare term below tables that
only share its market's words."""

from __future__ import annotations

import pytest

from reportqa.index.retriever import KEPT_KEYWORD, with_keyword_matches
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _ranked(*keywords: float):
    return [hit(f"passage {i}", keyword=k) for i, k in enumerate(keywords)]


def test_a_strong_keyword_match_below_the_cut_is_added_after_it():
    ranked = _ranked(1.0, 0.1, 0.2, 0.05, 0.66, 0.3, KEPT_KEYWORD, 0.9)
    kept = with_keyword_matches(ranked, 4, 2)
    assert [h.chunk.text for h in kept] == [f"passage {i}" for i in (0, 1, 2, 3, 4, 6)]
    assert with_keyword_matches(ranked, 4, 0) == ranked[:4]  # none asked for: the k best only


def test_without_strong_matches_below_the_cut_the_k_best_stand_alone():
    ranked = _ranked(1.0, 0.9, 0.1, 0.2)
    assert with_keyword_matches(ranked, 3, 2) == ranked[:3]
