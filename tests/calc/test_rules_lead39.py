"""Rules from wrong figures seen in the twenty-fourth session: a share of one place's whole computed
from a part the report gives for its whole scope; things listed, then counted, summed as a table's rows."""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

PETS = hit(
    "North America is the largest regional market, at USD 55.9 billion in 2024. Europe followed with "
    "USD 41.7 billion in 2024. Mars Petcare, with estimated pet food net sales of USD 22.8 billion in 2024, "
    "leads the market.",
    doc="pets-en.md",
    title="Global Pet Food Market Report 2025",
)


def test_a_part_the_report_gives_for_its_whole_scope_is_no_part_of_one_place():
    # 22.8 is Mars Petcare's worldwide sales: no share of North America's 55.9 is computed from it.
    assert formula_of("What share of North America's 2024 pet food market did Mars Petcare hold?", PETS) is None


def test_a_part_scoped_to_the_place_by_its_report_is_a_share_of_it():
    cloud = hit(
        "2024年中国云计算市场规模为8,264.2亿元。其中阿里云收入为2,150.0亿元。",
        lang="zh",
        doc="cloud-zh.md",
        title="中国云计算市场研究报告（2025）",
    )
    assert formula_of("2024年阿里云占中国云计算市场的份额是多少？", cloud).startswith("2150 / 8264.2")


def test_a_place_row_is_a_part_of_the_region_around_it():
    regions = hit(
        "North America is the largest regional market, at USD 55.9 billion in 2024. The United States "
        "accounted for USD 48.1 billion in 2024.",
        doc="pets-en.md",
        title="Global Pet Food Market Report 2025",
    )
    assert formula_of(
        "What share of North America's 2024 market did the United States account for?", regions
    ).startswith("48.1 / 55.9")


COURSES = [
    hit(
        "| 细分领域 | 2024年规模（亿元） | 2024年占比 |\n|---|---|---|\n| 职业教育 | 1,318.4 | 37.8% |\n"
        "| 高等学历教育 | 741.5 | 21.3% |\n| 素质教育 | 571.8 | 16.4% |",
        lang="zh",
        doc="edu-zh.md",
        title="中国在线教育市场研究报告（2025）",
    ),
    hit(
        "在线职业教育集中度较低。2024年甲教育、乙课堂和丙学院在在线职业教育市场的份额分别为8.6%、7.9%和5.2%。",
        lang="zh",
        doc="edu-zh.md",
        title="中国在线教育市场研究报告（2025）",
    ),
]


def test_things_listed_then_counted_are_those_things_not_a_tables_rows():
    # "这三家" counts the three names listed before it, not the three rows of the segment table.
    found = formula_of("甲教育、乙课堂、丙学院这三家2024年加起来占在线职业教育市场多大的份额？", *COURSES)
    assert found is None or found.startswith("8.6 + 7.9 + 5.2")


BY_TYPE = [
    hit(
        "By pet type, dog food accounted for 61.5% of 2024 revenue and cat food for 31.8%, with the remainder "
        "going to fish, birds and small mammals.",
        doc="pets-en.md",
        title="Global Pet Food Market Report 2025",
    ),
    hit(
        "Online retail reached 27.9% of global pet food sales in 2024.",
        doc="pets-en.md",
        title="Global Pet Food Market Report 2025",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "Leaving out dogs and cats, what portion of 2024 pet food revenue went to other pets?",
        "Besides dogs and cats, what slice of 2024 pet food revenue went to other pets such as fish and birds?",
        "What share of 2024 pet food revenue went to pets other than dogs and cats?",
    ],
)
def test_the_rest_of_two_shares_the_second_written_without_its_verb_and_whole(question):
    # "and cat food for 31.8%" is a share of 2024 revenue as "dog food accounted for 61.5% of 2024 revenue" is.
    assert formula_of(question, *BY_TYPE).startswith("100% - (61.5 + 31.8)%")


def test_a_gapped_share_takes_the_whole_of_the_one_before():
    from reportqa.server.calc.families import _gapped_whole

    text = "China accounted for 46.4% of global revenue, and Europe for 20.1%, while prices fell 3.0%."
    assert _gapped_whole(text, text.index("20.1")) == "global revenue"
    assert _gapped_whole(text, text.index("3.0")) is None


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Acme sold 56,000 trucks in 2024, up 31.5% - roughly how many did it sell the year before?", (2023, 2024)),
        ("Tutoring was worth 186.3亿 yuan in 2024 after a 62.5% jump - so what was it worth in 2023?", (2023, 2024)),
        ("Revenue was up 12% in 2024. What was the revenue in 2023?", (2023, 2024)),
    ],
)
def test_a_figure_and_its_change_the_question_states_are_carried_back(question, years):
    from reportqa.server.calc.intents import detect

    found = detect(question)
    assert found is not None and found.kind == "implied_value" and found.years == years


def test_a_value_carried_back_across_languages_from_a_stated_growth():
    sales = hit(
        "2024年，甲汽车新能源商用车销量为5.6万辆，同比增长31.5%；乙汽车销量为4.3万辆。", lang="zh", doc="nev-zh.md"
    )
    question = (
        "Acme sold 56,000 new-energy commercial vehicles in 2024, up 31.5% - how many did it sell the year before?"
    )
    assert formula_of(question.replace("Acme", "甲汽车"), sales).startswith("5.6 × (1 + 31.5%)^(2023 - 2024)")


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("2024年甲国植物肉市场在欧洲市场中占几成？", ("2024年甲国植物肉市场", "欧洲市场")),
        ("2024年全球海上风电新增装机中，中国占了多大比例？", ("中国", "2024年全球海上风电新增装机")),
    ],
)
def test_a_share_asked_in_tenths_or_after_the_wholes_clause(question, pair):
    from reportqa.server.calc.intents import detect

    found = detect(question)
    assert found is not None and found.kind == "share" and found.pair == pair


@pytest.mark.parametrize(
    ("question", "lang", "with_rate"),
    [
        ("预计2025年甲市场规模比2024年增长多少？", "zh", True),
        ("How much did the number of consumers grow from 2023 to 2024?", "en", True),
        ("2025年甲市场规模比2024年增长了多少亿元？", "zh", False),
        ("How much did revenue grow in USD from 2023 to 2024?", "en", False),
    ],
)
def test_a_rise_asked_in_no_unit_is_given_with_its_rate(question, lang, with_rate):
    from reportqa.server.answer.figures import render
    from reportqa.server.answer.gate import enforce
    from reportqa.server.calc.program import calculate

    passage = (
        hit("甲市场规模2024年约为1,486.3亿元，预计2025年约为1,830亿元。", lang="zh", doc="m-zh.md")
        if lang == "zh"
        else hit("Consumers numbered 21.5 million in 2023 and 24.6 million in 2024.", doc="m-en.md")
    )
    question = question.replace("the number of consumers", "consumers") if lang == "en" else question
    if "revenue" in question:
        passage = hit("Revenue was USD 21.5 million in 2023 and USD 24.6 million in 2024.", doc="m-en.md")
    found = calculate(question, [passage])
    assert found is not None and found.intent.with_rate is with_rate
    computed = render(found, lang)
    rate = "23.12%" if lang == "zh" else "14.42%"
    assert (rate in computed.draft.text) is with_rate
    # The rate is a computed figure with its formula and inputs: the number gate keeps it.
    from reportqa.server.answer.pipeline import cite

    assert (rate in enforce(computed.draft.text, [cite(passage)], computed.figures, lang)) is with_rate
