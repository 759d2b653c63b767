"""calc on tables whose columns hold several years of one measure beside a share or growth
of one year only (tables23): a figure is read for the year the question asks, never another's.

Model-free: each hit is written by hand (tests/support/passages.py).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.support.passages import computed

pytestmark = pytest.mark.unit


SHARE_OF_ONE_YEAR_EN = """| Region | 2023 (GW) | 2024 (GW) | Share of 2024 global |
|---|---|---|---|
| China | 75.7 | 79.8 | 65.8% |
| Europe | 17.8 | 16.4 | 13.5% |
| Global | 116.6 | 121.3 | 100.0% |"""

SHARE_OF_ONE_YEAR_ZH = """| 品类 | 2023年（亿元） | 2024年（亿元） | 2024年占比 |
|---|---|---|---|
| 智能空调 | 1,540.2 | 1,712.9 | 23.5% |
| 智能厨电 | 632.7 | 768.3 | 10.5% |
| 合计 | 6,636.1 | 7,286.4 | 100.0% |"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (
            SHARE_OF_ONE_YEAR_EN,
            "What share of 2023 global installations did Europe account for?",
            D("17.8") / D("116.6") * 100,
        ),
        (SHARE_OF_ONE_YEAR_ZH, "2023年智能空调占总额的比重是多少？", D("1540.2") / D("6636.1") * 100),
    ],
)
def test_a_share_stated_for_another_year_is_computed_for_the_year_asked(text, question, expected):
    assert computed(text, question) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (SHARE_OF_ONE_YEAR_EN, "What share of 2024 global installations did Europe account for?"),
        (SHARE_OF_ONE_YEAR_ZH, "2024年智能空调占总额的比重是多少？"),
    ],
)
def test_a_share_stated_for_the_year_asked_is_quoted_not_recomputed(text, question):
    assert computed(text, question) is None


EXAMPLES_IN_A_LABEL = """| 分子类型 | CDMO收入（亿元） 2023年 | CDMO收入（亿元） 2024年 |
| --- | --- | --- |
| 小分子 | 512.4 | 528.7 |
| 大分子（抗体、重组蛋白等） | 176.8 | 196.5 |
| 合计 | 785.3 | 842.6 |"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2024年大分子CDMO收入比2023年增加了多少亿元？", D("19.7")),
        ("2024年小分子CDMO收入比2023年增加了多少亿元？", D("16.3")),
    ],
)
def test_a_bracket_of_examples_is_no_part_of_a_row_s_name(question, expected):
    # 大分子 names the whole of its row as 小分子 names its own: the examples (抗体、重组蛋白) are what it holds.
    assert computed(EXAMPLES_IN_A_LABEL, question) == expected


JOINED_LABELS = """| 分子类型 | CDMO收入（亿元） 2023年 | CDMO收入（亿元） 2024年 |
| --- | --- | --- |
| 多肽与寡核苷酸 | 58.6 | 79.3 |
| 细胞与基因治疗 | 37.5 | 38.1 |
| 合计 | 785.3 | 842.6 |"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("细胞与基因治疗的CDMO收入从2023年到2024年变化了多少？", D("0.6")),
        ("多肽与寡核苷酸的CDMO收入从2023年到2024年增长了百分之几？", D("35.32")),
    ],
)
def test_a_row_whose_label_joins_two_words_is_one_thing_whose_change_is_asked(question, expected):
    assert computed(JOINED_LABELS, question) == expected
