"""Same-language calculations (session 23, same38): how the operation and its sides are read.

An implied value asked for "the year before" or "a year earlier" the year whose growth is given; a
sum of A加上B; "how many times" of two amounts, which counts no things; a share asked "A在B里占多少";
figures a sentence gives its listed things "respectively" (分别), in their order."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "question",
    [
        "Working back from its fiscal 2024 growth, what was Skyline's revenue the year before?",
        "Given its growth in 2024, what was Skyline's revenue a year earlier?",
    ],
)
def test_an_implied_value_asked_the_year_before_the_one_stated(question):
    intent = detect(question)
    assert intent.kind == "implied_value" and intent.years == (2023, 2024)
    passage = hit("Skyline reported revenue of USD 250.0 million in fiscal 2024, up 25.0% year on year.")
    assert formula_of(question, passage) == "250 × (1 + 25%)^(2023 - 2024) = 200"


def test_a_sum_of_two_things_joined_by_plus():
    """ "A加上B，一共有多少" adds A and B, as "A和B合计" does."""
    table = hit(
        "| 细分领域 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 职业教育 | 1,152.6 | 1,318.4 |\n"
        "| 素质教育 | 498.2 | 571.8 |\n| 合计 | 3,100.0 | 3,500.0 |",
        lang="zh",
    )
    question = "职业教育加上素质教育，2024年一共有多大规模？"
    first, second = detect(question).pair
    assert first == "职业教育" and second.startswith("素质教育")
    assert formula_of(question, table) == "1318.4 + 571.8 = 1890.2"


def test_how_many_times_asks_a_ratio_of_amounts_not_a_count():
    """How many times its 2024 size: divides two amounts of money; only "how many subscribers" counts."""
    table = hit(
        "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n| Europe | 20.0 | 45.0 |\n"
        "| Rest of the World | 5.1 | 9.2 |\n| Total | 25.1 | 54.2 |"
    )
    question = "By 2030, how many times its 2024 size is the Rest of the World battery market expected to be?"
    assert formula_of(question, table) == "9.2 / 5.1 = 1.8"


@pytest.mark.parametrize(
    "question",
    ["三级医院在IVD终端需求里占多大比重？", "线上渠道销售额在护肤品总销售额里占多少?用两个金额算一下"],
)
def test_a_part_in_a_whole_written_with_li_is_a_share(question):
    """ "A在B里占多少" is "A在B中占多少": the part, then the whole."""
    intent = detect(question)
    assert intent.kind == "share" and intent.pair is not None and "在" not in intent.pair[0]


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("中公、粉笔和高途在在线职业教育市场的合计份额是多少？", "8.6 + 7.9 + 5.2 = 21.7"),
        ("粉笔和高途在在线职业教育市场的合计份额是多少？", "7.9 + 5.2 = 13.1"),
    ],
)
def test_figures_given_respectively_go_to_the_things_in_their_order(question, formula):
    """ "A、B和C的份额分别为x、y和z": each figure's lead-in names only the first thing, the order names each."""
    passage = hit(
        "2024年中公、粉笔和高途在在线职业教育市场的份额分别为8.6%、7.9%和5.2%，前十家机构合计份额为41.5%。",
        lang="zh",
    )
    assert formula_of(question, passage) == formula


def test_a_list_of_as_many_things_as_figures_is_needed():
    """Three things and two figures: which figure is whose is a guess."""
    passage = hit("2024年中公、粉笔和高途的份额分别为8.6%和7.9%。", lang="zh")
    assert formula_of("粉笔和高途的合计份额是多少？", passage) is None
