"""The sixteenth session's ratio rules: ratios, per-unit values, averages and sums of named rows
as free phrasing asks them."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate, forecast_end_named
from tests.support.passages import hit

pytestmark = pytest.mark.unit

REGIONS_EN = hit(
    "| Region | Revenue 2023 (USD million) | Revenue 2024 (USD million) |\n|---|---|---|\n"
    "| Europe | 1,946.2 | 2,588.3 |\n| North America | 5,820.4 | 6,914.7 |\n| China | 2,986.4 | 3,642.5 |",
    doc="regions-en.md",
    title="Global Satellite Broadband Market 2025",
)


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        # "How many times A was B" reads as "how many times the size of A was B": B over A.
        (
            "How many times Europe's satellite broadband revenue was North America's in 2024?",
            ("North America's satellite broadband revenue", "Europe's satellite broadband revenue"),
        ),
        (
            "In 2024, how many times the user-side additions were grid-side storage additions?",
            ("grid-side storage additions", "the user-side additions"),
        ),
    ],
)
def test_how_many_times_a_was_b_is_b_over_a(question, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == ("ratio", pair)


def test_how_many_times_a_was_b_computes_b_over_a():
    found = calculate("How many times Europe's revenue was North America's in 2024?", [REGIONS_EN])
    assert found is not None and found.result.formula == "6914.7 / 2588.3 = 2.67"


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        # The count of the things added and the measure after it or after 合计 belong to neither thing.
        ("2024年防晒与身体护理两个品类合计销售额为多少亿美元？", ("防晒销售额", "身体护理销售额")),
        ("2024年肿瘤和免疫两类生物类似药收入合计是多少？", ("肿瘤生物类似药收入", "免疫生物类似药收入")),
        (
            "2024年海事和机载通信两个细分市场的卫星宽带收入合计多少百万美元？",
            ("海事卫星宽带收入", "机载通信卫星宽带收入"),
        ),
        # A year beside a name is no part of it.
        ("玛氏宠物护理和雀巢普瑞纳2024年宠物食品净销售额合计多少？", ("玛氏宠物护理", "雀巢普瑞纳")),
    ],
)
def test_a_chinese_sum_of_two_named_rows_names_each_without_count_or_year(question, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == ("sum", pair)


SEGMENTS_EN = hit(
    "| Segment | Revenue 2024 (USD million) |\n|---|---|\n| Residential | 7,632.3 |\n| Maritime | 1,437.5 |\n"
    "| Aviation | 1,274.5 |\n\nThe global satellite broadband market generated revenue of USD 14.82 billion in 2024.",
    doc="segments-en.md",
    title="Global Satellite Broadband Market 2025",
)


def test_a_sum_whose_row_is_not_found_refuses_rather_than_take_the_whole_market():
    # 机载 is read as no word of the English rows: the market's own revenue is no row of it.
    found = calculate("2024年海事和机载测控两个细分市场的卫星宽带收入合计多少百万美元？", [SEGMENTS_EN])
    assert found is None


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("2024年北美收入除以欧洲收入是多少？", ("2024年北美收入", "欧洲收入")),
        (
            "2024年西部地区快递业务收入除以西部地区快递业务量是多少？",
            ("2024年西部地区快递业务收入", "西部地区快递业务量"),
        ),
    ],
)
def test_a_divided_by_b_in_chinese_is_a_over_b(question, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == ("ratio", pair)


def test_a_divided_by_b_in_chinese_computes_a_over_b():
    found = calculate("2024年北美收入除以欧洲收入是多少？", [REGIONS_EN])
    assert found is not None and found.result.formula == "6914.7 / 2588.3 = 2.67"


MODALITIES_EN = hit(
    "| Modality | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n| CT | 412.7 | 1,850.2 |\n"
    "| Ultrasound | 143.6 | 868.4 |",
    doc="imaging-en.md",
    title="Medical Imaging AI Market 2025",
)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("到预测期末，超声的收入将是2024年的多少倍？", "2030年，超声的收入将是2024年的多少倍？"),
        (
            "How many times its 2024 revenue will ultrasound revenue be at the end of the forecast period?",
            "How many times its 2024 revenue will ultrasound revenue be in 2030?",
        ),
        # No row runs past the year asked: the question stays as asked.
        ("到预测期末，超声的收入将是2030年的多少倍？", "到预测期末，超声的收入将是2030年的多少倍？"),
    ],
)
def test_the_end_of_the_forecast_period_is_the_last_year_of_the_subjects_row(question, named):
    assert forecast_end_named(question, [MODALITIES_EN]) == named


def test_a_ratio_to_the_end_of_the_forecast_period_is_computed_over_that_year():
    question = forecast_end_named("到预测期末，超声的收入将是2024年的多少倍？", [MODALITIES_EN])
    found = calculate(question, [MODALITIES_EN])
    assert found is not None and found.result.formula == "868.4 / 143.6 = 6.05"
