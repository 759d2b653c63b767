"""answer/answerability.py (refuse25): a Chinese question's subject nouns must be written by the
passages, though none is a name (rule 4 in Chinese), so must every word of the market an English
question names ("the global golf equipment market"), and a name CC-CEDICT gives in the other
script is found in that form, not by a word that sounds like it ("Base" for 巴西). Own passages
over other markets than the marketset's, each near miss with an answerable twin. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import translations
from reportqa.server.answer.answerability import judge
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TEA = [
    hit("2024年中国新式茶饮市场规模为3,547亿元，同比增长6.4%。", lang="zh", title="2025年中国新式茶饮市场研究报告"),
    hit(
        "截至2024年底，全国新式茶饮门店数量约为41.5万家，其中华东地区占32.1%。",
        lang="zh",
        title="2025年中国新式茶饮市场研究报告",
    ),
]
HEAT_PUMPS = [
    hit(
        "Base year 2024; values in US dollars. The global heat pump market was valued at USD 61.2 billion in 2024.",
        title="Global Heat Pump Market Report 2025",
    ),
    hit(
        "Europe was worth USD 18.7 billion in 2024, led by France and Italy.",
        title="Global Heat Pump Market Report 2025",
    ),
]


@pytest.mark.parametrize("question", ["2024年西部地区冷链仓储面积是多少？", "2024年生鲜电商订单金额是多少？"])
def test_a_market_the_passages_do_not_write_is_refused_by_its_nouns(question):
    verdict = judge(question, TEA)
    assert not verdict.answerable and worded(verdict.reason, "en").startswith("the reports do not mention")


@pytest.mark.parametrize("question", ["2024年新式茶饮门店数量是多少？", "2024年华东地区茶饮门店占全国的比重是多少？"])
def test_a_question_whose_nouns_the_passages_write_is_answered(question):
    assert judge(question, TEA).answerable


def test_one_unwritten_noun_is_not_enough():
    # jieba misreads a word of a question now and then; 行业 alone is not another market.
    assert judge("2024年新式茶饮行业门店数量是多少？", TEA).answerable


def test_a_place_the_dictionary_translates_is_not_heard_in_another_word():
    verdict = judge("2024年巴西热泵市场规模是多少？", HEAT_PUMPS)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention 巴西")
    assert judge("2024年欧洲热泵市场规模是多少？", HEAT_PUMPS).answerable


def test_a_dictionary_name_is_also_read_without_its_accents():
    assert "shiseido" in translations("资生堂")


CYCLING = [
    hit(
        "The global cycling equipment market reached USD 74.2 billion in 2024. E-bikes accounted for "
        "USD 31.5 billion, and helmets and protective gear for USD 4.1 billion.",
        title="Global Cycling Equipment Market Report 2025",
    ),
]


@pytest.mark.parametrize(
    "question",
    ["How large was the global golf equipment market in 2024?", "What was the e-scooter market worth in 2024?"],
)
def test_a_market_named_by_a_word_the_passages_do_not_write_is_refused(question):
    verdict = judge(question, CYCLING)
    assert not verdict.answerable and worded(verdict.reason, "en").startswith("the reports do not mention")


@pytest.mark.parametrize(
    "question",
    [
        "How large was the global cycling equipment market in 2024?",
        "What was the e-bike market worth in 2024?",
        "What is the size of the market in 2024?",
    ],
)
def test_a_market_the_passages_name_is_answered(question):
    assert judge(question, CYCLING).answerable
