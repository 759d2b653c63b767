"""Calculation wordings analysts use that the rules did not read (calc23): a year's figure implied
by the next year's and its growth when the question does not say "given its growth", two shares
held together, 比…大多少 / "what multiple of" / "how many did it add", 复合增速 as a CAGR, and
ratios below 1 shown to four significant digits. Hand-written passages of made-up markets,
model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.calculator import show
from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from tests.support.passages import computed, hit

pytestmark = pytest.mark.unit

ZH_GROWTH = (
    "2024年中国工业软件市场规模为2,480.0亿元，同比增长12.4%。其中研发设计类软件占比为21.5%，生产控制类软件占比为38.2%。"
)
ZH_GROWTH_AND_PRIOR = "2024年中国工业软件市场规模为2,480.0亿元，同比增长12.4%，2023年为2,206.4亿元。"
ZH_OTHER_MEASURE = "甲公司占全球出货量的18.0%。其业务收入为320.0亿元，同比下降4.0%。"
EN_REGIONS = """| Region | 2024 (USD billion) |
|---|---|
| Northland | 8.0 |
| Southland | 30.0 |"""
ZH_SHARES = """| 厂商 | 整机市场份额（2024年） | 软件市场份额（2024年） |
|---|---|---|
| 阿里云 | 24.0% | 12.0% |
| 华为云 | 15.5% | 9.0% |
| 其他 | 60.5% | 79.0% |"""


@pytest.mark.parametrize(
    ("value", "shown"),
    [("0.28840970", "0.2884"), ("-0.4673", "-0.4673"), ("0.5", "0.5"), ("12.345", "12.35"), ("3.4673", "3.47")],
)
def test_a_value_below_one_keeps_four_significant_digits(value: str, shown: str) -> None:
    assert show(D(value)) == shown


@pytest.mark.parametrize(
    "question", ["2024年至2030年欧洲市场的复合增速是多少？", "2024—2030年北美市场的年均复合增速是多少？"]
)
def test_a_compound_growth_speed_is_a_cagr_not_the_total_change(question: str) -> None:
    intent = detect(question)
    assert intent is not None and intent.kind == "implied_cagr" and intent.years == (2024, 2030)


def test_a_years_figure_asked_plainly_is_implied_by_the_next_years_growth() -> None:
    assert computed(ZH_GROWTH, "2023年中国工业软件市场规模约为多少亿元？") == D("2206.41")


def test_a_stated_figure_of_that_year_is_quoted_not_implied() -> None:
    assert computed(ZH_GROWTH_AND_PRIOR, "2023年中国工业软件市场规模约为多少亿元？") is None


def test_another_measures_growth_does_not_imply_the_one_asked() -> None:
    # 出货量 asked; the sentence's rate is of its revenue (收入): no figure beats 333.33亿元 as "GWh".
    assert computed(ZH_OTHER_MEASURE, "甲公司2023年出货量大概有多少GWh？") is None


@pytest.mark.parametrize("question", ["What was the market's share in 2023?", "2023年中国工业软件市场增速是多少？"])
def test_a_rate_asked_plainly_is_not_carried_back(question: str) -> None:
    assert detect(question) is None


def test_two_shares_held_together_are_added() -> None:
    assert computed(ZH_SHARES, "阿里云和华为云合计占2024年整机市场的份额是多少？") == D("39.5")


def test_a_sum_that_asks_a_share_adds_the_shares_not_the_amounts() -> None:
    assert computed(ZH_GROWTH, "2024年研发设计类与生产控制类软件合计占比多少？") == D("59.7")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Northland's market was what multiple of Southland's in 2024?", D("0.2667")),
        ("What multiple of Northland's market was Southland's market in 2024?", D("3.75")),
    ],
)
def test_what_multiple_of_divides_by_the_thing_it_names(question: str, value: D) -> None:
    assert computed(EN_REGIONS, question) == value


def test_bigger_by_how_much_is_a_difference() -> None:
    intent = detect("2024年整机市场规模比软件大多少亿元？")
    assert intent is not None and intent.kind == "change"


def test_how_many_a_year_added_is_its_change_from_the_year_before() -> None:
    intent = detect("How many GWh of shipments did the world add in 2024?")
    assert intent is not None and intent.kind == "change" and intent.years == (2023, 2024)


ZH_ROWS = """| 企业 | 2024年出货量（GWh） | 同比增长 | 份额 |
|---|---|---|---|
| 恒储科技 | 86.4 | 52.1% | 28.0% |
| 远川电池 | 28.1 | 41.2% | 9.1% |"""
ZH_ROWS_TWO_YEARS = """| 企业 | 2023年出货量（GWh） | 2024年出货量（GWh） | 同比增长 |
|---|---|---|---|
| 恒储科技 | 56.8 | 86.4 | 52.1% |"""


def test_a_table_rows_growth_column_carries_its_amount_back_a_year() -> None:
    assert computed(ZH_ROWS, "恒储科技2023年出货量大概有多少GWh？") == D("56.80")


def test_a_row_of_two_years_is_not_carried_back_two_years() -> None:
    # The growth is into 2024; 2022 is not 56.8 less 52.1%.
    assert computed(ZH_ROWS_TWO_YEARS, "恒储科技2022年出货量大概有多少GWh？") is None


def test_three_things_joined_by_and_are_not_split_into_two_shares() -> None:
    intent = detect("What share of revenue did burgers and patties and sausages make up together in 2024?")
    assert intent is None or intent.kind != "sum"


EN_GROWTH = "Total revenue was USD 1,204.0 million in 2019, up 5% on the year before."
EN_YEARS_TABLE = """| Segment (USD million) | 2019 | 2018 |
|---|---|---|
| Products | 800.0 | 761.0 |
| Services | 404.0 | 386.0 |
| Total | 1,204.0 | 1,147.0 |"""


@pytest.mark.parametrize("said", [EN_GROWTH, "Total revenue was USD 1.2 billion in 2019, up 5% on the year before."])
def test_a_year_the_base_s_table_row_gives_is_not_carried_back(said: str) -> None:
    # 1204.0 / 1.05 is off by up to half a point of a rounded rate; the row of 1,204.0 gives 2018.
    question = "What was total revenue in 2018?"
    assert calculate(question, [hit(said, doc="annual-en.md")]) is not None
    assert calculate(question, [hit(said, doc="annual-en.md"), hit(EN_YEARS_TABLE, doc="annual-en.md")]) is None
    # A table of other figures of 2018 states no 2018 figure of the base's.
    others = EN_YEARS_TABLE.rsplit("\n", 1)[0]
    assert calculate(question, [hit(said, doc="annual-en.md"), hit(others, doc="annual-en.md")]) is not None
