"""Thirty-second session (lead): cross-language failures left open by the earlier probes, each as a
report-writing habit or a phrasing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect, listed_terms
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

THERAPIES = hit(
    "| 领域 | 2023年 | 2024年 |\n|---|---|---|\n| 细胞与基因治疗 | 37.5 | 38.1 |\n"
    "| 疫苗与抗体 | 58.6 | 79.3 |\n| 小分子 | 500.2 | 520.4 |\n| 合计 | 596.3 | 637.8 |",
    lang="zh",
    doc="therapies-zh.md",
)


def test_plus_joins_the_things_added_and_the_and_inside_each_is_part_of_its_name():
    question = "What was the total 2024 revenue of cell and gene therapy plus vaccines and antibodies?"
    assert listed_terms(question) == ["cell and gene therapy", "vaccines and antibodies"]
    assert formula_of(question, THERAPIES) == "38.1 + 79.3 = 117.4"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the combined revenue of Europe and North America in 2024?", ["Europe", "North America"]),
        ("What was the total of Europe, Japan plus North America in 2024?", ["Europe", "Japan", "North America"]),
    ],
)
def test_lists_without_plus_keep_their_joins(question, expected):
    assert listed_terms(question) == expected


CITY_TIERS = hit(
    "| 城市层级 | 2023年 | 2024年 |\n|---|---|---|\n| 一线城市 | 500 | 550 |\n| 新一线城市 | 400 | 500 |\n"
    "| 二线城市 | 300 | 330 |",
    lang="zh",
    doc="tea-tiers-zh.md",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 新 ("new") is a character the row's words leave out: the question that writes "new" means that row,
        ("By what percentage did tea sales in new tier-1 cities grow from 2023 to 2024?", "500 / 400 - 1 = 25%"),
        # and the one that does not means the row without it, not another kind of city.
        ("By what percentage did tea sales in tier-1 cities grow from 2023 to 2024?", "550 / 500 - 1 = 10%"),
    ],
)
def test_a_left_out_character_of_one_meaning_tells_rows_apart_across_languages(question, expected):
    assert formula_of(question, CITY_TIERS) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a change over the year before, asked by how much, is its rate, as 同比增长多少 is
        ("By how much did China's robot sales grow year on year in 2024?", "relative_change"),
        ("By how much did sales rise year-over-year in 2024?", "relative_change"),
        # with a unit asked, the amount
        ("By how much did shipments grow year on year in GW in 2024?", "change"),
        ("By how much did sales grow from 2023 to 2024?", "change"),
    ],
)
def test_by_how_much_year_on_year_asks_the_rate(question, kind):
    assert detect(question).kind == kind


CLOUDS = hit(
    "# 中国云计算市场研究报告\n\n2024年，中国云计算市场规模达到800亿元，同比增长10.0%，2023年市场规模为727.3亿元。"
    "同期全球云计算市场规模为5,000亿美元，同比增长25.0%。",
    lang="zh",
    doc="market-zh.md",
)


def test_a_rate_is_bound_to_the_thing_an_english_phrase_the_dictionary_lists_names():
    # "cloud computing" is 云计算, where neither "cloud" nor "computing" alone is written.
    question = "Approximately how large was the global cloud computing market in 2023?"
    assert formula_of(question, CLOUDS) == "5000 × (1 + 25%)^(2023 - 2024) = 4000"
