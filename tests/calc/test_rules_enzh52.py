"""English questions over Chinese reports (xprobe35e, enzh52, thirty-fourth session): each rule over an
invented report, in the words an English reader uses for what the Chinese text writes.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _value(question: str, *hits) -> float | None:
    found = calculate(question, list(hits))
    return None if found is None else float(found.result.value)


_RAIL = hit(
    "2024年全国铁路货物周转量为3.6万亿吨公里，同比增长2.0%。2024年全国电动自行车产量为0.45亿辆。",
    lang="zh",
    doc="rail.md",
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 亿 and 万 as an English text of a Chinese report writes them: "100 million", "10,000".
        ("What was the railway freight turnover in 2024, expressed in 100 million tonne-kilometres?", 36000),
        ("Convert the 2024 railway freight turnover to hundred millions of tonne-kilometres.", 36000),
        ("How many electric bicycles were produced in 2024, expressed in 10,000 units?", 4500),
    ],
)
def test_a_chinese_scale_asked_in_english_words_is_converted(question, value):
    assert _value(question, _RAIL) == pytest.approx(value)


_FORECAST = hit(
    "我们预计海洋工程装备市场规模将持续扩大，其中2025年约为800.0亿元，2025—2030年年均复合增长率约为12.0%。",
    lang="zh",
    doc="marine.md",
)


@pytest.mark.parametrize(
    "question",
    ["2024年海洋工程装备市场规模约为多少亿元？", "How big was the marine engineering equipment market in 2024?"],
)
def test_a_cagr_of_later_years_carries_no_figure_back_before_them(question):
    # A 2025-2030 rate says nothing of 2024 -> 2025: 800 / 1.12 is no figure of 2024.
    assert _value(question, _FORECAST) is None
