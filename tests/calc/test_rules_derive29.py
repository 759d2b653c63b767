"""Figures derived from a stated one (issue 16, derive29): the complement of a share stated "of" a
whole, a value implied by a figure and the rate its own clause states, a projection from the year a
stated CAGR runs from and of the figure its forecast grows into.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_HELD = "The five largest makers together held 64.0% of global revenue in 2024."
_TWO_MEASURES = (
    "Japan accounted for 31.5% of global kiln revenue in 2024 and 42.0% of shipments, as its makers sell abroad."
)


@pytest.mark.parametrize(
    ("question", "text", "formula"),
    [
        ("Which share of global revenue in 2024 was not held by the five largest makers?", _HELD, "100% - 64% = 36%"),
        (
            "What portion of global kiln revenue in 2024 was generated outside Japan?",
            _TWO_MEASURES,
            "100% - 31.5% = 68.5%",
        ),
        (
            "Excluding Japan, what share of global kiln shipments did the rest account for in 2024?",
            _TWO_MEASURES,
            "100% - 42% = 58%",
        ),
    ],
)
def test_a_share_stated_of_a_whole_is_taken_out_of_it_for_the_measure_asked(question, text, formula):
    assert detect(question).kind == "complement"
    assert formula_of(question, hit(text)) == formula


def test_a_complement_of_another_measure_than_the_share_stated_is_refused():
    text = "Japan accounted for 31.5% of global kiln revenue in 2024, as its makers sell abroad."
    question = "Excluding Japan, what share of global kiln shipments did the rest account for in 2024?"
    assert formula_of(question, hit(text)) is None


_SPLIT = "2024年全国冷库新增容量为480万吨。其中华南地区新增120万吨。我们预计到2030年全国冷库新增容量将达到1,000万吨，2024—2030年复合增长率约为13.0%。"


@pytest.mark.parametrize(
    "question",
    [
        "按2024—2030年的复合增长率推算，2026年全国冷库新增容量约为多少万吨？",
        "At the 2024-2030 CAGR, what would the national cold-storage addition be in 2026?",
    ],
)
def test_a_span_the_question_gives_its_rate_over_is_the_rate_s_period_not_the_year_asked(question):
    assert detect(question).years == (2024, 2026)


def test_a_projection_grows_the_figure_the_rate_s_forecast_grows_into():
    # 华南's 120万吨 is a figure of 2024 as well; grown at 13.0% it comes nowhere near the 1,000万吨 forecast.
    question = "按2024—2030年的复合增长率推算，2026年全国冷库新增容量约为多少万吨？"
    assert formula_of(question, hit(_SPLIT, lang="zh")) == "480 × (1 + 13%)^(2026 - 2024) = 612.91"


@pytest.mark.parametrize(
    "text",
    [
        "2024年华南地区冷库新增容量为120万吨。我们预计到2030年全国冷库新增容量将达到1,000万吨，2024—2030年复合增长率约为13.0%。",
        _SPLIT,  # the national 480万吨 grows into the forecast, but it is not 华南's
    ],
)
def test_a_projection_of_a_part_at_the_whole_s_rate_is_refused(text):
    question = "按2024—2030年的复合增长率推算，2026年华南地区冷库新增容量约为多少万吨？"
    assert formula_of(question, hit(text, lang="zh")) is None


def test_a_projection_asked_by_its_year_alone_grows_the_year_the_rate_runs_from():
    text = (
        "2024年中国智能锁市场规模为500.0亿元。我们预计2025年市场规模约为560亿元。"
        "我们预计到2030年中国智能锁市场规模将达到900亿元，2024—2030年复合增长率为10.3%。"
    )
    question = "按预测的复合增长率，2026年中国智能锁市场规模约为多少亿元？"
    assert formula_of(question, hit(text, lang="zh")) == "500 × (1 + 10.3%)^(2026 - 2024) = 608.3"


def test_a_company_s_later_figure_is_not_grown_at_the_market_s_rate():
    text = (
        "The global kiln market generated revenue of USD 14.82 billion in 2024. We forecast revenue to grow from "
        "USD 14.8 billion in 2024 to USD 46.5 billion by 2030, a CAGR of 21.0%. Kilnco reported kiln revenue of "
        "USD 1,186.5 million in fiscal 2025."
    )
    question = "At a CAGR of 21.0%, what will global kiln market revenue be in 2027?"
    assert formula_of(question, hit(text)) == "14.8 × (1 + 21%)^(2027 - 2024) = 26.22"


@pytest.mark.parametrize(
    "question",
    [
        "Backing out the reported growth, what was Kilnco's revenue in 2023?",
        "Working back from its growth, what was Kilnco's revenue in 2023?",
    ],
)
def test_backing_out_a_growth_rate_asks_for_the_implied_value(question):
    assert detect(question).kind == "implied_value"


def test_of_two_rates_in_a_sentence_the_one_beside_the_figure_is_its_own():
    text = (
        "Kilnco reported revenue of USD 312.5 million in 2024, up 41.3% year on year, "
        "and Ovenco's revenue was USD 118.6 million in 2024, down 4.2%."
    )
    assert formula_of("Given its growth, what was Kilnco's revenue in 2023?", hit(text)) == (
        "312.5 × (1 + 41.3%)^(2023 - 2024) = 221.16"
    )
