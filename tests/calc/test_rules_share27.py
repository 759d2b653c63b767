"""Shares bound from the right figures (issue 16, share27): a share's part is a figure its own
clause or row names, not another thing's of the same sentence or table, and a share asked over
two years is no one year's share.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_BICYCLES = (
    "The global bicycle market reached USD 80.0 billion in 2024. Within Asia, India generated USD 6.0 "
    "billion, and Vietnam and Thailand together accounted for most of the rest."
)


def test_a_share_of_a_part_its_clause_names_is_computed():
    question = "What share of the global bicycle market did India account for in 2024?"
    assert formula_of(question, hit(_BICYCLES)) == "6 / 80 = 7.5%"


def test_a_part_named_only_beside_another_things_figure_is_refused():
    question = "What share of the global bicycle market did Vietnam account for in 2024?"
    assert formula_of(question, hit(_BICYCLES)) is None


_WIND = "| 类型 | 2024年新增装机（GW） |\n|---|---|\n| 集中式风电 | 60.0 |\n| 分散式风电 | 20.0 |\n| 合计 | 80.0 |"


def test_a_share_of_a_row_the_part_names_is_of_that_row():
    question = "2024年分散式风电占新增装机的比重是多少？"
    assert formula_of(question, hit(_WIND, lang="zh", title="中国风电报告")) == "20 / 80 = 25%"


def test_a_part_no_row_names_is_not_a_neighbouring_row():
    # 风电 is the title's, every row's: 海上 is what tells the part, and no row writes it.
    question = "2024年海上风电占新增装机的比重是多少？"
    assert formula_of(question, hit(_WIND, lang="zh", title="中国风电报告")) is None


_TIERS = (
    "| 城市层级 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 一线城市 | 400 | 450 |\n| 其他城市 | 600 | 750 |\n"
    "| 合计 | 1,000 | 1,200 |"
)


def test_a_share_over_two_years_is_not_one_years_share():
    # Its move in points: each year's share, the later less the earlier (calc33), not 2024's share alone.
    question = "一线城市占合计的比重从2023年到2024年变化了多少个百分点？"
    assert formula_of(question, hit(_TIERS, lang="zh", title="中国茶饮市场报告")) == (
        "450 / 1200 × 100 - 400 / 1000 × 100 = -2.5 pp"
    )


def test_a_share_of_one_year_of_the_same_table_is_computed():
    question = "2023年一线城市占合计的比重是多少？"
    assert formula_of(question, hit(_TIERS, lang="zh", title="中国茶饮市场报告")) == "400 / 1000 = 40%"


_SCOOTERS = (
    "2024年，中国电动自行车销量为5,000万辆，同比增长8.0%。"
    "其中，青岚出行电动自行车销量为800万辆，同比增长12.0%；远川车业电动自行车销量为600万辆。"
)


def test_the_whole_of_a_share_is_not_another_companys_figure_beside_the_part():
    question = "2024年远川车业电动自行车销量占全国电动自行车销量的比例是多少？"
    assert formula_of(question, hit(_SCOOTERS, lang="zh", title="中国电动自行车市场研究报告")) == "600 / 5000 = 12%"
