"""Thirty-fourth session (lead): the measure a Chinese question asks, read from how it is written, over
invented English passages."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import _asked_measures, judge
from tests.support.passages import hit

pytestmark = pytest.mark.unit

_FIBRE = hit(
    "Fibre subscribers reached 3.2 million at the end of 2024. The average household ARPU fell to USD 41 per "
    "month in 2024 from USD 44 in 2023, as operators cut prices.",
    title="Global Fibre Broadband Market Report 2025",
)


@pytest.mark.parametrize(
    "question",
    [
        # 用户 says whose ARPU: the measure is the initialism after 的, not a number of users.
        "2024年家庭用户的平均ARPU是多少？",
        # The question's own initialism for the measure it names, however many words come before it.
        "家庭用户每月平均收入（ARPU）在2024年为多少？",
    ],
)
def test_an_initialism_a_chinese_question_asks_is_the_measure_an_english_passage_writes(question):
    assert judge(question, [_FIBRE]).answerable


def test_a_measure_word_before_de_with_no_measure_after_it_is_still_asked():
    # 用户的数量 asks a number of users: a passage stating only ARPU does not answer it.
    assert not judge(
        "2024年ARPU用户的数量是多少？", [hit("The average household ARPU was USD 41 per month in 2024.")]
    ).answerable


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("2024年家庭用户的平均ARPU是多少？", []),
        ("2024年家庭用户的收入是多少？", ["收入"]),
        # An operation after 的 is no measure: 销量的CAGR asks the CAGR of sales.
        ("2020-2024年该市场销量的CAGR是多少？", ["销量"]),
        ("2024年用户的数量是多少？", ["用户"]),
    ],
)
def test_the_measure_asked_is_the_head_after_de(question, asked):
    assert _asked_measures(question) == asked
