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
