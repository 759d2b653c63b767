"""Cross-language refusals on the parallel en/zh paragraphs (``tests/data/parallel``): each
question judged by the rules alone over its own paragraph in each language
(:func:`bench.parallel.judged_offline`, no model). Floors one question under what was
measured (docs/answerability.md, "Cross-language questions over parallel paragraphs"); the
rules were written on the tune half, the held-out half measured once to set its floors."""

from __future__ import annotations

import pytest

from bench.parallel import judged_offline, load_questions

pytestmark = pytest.mark.unit

# (split, direction): (answerable answered at least, near-misses refused at least)
FLOORS = {
    # 25 tune paragraphs since parallel24 (125 answerable, 25 near-misses a direction)
    ("tune", "en→en"): (122, 24),
    ("tune", "en→zh"): (104, 24),
    ("tune", "zh→en"): (115, 23),
    ("tune", "zh→zh"): (122, 23),
    ("holdout", "en→en"): (62, 12),
    ("holdout", "en→zh"): (54, 12),
    ("holdout", "zh→en"): (46, 12),
    ("holdout", "zh→zh"): (63, 12),
}


@pytest.fixture(scope="module", params=["tune", "holdout"])
def judged(request):
    return request.param, judged_offline(load_questions(request.param))


@pytest.mark.parametrize("direction", ["en→en", "en→zh", "zh→en", "zh→zh"])
def test_cross_language_questions_are_answered_and_near_misses_refused(judged, direction):
    split, rows = judged
    mine = [r for r in rows if r["direction"] == direction]
    answered = sum(not r["refused"] for r in mine if r["kind"] == "answerable")
    refused = sum(r["refused"] for r in mine if r["kind"] == "near-miss")
    wrong = [r["id"] for r in mine if r["refused"] != (r["kind"] == "near-miss")]
    floor_answered, floor_refused = FLOORS[split, direction]
    assert answered >= floor_answered, wrong
    assert refused >= floor_refused, wrong
