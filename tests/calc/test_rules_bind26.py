"""Operands among the candidates but not bound (issue 16, bind26): an implied value that names
only the year asked, a share of the table's total row named only as 合计, and a sum of rows
listed with 、 and counted (两者, 三者).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_ROBOTS = "2024年中国服务机器人市场规模为350.0亿元，同比增长25.0%。预计2028年市场规模将达到700亿元。"


@pytest.mark.parametrize(
    "question",
    [
        "按25%的同比增速倒推，2023年中国服务机器人市场规模约为多少亿元？",
        "根据增速推算，2023年服务机器人市场规模是多少亿元？",
    ],
)
def test_an_implied_value_naming_only_the_year_asked_is_carried_back_from_the_next(question):
    assert formula_of(question, hit(_ROBOTS, lang="zh")) == "350 × (1 + 25%)^(2023 - 2024) = 280"


def test_an_implied_value_by_a_rate_the_report_does_not_state_is_refused():
    question = "按20%的同比增速倒推，2023年中国服务机器人市场规模约为多少亿元？"
    assert formula_of(question, hit(_ROBOTS, lang="zh")) is None


_PORTS = (
    "| 货类 | 2024年港口吞吐量（万吨） |\n|---|---|\n| 煤炭 | 1,200 |\n| 矿石 | 800 |\n| 粮食 | 500 |\n| 合计 | 2,500 |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("2024年矿石占合计的比重是多少？", "800 / 2500 = 32%"),
        ("按吞吐量计，2024年粮食占合计的份额是多少？", "500 / 2500 = 20%"),
    ],
)
def test_a_share_of_the_total_named_only_as_such_is_of_the_total_row(question, formula):
    assert detect(question).kind == "share"
    assert formula_of(question, hit(_PORTS, lang="zh")) == formula


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("2024年煤炭、粮食两者吞吐量共计多少万吨？", "1200 + 500 = 1700"),
        ("2024年煤炭、矿石、粮食三者吞吐量共计多少？", "1200 + 800 + 500 = 2500"),
    ],
)
def test_rows_listed_with_a_count_are_each_added(question, formula):
    assert formula_of(question, hit(_PORTS, lang="zh")) == formula


def test_a_listed_row_the_table_lacks_is_refused():
    assert formula_of("2024年煤炭、木材两者吞吐量共计多少？", hit(_PORTS, lang="zh")) is None
