"""English questions over Chinese reports (enzh48, thirty-first session): invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.intents import detect, listed_terms
from reportqa.server.calc.operands import measures_another
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import subject_of, translated
from tests.support.passages import hit

pytestmark = pytest.mark.unit

ZH_PUMP_CONTEXT = "2024年中国企业水泵出货量为500.0万台，同比增长10.0%。"
ZH_PUMP_TABLE = """| 企业 | 2024年水泵出货量（万台） | 同比增长 | 占中国企业出货量份额 |
|---|---|---|---|
| 甲泵科技 | 120.0 | 20.0% | 24.0% |
| 乙川泵业 | 80.0 | 15.0% | 16.0% |"""
ZH_PUMP_REVENUE = "甲泵科技占全球水泵出货量的18.0%。其水泵业务收入为300.0亿元，同比下降4.0%，主要受价格下跌影响。"


def test_revenue_asked_in_english_is_not_a_shipments_column() -> None:
    # The glossary's "sales revenue" gives an English "revenue" the word "sale", which is no count asked.
    subject = subject_of("Jiabeng Technology's pump revenue")
    assert measures_another(subject, subject_of("2024年水泵出货量（万台）"))
    # "sales of pumps" may still be counted in units.
    assert not measures_another(subject_of("pump sales"), subject_of("2024年水泵出货量（万台）"))


def test_revenue_carried_back_is_the_revenue_sentence_not_the_shipments_row() -> None:
    hits = [
        hit(ZH_PUMP_CONTEXT + "\n" + ZH_PUMP_TABLE, lang="zh", doc="pumps.md"),
        hit(ZH_PUMP_REVENUE, lang="zh", doc="pumps.md"),
    ]
    found = calculate("Approximately what was 甲泵科技's pump revenue in 2023?", hits)
    assert found is None or found.result.value == D("312.50")


ZH_VIDEO_TABLE = """| 细分领域 | 2023年（亿元） | 2024年（亿元） |
|---|---|---|
| 职业培训 | 500.0 | 560.0 |
| 兴趣教育 | 120.0 | 130.0 |
| 合计 | 620.0 | 690.0 |"""
ZH_VIDEO_USERS = "2024年在线视频用户规模达到2.40亿人，较2023年末增加1,500万人。"


def test_a_share_asked_is_no_count_carried_back_by_its_change() -> None:
    # "short video" names no row; the users' sentence, carried back to 2023, is a count, not a share.
    hits = [hit(ZH_VIDEO_TABLE, lang="zh", doc="video.md"), hit(ZH_VIDEO_USERS, lang="zh", doc="video.md")]
    found = calculate("What share of the total online video market did short video represent in 2023?", hits)
    assert found is None or found.result.unit == "%"


ZH_WIND = (
    "## 一、装机规模\n2024年，中国风电新增装机容量为80.0 GW，同比增长10.0%。截至2024年底，全国风电累计装机容量达到500.0 GW。\n"
    "| 装机类型 | 2024年新增装机（GW） |\n| --- | --- |\n| 陆上风电 | 70.0 |\n| 海上风电 | 10.0 |\n| 合计 | 80.0 |"
)


def test_a_total_row_whose_column_names_no_measure_tag_is_the_whole_asked_across_languages() -> None:
    # 新增装机 is no measure as tags read it ("installations" is #volume): the 合计 row is the whole, not the cumulative.
    hits = [hit(ZH_WIND, lang="zh", doc="wind.md", title="中国风电产业发展报告")]
    found = calculate("Offshore wind accounted for what percent of total new installations in 2024?", hits)
    assert found is not None and found.result.value == D("12.5")


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("What proportion of heat pump sales in 2024 were ducted heat pumps?", "ducted heat pumps"),
        ("What share of China's clinics in 2024 were licensed private clinics?", "licensed private clinics"),
    ],
)
def test_a_word_in_ed_before_a_noun_is_the_parts_adjective_not_a_passive_verb(question: str, part: str) -> None:
    intent = detect(question)
    assert intent is not None and intent.pair is not None and intent.pair[0] == part


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("What share of revenue was generated overseas in 2024?", "overseas"),
        ("What share of parcels was delivered in Indonesia in 2024?", "Indonesia parcels"),
        ("What share of the devices cleared by 2024 were cleared during 2024?", "during 2024"),
        (
            "What percentage of total non-marketable investments were accounted for using the equity method in 2019?",
            "for using the equity method",
        ),
    ],
)
def test_a_passive_verb_before_its_preposition_or_adverb_is_still_left_out(question: str, part: str) -> None:
    intent = detect(question)
    assert intent is not None and intent.pair is not None and intent.pair[0] == part


ZH_CELLS = """| 电池技术 | 2024年市场占比 | 2023年市场占比 |
| --- | --- | --- |
| 甲型电池 | 60.0% | 30.0% |
| 乙型电池 | 35.0% | 65.0% |"""


def test_how_many_points_higher_was_one_share_than_another_is_their_gap() -> None:
    intent = detect("In 2023, how many percentage points higher was B-cell's market share than A-cell's?")
    assert intent is not None and intent.kind == "change"
    assert intent.pair == ("B-cell's market share", "A-cell's market share")
    question = "In 2023, how many percentage points higher was 乙型电池's market share than 甲型电池's?"
    found = calculate(question, [hit(ZH_CELLS, lang="zh", doc="cells.md")])
    assert found is not None and found.result.value == D("35.0")


ZH_SEGMENTS = """| 车型 | 2023年（亿元） | 2024年（亿元） |
|---|---|---|
| SUV | 900.0 | 1,000.0 |
| MPV | 300.0 | 350.0 |"""


def test_the_verb_a_gap_is_asked_by_is_no_word_the_report_must_write() -> None:
    # "exceed" is the operation, as "larger" is: a Chinese report writes no sense of it beside the rows.
    hits = [hit(ZH_SEGMENTS, lang="zh", doc="cars.md")]
    found = calculate("By how much did the SUV market exceed MPV in 2024?", hits)
    assert found is not None and found.result.value == D("650.0")


ZH_ERP = "## 摘要\n2024年中国SaaS ERP市场规模为500.0亿元，同比增长25.0%。行业平均客单价为2.0万元/年，低于2023年的2.2万元/年。"


@pytest.mark.parametrize(
    "question",
    [
        "Working back from the 25% year-on-year growth, roughly how big was China's SaaS ERP market in 2023?",
        "Counting backwards from the 25% growth, approximately how big was China's SaaS ERP market in 2023?",
    ],
)
def test_how_a_value_is_asked_found_names_nothing_the_report_must_write(question: str) -> None:
    # The market is named by its name alone: the hedge and "working back" were the only other words asked.
    found = calculate(question, [hit(ZH_ERP, lang="zh", doc="erp.md", title="中国SaaS ERP市场研究报告（2025）")])
    assert found is not None and found.result.value == D("400.00")


def test_newly_added_names_what_was_added_not_a_change_over_the_year() -> None:
    intent = detect(
        "Hebei's newly added heat pump installations in 2024 made up what percentage of the national total?"
    )
    assert intent is not None and intent.kind == "share" and intent.years == (2024,)
    # Added, as a verb, is still the change of that year.
    grew = detect("By what percentage did heat pump installations grow in 2024?")
    assert grew is not None and grew.years == (2023, 2024)


def test_a_total_asked_is_not_a_stock_built_up_over_the_years_unless_it_says_so() -> None:
    # 累计 ("cumulative") is a sense of "total", but a report writes it of a stock ("截至2024年末累计装机规模").
    assert "累计" not in translated("the national total")
    assert "累计" in translated("the total to date")
    assert "累计" in translated("the total at the end of 2024")


ZH_WAREHOUSES = "2024年华北地区仓储面积占全国的20.0%，华南地区占15.0%，西北地区占5.0%。"


def test_the_things_a_combined_share_lists_are_who_did_it_not_the_whole() -> None:
    question = (
        "What combined share of national warehouse space did North China, South China and Northwest China "
        "account for in 2024?"
    )
    assert listed_terms(question) == ["North China", "South China", "Northwest China"]
    found = calculate(question, [hit(ZH_WAREHOUSES, lang="zh", doc="warehouses.md")])
    assert found is not None and found.result.value == D("40.0")


ZH_GYMS = "截至2024年末，全国健身房总数约为12.5万家，2023年末为10.0万家；连锁品牌占比为30.0%。"


def test_the_end_of_a_year_is_a_period_not_a_second_thing_compared() -> None:
    question = "How many more gyms were there nationwide at the end of 2024 than at the end of 2023?"
    intent = detect(question)
    assert intent is not None and intent.kind == "change" and intent.pair is None
    found = calculate(question, [hit(ZH_GYMS, lang="zh", doc="gyms.md")])
    assert found is not None and found.result.value == D("2.5")


ZH_EXPORTS = "## 五、出口\n2024年中国电动工具出口额为120.0亿美元，同比增长20.0%，欧洲和北美是主要出口市场。"


def test_what_a_thing_was_worth_in_a_year_is_its_figure_carried_back_where_no_share_is_asked() -> None:
    # "worth" reads as a share's amount (part_of); with no share found, the year's figure its growth implies.
    found = calculate(
        "How much were China's power tool exports worth in 2023?", [hit(ZH_EXPORTS, lang="zh", doc="tools.md")]
    )
    assert found is not None and found.result.value == D("100.00")
