"""Calculations asked in one language over a report written in the other (issue 16): the
question's subject and measure are read in the report's language through the dictionary, a
measure tag and the domain glossary, and every trap (another measure of the same row, a
subject the report never names) refuses rather than binds another figure.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import translations
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import measures_of
from tests.support.passages import hit

pytestmark = pytest.mark.unit

# One row per country, two measures under each year: the question's measure picks the column.
EN_COUNTRIES = hit(
    "| Country | Market size (USD billion) | | Parcel volume (billion parcels) | |\n"
    "|---|---|---|---|---|\n"
    "| | 2023 | 2024 | 2023 | 2024 |\n"
    "| Kenya | 2.2 | 2.6 | 1.5 | 1.9 |\n"
    "| Ghana | 0.9 | 1.2 | 0.4 | 0.5 |\n"
    "| Philippines | 0.7 | 0.8 | 0.3 | 0.6 |",
    doc="africa-logistics-en.html",
    title="African E-commerce Logistics Report",
)
EN_BIKE_TYPES = hit(
    "| Type | Shipments (million units) | Revenue (USD million) |\n|---|---|---|\n| Bicycles | 12.0 | 900 |\n"
    "| Scooters | 8.0 | 700 |\n| Total | 20.0 | 1,600 |",
    doc="mobility-en.pdf",
    section="2. Shipments by type",
)
EN_BIKE_TYPES.chunk.context = "Table 2. Micromobility shipments by type, 2024"


def _formula(question: str, hits) -> str | None:
    found = calculate(question, hits)
    return found.result.formula if found else None


def test_a_measure_is_one_tag_in_either_language():
    assert measures_of("印度尼西亚电商物流市场规模") == measures_of("Market size (USD billion)") == {"#size"}
    assert measures_of("越南的包裹量") == measures_of("Parcel volume (billion parcels)") == {"#volume"}
    # 业务量, "business volume", is how Chinese statistics write a volume handled (parcels, calls, trades).
    assert measures_of("业务量（亿件）") == measures_of("parcel volume") == {"#volume"}
    assert measures_of("Vietnam") == frozenset()


def test_the_measure_a_chinese_question_names_picks_the_english_column():
    assert _formula("2024年肯尼亚电商物流市场规模比2023年增加了多少？", [EN_COUNTRIES]) == "2.6 - 2.2 = 0.4"
    assert _formula("2024年肯尼亚的包裹量比加纳多多少？", [EN_COUNTRIES]) == "1.9 - 0.5 = 1.4"


def test_the_measure_named_once_belongs_to_both_sides_of_a_multiple():
    # 市场规模 is said of 肯尼亚 only; 加纳's figure is its market size too, not its parcels.
    assert _formula("2024年肯尼亚电商物流市场规模是加纳的多少倍？", [EN_COUNTRIES]) == "2.6 / 1.2 = 2.17"


def test_a_country_the_dictionary_writes_with_an_article_names_its_row():
    assert "philippines" in translations("菲律宾")
    assert _formula("2024年肯尼亚的包裹量是菲律宾的多少倍？", [EN_COUNTRIES]) == "1.9 / 0.6 = 3.17"


def test_a_country_the_report_never_names_is_refused():
    # 缅甸 (Myanmar) has no row: no other country's figure stands in for it.
    assert calculate("2024年缅甸电商物流市场规模是加纳的多少倍？", [EN_COUNTRIES]) is None


def test_a_caption_of_one_year_dates_the_figures_under_it():
    assert _formula("2024年自行车出货量占总出货量的比例是多少？", [EN_BIKE_TYPES]) == "12 / 20 = 60%"
    # The whole must be what the table measures: 全球 (global) is written nowhere in it.
    assert calculate("2024年自行车出货量占全球总出货量的比例是多少？", [EN_BIKE_TYPES]) is None


ZH_CLOUD = hit(
    "## 二、公有云与私有云\n\n2024年公有云市场规模为5,620.8亿元，同比增长22.1%；私有云市场规模为2,643.4亿元，同比增长11.4%。",
    lang="zh",
    doc="cloud-zh.md",
    title="中国云计算市场研究报告",
    section="二、公有云与私有云",
)
ZH_SERVICES = hit(
    "| 服务类型 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| IaaS | 3,015.4 | 3,682.5 |\n| PaaS | 640.7 | 812.3 |",
    lang="zh",
    doc="cloud-zh.md",
    title="中国云计算市场研究报告",
)
ZH_SERVICES.chunk.context = "公有云按服务类型划分的市场规模如下："
ZH_ROBOTS = hit(
    "| 机型 | 2024年销量（万台） |\n|---|---|\n| 多关节机器人 | 18.3 |\n| SCARA机器人 | 5.4 |\n| 协作机器人 | 2.9 |",
    lang="zh",
    doc="robots-zh.md",
    title="中国工业机器人市场年度报告",
)


def test_a_sentence_is_about_what_it_names_itself_not_its_heading():
    # Both sentences stand under "公有云与私有云": the private cloud's figure is the one its own sentence names.
    assert (
        _formula("How much larger was China's public cloud market than its private cloud market in 2024?", [ZH_CLOUD])
        == "5620.8 - 2643.4 = 2977.4"
    )


def test_a_glossary_term_counts_as_written_in_the_other_language():
    # "public cloud" is 公有云 only in the glossary: the guard against any figure of China lets it through,
    # and still stops a question whose subject the table's report never writes.
    assert (
        _formula(
            "What was the percentage increase of China's public cloud IaaS market from 2023 to 2024?", [ZH_SERVICES]
        )
        == "3682.5 / 3015.4 - 1 = 22.12%"
    )
    assert (
        calculate("What was the percentage increase of China's edge computing market from 2023 to 2024?", [ZH_SERVICES])
        is None
    )


def test_a_compound_row_label_is_named_by_its_glossary_term():
    assert (
        _formula("How many more articulated robots than SCARA robots were sold in China in 2024?", [ZH_ROBOTS])
        == "18.3 - 5.4 = 12.9"
    )
    assert (
        _formula("How many more SCARA robots than collaborative robots were sold in China in 2024?", [ZH_ROBOTS])
        == "5.4 - 2.9 = 2.5"
    )
    # A robot type the table does not list is refused, not bound to another type's row.
    assert calculate("How many more delta robots than SCARA robots were sold in China in 2024?", [ZH_ROBOTS]) is None


ZH_OVERVIEW = hit(
    "## 一、市场概览\n\n2024年，中国边缘计算市场规模达到1,200.0亿元，同比增长20.0%。"
    "我们预计2025年市场规模在1,400亿元至1,500亿元之间，到2030年将达到0.3万亿元。",
    lang="zh",
    doc="edge-zh.md",
    title="中国边缘计算市场研究报告",
    section="一、市场概览",
)


def test_a_later_sentence_that_names_nothing_new_goes_on_about_the_same_subject():
    found = calculate(
        "Calculate the compound annual growth rate of China's edge computing market from 2024 to 2030.", [ZH_OVERVIEW]
    )
    assert found is not None and found.result.formula == "(3000 / 1200)^(1/6) - 1 = 16.5%"


def test_a_later_sentence_about_another_subject_is_not_its_continuation():
    world = hit(
        "## Overview\n\nChina's edge computing market reached USD 16.0 billion in 2024. "
        "The global market is expected to reach USD 90.0 billion by 2030.",
        doc="edge-en.md",
    )
    assert calculate("What is the CAGR of China's edge computing market from 2024 to 2030?", [world]) is None


def test_a_name_the_report_title_writes_does_not_bind_another_subject():
    # Only 中国 of "China's private cloud market" is in the overview's sentence: the private cloud's
    # 2024 figure is 2,643.4, and no sentence states its 2030 size.
    assert (
        calculate("What is the CAGR of China's private cloud market from 2024 to 2030?", [ZH_OVERVIEW, ZH_CLOUD])
        is None
    )


def test_an_implied_value_takes_the_growth_rate_not_the_share_beside_it():
    parcels = hit(
        "Kargo handled 1.20 billion parcels in Africa in 2024, up 20.0% year on year, giving it a 30.0% share of "
        "regional parcel volume.",
        doc="africa-logistics-en.html",
    )
    question = "根据Kargo 2024年的包裹量和增速，推算其2023年在非洲处理了多少亿件包裹？"
    assert _formula(question, [parcels]) == "1.2 × (1 + 20%)^(2023 - 2024) = 1; 1 billion = 10 亿"


def test_a_region_the_glossary_spells_without_its_hyphen_names_its_row():
    table = "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n| Asia Pacific | 74.2 | 152.8 |"
    question = "2024至2030年亚太地区电动汽车电池市场的复合年增长率是多少？"
    assert _formula(question, [hit(table, doc="batteries-en.md")]) == "(152.8 / 74.2)^(1/6) - 1 = 12.79%"


def test_the_measure_named_on_the_second_side_is_the_first_sides_too():
    # 包裹量 is said of 加纳 only: 肯尼亚's figure is its parcel volume, not its market size.
    assert _formula("2024年肯尼亚是加纳包裹量的多少倍？", [EN_COUNTRIES]) == "1.9 / 0.5 = 3.8"


def test_a_share_column_held_by_something_else_is_not_the_row_s_share():
    # "Liquid cooling share of regional market" is liquid cooling's share of Asia Pacific, not Asia Pacific's of the world.
    regions = hit(
        "| Region | Market size (USD billion) 2024 | Liquid cooling share of regional market 2024 |\n|---|---|---|\n"
        "| North America | 6.5 | 14.6% |\n| Asia Pacific | 5.0 | 13.4% |\n| Total | 16.2 | 13.0% |",
        doc="cooling-en.html",
        title="Global Data Centre Cooling Market Report 2025",
    )
    market = hit("The global data centre cooling market was worth $16.2B in 2024.", doc="cooling-en.html")
    assert _formula("2024年亚太地区占全球数据中心冷却市场的比重是多少？", [regions, market]) == "5 / 16.2 = 30.86%"
    # A column of the row's own share is the figure itself: quoted, not recomputed.
    stated = hit(
        "| Region | Market size (USD billion) 2024 | Share of global market 2024 |\n|---|---|---|\n"
        "| North America | 6.5 | 40.1% |\n| Asia Pacific | 5.0 | 30.9% |\n| Total | 16.2 | 100.0% |",
        doc="cooling-en.html",
        title="Global Data Centre Cooling Market Report 2025",
    )
    assert calculate("2024年亚太地区占全球数据中心冷却市场的比重是多少？", [stated, market]) is None


def test_a_pdf_header_read_as_one_row_still_names_each_measure_s_year_columns():
    # Two header rows ("Revenue (USD million)" over "2023 | 2024") extracted as one: the 2024 columns are told apart.
    regions = hit(
        "| Region | Revenue (USD million) 2023 | 2024 | Shipments (MW) 2023 | 2024 |\n|---|---|---|---|---|\n"
        "| Europe | 612.4 | 845.2 | 610 | 820 |\n| China | 1,102.3 | 1,585.6 | 1,650 | 2,780 |\n"
        "| Global | 2,385.0 | 3,420.5 | 2,900 | 4,600 |",
        doc="h2-en.pdf",
        title="Global Water Electrolyser Market Report 2025",
    )
    assert _formula("2024年欧洲电解槽出货量占全球出货量的百分之多少？", [regions]) == "820 / 4600 = 17.83%"
    assert _formula("2024年欧洲电解槽收入占全球的比重是多少？", [regions]) == "845.2 / 3420.5 = 24.71%"


def test_installations_are_the_volume_a_chinese_question_calls_装机量():
    assert measures_of("新增装机量") == measures_of("Installations 2024 (GW)") == {"#volume"}
    oems = hit(
        "| OEM | Revenue 2024 (USD billion) | Installations 2024 (GW) |\n|---|---|---|\n"
        "| Goldwind (金风科技) | 7.8 | 18.9 |\n| Vestas (维斯塔斯) | 18.7 | 11.6 |\n| Total | 68.4 | 121.3 |",
        doc="wind-en.md",
        title="Global Wind Turbine Market Report 2025",
    )
    # Revenue stands first in the row: the measure asked, not the column order, picks 18.9.
    assert _formula("2024年金风科技的新增装机量是维斯塔斯的多少倍？", [oems]) == "18.9 / 11.6 = 1.63"
    assert _formula("2024年金风科技的收入是维斯塔斯的多少倍？", [oems]) == "7.8 / 18.7 = 0.4171"
