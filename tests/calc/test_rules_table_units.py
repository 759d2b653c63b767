"""A table's one currency is not the unit of a column headed by a count or a physical unit
(tablegen22): "2024年业务量（亿件）" beside "2024年快递收入（亿元）" holds parcels, not yuan. Read as
yuan, a ratio of two rows' volumes met the money column of the second row and divided 132.7
"yuan" by 442.6亿元 (0 倍): a wrong figure. Typed tables of other markets, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.operands import candidates_of
from tests.support.passages import computed, hit

pytestmark = pytest.mark.unit

PARCELS = """| 企业 | 2024年业务量（亿件） | 市场份额 | 2024年快递收入（亿元） |
| --- | --- | --- | --- |
| 甲快递 | 339.8 | 19.5% | 442.6 |
| 乙速运 | 132.7 | 7.6% | 1,186.3 |
| 合计 | 1,745.8 | 100.0% | 14,032.6 |"""

BROADBAND = """| 运营商 | 2024年宽带用户（万户） | 2024年宽带收入（亿元） |
| --- | --- | --- |
| 丙电信 | 19,340.0 | 1,012.4 |
| 丁移动 | 31,520.0 | 1,386.1 |
| 合计 | 66,980.0 | 3,175.2 |"""

HOUSING = """| 城市 | 2024年新房成交（万套） | 2024年新房成交额（亿元） |
| --- | --- | --- |
| 戊市 | 8.6 | 1,720.5 |
| 己市 | 5.2 | 1,342.8 |"""


def test_a_count_column_takes_no_currency_of_the_table() -> None:
    cells = candidates_of([hit(PARCELS, lang="zh", doc="parcels.md")])
    units = {c.heading: c.operand.measure.unit for c in cells if c.label == "甲快递"}
    assert units["2024年业务量（亿件）"] == ""
    assert units["2024年快递收入（亿元）"] == "CNY"


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (PARCELS, "按业务量计，2024年乙速运是甲快递的多少倍？", D("0.3905")),
        (PARCELS, "2024年甲快递和乙速运的业务量合计是多少？", D("472.5")),
        (BROADBAND, "按宽带用户计，2024年丁移动是丙电信的多少倍？", D("1.63")),
        (HOUSING, "按新房成交额计，2024年戊市是己市的多少倍？", D("1.28")),  # the money column still is money
    ],
)
def test_counts_are_combined_within_their_own_column(text, question, expected) -> None:
    assert computed(text, question) == expected


SEGMENTS = """| 产品类型 | 2024年规模（亿元） | 同比增速 |
| --- | --- | --- |
| 甲类硬件 | 352.1 | 3.9% |
| 乙类服务 | 226.5 | 12.4% |
| 合计 | 826.5 | 7.8% |"""

REGIONS = """| Region | 2023 (USD bn) | 2024 (USD bn) |
|---|---|---|
| Northland | 146.8 | 152.4 |
| Southland | 92.1 | 95.3 |
| Total | 389.6 | 412.2 |"""


WORLD = """| Region | 2023 (USD bn) | 2024 (USD bn) |
|---|---|---|
| Northland | 146.8 | 152.4 |
| Southland | 92.1 | 95.3 |
| Global | 389.6 | 412.2 |"""

WORLD_ZH = """| 地区 | 2023年（亿元） | 2024年（亿元） |
|---|---|---|
| 北部 | 146.8 | 152.4 |
| 南部 | 92.1 | 95.3 |
| 全球 | 389.6 | 412.2 |"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # A whole named only as "the total" (总额, the total) is the total row of the part's own column.
        (SEGMENTS, "2024年乙类服务的规模占总额的百分之多少？", D("27.40")),
        (REGIONS, "Southland's market size in 2023 as a percentage of the total?", D("23.64")),
        (REGIONS, "What percentage of total market size in 2024 came from Northland?", D("36.97")),
        # A table that writes no "Total" row has its world row ("Global", "全球") as the total.
        (WORLD, "Southland's market size in 2023 as a percentage of the total?", D("23.64")),
        (WORLD, "What percentage of total market size in 2024 came from Northland?", D("36.97")),
        (WORLD_ZH, "2024年南部的市场规模占总额的百分之多少？", D("23.12")),
    ],
)
def test_a_bare_total_is_the_total_row_of_the_part_column(text, question, expected) -> None:
    assert computed(text, question) == expected


def test_a_total_that_names_another_thing_is_not_the_total_row() -> None:
    # "the total Asian market" is no row of this table: refused, not Southland / Total.
    assert computed(REGIONS, "What share of the total Asian market did Southland account for in 2024?") is None
