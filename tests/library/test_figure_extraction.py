"""The figures table's extraction quality on hand-checked samples (see ``extraction.py``); the
floors sit just under what it measures, so a change that loses figures or misnames them fails."""

from __future__ import annotations

import pytest

from tests.ingest import tatqa
from tests.library.extraction import seed_scores, tatqa_score


def test_seed_reports_figures_against_the_hand_checked_samples(tmp_path):
    scores = seed_scores(tmp_path)
    call_centers = scores["call-centers-market-2026-2032.txt"]
    assert call_centers.recall == 1.0 and call_centers.precision >= 0.85, call_centers
    us_support = scores["us-customer-technical-support-services-market.txt"]
    assert us_support.recall >= 0.75 and us_support.precision >= 0.75, us_support


@pytest.mark.skipif(not tatqa.DATASET.is_file(), reason=f"TAT-QA dev set not found at {tatqa.DATASET}")
def test_tatqa_table_cells_against_the_hand_checked_samples(tmp_path):
    score = tatqa_score(tmp_path)
    assert score.expected >= 60
    assert score.recall >= 0.95 and score.precision >= 0.95, score
