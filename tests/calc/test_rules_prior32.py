"""Values implied by a rate and conversions bind the thing the question names (issue 16, prior32):
a projection or a carried-back value from a figure that meets only the question's place ("global")
is another market's; a market asked bare ("X's market in 2024") is its size; an amount quoted in
another currency than the one asked is not converted into an answer.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.answer.compose import compose
from reportqa.server.answer.figures import with_conversions
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _cooling_report() -> list:
    whole = hit(
        "The global server cooling market was worth USD 16.2 billion in 2024. We forecast the market to grow "
        "from USD 16.2 billion in 2024 to USD 38.5 billion by 2030, a CAGR of 15.5% over the period.",
        title="Server Cooling Market Report 2025",
        section="Executive Summary",
        dense=0.65,
    )
    segment = hit(
        "Liquid cooling is the fastest-growing segment: it is expected to rise from USD 2.1 billion in 2024 "
        "to USD 11.6 billion by 2030, a CAGR of 33.0%.",
        title="Server Cooling Market Report 2025",
        section="Executive Summary",
    )
    return [whole, segment]


def test_a_projection_from_a_figure_meeting_only_the_place_asked_is_refused():
    # "global" alone must not bind the whole market: 液冷 is the glossary's "liquid cooling", whose words bind
    # only together (zhen46), so the segment's figure is the one projected, and without it nothing is.
    asked = "按预测的复合增长率，2026年全球液冷市场规模将达到多少亿美元？"
    segment = calculate(asked, _cooling_report())
    assert segment is not None and segment.operands[0].measure.value == Decimal("2.1")
    assert calculate(asked, _cooling_report()[:1]) is None
    found = calculate(
        "At the forecast CAGR, what will the global server cooling market be worth in 2026?", _cooling_report()
    )
    assert found is not None and found.operands[0].measure.value == Decimal("16.2")


def _turbine_report() -> list:
    return [
        hit(
            "Global turbine OEM revenue reached USD 68.4 billion in 2024. We expect revenue to reach USD 92.7 "
            "billion by 2030, a CAGR of 5.2% over 2024-2030.",
            title="Global Turbine Market Report 2025",
            section="Executive Summary",
        )
    ]


def test_a_rate_the_question_writes_names_the_figure_it_is_stated_of():
    # 风机 reads "fan", not "turbine": only the rate the question writes ties it to the report's figure.
    stated = calculate("按5.2%的年均复合增长率计算，2027年全球风机制造商收入将达到多少亿美元？", _turbine_report())
    assert stated is not None and stated.result.value == Decimal("796.3")
    assert calculate("按预测的复合增长率，2027年全球风机制造商收入将达到多少亿美元？", _turbine_report()) is None


def test_a_value_carried_back_from_a_figure_meeting_only_the_place_asked_is_refused():
    report = [
        hit(
            "Global server cooling revenue reached USD 16.2 billion in 2024, up 18.2% year on year.",
            title="Server Cooling Market Report 2025",
        )
    ]
    assert calculate("Given its growth rate, what was global zorbite cooling revenue in 2023?", report) is not None
    assert calculate("根据增速推算，2023年全球液冷收入约为多少亿美元？", report) is None


def _aesthetics_report() -> list:
    companies = hit(
        "| 企业 | 收入（亿元） | 同比增长 |\n|---|---|---|\n| 丽颜美学 | 86.2 | 6.1% |\n| 华颜光电 | 27.9 | 31.6% |",
        lang="zh",
        title="2025年中国医疗美容市场研究报告",
        section="三、竞争格局",
        dense=0.65,
    )
    market = hit(
        "2024年中国医疗美容市场规模为2,856.4亿元，同比增长10.6%。",
        lang="zh",
        title="2025年中国医疗美容市场研究报告",
        section="一、市场规模",
    )
    return [companies, market]


def test_a_market_asked_bare_is_converted_from_its_size_not_a_company_row():
    found = calculate(
        "What was China's medical aesthetics market in 2024, expressed in billion yuan?", _aesthetics_report()
    )
    assert found is not None and found.result.value == Decimal("285.64")


def test_an_amount_in_another_currency_than_asked_is_not_converted():
    passage = hit("Global turbine OEM revenue reached USD 68.4 billion in 2024.")
    draft = compose("风机制造商2024年收入为多少亿元？", [passage])
    assert with_conversions(draft, "zh", "亿", "CNY").figures == []
    assert [f.display for f in with_conversions(draft, "zh", "亿", "USD").figures] == ["684亿美元"]


def _appliance_report(paragraph: str) -> list:
    table = hit(
        "| 品类 | 2023年零售额（亿元） | 2024年零售额（亿元） |\n|---|---|---|\n| 智能冰箱 | 1,215.8 | 1,322.6 |\n"
        "| 合计 | 6,636.1 | 7,286.4 |",
        lang="zh",
        title="2025年中国智能家电市场研究报告",
        section="三、品类结构",
        dense=0.65,
    )
    return [table, hit(paragraph, lang="zh", title="2025年中国智能家电市场研究报告", section="三、品类结构")]


def test_an_undated_amount_with_its_change_over_the_year_before_is_the_latest_compared_years():
    question = "2023年洗碗机零售额约为多少亿元？"
    found = calculate(question, _appliance_report("智能厨电增长较快，其中洗碗机零售额为215.6亿元，同比增长18.9%。"))
    assert found is not None and found.result.value == Decimal("181.33")
    # A figure stated with no change over the year before is of no year the section compares.
    assert calculate(question, _appliance_report("智能厨电增长较快，其中洗碗机零售额为215.6亿元。")) is None


def test_an_undated_amount_in_a_section_comparing_later_years_stays_undated():
    computing = hit(
        "2030年中国智能算力规模将达到2,000 EFLOPS，2029年为1,800 EFLOPS。通用算力规模为71.7 EFLOPS，同比增长7.9%。",
        lang="zh",
        title="2025年中国云计算市场研究报告",
        section="四、算力",
    )
    assert calculate("2023年中国通用算力规模约为多少EFLOPS？", [computing]) is None
    compared = hit(
        "2024年中国智能算力规模达到725.3 EFLOPS，同比增长74.1%，2023年为416.6 EFLOPS。通用算力规模为71.7 EFLOPS，同比增长7.9%。",
        lang="zh",
        title="2025年中国云计算市场研究报告",
        section="四、算力",
    )
    found = calculate("2023年中国通用算力规模约为多少EFLOPS？", [compared])
    assert found is not None and found.result.value == Decimal("66.45")


def test_an_undated_change_is_not_dated_as_the_years_amount():
    table = hit(
        "| (In millions) | 2019 | 2018 |\n|---|---|---|\n| Revenue | $ 125,843 | $ 110,360 |",
        title="Annual report",
        section="Results",
        dense=0.65,
    )
    changes = hit(
        "Research and development expenses increased $2.2 billion or 15%, driven by investments in cloud.",
        title="Annual report",
        section="Results",
    )
    assert calculate("How much were the research and development expenses in 2018?", [table, changes]) is None
