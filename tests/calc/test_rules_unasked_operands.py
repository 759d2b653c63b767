"""Operands the question did not ask for (issue 16, calc22): on new questions over the marketset
reports, calculations took the whole market's sentence for a table row the question names, added
every share of a table (its unlabelled 100% total too) when an amount was asked, read "based on
China's share …, how many robots" as a share, and averaged the total's two years for "the five
segments". Each is refused now; typed here over other markets, in both languages, with the
question the same report does answer beside it.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _value(question: str, *hits) -> float | None:
    found = calculate(question, list(hits))
    return None if found is None else float(found.result.value)


_HEAT_PUMPS = (
    hit("The European heat pump market was worth EUR 12.0 billion in 2024, up 6.0% year on year.", doc="hp.md"),
    hit(
        "| Segment | 2024 (EUR billion) | Growth |\n|---|---|---|\n| Air-to-water | 7.0 | 9.0% |\n"
        "| Ground-source | 2.0 | 3.0% |",
        doc="hp.md",
    ),
)
_SECURITY = (
    hit("2024年中国安防软件市场规模为200.0亿元，同比增长10.0%。", lang="zh", doc="sec.md"),
    hit(
        "| 模块 | 2024年规模（亿元） | 同比增速 |\n|---|---|---|\n| 视频分析 | 80.0 | 20.0% |\n| 门禁管理 | 50.0 | 5.0% |",
        lang="zh",
        doc="sec.md",
    ),
)


@pytest.mark.parametrize(
    ("question", "hits", "own"),
    [
        ("What was the air-to-water segment worth in 2023, given its 2024 size and growth?", _HEAT_PUMPS, 7.0 / 1.09),
        (
            "Given its 2024 size and growth rate, what were ground-source heat pump sales in 2023?",
            _HEAT_PUMPS,
            2.0 / 1.03,
        ),
        ("视频分析模块2023年规模约为多少亿元？", _SECURITY, 80.0 / 1.2),
        ("根据门禁管理2024年规模及增速，推算其2023年规模约为多少亿元？", _SECURITY, 50.0 / 1.05),
    ],
)
def test_a_named_row_is_not_implied_from_the_whole_market_s_sentence(question, hits, own):
    # The row's own growth column carries it back (calc23), never the whole market's rate.
    assert _value(question, *hits) == pytest.approx(own, rel=1e-3)


def test_the_whole_market_is_still_implied_from_its_own_sentence():
    value = _value(
        "What was the European heat pump market worth in 2023, given its 2024 size and growth?", *_HEAT_PUMPS
    )
    assert value == pytest.approx(12.0 / 1.06, rel=1e-3)


_INSTALLS = hit(
    "| Region | 2024 (GW) | Share of 2024 global |\n|---|---|---|\n| China | 30.0 | 60.0% |\n"
    "| Europe | 12.0 | 24.0% |\n| Americas | 8.0 | 16.0% |\n| Global | 50.0 | 100.0% |",
    doc="wind.md",
)


@pytest.mark.parametrize(
    "question",
    [
        "2024年中国以外的地区合计装了多少GW？",
        "How many GW did Europe and the Americas install combined in 2024?",
        "What was the combined share of every region in 2024?",  # the Global row is no part of itself
    ],
)
def test_a_sum_of_a_table_s_shares_is_no_amount_and_never_the_whole(question):
    found = calculate(question, [_INSTALLS])
    assert found is None or (found.result.unit != "pp" and float(found.result.value) != 200.0)


def test_two_listed_shares_still_add_up():
    assert _value("What was the combined share of Europe and the Americas in 2024?", _INSTALLS) == pytest.approx(40.0)


@pytest.mark.parametrize(
    "question",
    [
        "Based on China's share of global installations, how many robots were installed in China in 2023?",
        "Based on its share of global sales, how much did Acme sell in 2024?",
        "根据中国占全球装机量的份额，2023年中国装了多少万台？",
    ],
)
def test_an_amount_asked_from_a_share_is_not_a_share(question):
    intent = detect(question)
    assert intent is None or intent.kind != "share"


@pytest.mark.parametrize(
    "question",
    [
        "What share of global installations did China account for in 2023?",
        "What was China's share of global installations in 2023?",
        "2023年中国装机量占全球的比重是多少？",
    ],
)
def test_a_share_asked_is_still_a_share(question):
    intent = detect(question)
    assert intent is not None and intent.kind == "share"


_HEALTH = hit("2024年在线医疗市场规模为500.0亿元，2023年为400.0亿元。", lang="zh", doc="health.md")
_HEALTH_EN = hit("The online health market was USD 50.0 billion in 2024, against USD 40.0 billion in 2023.", doc="h.md")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What was the average size of the five online health segments in 2023 and 2024?", _HEALTH_EN),
        ("What was the combined online health market of the three regions in 2023 and 2024?", _HEALTH_EN),
        ("2023年和2024年在线医疗五大细分领域的平均规模是多少亿元？", _HEALTH),
    ],
)
def test_a_counted_group_is_not_a_row_s_years(question, passage):
    assert _value(question, passage) is None


@pytest.mark.parametrize(
    "question",
    [
        "What was the average online health market across the two years 2023 and 2024?",
        "What was the average online health market in 2023 and 2024?",
    ],
)
def test_the_years_of_one_row_still_average(question):
    assert _value(question, _HEALTH_EN) == pytest.approx(45.0)
