"""Thirty-second session (lead): cross-language failures left open by the earlier probes, each as a
report-writing habit or a phrasing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import listed_terms
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
