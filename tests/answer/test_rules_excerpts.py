"""answer/excerpts.py: what a model's prompt shows of each passage."""

from __future__ import annotations

import pytest

from reportqa.server.answer.excerpts import excerpts
from tests.support.passages import EN_SIZE, ZH_SIZE, hit

pytestmark = pytest.mark.unit

LONG_EN = (
    "Call centers handle inbound and outbound contacts. "
    "The global call center market was valued at USD 34.03 billion in 2025. "
    "Vendors compete on workforce tools. "
    "Cloud deployment grows fastest."
)


def test_whole_passages_unless_a_sentence_budget_is_set():
    passages = [hit(EN_SIZE), hit("Cloud deployment grows fastest.")]
    assert excerpts("What was the market size in 2025?", passages, 0, "en") == [
        EN_SIZE,
        "Cloud deployment grows fastest.",
    ]


def test_the_best_sentences_in_passage_order():
    [shown] = excerpts("What was the call center market valued at in 2025?", [hit(LONG_EN)], 2, "en")
    assert "USD 34.03 billion in 2025" in shown
    assert shown.count(" … ") == 1  # two sentences of four
    first, second = shown.split(" … ")
    assert LONG_EN.index(first) < LONG_EN.index(second)


def test_amounts_of_the_other_language_are_shown_in_the_askers_scale():
    # A 1.5B model asked in English about 100.6亿美元 writes "100.6 billion": it is shown the converted amount.
    [shown] = excerpts("How large was the US tech support market in 2025?", [hit(ZH_SIZE, lang="zh")], 0, "en")
    assert "USD 10.06 billion" in shown and "USD 14.57 billion" in shown and "亿" not in shown
    [shown] = excerpts("全球客服中心市场2025年规模是多少？", [hit(EN_SIZE)], 0, "zh")
    assert "340.3亿美元" in shown and "billion" not in shown
    # Same language: the passage as written.
    assert excerpts("美国技术支持市场规模是多少？", [hit(ZH_SIZE, lang="zh")], 0, "zh") == [ZH_SIZE]
