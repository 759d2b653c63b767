"""The operation read from wordings a blind writer used (issue 16, ``bench.phrasings``): an amount
from a share the question gives, a rate a year that grows a figure, a change the question states,
verbs of difference, percentage points, conversions with a rate given. The examples here are
written for the tests, not taken from the set; the set's held-out half is enforced at the end.

Model-free: the intent reader alone.
"""

from __future__ import annotations

import pytest

from bench.phrasings import KINDS, run
from reportqa.server.calc.intents import detect

pytestmark = pytest.mark.unit


def _kind(question: str) -> str | None:
    intent = detect(question)
    return intent.kind if intent else None


@pytest.mark.parametrize(
    "question",
    [
        "Based on its share and the size of the 2024 market, how many boilers did Viessmann sell?",
        "Given its 18% share of the USD 9 billion market, what were Acme's sales in 2024?",
        "按美的在国内空调市场的份额和整体销量，2024年美的空调销量是多少万台？",
        "考虑到线上渠道占家具零售额的比重，2024年线上家具零售额约为多少亿元？",
    ],
)
def test_an_amount_from_a_share_the_question_gives(question):
    assert _kind(question) == "part_of"


@pytest.mark.parametrize(
    "question",
    [
        "What was the market's share in 2024?",
        "What share of 2024 sales did online channels take?",
        "2024年线上渠道的占比是多少？",
        "请算一下2024年线上与线下的比例。",
    ],
)
def test_a_share_asked_for_itself_is_no_amount(question):
    assert _kind(question) != "part_of"


@pytest.mark.parametrize(
    "question",
    [
        "If the Danish heat pump market grows 7% a year, how large will it be in 2029?",
        "What would plant-based milk sales reach by 2030 at 11% annually?",
        "Project the Thai EV market to 2030 at 20% cagr.",
        "假设储能电池出货量每年增长12%，2028年将达到多少GWh？",
        "若预制菜市场保持年均15%的增长，2027年规模约为多少亿元？",
        "如果保持2024年的增速，2026年充电桩保有量会是多少万台？",
    ],
)
def test_a_rate_a_year_grows_a_figure_to_a_later_year(question):
    assert _kind(question) == "projection"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Smart ring shipments rose 40% in 2024 — what were they in 2023?", (2023, 2024)),
        ("2024年扫地机器人销量同比下降了6%，那2023年销量是多少万台？", (2023, 2024)),
    ],
)
def test_a_change_the_question_states_carries_a_figure_back(question, years):
    intent = detect(question)
    assert intent is not None and intent.kind == "implied_value" and intent.years == years


@pytest.mark.parametrize(
    "question",
    [
        "How many fewer tablets did Lenovo ship in 2024 than in 2022?",
        "By what amount did hardware revenue surpass software revenue in 2024?",
        "How much did the e-bike market shrink between 2022 and 2024?",
        "2024年国内门店数较2021年净增多少家？",
        "2024年手机出货量较2022年下滑了多少万台？",
    ],
)
def test_verbs_of_a_difference(question):
    assert _kind(question) == "change"


@pytest.mark.parametrize(
    "question",
    [
        "How many percentage points did online penetration climb between 2020 and 2024?",
        "2020年到2024年线上渗透率提升了多少个百分点？",
    ],
)
def test_percentage_points_are_a_gap_of_two_rates(question):
    assert _kind(question) == "change"


@pytest.mark.parametrize(
    "question",
    [
        "What % did lithium prices drop 2023->2024?",
        "2024年宠物食品销售额比2023年多了百分之几？",
        "2024年国内露营装备市场的增速是多少？",
    ],
)
def test_a_percentage_change(question):
    assert _kind(question) == "relative_change"


@pytest.mark.parametrize(
    "question",
    [
        "At 7.1 yuan per USD, what is the market in US dollars?",
        "Restate the 2024 capacity in GW.",
        "国内游戏出海收入合人民币多少亿元？",
        "以百万美元计，2024年出口额是多少？",
    ],
)
def test_a_conversion_with_its_rate_or_scale_given(question):
    assert _kind(question) == "convert"


@pytest.mark.parametrize(
    "question",
    [
        "Given the shares of the two leaders, what's left for the other brands?",
        "Beyond the named leaders, what share of the market do smaller makers hold?",
    ],
)
def test_what_remains_for_the_others(question):
    assert _kind(question) == "complement"


def test_a_ratio_to_the_year_before():
    intent = detect("2024年无人机订单数量是上一年的几倍？")
    assert intent is not None and intent.kind == "ratio" and intent.years == (2023, 2024)


def test_a_pair_written_versus():
    intent = detect(
        "Relative size: the Korean webtoon market vs. the Japanese manga app market, 2022 — how many times?"
    )
    assert intent is not None and intent.kind == "ratio" and intent.pair is not None


def test_fact_questions_stay_facts():
    for question in ("数据要素市场的统计口径是什么？", "What was the market's share in 2024?", "Who leads the market?"):
        assert _kind(question) in KINDS["none"] | {"share"}


def test_the_held_out_half_of_the_blind_phrasings_is_read():
    """The threshold sits under the measured rate (68.7% at the rules' first version, 56.4% before them,
    71.7% in session 21), so a rule that costs readings on wordings it was not tuned on fails here."""
    result = run("holdout")
    assert result["questions"] > 250
    assert result["rate"] >= 0.69
    facts = result["labels"]["none"]
    assert facts["en"]["right"] + facts["zh"]["right"] >= 36  # no new false alarms on fact questions
