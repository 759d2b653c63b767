"""A passage keyword search scores close to its best is not dropped by the reranker (twenty-ninth session):
across languages the dense cosine ranks a paragraph writing the question's rare term below tables that
only share its market's words."""

from __future__ import annotations

import pytest

from reportqa.index.retriever import KEPT_KEYWORD, with_keyword_matches
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _ranked(*keywords: float):
    return [hit(f"passage {i}", keyword=k) for i, k in enumerate(keywords)]


def test_a_strong_keyword_match_below_the_cut_replaces_the_last_weak_one():
    ranked = _ranked(1.0, 0.1, 0.2, 0.05, 0.66, 0.3)
    kept = with_keyword_matches(ranked, 4)
    assert [h.chunk.text for h in kept] == ["passage 0", "passage 1", "passage 2", "passage 4"]


def test_strong_matches_within_the_cut_leave_the_order_alone():
    ranked = _ranked(1.0, 0.9, 0.1, 0.2)
    assert with_keyword_matches(ranked, 3) == ranked[:3]
    # Nothing to replace: every passage kept is itself a strong keyword match.
    strong = _ranked(1.0, 0.9, KEPT_KEYWORD)
    assert with_keyword_matches(strong, 2) == strong[:2]
