"""Calculations the wider set (tests/data/wider, issue 16, wider29) showed lost on reports no rule
was written on: an amount asked "in RMB billion" (currency before scale) is a conversion, or carried
back a year where the report states only the next year's and its growth; the share
of "the five largest companies" is no one figure's share; a CAGR asked between two years "按 … 计算" is
implied from their figures, not a projection.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_PLATFORMS = hit(
    "2024年中国工业软件市场规模为2,486.3亿元，同比增长15.2%，2023年为2,158.2亿元。",
    lang="zh",
    doc="software-zh.md",
    title="2025年中国工业软件市场研究报告",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was China's industrial software market in 2024 in RMB billion?",
        "How large was China's industrial software market in 2024, in CNY billion?",
    ],
)
def test_an_amount_asked_in_rmb_billion_is_converted_from_the_reports_yi(question):
    assert detect(question).kind == "convert"
    assert formula_of(question, _PLATFORMS) == "2486.3 亿 = 248.63 billion"


def test_a_year_the_report_states_only_as_the_next_years_growth_is_carried_back_not_converted():
    grown = hit("Among Chinese vendors, Coolwell grew its cooling revenue by 43.5% to CNY 2.86 billion.")
    question = "Coolwell's cooling revenue in 2023 was roughly how much, in CNY billion?"
    assert formula_of(question, grown) is None  # no year to carry from: quoted, not converted
    dated = hit("Among Chinese vendors, Coolwell grew its cooling revenue in 2024 by 43.5% to CNY 2.86 billion.")
    assert formula_of(question, dated) == "2.86 × (1 + 43.5%)^(2023 - 2024) = 1.99"


def test_an_amount_asked_in_usd_million_is_no_conversion():
    # Reports write dollars in millions and billions as asked: the figure is quoted or computed, not converted.
    intent = detect("How much revenue did oncology generate in 2024, in USD million?")
    assert intent is None or intent.kind != "convert"


_LEADERS = (
    "| Region | 2024 (USD million) |\n|---|---|\n| Europe | 1,000.0 |\n| Global | 3,000.0 |",
    "Within Europe, Germany was the largest market, at USD 400.0 million in 2024.",
)


def test_the_share_of_the_largest_companies_is_not_one_things_share():
    hits = [hit(text) for text in _LEADERS]
    assert formula_of("What share of global revenue did the five largest companies hold in 2024?", *hits) is None


def test_one_named_things_share_is_still_computed():
    hits = [hit(text) for text in _LEADERS]
    assert formula_of("What share of European revenue did Germany account for in 2024?", *hits) == ("400 / 1000 = 40%")


_FORECAST = hit(
    "2024年中国工业软件市场规模为2,486.3亿元，2023年为2,158.2亿元。我们预计到2030年，市场规模将达到6,120亿元，"
    "2024—2030年复合增长率为16.2%。",
    lang="zh",
    doc="software-zh.md",
    title="2025年中国工业软件市场研究报告",
)


def test_a_cagr_asked_between_two_years_by_their_figures_is_implied_from_them():
    question = "按2023年市场规模和2030年预测值计算，2023—2030年中国工业软件市场的复合增长率是多少？"
    assert detect(question).kind == "implied_cagr"
    assert formula_of(question, _FORECAST) == "(6120 / 2158.2)^(1/7) - 1 = 16.06%"


def test_a_figure_asked_at_a_stated_cagr_is_still_projected():
    assert detect("按2024年的规模和16.2%的复合增长率推算，2030年市场规模是多少？").kind == "projection"
