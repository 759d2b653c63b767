"""calc on phrasings an analyst types that the first rules did not read (issue 16), and the
complement of shares: each computed from invented report passages, in both languages, and
each refusing where the operand it needs is missing or would be another subject's.

Model-free: hand-built hits (tests/support/passages.py).
"""

from __future__ import annotations

from decimal import Decimal as D
from functools import cache
from pathlib import Path

import pytest

from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from reportqa.server.calc.intents import detect
from reportqa.server.calc.operands import candidates_of
from reportqa.server.calc.program import calculate
from tests.support.passages import computed, formula_of, hit

pytestmark = pytest.mark.unit

EN_MARKET = hit(
    "The global drone inspection market was valued at USD 4.8 billion in 2024, up from USD 4.0 billion in "
    "2023. North America generated USD 1.9 billion in 2024 and Europe USD 1.2 billion.",
    doc="drones-en.md",
)
EN_VENDORS = hit(
    "| Vendor | Share of 2024 revenue |\n|---|---|\n| Aerovista | 31.5% |\n| SkyScan | 22.0% |\n| Fieldeye | 12.5% |",
    doc="drones-en.md",
    section="Vendor shares",
)
EN_TOP_FIVE = hit(
    "The top five vendors held a combined 62.3% share of the market in 2024, up from 58.1% in 2023.",
    doc="drones-en.md",
)
EN_WITH_OTHERS = hit(
    "| Vendor | Share of 2024 revenue |\n|---|---|\n| Aerovista | 31.5% |\n| Others | 68.5% |",
    doc="drones-en.md",
)
EN_TWO_COLUMNS = hit(
    "| Vendor | 2023 share | 2024 share |\n|---|---|---|\n| Aerovista | 30.1% | 31.5% |\n| SkyScan | 21.0% | 22.0% |",
    doc="drones-en.md",
)
ZH_VENDORS = hit(
    "2024年中国协作机器人市场中，遨博份额为18.2%，节卡为15.6%，其余厂商合计66.2%。",
    lang="zh",
    doc="cobots-zh.md",
)
ZH_SHARES = hit(
    "| 厂商 | 2024年市场份额 |\n|---|---|\n| 遨博 | 18.2% |\n| 节卡 | 15.6% |\n| 越疆 | 12.1% |",
    lang="zh",
    doc="cobots-zh.md",
)


@pytest.mark.parametrize(
    ("question", "kind", "years"),
    [
        ("What was the year-over-year growth of the market in 2024?", "relative_change", (2023, 2024)),
        ("How fast did the market grow in 2024 compared with 2023?", "relative_change", (2024, 2023)),
        ("How much did the price fall between 2023 and 2024 in percentage terms?", "relative_change", (2023, 2024)),
        ("What was the decline in average price from 2023 to 2024?", "change", (2023, 2024)),
        ("At what rate did the market compound between 2020 and 2024?", "implied_cagr", (2020, 2024)),
        ("What annual growth rate takes the market from 2024 to its 2030 forecast?", "implied_cagr", (2024, 2030)),
        ("What would the 2026 market be at the forecast CAGR?", "projection", (2026,)),
        ("What was the 2023 market, given 2024's size and the growth rate?", "implied_value", (2023, 2024)),
        ("2024年销量同比增速是多少？", "relative_change", (2023, 2024)),
        ("2024年均价较2023年下降了多少？", "change", (2024, 2023)),
        ("2024年出口额与2023年相比变化了百分之几？", "relative_change", (2024, 2023)),
    ],
)
def test_phrasings_name_their_operation(question, kind, years):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.years) == (kind, years)


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("How much bigger was North America than Europe in 2024?", ("North America", "Europe")),
        ("What is the gap between North America and Europe in 2024?", ("North America", "Europe")),
        ("How many times larger is North America than Europe in 2024?", ("North America", "Europe")),
        ("What were North America and Europe together worth in 2024?", ("North America", "Europe")),
        ("What is the difference in share between Aerovista and SkyScan?", ("Aerovista share", "SkyScan share")),
        ("遨博与节卡的市场份额相差多少个百分点？", ("遨博市场份额", "节卡市场份额")),
    ],
)
def test_phrasings_name_the_two_things_compared(question, pair):
    intent = detect(question)
    assert intent is not None and intent.pair == pair


def test_comparatives_and_gaps_compute_over_the_two_named_regions():
    assert formula_of("How much bigger was North America than Europe in 2024?", EN_MARKET) == "1.9 - 1.2 = 0.7"
    assert formula_of("How many times larger is North America than Europe in 2024?", EN_MARKET) == "1.9 / 1.2 = 1.58"
    assert formula_of("What were North America and Europe together worth in 2024?", EN_MARKET) == "1.9 + 1.2 = 3.1"


def test_a_comparative_naming_a_region_the_report_does_not_state_is_refused():
    assert formula_of("How much bigger was North America than Asia Pacific in 2024?", EN_MARKET) is None


def test_the_rest_after_a_stated_share_of_the_leaders():
    assert formula_of("What share of the market was held outside the top five vendors in 2024?", EN_TOP_FIVE) == (
        "100% - 62.3% = 37.7%"
    )


def test_the_rest_after_named_vendors_in_chinese():
    found = calculate("2024年除遨博和节卡以外的厂商份额是多少？", [ZH_SHARES])
    assert found is not None and found.result.value == D("66.2")
    assert found.result.formula == "100% - (18.2 + 15.6)% = 66.2%"


def test_the_other_vendors_of_a_share_table():
    assert formula_of("What share do the other vendors hold?", EN_VENDORS) == "100% - (31.5 + 22 + 12.5)% = 34%"


def test_a_stated_share_of_the_others_is_quoted_not_recomputed():
    assert formula_of("What share do the other vendors hold?", EN_WITH_OTHERS) is None


def test_the_rest_of_shares_in_two_columns_is_refused_without_a_year():
    assert formula_of("What share do the other vendors hold?", EN_TWO_COLUMNS) is None


def test_the_rest_after_a_vendor_the_report_does_not_list_is_refused():
    assert formula_of("2024年除遨博和埃斯顿以外的厂商份额是多少？", ZH_SHARES) is None


def test_a_sum_of_the_top_vendors_is_not_every_row_of_the_table():
    assert calculate("What is the combined share of the top two vendors?", [EN_VENDORS]) is None
    found = calculate("What is the combined share of the vendors in the table?", [EN_VENDORS])
    assert found is not None and found.result.formula == "31.5 + 22 + 12.5 = 66"


ZH_TOP_THREE = hit(
    "2024年市场份额前三的厂商分别为遨博（18.2%）、节卡（15.6%）与越疆（12.1%）。",
    lang="zh",
    doc="cobots-zh.md",
)


def test_the_rest_after_a_group_listed_member_by_member_is_refused():
    # No one figure is the top three's share: taking the first member's would be a wrong number.
    assert formula_of("2024年前三大厂商以外的厂商合计份额是多少？", ZH_TOP_THREE) is None
    assert formula_of("What share was held outside the top three vendors in 2024?", ZH_TOP_THREE) is None


def test_the_rest_after_members_named_one_by_one_in_one_sentence():
    assert formula_of("2024年除遨博和节卡以外的厂商份额是多少？", ZH_TOP_THREE) == "100% - (18.2 + 15.6)% = 66.2%"


ZH_CLOUD = hit(
    "2024年，中国云计算市场规模达到8,264.2亿元，同比增长18.5%，2023年市场规模为6,976.5亿元。",
    lang="zh",
    doc="cloud-zh.md",
    title="中国云计算市场研究报告",
)
ZH_ECONOMY = hit(
    "2024年中国数字经济规模为53.9万亿元，云计算是其重要的基础设施。",
    lang="zh",
    doc="cloud-zh.md",
    title="中国云计算市场研究报告",
)
EN_PARCELS = hit(
    "J&T Express handled 3.05 billion parcels in Southeast Asia in 2024, up 28.7% year on year.", doc="parcels-en.md"
)
ZH_TRUCKS = hit(
    "| 企业 | 2024年份额 |\n|---|---|\n| 三一重工 | 14.8% |\n| 徐工汽车 | 10.3% |\n| 中国重汽 | 12.6% |",
    lang="zh",
    doc="trucks-zh.md",
)


def test_the_year_before_written_as_such_in_chinese():
    intent = detect("2024年中国云计算市场比上一年多了多少亿元？")
    assert intent is not None and (intent.kind, intent.years, intent.pair) == ("change", (2023, 2024), None)


def test_the_other_year_comes_from_the_sentence_of_the_first_not_a_higher_ranked_one():
    # Ranked first, the digital economy's 53.9万亿元 names 中国 as much as the market's sentence does.
    assert formula_of("2024年中国云计算市场比上一年多了多少亿元？", ZH_ECONOMY, ZH_CLOUD) == "8264.2 - 6976.5 = 1287.7"


def test_an_implied_value_asked_after_its_base_in_chinese():
    question = "根据J&T Express 2024年的包裹量和增速，推算其2023年处理了多少亿件包裹？"
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.years) == ("implied_value", (2023, 2024))
    # Asked in 亿 (多少亿件), the result is written in 亿.
    assert formula_of(question, EN_PARCELS) == "3.05 × (1 + 28.7%)^(2023 - 2024) = 2.37; 2.37 billion = 23.7 亿"


def test_how_many_times_a_possessive_names_two_things():
    intent = detect("North America's revenue in 2024 was how many times Europe's?")
    assert (
        intent is not None
        and intent.kind == "ratio"
        and intent.pair == ("North America's revenue in 2024", "Europe revenue")
    )


def test_three_things_listed_are_summed_row_by_row_or_not_at_all():
    # "三一重工、徐工汽车" as one side would be 三一重工's 14.8% alone: a wrong sum.
    intent = detect("2024年三一重工、徐工汽车和中国重汽的合计份额是多少？")
    assert intent is not None and intent.pair is None
    assert formula_of("2024年三一重工、徐工汽车和中国重汽的合计份额是多少？", ZH_TRUCKS) == "14.8 + 10.3 + 12.6 = 37.7"
    # A row the question does not name is not added; a name no row has refuses.
    assert formula_of("2024年三一重工和中国重汽的合计份额是多少？", ZH_TRUCKS) in (None, "14.8 + 12.6 = 27.4")
    assert formula_of("2024年三一重工、徐工汽车和东风汽车的合计份额是多少？", ZH_TRUCKS) is None


def test_a_question_whose_subject_the_other_language_passages_never_write_is_not_computed():
    # Only 中国 of "China's public cloud market" is written: any figure of China would do.
    assert formula_of("What was China's public cloud market worth in 2024 in billion yuan?", ZH_ECONOMY) is None
    assert formula_of("What was China's cloud computing market in 2024 in billion yuan?", ZH_CLOUD) == (
        "8264.2 亿 = 826.42 billion"
    )


EN_SEGMENTS = hit(
    "| Segment | Share of 2024 market value |\n|---|---|\n| Last-mile delivery | 58.4% |\n| Warehousing | 19.8% |\n"
    "| Cross-border | 21.8% |",
    doc="logistics-en.md",
)
EN_IMAGING = hit(
    "| Modality | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n| CT | 412.7 | 1,850.2 |\n"
    "| MRI | 298.1 | 1,392.6 |",
    doc="imaging-en.md",
    title="AI in Medical Imaging Market Report",
)


def test_what_a_share_was_not_is_its_complement():
    assert formula_of("What share of the 2024 market value was not last-mile delivery?", EN_SEGMENTS) == (
        "100% - 58.4% = 41.6%"
    )


def test_the_part_of_a_share_question_after_a_participle():
    intent = detect("What percentage of Southeast Asia's 2024 parcel volume was delivered in Indonesia?")
    # The part is measured as its whole is: Indonesia's parcel volume, not its market size.
    assert intent is not None and intent.pair == ("Indonesia parcel volume", "Southeast Asia's 2024 parcel volume")


def test_a_subject_word_written_in_a_longer_english_form_counts_as_written():
    # 影像 is "image" in the dictionary; the English table writes "imaging".
    assert formula_of("2030年CT领域的AI影像市场比2024年增加多少百万美元？", EN_IMAGING) == "1850.2 - 412.7 = 1437.5"


def test_an_english_plural_counts_as_written_through_its_dictionary_form():
    cold_chain = hit(
        "2024年，全国冷链物流总额达到9.1万亿元。中国冷链物流市场规模为5,361亿元，同比增长3.7%。",
        lang="zh",
        doc="cold-chain-zh.md",
        title="中国冷链物流行业报告",
    )
    # "logistics" is 物流 only in the plural the question writes.
    assert formula_of("What was China's cold-chain logistics market size in 2024 in billion yuan?", cold_chain) == (
        "5361 亿 = 536.1 billion"
    )


def test_a_sum_over_a_table_whose_report_the_question_names():
    # "US" says which report's table, not which rows: every row of the impacts column is added.
    impacts = hit(
        "| Restraint | Impact on CAGR |\n|---|---|\n| Fraud | -1.2% |\n| Labour costs | -0.9% |\n| Self-service | -1.1% |",
        doc="us-support-en.md",
        title="US Tech Support Market",
    )
    assert formula_of("What is the sum of the restraint impacts on the US tech support market CAGR?", impacts) == (
        "(-1.2) + (-0.9) + (-1.1) = -3.2"
    )


EN_REGIONS = hit(
    "Europe generated USD 337.6 million in 2024 and Asia Pacific USD 286.2 million.\n\nAsia Pacific's revenue is "
    "forecast to grow at a CAGR of 33.6% over 2024-2030.",
    doc="imaging-regions-en.md",
)
EN_GROWTH = hit("The market reached USD 12.6 billion in 2024, up 5% from USD 12.0 billion in 2023.", doc="growth-en.md")
ZH_VEHICLES = hit(
    "| 车型 | 销量（万辆） 2023年 | 销量（万辆） 2024年 |\n|---|---|---|\n| 新能源轻型货车 | 16.0 | 21.5 |\n"
    "| 新能源客车 | 11.4 | 9.4 |\n| 合计 | 44.0 | 53.2 |",
    lang="zh",
    doc="nev-zh.md",
    title="中国新能源商用车市场报告",
)


def test_a_projection_starts_from_the_subject_the_question_leads_into():
    found = calculate("If Asia Pacific's revenue grows at its forecast CAGR, what will it reach in 2030?", [EN_REGIONS])
    assert found is not None and found.operands[0].measure.value == D("286.2")


def test_given_first_still_asks_for_the_other_year():
    intent = detect("Given its 2024 size and its growth, what was the market worth in 2023?")
    assert intent is not None and (intent.kind, intent.years) == ("implied_value", (2023, 2024))


def test_growth_in_a_year_is_over_the_year_before():
    assert detect("By how much did the market grow in 2024?").years == (2023, 2024)
    assert detect("2024年市场规模增长了多少？").years == (2023, 2024)
    assert formula_of("By how much did the market grow in 2024?", EN_GROWTH) == "12.6 - 12 = 0.6"


def test_an_average_across_rows_of_one_year_is_not_the_average_of_two_years():
    # Over the rows of 2024 (calc.rows: a table that lists six countries), never 2023 and 2024.
    assert detect("What was the average market size across the six countries in 2024?").years == (2024,)
    assert detect("What was the average market size across the countries in 2024?") is None


def test_an_english_plural_is_translated_through_its_singular():
    # "buses" is 客车 only as "bus": the total row would otherwise be the nearest figure.
    assert formula_of(
        "What were the average annual sales of new-energy buses in China over 2023 and 2024?", ZH_VEHICLES
    ) == ("(11.4 + 9.4) / 2 = 10.4")


def test_a_table_sum_names_rows_by_whole_words():
    shares = hit(
        "| Segment | 2024 share |\n|---|---|\n| US | 40% |\n| Hotels | 30% |\n| Offices | 20% |", doc="space-en.md"
    )
    # "US" is not in "business": no row is named by it, so the sum is refused.
    assert formula_of("What was the combined share of business, hotels and offices in 2024?", shares) is None


def test_a_result_is_written_in_the_scale_the_question_asks():
    capacity = hit(
        "截至2024年底，全国冷库总容量达到2.37亿立方米，2023年底为2.28亿立方米。",
        lang="zh",
        doc="cold-zh.md",
        title="中国冷链物流报告",
    )
    question = "By how much did China's cold storage capacity grow in 2024, in million cubic metres?"
    assert formula_of(question, capacity) == "2.37 - 2.28 = 0.09; 0.09 亿 = 9 million"
    # A percentage is never rescaled, and a question asking no scale keeps the report's.
    assert formula_of("2024年全国冷库总容量比2023年增长了多少？", capacity) == "2.37 - 2.28 = 0.09"


def test_a_combined_share_adds_the_shares_not_the_amounts_beside_them():
    segments = hit(
        "| 细分领域 | 2023年（亿元） | 2024年（亿元） | 同比增长 | 2024年占比 |\n|---|---|---|---|---|\n"
        "| 职业教育 | 1,152.6 | 1,318.4 | 14.4% | 37.8% |\n| 语言培训 | 467.9 | 476.3 | 1.8% | 13.7% |\n"
        "| 合计 | 3,175.5 | 3,486.7 | 9.8% | 100.0% |",
        lang="zh",
        doc="edu-zh.md",
    )
    assert detect("What was the combined share of A Corp and B Corp in 2024?").pair == ("A Corp share", "B Corp share")
    assert formula_of("2024年职业教育和语言培训的份额合计是多少？", segments) == "37.8 + 13.7 = 51.5"
    assert formula_of("2024年职业教育和语言培训的收入合计是多少？", segments) == "1318.4 + 476.3 = 1794.7"


def test_a_part_s_undated_figure_is_not_replaced_by_its_whole_s_dated_one():
    whole_then_part = hit(
        "2024年中国医药外包服务市场规模为1,486.2亿元，同比增长9.7%。其中CDMO市场规模为842.6亿元，同比增长7.3%，"
        "2023年为785.3亿元。我们预计到2030年，中国CDMO市场规模将达到1,920亿元，2024—2030年复合增长率为14.7%。",
        lang="zh",
        doc="outsourcing-zh.md",
        title="2025年中国医药合同研发生产（CDMO）市场研究报告",
    )
    assert formula_of("若按14.7%的复合增长率增长，2026年中国CDMO市场规模将达到多少亿元？", whole_then_part) == (
        "842.6 × (1 + 14.7%)^(2026 - 2024) = 1108.53"
    )
    # The same part written without a lead that dates it: its year is unknown, so the whole's
    # dated figure is not taken in its place.
    undated = hit(
        "2024年中国医药外包服务市场规模为1,486.2亿元，2023年为1,354.8亿元。CDMO市场规模为842.6亿元。"
        "我们预计到2030年，中国CDMO市场规模将达到1,920亿元，2024—2030年复合增长率为14.7%。",
        lang="zh",
        doc="outsourcing-zh.md",
        title="2025年中国医药合同研发生产（CDMO）市场研究报告",
    )
    assert formula_of("若按14.7%的复合增长率增长，2026年中国CDMO市场规模将达到多少亿元？", undated) is None


CLOUD_ZH = hit(
    "## 二、公有云与私有云\n\n2024年公有云市场规模为5,620.8亿元，同比增长22.1%；私有云市场规模为2,643.4亿元，同比增长11.4%。",
    lang="zh",
    doc="cloud-zh.md",
    section="二、公有云与私有云",
)


def test_a_sentence_under_a_heading_naming_two_things_is_about_the_one_it_names_itself():
    # The heading names 私有云 above the 公有云 sentence too: that sentence's figure is not private cloud's.
    assert formula_of("2024年公有云市场规模是私有云的几倍？", CLOUD_ZH) == "5620.8 / 2643.4 = 2.13"
    # "少多少" asks the shortfall, a positive amount (the golds of xlang26-001 and its kind).
    assert formula_of("2024年私有云市场规模比公有云少多少？", CLOUD_ZH) == "5620.8 - 2643.4 = 2977.4"


def test_a_sentence_opening_on_its_measure_continues_the_subject_of_the_one_before():
    imaging = hit(
        "The global market for artificial intelligence (AI) in medical imaging is expected to rise from USD "
        "1,250.5 million in 2024 to USD 5,873.0 million by 2030. Revenue grew from USD 982.4 million in 2023, "
        "as reimbursement codes spread.",
        doc="imaging-en.md",
    )
    question = "What was the year-on-year growth rate of the AI medical imaging market in 2024?"
    assert formula_of(question, imaging) == "1250.5 / 982.4 - 1 = 27.29%"
    # A sentence that opens on another subject is not the market's 2023 figure.
    other = hit(imaging.chunk.text.replace("Revenue grew", "Hospital IT budgets grew"), doc="imaging-en.md")
    assert formula_of(question, other) is None


PARCELS_TOP = hit(
    "| Country | Market size 2024 | Parcel volume 2024 |\n|---|---|---|\n| Indonesia | 3.6 | 3.5 |\n| Vietnam | 1.9 | 2.4 |",
    doc="parcels-en.md",
    title="Southeast Asia E-commerce Logistics Market Report 2025",
    section="Market by country",
)
PARCELS_TOTAL = hit(
    "| Country | Market size 2024 | Parcel volume 2024 |\n|---|---|---|\n| Thailand | 1.8 | 1.3 |\n| Total | 9.8 | 8.7 |",
    doc="parcels-en.md",
    title="Southeast Asia E-commerce Logistics Market Report 2025",
    section="Market by country",
)
PARCELS_CARRIER = hit(
    "J&T Express handled 3.05 billion parcels in Southeast Asia in 2024, a 35.1% share of regional parcel volume.",
    doc="parcels-en.md",
    title="Southeast Asia E-commerce Logistics Market Report 2025",
)


def test_a_share_of_a_measure_takes_the_part_in_that_measure_and_the_total_row_of_its_column():
    question = "What percentage of Southeast Asia's 2024 parcel volume was delivered in Indonesia?"
    # The table runs on into a second passage, where its Total row stands.
    assert formula_of(question, PARCELS_TOP, PARCELS_CARRIER, PARCELS_TOTAL) == "3.5 / 8.7 = 40.23%"
    # Without the Total row, a carrier's parcels are not the region's: refused.
    assert formula_of(question, PARCELS_TOP, PARCELS_CARRIER) is None


def test_a_sum_of_things_a_question_lists_reads_each_from_the_sentence_that_states_them():
    trucks = hit(
        "2024年，新能源重卡销量为8.2万辆。在新能源重卡细分市场，三一重工以14.8%的份额位居第一，徐工汽车占12.6%，中国重汽占10.3%。",
        lang="zh",
        doc="trucks-zh.md",
    )
    assert formula_of("2024年新能源重卡市场中三一重工、徐工汽车和中国重汽的合计份额是多少？", trucks) == (
        "14.8 + 12.6 + 10.3 = 37.7"
    )
    # A listed company the passage gives no figure for: refused, not the sum of the other two.
    assert formula_of("2024年新能源重卡市场中三一重工、徐工汽车和陕汽的合计份额是多少？", trucks) is None


def test_place_adjectives_name_their_places_and_one_takes_the_first_things_noun():
    regions = hit(
        "| Region | 2023 | 2024 |\n|---|---|---|\n| Europe | 6.1 | 6.6 |\n| Latin America | 1.0 | 1.2 |",
        doc="meters-en.md",
        title="Global Smart Meter Market Report 2025",
        section="Smart meter revenue by region, USD billion",
    )
    question = (
        "How much larger was the European smart meter market than the Latin American one in 2024, in USD billion?"
    )
    assert detect(question).pair == ("the Europe smart meter market", "the Latin America smart meter market")
    assert formula_of(question, regions) == "6.6 - 1.2 = 5.4"
    assert (
        formula_of("How much larger was the European smart meter market than the Asian one in 2024?", regions) is None
    )


MARKETSET = Path(__file__).resolve().parents[1] / "data" / "marketset" / "reports"
EV, CRM = "ev-battery-market-2025.md", "saas-crm-china.md"


@cache
def _report(name: str) -> list[Hit]:
    """Every passage of a marketset report, read by the real loader and chunker, as if retrieved."""
    document = load_document(MARKETSET / name, name, (MARKETSET / name).read_bytes())
    return [Hit(c, 0.5, 0.5, 0.5, i) for i, c in enumerate(chunk_document(document))]


@pytest.mark.parametrize(
    ("report", "question", "formula"),
    [
        (
            EV,
            "What is the gap between Europe's and North America's battery revenue in 2024?",
            "21.4 - 17.9 = 3.5",
        ),
        (
            EV,
            "By how much did global EV battery shipments increase between 2023 and 2024?",
            "1052 - 865 = 187",
        ),
        (
            EV,
            "What was the percentage decline in the average battery pack price from 2023 to 2024?",
            "115 / 139 - 1 = -17.27%",
        ),
        (
            EV,
            "How many times larger was Asia Pacific's battery revenue than Europe's in 2024?",
            "74.2 / 21.4 = 3.47",
        ),
        (
            EV,
            "What share of the global EV battery market did Europe represent in 2024?",
            "21.4 / 118.6 = 18.04%",
        ),
        (
            EV,
            "What were Europe and North America's battery revenues combined in 2024?",
            "21.4 + 17.9 = 39.3",
        ),
        (
            EV,
            "What was the average of Europe's battery revenue in 2024 and 2030?",
            "(21.4 + 43.7) / 2 = 32.55",
        ),
        (
            EV,
            "What CAGR does the forecast for Europe imply between 2024 and 2030?",
            "(43.7 / 21.4)^(1/6) - 1 = 12.64%",
        ),
        (
            EV,
            "What would the global EV battery market be worth in 2026 if it grows at its forecast CAGR?",
            "118.6 × (1 + 13.3%)^(2026 - 2024) = 152.25",
        ),
        (EV, "What share of 2024 EV battery shipments was not LFP?", "100% - 48.5% = 51.5%"),
        (
            EV,
            "Convert the 2024 global EV battery market value to millions of US dollars.",
            "118.6 billion = 118600 million",
        ),
        (
            EV,
            "What was the change in LFP's share of shipments from 2022 to 2024?",
            "48.5 - 31 = 17.5",
        ),
        (CRM, "2024年销售自动化与营销自动化的市场规模相差多少？", "48.3 - 27.9 = 20.4"),
        (CRM, "2024年销售自动化市场规模是客户服务的多少倍？", "48.3 / 24.6 = 1.96"),
        (CRM, "2024年营销自动化占中国SaaS CRM市场规模的比例是多少？", "27.9 / 112.4 = 24.82%"),
        (CRM, "2024年纷享销客与销售易的份额合计是多少？", "11.8 + 10.9 = 22.7"),
        (CRM, "2024年行业平均客单价比2023年下降了百分之多少？", "3.6 / 3.9 - 1 = -7.69%"),
        (
            CRM,
            "2024年到2028年中国SaaS CRM市场的年均复合增长率是多少？",
            "(206.3 / 112.4)^(1/4) - 1 = 16.39%",
        ),
        (
            CRM,
            "根据2024年的市场规模和同比增速，推算2023年中国SaaS CRM市场规模是多少？",
            "112.4 × (1 + 14.6%)^(2023 - 2024) = 98.08",
        ),
        (
            CRM,
            "除纷享销客、销售易和Salesforce外，其他厂商的市场份额合计是多少？",
            "100% - (11.8 + 10.9 + 6.2)% = 71.1%",
        ),
        (CRM, "2028年中国SaaS CRM市场规模将比2024年增加多少？", "206.3 - 112.4 = 93.9"),
        (CRM, "2024年销售自动化比客户服务的规模多出多少亿元？", "48.3 - 24.6 = 23.7"),
        (CRM, "2024年客户服务模块的规模占全部SaaS CRM市场的百分之几？", "24.6 / 112.4 = 21.89%"),
        (CRM, "2024年营销自动化和客户服务两个模块的规模一共是多少？", "27.9 + 24.6 = 52.5"),
        (CRM, "2024年中国SaaS CRM市场规模相当于多少万元？", "112.4 亿 = 1124000 万"),
        (CRM, "2024年中国SaaS CRM市场规模与2028年预测值之差是多少？", "206.3 - 112.4 = 93.9"),
        (
            EV,
            "Convert the 2024 global battery market value to millions of US dollars.",
            "118.6 billion = 118600 million",
        ),
        (
            EV,
            "How much bigger will the North American battery market be in 2030 than in 2024?",
            "45.6 - 17.9 = 27.7",
        ),
        (
            EV,
            "How much bigger will the North America battery market be in 2030 than in 2024?",
            "45.6 - 17.9 = 27.7",
        ),
        (EV, "What was the EV battery revenue of Europe in 2024?", None),
        (
            EV,
            "What was the combined share of LFP and NMC in 2024 shipments?",
            "48.5 + 41.2 = 89.7",
        ),
        (
            EV,
            "What percentage of 2024 global EV battery revenue came from Asia Pacific?",
            "74.2 / 118.6 = 62.56%",
        ),
        ("cloud-computing-china-2025.md", "2024年私有云市场规模比公有云少多少亿元？", "5620.8 - 2643.4 = 2977.4"),
        (
            "cloud-computing-china-2025.md",
            "2023年到2024年中国云计算市场规模的增幅是多少？",
            "8264.2 / 6976.5 - 1 = 18.46%",
        ),
        # 陕汽 has no share in the sentence: "份额" before 三一重工's names no company.
        ("nev-commercial-vehicles-china.html", "2024年陕汽的份额比三一重工低多少？", None),
    ],
)
def test_free_phrasings_over_the_marketset_reports(report, question, formula):
    # Phrasings typed for issue 16, none written from the rules: every family, both languages,
    # and refusals where the thing named has no figure (陕汽) or only the report's subject says "EV".
    assert formula_of(question, *_report(report)) == formula


def test_a_side_named_alone_is_measured_as_the_other_side_says():
    assert detect("What were Europe and North America's battery revenues combined in 2024?").pair == (
        "Europe battery revenues",
        "North America's battery revenues",
    )
    # Row names that only look alone ("Deferred Revenue") are not given the other side's words.
    assert detect("What is the difference between Deferred Revenue and Other non-current liabilities?").pair == (
        "Deferred Revenue",
        "Other non-current liabilities",
    )


@pytest.mark.parametrize(
    ("question", "pair", "years"),
    [
        # "is made up of" says which is the part, after "what proportion of" names the whole.
        (
            "What proportion of level 2 inputs is made up of money market funds?",
            ("money market funds", "level 2 inputs"),
            (),
        ),
        # "the change in X in 2019" is over 2019, from the year before.
        ("What is the change in sales in 2019?", None, (2018, 2019)),
        ("What is the percentage change in the fair value for real estate in 2019?", None, (2018, 2019)),
    ],
)
def test_a_part_made_up_of_and_a_change_in_one_year(question, pair, years):
    intent = detect(question)
    assert intent is not None and intent.pair == pair and intent.years == years


def test_a_part_s_sentence_is_not_taken_for_the_whole_it_names_less_precisely():
    equipment = hit(
        "Global sales of semiconductor manufacturing equipment reached USD 117.1 billion in 2024. "
        "Sales are forecast at USD 125.5 billion in 2025 and USD 138.9 billion in 2026. "
        "Test equipment sales were USD 7.5 billion in 2024.",
        doc="chips-en.md",
        title="Semiconductor Manufacturing Equipment Market",
    )
    question = "What is the average of equipment sales in 2024 and the forecasts for 2025 and 2026?"
    assert formula_of(question, equipment) == "(117.1 + 125.5 + 138.9) / 3 = 127.17"


def test_a_cagr_projects_only_from_a_year_of_its_own_period():
    # The 2024 figure is missing: 2023's is no base for a 2024-2030 rate.
    cdmo = hit(
        "2023年中国CDMO市场规模为785.3亿元。我们预计到2030年，中国CDMO市场规模将达到1,920亿元，2024—2030年复合增长率为14.7%。",
        lang="zh",
        doc="cdmo-only-zh.md",
    )
    assert formula_of("若按14.7%的复合增长率增长，2026年中国CDMO市场规模将达到多少亿元？", cdmo) is None


# Issue 16, calcgrowth18: growth, CAGR, implied values, differences and conversions on the newest
# reports' layouts, each written here over another market.
SCANNER_ORDERS = hit(
    "| 企业 | 2024年收入（亿元） | 市场份额 |\n|---|---|---|\n| 联影医疗 | 103.0 | 18.5% |\n| 迈瑞医疗 | 88.4 | 15.9% |",
    lang="zh",
    doc="imaging-zh.md",
    section="三、竞争格局",
)
SCANNER_ORDER_SENTENCE = hit(
    "联影医疗2024年新签订单金额为45.0亿元，同比下降10.0%。迈瑞医疗海外收入占比超过四成。",
    lang="zh",
    doc="imaging-zh.md",
    section="三、竞争格局",
)


def test_a_value_implied_backwards_from_a_stated_fall():
    # 下降 10% from 2023 to 2024: 2023 was 45.0 / 0.9; the company's revenue row is another measure.
    question = "按联影医疗2024年新签订单金额及其降幅推算，2023年新签订单约为多少亿元？"
    assert detect(question).kind == "implied_value"
    assert formula_of(question, SCANNER_ORDERS, SCANNER_ORDER_SENTENCE) == "45 × (1 - 10%)^(2023 - 2024) = 50"
    down = hit("Sales of Corvex fell to USD 90 million in 2024, down 10% year on year.", doc="pumps-en.md")
    assert formula_of("What were Corvex's sales in 2023, given its 2024 sales and decline?", down) == (
        "90 × (1 - 10%)^(2023 - 2024) = 100"
    )


def test_a_share_of_the_market_beside_a_growth_rate_is_not_the_growth():
    vendor = hit(
        "Nordlys reported heat pump revenue of USD 500 million in 2024, up 25% year on year, "
        "or about 12.5% of the global market.",
        doc="heat-pumps-en.md",
    )
    question = "Given Nordlys's 2024 heat pump revenue and its growth, what was its revenue in 2023?"
    assert formula_of(question, vendor) == "500 × (1 + 25%)^(2023 - 2024) = 400"
    # Two changes in one clause ("up … after falling …"): which one is meant is a guess.
    both = hit("Nordlys reported revenue of USD 500 million in 2024, up 25% after falling 5% in 2023.", doc="hp2.md")
    assert formula_of(question, both) is None


WIND_LIKE = hit(
    "Global heat pump OEM revenue reached USD 60.0 billion in 2024, up 5.0% from USD 57.1 billion in 2023. "
    "We expect revenue to reach USD 80.0 billion by 2030, a CAGR of 4.9% over 2024-2030.",
    doc="heat-pumps-en.md",
    title="Global Heat Pump Market Report 2025",
)
WIND_INSTALLED = hit(
    "| Region | 2023 (GW) | 2024 (GW) |\n|---|---|---|\n| Europe | 40.2 | 41.0 |\n| Global | 110.5 | 115.0 |",
    doc="heat-pumps-en.md",
    title="Global Heat Pump Market Report 2025",
    section="Installations by region",
)


def test_a_forecast_the_analyst_states_continues_the_subject_of_the_sentence_before():
    # "We expect revenue to reach …" is the heat pump revenue of the sentence before: its 2030 figure.
    assert formula_of("What CAGR does heat pump OEM revenue imply from 2023 to 2030?", WIND_LIKE) == (
        "(80 / 57.1)^(1/7) - 1 = 4.94%"
    )


def test_an_amount_asked_in_a_currency_is_grown_from_a_figure_in_it():
    # The Global row (115.0 GW) names 全球 as well as the sentence; 多少亿美元 asks for dollars.
    question = "按4.9%的年均复合增长率计算，2027年全球热泵收入将达到多少亿美元？"
    assert (
        formula_of(question, WIND_INSTALLED, WIND_LIKE)
        == "60 × (1 + 4.9%)^(2027 - 2024) = 69.26; 69.26 billion = 692.6 亿"
    )
    # A rate the question writes that is not the report's is no projection of the report's.
    assert (
        formula_of("按6%的年均复合增长率计算，2027年全球热泵收入将达到多少亿美元？", WIND_INSTALLED, WIND_LIKE) is None
    )


def test_a_difference_asked_in_dollars_is_not_taken_between_two_shares():
    segments = hit(
        "| Technology | Share of 2024 market | Growth, 2024 |\n|---|---|---|\n"
        "| Solid-state batteries | 2.0% | 80.0% |\n| Flow batteries | 3.1% | 20.0% |",
        doc="storage-en.md",
        section="Market by technology",
    )
    sentence = hit(
        "Solid-state batteries are the fastest-growing segment: they are expected to rise from USD 1.5 billion "
        "in 2024 to USD 9.0 billion by 2030, a CAGR of 34.8%.",
        doc="storage-en.md",
    )
    question = "How much larger, in billions of dollars, is the solid-state battery market expected to be in 2030 than in 2024?"
    assert formula_of(question, segments, sentence) == "9 - 1.5 = 7.5"


def test_a_year_column_after_a_flattened_spanning_title_is_under_that_title():
    table = hit(
        "| Region | Revenue (USD million) 2023 | 2024 | Shipments (units) 2023 | 2024 |\n|---|---|---|---|---|\n"
        "| Europe | 410.0 | 450.0 | 1,200 | 1,300 |\n| Global | 1,000.0 | 1,250.0 | 3,000 | 3,600 |",
        doc="lidar-en.md",
        title="Global Lidar Market Report",
    )
    assert formula_of("By what percentage did global lidar revenue grow in 2024?", table) == "1250 / 1000 - 1 = 25%"
    assert formula_of("By how much did global lidar shipments grow in 2024?", table) == "3600 - 3000 = 600"


def test_a_market_worth_in_yuan_is_its_size_not_another_total_or_a_dollar_figure():
    education = hit(
        "2024年全国职业培训经费总投入为2.1万亿元，在线职业培训约占6.0%。同期全球在线职业培训市场规模约为400亿美元。"
        "2024年中国在线职业培训市场规模为1,262.5亿元，同比增长12.0%。",
        lang="zh",
        doc="training-zh.md",
        title="中国在线职业培训行业研究报告",
    )
    question = "What was China's online vocational training market worth in 2024 in billion yuan?"
    assert formula_of(question, education) == "1262.5 亿 = 126.25 billion"


def test_an_undated_figure_whose_clause_names_nothing_asked_does_not_cast_doubt():
    # "against USD 1,050/kW for PEM systems" names no electrolyser of its own: the 2030 forecast stands.
    report = hit(
        "The global fuel cell market reached USD 2,000.0 million in 2024, up from USD 1,600.0 million in 2023. "
        "We expect revenue to grow from USD 2.0 billion in 2024 to USD 8.0 billion by 2030. "
        "The average system price of fuel cell stacks in China was USD 300/kW, against USD 900/kW for PEM systems in Europe.",
        doc="fuel-cells-en.md",
        title="Global Fuel Cell Market Report 2025",
    )
    question = "What compound annual growth rate does the fuel cell market imply from 2023 to 2030?"
    assert formula_of(question, report) == "(8000 / 1600)^(1/7) - 1 = 25.85%"


CDMO, EDU, COOLING = "pharma-cdmo-china-2025.html", "online-education-china-2025.md", "data-centre-cooling-2025.html"
WIND, H2 = "wind-turbines-global-2025.md", "hydrogen-electrolysers-2025.pdf"


@pytest.mark.parametrize(
    ("report", "question", "formula"),
    [
        (CDMO, "How much did China's CDMO market grow from 2023 to 2024?", "842.6 - 785.3 = 57.3"),
        # A segment the question names across languages is the segment's row or nothing, never the whole market's.
        # large-molecule is 大分子 (大 "large" + 分子, dictionary._compound_senses): the row's own figures.
        (CDMO, "How much did China's large-molecule CDMO revenue increase from 2023 to 2024?", "196.5 - 176.8 = 19.7"),
        (CDMO, "What was the percentage increase in China's small-molecule CDMO revenue from 2023 to 2024?", None),
        (
            CDMO,
            "按凯莱英2024年新签订单金额及其降幅推算，2023年新签订单约为多少亿元？",
            "72.3 × (1 - 8.5%)^(2023 - 2024) = 79.02",
        ),
        (
            CDMO,
            "根据2024年中国CDMO市场规模及同比增速，推算2023年规模约为多少亿元？",
            "842.6 × (1 + 7.3%)^(2023 - 2024) = 785.27",
        ),
        (EDU, "How much did China's vocational education market grow from 2023 to 2024?", "1318.4 - 1152.6 = 165.8"),
        (
            EDU,
            "By how much did the online education market grow in 2024, in billion yuan?",
            "3486.7 - 3175.5 = 311.2; 311.2 亿 = 31.12 billion",
        ),
        (EDU, "What was China's online education market worth in 2024 in billion yuan?", "3486.7 亿 = 348.67 billion"),
        (
            EDU,
            "按10.0%的年均复合增长率计算，2026年中国在线教育市场规模将达到多少亿元？",
            "3486.7 × (1 + 10%)^(2026 - 2024) = 4218.91",
        ),
        (
            EDU,
            "What was the 2023 size of the AI tutoring product market, given its 2024 size and growth?",
            "186.3 × (1 + 62.5%)^(2023 - 2024) = 114.65",
        ),
        (COOLING, "2023年到2024年北美数据中心冷却市场规模增长了多少亿美元？", "6.5 - 5.4 = 1.1; 1.1 billion = 11 亿"),
        (COOLING, "2024年全球数据中心冷却市场规模同比增长了百分之多少？", "16.2 / 13.7 - 1 = 18.25%"),
        (
            COOLING,
            "按2024年全球数据中心冷却市场规模及其增速推算，2023年市场规模约为多少亿美元？",
            "16.2 × (1 + 18.2%)^(2023 - 2024) = 13.71; 13.71 billion = 137.1 亿",
        ),
        (
            COOLING,
            "根据Vertiv 2024年的数据中心热管理收入及增速，推算其2023年收入约为多少亿美元？",
            "3105.6 × (1 + 21.8%)^(2023 - 2024) = 2549.75; 2549.75 million = 25.4975 亿",
        ),
        (
            COOLING,
            "How much larger, in billions of dollars, is the liquid cooling market expected to be in 2030 than in 2024?",
            "11.6 - 2.1 = 9.5",
        ),
        (
            WIND,
            "What was the percentage change in Europe's installations from 2023 to 2024?",
            "16.4 / 17.8 - 1 = -7.87%",
        ),
        # 多少GW asks an amount: the change, not the percentage.
        (WIND, "2024年全球风电新增装机同比增长了多少GW？", "121.3 - 116.6 = 4.7"),
        # Offshore's own 2024 amount, from the sentence that states its CAGR, not the whole market's 68.4.
        (
            WIND,
            "If offshore turbine revenue grows at its forecast CAGR, what will it reach in 2027?",
            "14.2 × (1 + 14.4%)^(2027 - 2024) = 21.26",
        ),
        (
            WIND,
            "按5.2%的年均复合增长率计算，2027年全球风机制造商收入将达到多少亿美元？",
            "68.4 × (1 + 5.2%)^(2027 - 2024) = 79.63; 79.63 billion = 796.3 亿",
        ),
        (WIND, "What CAGR does wind turbine OEM revenue imply from 2023 to 2030?", "(92.7 / 63.9)^(1/7) - 1 = 5.46%"),
        (H2, "By what percentage did global electrolyser revenue grow in 2024?", "3420.5 / 2385 - 1 = 43.42%"),
        (
            H2,
            "What compound annual growth rate does the electrolyser market imply from 2023 to 2030?",
            "(14800 / 2385)^(1/7) - 1 = 29.79%",
        ),
        (
            H2,
            "By how much did Europe's electrolyser revenue increase from 2023 to 2024, in million dollars?",
            "845.2 - 612.4 = 232.8",
        ),
        (
            H2,
            "Given thyssenkrupp nucera's fiscal 2024 electrolyser revenue and its growth, what was it in fiscal 2023?",
            "512.3 × (1 + 34.2%)^(2023 - 2024) = 381.74",
        ),
    ],
)
def test_growth_phrasings_over_the_newest_marketset_reports(report, question, formula):
    # Typed for calcgrowth18 over the newest reports, both languages: growth in a year, a CAGR
    # between a stated and a forecast year, values implied backwards and forwards, differences in
    # a currency, conversions; and refusals where only the whole market's figure is stated.
    assert formula_of(question, *_report(report)) == formula


def test_a_forecast_naming_another_market_does_not_continue_the_sentence_before():
    # "We expect the global market …" is the world's forecast, not China's: China's 2030 is not stated.
    report = hit(
        "China's heat pump revenue reached USD 20.0 billion in 2024. "
        "We expect the global heat pump market to reach USD 150.0 billion by 2030.",
        doc="heat-pumps-cn-en.md",
        title="Heat Pump Market Report 2025",
    )
    assert formula_of("What CAGR does China's heat pump revenue imply from 2024 to 2030?", report) is None


def test_based_on_a_stated_value_and_its_growth_asks_the_implied_value():
    exports = hit(
        "2024年中国扫地机器人出口额为52.0亿美元，同比增长30.0%，欧洲是最大的出口市场。",
        lang="zh",
        doc="robot-vacuums-zh.md",
        title="中国扫地机器人行业研究报告",
    )
    question = "Based on the 2024 export value and its growth rate, how much did China export in robot vacuums in 2023?"
    assert detect(question).years == (2023, 2024)
    assert formula_of(question, exports) == "52 × (1 + 30%)^(2023 - 2024) = 40"


# Shares, ratios, averages and sums as analysts type them over other markets (calcshare18).
WIND_SUMMARY = hit(
    "New installations rose to 121.3 GW in 2024 from 116.6 GW in 2023, of which 9.4 GW was offshore.",
    doc="wind-en.md",
    title="Global Wind Turbine Market Report 2025",
)
WIND_OFFSHORE = hit(
    "China installed 5.1 GW of the 9.4 GW offshore total. The United States installed 7.9 GW in 2024.",
    doc="wind-en.md",
    title="Global Wind Turbine Market Report 2025",
)
WIND_REGIONS = hit(
    "| Region | 2023 (GW) | 2024 (GW) |\n|---|---|---|\n| China | 75.7 | 79.8 |\n| Europe | 17.8 | 16.4 |\n"
    "| Americas | 14.9 | 13.6 |\n| Global | 116.6 | 121.3 |",
    doc="wind-en.md",
    title="Global Wind Turbine Market Report 2025",
)
# Listed neither by size nor whole: its leaders are its largest figures, and the Others and Total rows are no OEM.
OEMS = (
    "| OEM | Installations 2024 (GW) | Share of global installations | Revenue 2024 |\n|---|---|---|---|\n"
    "| Envision | 16.5 | 13.6% | not disclosed |\n| Goldwind (金风科技) | 18.9 | 15.6% | CNY 56.2 billion |\n"
    "| Windey | 13.8 | 11.4% | CNY 23.7 billion |\n| Vestas (维斯塔斯) | 11.6 | 9.6% | EUR 17.3 billion |\n"
    "| Mingyang | 12.1 | 10.0% | CNY 30.4 billion |\n| Others | 48.4 | 39.8% | - |\n| Total | 121.3 | 100.0% | |"
)
EV_DEMAND = hit(
    "Global EV battery demand reached 1,050 GWh in 2024, up from 780 GWh in 2023. "
    "In 2024, China accounted for 690 GWh and Europe for 185 GWh.",
    doc="ev-en.md",
    title="EV Battery Market Report 2025",
)
ZH_CLOUD_PARTS = hit(
    "2024年中国云计算市场规模达到8,264.2亿元。其中公有云市场规模为5,620.8亿元，私有云市场规模为2,643.4亿元。",
    lang="zh",
    doc="cloud-zh.md",
    title="2025年中国云计算市场研究报告",
)
PET_REGIONS = hit(
    "| Region | 2024 (USD billion) |\n|---|---|\n| North America | 52.1 |\n| Europe | 38.4 |\n"
    "| Asia Pacific | 31.0 |\n| Latin America | 12.6 |\n| Global | 142.3 |",
    doc="pet-en.md",
    title="Global Pet Food Market Report 2025",
)


@pytest.mark.parametrize(
    ("question", "passages", "formula"),
    [
        ("What fraction of 2024 global EV battery demand came from China?", (EV_DEMAND,), "690 / 1050 = 65.71%"),
        ("China's 2024 EV battery demand was how many times Europe's?", (EV_DEMAND,), "690 / 185 = 3.73"),
        ("2024年公有云市场规模占云计算市场的比重是多少？", (ZH_CLOUD_PARTS,), "5620.8 / 8264.2 = 68.01%"),
        ("2024年私有云占中国云计算市场规模的百分之多少？", (ZH_CLOUD_PARTS,), "2643.4 / 8264.2 = 31.99%"),
        ("2024年公有云市场规模是私有云的几倍？", (ZH_CLOUD_PARTS,), "5620.8 / 2643.4 = 2.13"),
        ("2024年公有云和私有云市场规模合计是多少？", (ZH_CLOUD_PARTS,), "5620.8 + 2643.4 = 8264.2"),
        (
            "What was North America's share of the global pet food market in 2024?",
            (PET_REGIONS,),
            "52.1 / 142.3 = 36.61%",
        ),
        (
            "What was the 2024 pet food market of North America as a percentage of the global market?",
            (PET_REGIONS,),
            "52.1 / 142.3 = 36.61%",
        ),
        ("2024年北美宠物食品市场占全球的比重是多少？", (PET_REGIONS,), "52.1 / 142.3 = 36.61%"),
        ("2024年北美宠物食品市场规模是欧洲的多少倍？", (PET_REGIONS,), "52.1 / 38.4 = 1.36"),
        ("What was the combined 2024 market of North America and Europe?", (PET_REGIONS,), "52.1 + 38.4 = 90.5"),
        (
            "What was the average 2024 market size of the three largest regions?",
            (PET_REGIONS,),
            "(52.1 + 38.4 + 31) / 3 = 40.5",
        ),
        ("2024年前三大地区的宠物食品市场规模合计是多少？", (PET_REGIONS,), "52.1 + 38.4 + 31 = 121.5"),
        ("What proportion of new installations in 2024 was offshore?", (WIND_SUMMARY,), "9.4 / 121.3 = 7.75%"),
        (
            "What was offshore as a percentage of global installations in 2024?",
            (WIND_SUMMARY, WIND_REGIONS),
            "9.4 / 121.3 = 7.75%",
        ),
        (
            "What was the average 2023 installation of the two largest regions?",
            (WIND_REGIONS,),
            "(75.7 + 17.8) / 2 = 46.75",
        ),
    ],
)
def test_free_phrasings_of_shares_ratios_averages_and_sums(question, passages, formula):
    assert formula_of(question, *passages) == formula


def test_a_part_named_after_its_figure_is_not_another_subject_s_part():
    # "China installed 5.1 GW of the 9.4 GW offshore total" ranks first: 5.1 is China's offshore, 9.4 the world's.
    question = "What share of 2024 global wind installations was offshore?"
    assert formula_of(question, WIND_OFFSHORE, WIND_SUMMARY, WIND_REGIONS) == "9.4 / 121.3 = 7.75%"
    # Onshore is stated nowhere: no other figure stands in for it.
    assert formula_of("What share of 2024 global wind installations was onshore?", WIND_SUMMARY, WIND_REGIONS) is None


def test_a_sentence_figure_meets_a_table_figure_only_in_the_unit_both_write():
    shipments = hit(
        "| Region | Shipments (MW) 2024 |\n|---|---|\n| Europe | 820 |\n| China | 2,780 |",
        doc="h2-en.pdf",
        title="Global Water Electrolyser Market Report 2025",
    )
    total = hit("Shipments of electrolysers reached 4.6 GW in 2024.", doc="h2-en.pdf")
    # 820 MW over 4.6 GW would be 178%: a table in MW and a sentence in GW do not meet.
    assert (
        formula_of("What share of global electrolyser shipments did Europe account for in 2024?", shipments, total)
        is None
    )


def test_the_leaders_of_a_table_are_its_largest_rows_of_the_column_asked():
    oems = hit(OEMS, doc="wind-en.md", title="Global Wind Turbine Market Report 2025", section="Competitive Landscape")
    question = "What was the average 2024 installation of the five largest OEMs, in GW?"
    assert formula_of(question, oems) == "(18.9 + 16.5 + 13.8 + 12.1 + 11.6) / 5 = 14.58"
    assert (
        formula_of("What was the combined 2024 installation of the top three OEMs?", oems)
        == "18.9 + 16.5 + 13.8 = 49.2"
    )
    # Revenue is in CNY for some and EUR for others, and not disclosed for one: no average.
    assert formula_of("What was the average 2024 revenue of the top two OEMs?", oems) is None
    # Chinese OEMs are not what the table tells apart.
    assert formula_of("What was the average 2024 installation of the five largest Chinese OEMs?", oems) is None


def test_leaders_are_refused_when_the_table_is_cut_or_the_last_one_ties():
    cut = hit(
        "| OEM | Installations 2024 (GW) |\n|---|---|\n| Goldwind | 18.9 |\n| Envision | 16.5 |\n| Windey | 13.8 |",
        doc="wind-cut.md",
    )
    assert formula_of("What was the average 2024 installation of the two largest OEMs?", cut) is None
    tied = hit(
        "| OEM | Installations 2024 (GW) |\n|---|---|\n| A Wind | 18.9 |\n| B Wind | 12.1 |\n| C Wind | 12.1 |\n"
        "| Total | 43.1 |",
        doc="wind-tied.md",
    )
    assert formula_of("What was the average 2024 installation of the two largest OEMs?", tied) is None


def test_a_ratio_binds_each_row_by_the_name_it_writes_in_either_script():
    oems = hit(OEMS, doc="wind-en.md", title="Global Wind Turbine Market Report 2025")
    assert formula_of("2024年金风科技的新增装机量是维斯塔斯的多少倍？", oems) == "18.9 / 11.6 = 1.63"
    assert (
        formula_of("What were Goldwind's 2024 installations as a proportion of Vestas's?", oems) == "18.9 / 11.6 = 1.63"
    )


def test_a_sentence_opening_on_its_own_owner_does_not_continue_the_one_before():
    companies = hit(
        "Huawei's revenue reached USD 100 billion in 2024. Sales of Xiaomi reached USD 40 billion in 2023.",
        doc="phones-en.md",
    )
    assert formula_of("What was the change in Huawei's revenue from 2023 to 2024?", companies) is None
    same_year = hit(
        "Huawei's revenue reached USD 100 billion in 2023. Sales of Xiaomi reached USD 40 billion in 2023.",
        doc="phones-en.md",
    )
    assert formula_of("How many times larger was Huawei's 2023 revenue than Xiaomi's?", same_year) == "100 / 40 = 2.5"
    # A sentence opening on the measure alone still goes on about the subject before it.
    imaging = hit(
        "The AI medical imaging market is expected to rise from USD 1,250.5 million in 2024. "
        "Revenue grew from USD 982.4 million in 2023, as reimbursement spread in the United States.",
        doc="imaging-en.md",
    )
    assert formula_of("What was the change in the AI medical imaging market from 2023 to 2024?", imaging) == (
        "1250.5 - 982.4 = 268.1"
    )


def test_an_average_the_report_states_is_quoted_not_computed():
    margin = hit(
        "2024年CDMO行业平均毛利率为35.8%，较2023年下降2.4个百分点；行业从业人员约为12.6万人。",
        lang="zh",
        doc="cdmo-zh.html",
    )
    assert calculate("2024年CDMO行业平均毛利率是多少？", [margin]) is None
    margin_en = hit("The average gross margin was 35.8% in 2024, against 38.2% in 2023.", doc="cdmo-en.md")
    assert calculate("What was the average gross margin in 2024?", [margin_en]) is None
    # The average of two years' figures that no sentence states is still computed.
    assert (
        formula_of("What was the average of the gross margin in 2023 and 2024?", margin_en) == "(38.2 + 35.8) / 2 = 37"
    )


def test_an_undated_sentence_naming_more_of_the_subject_casts_doubt_on_another_subject_s_figure():
    cold_chain = hit(
        "2024年，全国冷链物流总额达到9.1万亿元，同比增长4.2%。冷链物流市场规模为5,361亿元，较2023年的5,170亿元增长3.7%。",
        lang="zh",
        doc="cold-zh.md",
    )
    # A table of demand shares stood between: the pharma figure's sentence gives no year.
    pharma = hit("其中，医药冷链单独测算的市场规模为1,012亿元，同比增长9.6%。", lang="zh", doc="cold-zh.md")
    # 9.1万亿 is all cold-chain logistics, not pharma cold chain. The pharma figure, stated with its change over
    # the year before in a passage comparing 2024 with 2023, is 2024's (fourth lead rule of the twenty-eighth session).
    found = calculate("2024年冷链物流市场规模是医药冷链的多少倍？", [cold_chain, pharma])
    assert found is not None and found.result.formula == "5361 / 1012 = 5.3"


# Review of the sixth session's merges: traps each rule above let through.
def test_a_percentage_a_ratio_fell_to_is_no_fall_of_the_amount():
    margin = hit("Sales of Acme reached USD 12.0 billion in 2024, while its operating margin fell to 8.0%.", doc="m.md")
    assert formula_of("What were Acme's sales in 2023, given its 2024 sales and decline?", margin) is None
    margin_zh = hit("凯莱英2024年营业收入为58.1亿元，毛利率下降至42.0%。", lang="zh", doc="m-zh.md")
    assert formula_of("按凯莱英2024年营业收入及其降幅推算，2023年营业收入约为多少亿元？", margin_zh) is None
    fall = hit("Sales of Acme fell 8.0% to USD 12.0 billion in 2024.", doc="m2.md")
    assert formula_of("What were Acme's sales in 2023, given its 2024 sales and decline?", fall) == (
        "12 × (1 - 8%)^(2023 - 2024) = 13.04"
    )


def test_a_subtotal_of_the_largest_rows_is_no_company_among_them():
    table = hit(
        "| OEM | Installations 2024 (GW) |\n|---|---|\n| Top 5 | 72.9 |\n| Goldwind | 18.9 |\n| Envision | 16.5 |\n"
        "| Windey | 13.8 |\n| Mingyang | 12.1 |\n| Vestas | 11.6 |\n| Others | 48.4 |\n| Total | 121.3 |",
        doc="oems.md",
    )
    assert (
        formula_of("What was the combined 2024 installation of the top three OEMs?", table)
        == "18.9 + 16.5 + 13.8 = 49.2"
    )


def test_a_forecast_of_a_qualified_measure_does_not_continue_the_company_before():
    industry = hit(
        "Acme's revenue was USD 2.0 billion in 2024. We expect revenue across the industry to reach USD 40.0 billion by 2030.",
        doc="forecasts.md",
    )
    assert formula_of("What CAGR takes Acme's revenue from 2024 to 2030?", industry) is None
    own = hit(
        "Acme's revenue was USD 2.0 billion in 2024. We expect revenue to reach USD 4.0 billion by 2030.",
        doc="acme2.md",
    )
    assert formula_of("What CAGR takes Acme's revenue from 2024 to 2030?", own) == "(4 / 2)^(1/6) - 1 = 12.25%"


# Another analyst's wording (calc21, issue 16): the part before the verb, 占比 and 在…中, "by what factor",
# "exceed", "had how many times as many … as", a rate the question gives (以…计算, "at a 5.2% CAGR").
@pytest.mark.parametrize(
    ("question", "kind", "pair"),
    [
        (
            "North America made up what portion of the global drone inspection market in 2024?",
            "share",
            ("North America", "the global drone inspection market"),
        ),
        (
            "Germany accounted for what percentage of Europe's heat pump sales in 2024?",
            "share",
            ("Germany heat pump sales", "Europe's heat pump sales"),
        ),
        (
            "What percentage of global robot shipments in 2024 were collaborative robots?",
            "share",
            ("collaborative robots", "global robot shipments in 2024"),
        ),
        (
            "What share of sportswear sales went through wholesale partners in 2024?",
            "share",
            ("wholesale partners", "sportswear sales"),
        ),
        ("医药冷链在冷链物流市场中占比多少？", "share", ("医药冷链", "冷链物流市场")),
        ("2024年欧洲电解槽出货量在全球出货量中的占比是多少？", "share", ("2024年欧洲电解槽出货量", "全球出货量")),
        ("2024年中国医药外包服务市场中CRO的占比是多少？", "share", ("CRO", "2024年中国医药外包服务市场")),
        ("2024年协作机器人出货量中遨博占多大比重？", "share", ("遨博", "2024年协作机器人出货量")),
        ("免疫诊断占2024年中国IVD市场的比重是多少？", "share", ("免疫诊断", "中国IVD市场")),
        (
            "By what factor did US imaging AI revenue exceed Europe's in 2024?",
            "ratio",
            ("US imaging AI revenue", "Europe's imaging AI revenue"),
        ),
        (
            "By what factor was North America's cooling market larger than Europe's in 2024?",
            "ratio",
            ("North America's cooling market", "Europe's cooling market"),
        ),
        ("By how much did Acme's 2024 revenue exceed Globex's?", "change", ("Acme's 2024 revenue", "Globex's revenue")),
        (
            "North America had how many times as many subscribers as Europe at the end of 2024?",
            "ratio",
            ("North America subscribers", "Europe subscribers"),
        ),
        ("In 2024, Midea's revenue was how many times Haier's?", "ratio", ("Midea's revenue", "Haier revenue")),
        (
            "How many more gigawatts did Vestas install than Nordex in 2024?",
            "change",
            ("Vestas gigawatts", "Nordex gigawatts"),
        ),
        ("2024年公有云市场规模约为私有云市场的多少倍？", "ratio", ("2024年公有云市场规模", "私有云市场")),
        ("中国机器人密度约为全球平均水平的几倍？", "ratio", ("中国机器人密度", "全球平均水平")),
        (
            "By what factor does China's robot density exceed the global average?",
            "ratio",
            ("China's robot density", "the global average"),
        ),
        ("2024年福田与宇通销量之比是多少？", "ratio", ("2024年福田", "宇通销量")),
    ],
)
def test_another_analysts_wording_names_the_two_things(question, kind, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == (kind, pair)


# An aside between commas that gives the answer's unit or period does not split the operation's words.
@pytest.mark.parametrize(
    ("question", "kind", "pair", "years"),
    [
        (
            "By how much, in RMB 100 million, did Acme's hardware exceed its software in 2024?",
            "change",
            ("Acme's hardware", "its software"),
            (2024,),
        ),
        (
            "By how much, in billion yuan, did hardware exceed software in 2024?",
            "change",
            ("hardware", "software"),
            (2024,),
        ),
        ("By how much, in 2024, did hardware exceed software?", "change", ("hardware", "software"), (2024,)),
        # Two years: where a year stands may say which side it belongs to, so it stays where it is.
        ("By how much, in 2023, did hardware exceed software in 2024?", None, None, None),
    ],
)
def test_an_aside_of_unit_or_period_is_read_last(question, kind, pair, years):
    intent = detect(question)
    if kind is None:
        assert intent is None or intent.pair != ("hardware", "software")
    else:
        assert intent is not None and (intent.kind, intent.pair, intent.years) == (kind, pair, years)


@pytest.mark.parametrize(
    ("question", "kind", "years"),
    [
        ("以14.7%的复合增长率计算，2026年中国CDMO市场规模约为多少亿元？", "projection", (2026,)),
        ("按该市场的复合年增长率推算，2027年市场规模将达到多少？", "projection", (2027,)),
        ("If the market grows at its 9.1% CAGR, how large will it be in 2028?", "projection", (2028,)),
        ("At a 5.2% CAGR, what would OEM revenue reach in 2027?", "projection", (2027,)),
        ("Using the 2024 size and its growth rate, what was the market worth in 2023?", "implied_value", (2023, 2024)),
        (
            "Apart from last-mile delivery, what share of the 2024 market did the other segments hold?",
            "complement",
            (2024,),
        ),
        # The CAGR a question asks for, not one it gives, stays an implied CAGR.
        ("按2024年和2030年规模推算的复合年增长率是多少？", "implied_cagr", (2024, 2030)),
    ],
)
def test_another_analysts_wording_names_its_operation(question, kind, years):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.years) == (kind, years)


def test_a_year_before_the_second_thing_of_a_change_is_still_a_year():
    # "A比2023年下降了百分之多少": the year is what A is compared with, not a thing.
    intent = detect("2024年电池包平均价格比2023年下降了百分之多少？")
    assert intent is not None and (intent.kind, intent.years) == ("relative_change", (2024, 2023))


EN_COOLING = hit(
    "| Region | 2023 | 2024 |\n|---|---|---|\n| North America | 5.9 | 6.5 |\n| Europe | 3.3 | 3.6 |\n"
    "| Global | 14.1 | 16.2 |",
    doc="cooling-en.md",
    section="Market size by region (USD billion)",
)
ZH_RETAIL = hit(
    "| 地区 | 2023年 | 2024年 |\n|---|---|---|\n| 华东 | 410.2 | 452.8 |\n| 华南 | 220.5 | 241.0 |\n"
    "| 全国 | 1,180.6 | 1,296.4 |",
    lang="zh",
    doc="appliances-zh.md",
    section="分地区零售额（亿元）",
)


def test_other_wordings_compute_over_the_rows_they_name():
    assert formula_of("North America made up what portion of the global market in 2024?", EN_COOLING) == (
        "6.5 / 16.2 = 40.12%"
    )
    assert formula_of("By what factor was North America larger than Europe in 2024?", EN_COOLING) == "6.5 / 3.6 = 1.81"
    assert formula_of("2024年华东在全国零售额中的占比是多少？", ZH_RETAIL) == "452.8 / 1296.4 = 34.93%"
    assert formula_of("2024年华东零售额约为华南的几倍？", ZH_RETAIL) == "452.8 / 241 = 1.88"


def test_other_wordings_naming_a_row_the_table_lacks_are_refused():
    assert formula_of("Asia Pacific made up what portion of the global market in 2024?", EN_COOLING) is None
    assert formula_of("2024年华北在全国零售额中的占比是多少？", ZH_RETAIL) is None
    assert formula_of("By what factor was North America larger than Latin America in 2024?", EN_COOLING) is None


EN_REGIONS_NO_GLOBAL = hit(
    "| Region | 2023 | 2024 |\n|---|---|---|\n| North America | 5.4 | 6.5 |\n| Asia Pacific | 4.1 | 5.0 |\n"
    "| Rest of World | 1.0 | 1.1 |",
    doc="cooling-en.md",
    section="Market size by region (USD billion)",
)


def test_a_share_larger_than_its_whole_is_refused():
    # 全球/"world" matches the "Rest of World" row: 5.0 / 1.1 would state 454.55%.
    assert formula_of("2024年亚太地区占全球的比例是多少？", EN_REGIONS_NO_GLOBAL) is None
    assert formula_of("What share of the world market did Asia Pacific hold in 2024?", EN_REGIONS_NO_GLOBAL) is None


ZH_COLD_CHAIN = hit(
    "2024年，全国冷链物流总额达到9.1万亿元，同比增长4.2%。冷链物流市场规模（物流企业营业收入口径）为5,361亿元。",
    lang="zh",
    doc="coldchain-zh.md",
    title="中国冷链物流行业发展研究报告",
)
ZH_EXPRESS = hit(
    "2024年全国快递业务总额为16.8万亿元。快递市场规模为1.4万亿元，同比增长13.8%。",
    lang="zh",
    doc="express-zh.md",
    title="中国快递行业研究报告",
)


def test_a_market_asked_without_the_word_size_is_converted_from_its_size_not_its_total_trade():
    for question in (
        "How much was China's cold-chain logistics market in 2024, expressed in billions of yuan?",
        "Converted to billion yuan, what was the size of China's cold-chain logistics market in 2024?",
    ):
        assert formula_of(question, ZH_COLD_CHAIN) == "5361 亿 = 536.1 billion"
    assert formula_of("How much was China's express delivery market in 2024, in billion yuan?", ZH_EXPRESS) == (
        "1.4 万亿 = 1400 billion"
    )


EN_CHANNELS = hit(
    "Sportswear sales reached USD 412.6 billion in 2024. Wholesale partners still took 61.6% of sales in 2024, "
    "with direct-to-consumer channels making up the remainder.",
    doc="sportswear-en.md",
)
ZH_CHANNELS = hit("2024年，线下渠道占咖啡零售额的57.2%，其余来自外卖与线上渠道。", lang="zh", doc="coffee-zh.md")
EN_TWO_SHARES = hit(
    "Production scrap made up 58.4% of feedstock and imports 12.0%; end-of-life batteries supplied the rest.",
    doc="recycling-en.md",
)


def test_a_share_given_as_the_rest_after_the_one_stated():
    assert formula_of("What share of 2024 sales went through direct-to-consumer channels?", EN_CHANNELS) == (
        "100% - 61.6% = 38.4%"
    )
    assert formula_of("2024年外卖与线上渠道占咖啡零售额的比例是多少？", ZH_CHANNELS) == "100% - 57.2% = 42.8%"


def test_the_rest_is_refused_when_it_is_not_the_part_asked_or_follows_two_shares():
    # The rest is direct-to-consumer's, not e-commerce's; after two shares it is neither one's complement.
    assert formula_of("What share of 2024 sales went through e-commerce marketplaces?", EN_CHANNELS) is None
    assert formula_of("What share of feedstock came from end-of-life batteries?", EN_TWO_SHARES) is None


EN_RECYCLING = hit(
    "| Region | Revenue (USD million) 2023 | Revenue (USD million) 2024 | Processed volume (kt) 2023 | "
    "Processed volume (kt) 2024 |\n|---|---|---|---|---|\n| China | 4,512.6 | 5,318.9 | 712 | 905 |\n"
    "| Europe | 1,120.4 | 1,402.5 | 148 | 204 |\n| Global | 7,105.3 | 8,642.7 | 1,050 | 1,380 |",
    doc="recycling-en.md",
)
ZH_RECYCLING = hit(
    "| 地区 | 2024年回收收入（亿元） | 2024年处理量（万吨） |\n|---|---|---|\n| 华东 | 182.4 | 36.5 |\n| 华南 | 96.1 | 21.2 |\n"
    "| 全国 | 412.8 | 88.0 |",
    lang="zh",
    doc="recycling-zh.md",
)


def test_a_column_headed_by_its_own_unit_is_not_in_the_tables_money():
    volumes = [c.operand.measure for c in candidates_of([EN_RECYCLING]) if "kt" in c.column]
    assert volumes and all(m.unit == "" for m in volumes)


def test_the_part_of_a_measured_whole_is_measured_alike():
    # North America's row holds revenue and tonnage: the part is the whole's measure, tonnage processed.
    for question in (
        "What proportion of the tonnage processed worldwide in 2024 was handled in Europe?",
        "Europe handled what proportion of the tonnage processed worldwide in 2024?",
    ):
        assert formula_of(question, EN_RECYCLING) == "204 / 1380 = 14.78%"
    assert formula_of("2024年华东在全国处理量中的占比是多少？", ZH_RECYCLING) == "36.5 / 88 = 41.48%"
    assert (
        formula_of("What proportion of the tonnage processed worldwide in 2024 was handled in Japan?", EN_RECYCLING)
        is None
    )


ZH_APPLIANCES = [
    hit(
        "2024年中国智能家电市场规模为7,286.4亿元，同比增长9.8%，2023年为6,636.1亿元。",
        lang="zh",
        doc="appliances-zh.md",
        title="2025年中国智能家电市场研究报告",
    ),
    hit(
        "| 品类 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 智能空调 | 1,540.2 | 1,712.9 |\n"
        "| 其他智能小家电 | 416.5 | 607.9 |\n| 合计 | 6,636.1 | 7,286.4 |",
        lang="zh",
        doc="appliances-zh.md",
        title="2025年中国智能家电市场研究报告",
    ),
    hit(
        "我们预计到2030年，中国智能家电市场规模将达到1.32万亿元。",
        lang="zh",
        doc="appliances-zh.md",
        title="2025年中国智能家电市场研究报告",
    ),
    hit(
        "| 企业 | 2024年智能家电收入（亿元） |\n|---|---|\n| 美的集团 | 1,086.5 |\n| 格力电器 | 612.4 |",
        lang="zh",
        doc="appliances-zh.md",
        title="2025年中国智能家电市场研究报告",
    ),
]


def test_a_residual_row_is_not_the_market_and_a_glossary_word_is_the_figures():
    # "smart home appliance" matched 其他智能小家电 (416.5) for 2023, and "appliance" (电器) the company
    # 格力电器's row, which the market's sentences do not write: both refused the CAGR.
    question = "What CAGR does China's smart home appliance market imply between 2023 and 2030?"
    assert formula_of(question, *ZH_APPLIANCES) == "(13200 / 6636.1)^(1/7) - 1 = 10.32%"
    assert formula_of("How much did China's smart home appliance market grow from 2023 to 2024?", *ZH_APPLIANCES) == (
        "7286.4 - 6636.1 = 650.3"
    )


def test_a_residual_row_is_taken_when_the_question_asks_for_the_others():
    assert formula_of("2024年其他智能小家电比2023年增长了多少亿元？", ZH_APPLIANCES[1]) == "607.9 - 416.5 = 191.4"
    assert (
        formula_of("What was the change in Rest of World from 2023 to 2024?", EN_REGIONS_NO_GLOBAL) == "1.1 - 1 = 0.1"
    )
    assert formula_of("What was the change in the world market from 2023 to 2024?", EN_REGIONS_NO_GLOBAL) is None


ZH_COBOTS = [
    hit(
        "我们预计到2030年，中国协作机器人市场规模将达到420亿元，2024—2030年复合增长率为15.0%。"
        "2024年全球协作机器人市场规模约为32亿美元，中国约占全球的78%。",
        lang="zh",
        doc="cobots-zh.md",
        title="2025年中国协作机器人市场研究报告",
    ),
    hit(
        "2024年中国协作机器人市场规模为181.6亿元，同比增长12.0%。",
        lang="zh",
        doc="cobots-zh.md",
        title="2025年中国协作机器人市场研究报告",
    ),
]


def test_a_projection_grows_a_base_in_the_currency_its_rates_sentence_states():
    # Ranked first, the global 32亿美元 stands beside the CAGR; the CAGR's own sentence is of 亿元.
    assert formula_of("按15.0%的复合增长率计算，2026年中国协作机器人市场规模将达到多少亿元？", *ZH_COBOTS) == (
        "181.6 × (1 + 15%)^(2026 - 2024) = 240.17"
    )
    assert formula_of(
        "At the forecast CAGR of 15.0%, how large would China's cobot market be in 2026?", *ZH_COBOTS
    ) == ("181.6 × (1 + 15%)^(2026 - 2024) = 240.17")
    # Without a yuan base of its own, the global dollar figure is not grown at the Chinese market's rate.
    assert formula_of("按15.0%的复合增长率计算，2026年中国协作机器人市场规模将达到多少？", ZH_COBOTS[0]) is None


EN_MATERIALS = hit(
    "| Material | Revenue 2024 (USD million) | Share of revenue 2024 (%) |\n|---|---|---|\n| Nickel | 2,938.5 | 34.0 |\n"
    "| Cobalt | 1,987.8 | 23.0 |\n| Lithium salts | 1,815.0 | 21.0 |",
    doc="recycling-en.md",
)
ZH_METALS = hit(
    "| 金属 | 2024年回收量（万吨） |\n|---|---|\n| 锂 | 3.2 |\n| 钴 | 2.6 |\n| 铜 | 18.4 |",
    lang="zh",
    doc="metals-zh.md",
)


def test_materials_named_by_one_character_and_a_share_column_headed_by_percent():
    # 镍 and 钴 were dropped as function words; the "(%)" column was read as USD million beside the revenue.
    shares = [c.operand.measure.unit for c in candidates_of([EN_MATERIALS]) if "#share" in c.column]
    assert shares and set(shares) == {"%"}
    assert formula_of("2024年镍和钴的回收收入合计为多少百万美元？", EN_MATERIALS) == "2938.5 + 1987.8 = 4926.3"
    assert formula_of("2024年锂和钴的回收量合计是多少万吨？", ZH_METALS) == "3.2 + 2.6 = 5.8"
    assert formula_of("2024年锂和镍的回收量合计是多少万吨？", ZH_METALS) is None


def test_by_what_factor_asks_a_multiple_not_the_factors_behind_it():
    from reportqa.server.answer.sentences import asks_explanation

    # The pipeline computes nothing for a question asking for an explanation.
    assert not asks_explanation("By what factor did Midea's revenue exceed Haier's in 2024?")
    assert not asks_explanation("by what factor was North America larger than Europe in 2024?")
    assert asks_explanation("What factors drove North America's growth in 2024?")


# A share's part after a passive verb ("was made online", "was generated offshore") is what the
# verb is done by or where, not the verb: "made" bound "mass skincare made up the rest" to the
# prestige figure before it (m656: 37.06% for the stated 31.6% online).
SPEAKERS_EN = (
    "Global smart speaker sales reached USD 11.8 billion in 2024. Premium speakers reached $4.2B in 2024; "
    "budget models made up the rest. Online channels accounted for 41.5% of smart speaker sales in 2024."
)
POWER_EN = (
    "Wind farms produced 412.0 TWh in 2024. Onshore turbines reached 355.4 TWh in 2024; "
    "projects at sea generated the rest."
)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (SPEAKERS_EN, "What share of smart speaker sales was made online in 2024?"),
        (POWER_EN, "What share of wind power was generated offshore in 2024?"),
        (SPEAKERS_EN, "What percentage of smart speaker sales was made up by online channels in 2024?"),
    ],
)
def test_a_share_s_part_is_not_the_verb_before_it(text, question):
    found = computed(text, question)
    assert found is None or found == D("41.5")


def test_a_share_s_part_after_its_verb_is_still_computed():
    text = "Global smart speaker sales reached USD 11.8 billion in 2024. Online channels sold USD 4.9 billion in 2024."
    assert computed(text, "What share of smart speaker sales was made by online channels in 2024?") == D("41.53")


# "By how much did A exceed B": the difference of two things in one year (m644 was no calculation).
CATEGORIES_EN = (
    "Table 2. Pet food sales by category, 2024, USD billion\n\n| Category | Sales 2024 | Share (%) |\n|---|---|---|\n"
    "| Dry food | 61.4 | 48.0 |\n| Wet food | 38.2 | 30.0 |\n| Treats | 28.1 | 22.0 |"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("By how many billion dollars did dry food sales exceed wet food in 2024?", D("23.2")),
        ("By how much did wet food sales exceed treats in 2024?", D("10.1")),
        ("How much did dry food exceed treats by in 2024?", D("33.3")),
    ],
)
def test_how_much_one_thing_exceeded_another_is_their_difference(question, expected):
    assert computed(CATEGORIES_EN, question) == expected


def test_an_excess_over_a_thing_the_report_lacks_is_refused():
    assert computed(CATEGORIES_EN, "By how much did dry food sales exceed litter in 2024?") is None


# "Using X's 2024 revenue and its growth rate, estimate its 2023 revenue": the stated figure with its
# growth taken out, as "given"/"根据" ask (m634 was read as a growth rate asked for).
GROWN_EN = "Tessaly Foods' revenue was USD 12.5 billion in 2024, up 25.0% year on year."
GROWN_ZH = "2024年，华盛物流的营业收入为450.0亿元，同比增长12.5%。"


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (GROWN_EN, "Using Tessaly Foods' 2024 revenue and its growth rate, estimate its 2023 revenue.", D("10")),
        (GROWN_EN, "Using the 2024 revenue and growth rate, what was Tessaly Foods' revenue in 2023?", D("10")),
        (GROWN_ZH, "利用华盛物流2024年的营业收入和增速，推算其2023年营业收入是多少亿元？", D("400")),
    ],
)
def test_a_value_implied_using_a_stated_figure_and_its_growth(text, question, expected):
    assert computed(text, question) == expected


def test_than_a_year_earlier_is_a_period_not_a_second_thing():
    for question in (
        "How many more subscribers, in thousands, did Europe have at the end of 2024 than a year earlier?",
        "How many more subscribers did Europe have in 2024 than the previous year?",
    ):
        intent = detect(question)
        assert intent is not None and (intent.kind, intent.years, intent.pair) == ("change", (2023, 2024), None)
