"""A part stated without a year below a table that dates its section, and a share's move in points
between two years computed from each year's amounts (issue 16, calc33).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

_STORAGE = "2025年中国储能市场研究报告"


def _storage_report(prose: str) -> list:
    overview = hit(
        "2024年中国储能新增装机规模为43.7GW，同比增长93.4%，2023年为22.6GW。",
        lang="zh",
        title=_STORAGE,
        section="一、市场概览",
    )
    table = hit(
        "| 应用场景 | 2024年新增装机（GW） | 占比 |\n|---|---|---|\n| 电源侧 | 18.6 | 42.6% |\n"
        "| 电网侧 | 19.2 | 43.9% |\n| 用户侧 | 5.9 | 13.5% |\n| 合计 | 43.7 | 100.0% |",
        lang="zh",
        title=_STORAGE,
        section="三、应用场景",
    )
    return [overview, table, hit(prose, lang="zh", title=_STORAGE, section="三、应用场景")]


def test_a_part_without_a_year_takes_the_year_of_its_sections_table():
    report = _storage_report("分省份看，青海、新疆新增装机居全国前两位；其中青海新增装机为7.4GW。")
    found = calculate("2024年青海新增装机占全国新增装机的比重是多少？", report)
    assert found is not None and found.result.value == Decimal("16.93")
    # Prose under the table that looks ahead to 2030: which year 7.4GW is of, its section does not say.
    report = _storage_report("预计2030年新增装机将达到120GW；其中青海新增装机为7.4GW。")
    assert calculate("2024年青海新增装机占全国新增装机的比重是多少？", report) is None


def _coffee_report() -> list:
    title = "2025年中国现制咖啡市场研究报告"
    return [
        hit(
            "2024年中国现制咖啡市场规模为1,398亿元，同比增长18.2%，2023年为1,183亿元。",
            lang="zh",
            title=title,
            section="一、市场规模",
        ),
        hit(
            "| 城市层级 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 一线城市 | 412 | 455 |\n| 二线城市 | 238 | 290 |\n"
            "| 其他城市 | 533 | 653 |\n| 合计 | 1,183 | 1,398 |",
            lang="zh",
            title=title,
            section="二、城市分布",
        ),
    ]


def test_a_share_moving_in_points_is_each_years_share_of_its_amounts():
    found = calculate("二线城市占全国现制咖啡市场规模的比重从2023年到2024年变化了多少个百分点？", _coffee_report())
    assert found is not None and found.result.value == Decimal("0.6256") and found.result.unit == "pp"
    assert [o.measure.value for o in found.operands] == [
        Decimal("238"),
        Decimal("1183"),
        Decimal("290"),
        Decimal("1398"),
    ]


def test_a_share_moving_in_points_is_read_in_english():
    report = [
        hit(
            "| Region | Shipments 2023 (thousand) | Shipments 2024 (thousand) |\n|---|---|---|\n"
            "| Europe | 702 | 786 |\n| North America | 1,250 | 1,402 |\n| Global | 4,960 | 5,810 |",
            title="Commercial Drones Market Report 2025",
            section="Regional Analysis",
        )
    ]
    found = calculate(
        "By how many percentage points did Europe's share of global drone shipments change between 2023 and 2024?",
        report,
    )
    assert found is not None and found.result.value == Decimal("-0.6248")


def test_a_listed_name_in_full_width_brackets_finds_its_row():
    # The passages are read normalised ("销售自动化(sfa)"); the question writes the brackets full width.
    report = [
        hit(
            "| 功能模块 | 2024年规模（亿元） | 同比增速 |\n|---|---|---|\n| 销售自动化（SFA） | 48.3 | 12.1% |\n"
            "| 营销自动化 | 27.9 | 19.8% |\n| 客户服务 | 24.6 | 15.2% |\n| 合计 | 112.4 | 14.6% |",
            lang="zh",
            title="中国CRM软件市场研究报告（2025）",
            section="细分市场",
        )
    ]
    found = calculate("2024年销售自动化（SFA）、营销自动化两者规模共计多少？", report)
    assert found is not None and found.result.value == Decimal("76.2")


def test_a_year_before_is_the_next_years_figure_less_the_change_stated():
    coffee = [
        hit(
            "一是平价化趋势明显，2024年连锁品牌主力产品平均售价为13.8元，较2023年下降2.6元；",
            lang="zh",
            title="2025年中国现制咖啡市场研究报告",
            section="四、发展趋势",
        )
    ]
    found = calculate("2023年连锁品牌主力产品平均售价是多少元？", coffee)
    assert found is not None and found.result.value == Decimal("16.4")
    channels = [
        hit(
            "Direct-to-consumer channels accounted for 38.4% of sales in 2024, up 1.6 percentage points from 2023.",
            title="Global Sportswear Market 2025",
            section="Channels",
        )
    ]
    found = calculate("What was the direct-to-consumer share of sportswear sales in 2023?", channels)
    assert found is not None and found.result.value == Decimal("36.8")
    assert found.result.formula == "38.4% - 1.6 pp = 36.8%"
    # The year before's figure stated too: it is quoted, not recomputed.
    stated = [
        hit(
            "2024年连锁品牌主力产品平均售价为13.8元，较2023年下降2.6元。此前，2023年平均售价为16.5元。",
            lang="zh",
            title="2025年中国现制咖啡市场研究报告",
            section="四、发展趋势",
        )
    ]
    assert calculate("2023年连锁品牌主力产品平均售价是多少元？", stated) is None
