"""calc/program.py on the operation families of free phrasing (issue 16): each computed from
report sentences written here, in both languages, and each refusing when the operand it
needs is another subject's figure or is missing.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.ingest.numbers import parse_quantities
from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

ZH_FLEET = hit(
    "截至2024年底，全国仓储总容量达到3.15亿立方米，2023年底为2.96亿立方米；"
    "冷藏车保有量达到52.4万辆，较上年的47.9万辆明显增加。",
    lang="zh",
    doc="fleet-zh.md",
)
EN_PRICE = hit(
    "Global shipments of lithium cells rose to 980 GWh in 2024. The average module price fell to "
    "USD 96/kWh in 2024, down from USD 121/kWh a year earlier, as overcapacity pushed prices down.",
    doc="cells-en.md",
)
EN_REGIONS = hit(
    "The global hearing aid market was valued at USD 12.6 billion in 2024. The United States "
    "generated USD 4.2 billion in 2024, and Japan USD 1.1 billion.",
    doc="hearing-en.md",
)
ZH_SIZE = hit(
    "2024年，全国数据中心服务总额达到2.3万亿元，同比增长6.1%。数据中心市场规模为3,482亿元，"
    "较2023年的3,120亿元增长11.6%。",
    lang="zh",
    doc="idc-zh.md",
)
ZH_GROWTH = hit("2024年中国低代码平台市场规模为86.5亿元，同比增长18.2%。", lang="zh", doc="lowcode-zh.md")
ZH_VENDORS = hit(
    "2024年逆变器出货量排名中，阳光电源出货130.2 GW，位居首位；华为出货118.6 GW。",
    lang="zh",
    doc="inverters-zh.md",
)
ZH_DENSITY = hit(
    "2023年德国汽车工业机器人密度为1,500台/万名工人，是全球平均水平（300台/万名工人）的五倍。",
    lang="zh",
    doc="density-zh.md",
)
EN_COUNTRIES = hit(
    "In Europe, France is the largest national market at USD 0.92 billion in 2024, followed by Italy at "
    "USD 0.47 billion.",
    doc="dairy-free-en.md",
)
ZH_SEGMENTS = hit(
    "| 机型 | 2024年销量（万台） |\n|---|---|\n| 六轴机器人 | 12.6 |\n| 四轴机器人 | 4.1 |\n| 合计 | 16.7 |",
    lang="zh",
    doc="robots-zh.md",
)
EN_ACCOUNTS = hit(
    "| | 2019 | 2018 | 2017 |\n|---|---|---|---|\n| Interest income | 120 | 90 | 60 |\n"
    "| Interest expense | 45 | 40 | 35 |",
    doc="accounts-en.md",
)
EN_TWO_YEARS = hit("| | 2019 | 2018 |\n|---|---|---|\n| Total emissions | 4,500 | 5,000 |", doc="emissions-en.md")


def _result(question: str, hits) -> tuple[D, str] | None:
    found = calculate(question, hits)
    return None if found is None else (found.result.value, found.result.formula)


def test_a_figure_written_against_the_year_before_takes_that_year():
    years = [(q.value, q.year) for q in parse_quantities(ZH_FLEET.chunk.text)]
    assert years == [("3.15", 2024), ("2.96", 2023), ("52.4", 2024), ("47.9", 2023)]
    years = [(q.value, q.year) for q in parse_quantities(EN_PRICE.chunk.text)]
    assert ("96", 2024) in years and ("121", 2023) in years


def test_year_over_year_growth_when_the_earlier_figure_is_relative():
    value, formula = _result("2024年冷藏车保有量同比增长了百分之多少？", [ZH_FLEET])
    assert (value, formula) == (D("9.39"), "52.4 / 47.9 - 1 = 9.39%")


def test_percentage_decline_in_chinese_over_an_english_report():
    value, _ = _result("2024年模组平均价格比2023年下降了百分之多少？", [EN_PRICE])
    assert value == D("-20.66")


def test_share_of_a_total_from_two_sentences():
    found = calculate("What was the US share of the global hearing aid market in 2024?", [EN_REGIONS])
    assert found is not None and found.result.formula == "4.2 / 12.6 = 33.33%"
    assert [o.measure.value for o in found.operands] == [D("4.2"), D("12.6")]


def test_a_share_of_a_subject_the_reports_do_not_state_is_refused():
    # Canada has no figure: the share is not computed from another country's.
    assert calculate("What was Canada's share of the global hearing aid market in 2024?", [EN_REGIONS]) is None


def test_conversion_to_the_scale_asked_keeps_the_currency():
    found = calculate("What was the data center market size in 2024 in billion yuan?", [ZH_SIZE])
    assert found is not None and (found.result.value, found.result.unit, found.result.scale) == (
        D("348.2"),
        "CNY",
        "billion",
    )


def test_conversion_to_another_currency_is_refused_with_the_reason():
    with pytest.raises(CalculationError, match="exchange rate"):
        calculate("2024年数据中心市场规模折合多少亿美元？", [ZH_SIZE])


def test_a_value_implied_by_a_stated_size_and_growth_rate_backwards():
    found = calculate(
        "What was the low-code platform market in 2023, given its 2024 size and growth rate?", [ZH_GROWTH]
    )
    assert found is not None and found.result.formula == "86.5 × (1 + 18.2%)^(2023 - 2024) = 73.18"


def test_a_multiple_of_two_figures_of_one_sentence():
    value, _ = _result("德国汽车工业机器人密度是全球平均水平的多少倍？", [ZH_DENSITY])
    assert value == D("5")


def test_the_sum_of_two_named_subjects_across_languages():
    value, formula = _result("2024年法国和意大利市场合计多少？", [EN_COUNTRIES])
    assert (value, formula) == (D("1.39"), "0.92 + 0.47 = 1.39")


def test_the_sum_of_a_named_subject_and_an_unstated_one_is_refused():
    assert calculate("2024年法国和西班牙市场合计多少？", [EN_COUNTRIES]) is None


def test_the_difference_between_two_named_vendors():
    value, formula = _result("2024年阳光电源比华为多出货多少GW？", [ZH_VENDORS])
    assert (value, formula) == (D("11.6"), "130.2 - 118.6 = 11.6")


def test_a_difference_naming_a_vendor_the_report_does_not_list_is_refused():
    assert calculate("2024年阳光电源比固德威多出货多少GW？", [ZH_VENDORS]) is None


def test_same_year_over_year_words_do_not_split_a_pair():
    # 同比 compares a year with the one before, not two things.
    found = calculate("2024年冷藏车保有量同比增长了百分之多少？", [ZH_FLEET])
    assert found is not None and found.intent.pair is None


def test_rows_that_match_alike_refuse_rather_than_pick():
    # "articulated robots" names no row of a Chinese table alone: both rows are 机器人.
    assert calculate("How many more six-axis robots than four-axis robots were sold in 2024?", [ZH_SEGMENTS]) is None


def test_average_and_change_with_no_year_run_over_the_row():
    assert _result("What is the average interest income?", [EN_ACCOUNTS]) == (D("90"), "(60 + 90 + 120) / 3 = 90")
    assert _result("What was the change in total emissions?", [EN_TWO_YEARS]) == (D("-500"), "4500 - 5000 = -500")
    # Three years and no year named: which two to compare is a guess.
    assert calculate("What was the change in interest income?", [EN_ACCOUNTS]) is None


EN_PRODUCTS = [
    hit("The global coffee machine market was valued at USD 18.4 billion in 2024.", doc="coffee-en.md"),
    hit(
        "| Product type | Share |\n|---|---|\n| Espresso machines | 42.5% |\n| Drip machines | 31.0% |",
        doc="coffee-en.md",
        section="Share of global coffee machine revenue by product type, 2024",
    ),
    hit(
        "| Channel | Share |\n|---|---|\n| Online stores | 38.0% |",
        doc="coffee-en.md",
        section="Share of unit shipments by channel, 2024",
    ),
]
ZH_CAPACITY = hit(
    "| 类型 | 2024年新增装机（GW） |\n|---|---|\n| 陆上风电 | 75.6 |\n| 海上风电 | 4.2 |\n| 合计 | 79.8 |",
    lang="zh",
    doc="wind-zh.md",
)


def test_a_value_implied_by_its_share_of_the_same_total():
    found = calculate("What was the value of espresso machines sold globally in 2024?", EN_PRODUCTS)
    assert found is not None and found.result.formula == "18.4 × 42.5% = 7.82"
    assert (found.result.unit, found.result.scale) == ("USD", "billion")


def test_a_share_of_units_is_not_multiplied_by_a_value():
    assert calculate("What was the value of coffee machines sold through online stores in 2024?", EN_PRODUCTS) is None


def test_a_share_of_what_a_table_measures_is_of_its_total_row():
    value, formula = _result("2024年海上风电占新增装机的比例是多少？", [ZH_CAPACITY])
    assert (value, formula) == (D("5.26"), "4.2 / 79.8 = 5.26%")


EN_FEES = hit(
    "| | 2019 | 2018 | 2019 vs. 2018 Variance |\n|---|---|---|---|\n| Audit fees | 48,000 | 45,000 | 3,000 |\n"
    "| Tax fees | 12,000 | 9,000 | 3,000 |\n| Total fees | 60,000 | 54,000 | 6,000 |\n| Proceeds from sales: | | | |\n"
    "| Cash | 900 | 800 | 100 |\n| | 900 | 800 | 100 |",
    doc="fees-en.md",
)


def test_annual_report_share_phrasings():
    for question in (
        "What is the percentage of audit fees in total fees in 2019?",
        "In 2019, what is the percentage constitution of audit fees among the total fees?",
    ):
        assert _result(question, [EN_FEES]) == (D("80"), "48000 / 60000 = 80%"), question


def test_a_column_comparing_two_years_is_neither_year():
    assert _result("What was the change in tax fees between 2018 and 2019?", [EN_FEES]) == (
        D("3000"),
        "12000 - 9000 = 3000",
    )


def test_a_group_sum_row_is_not_a_total_named_otherwise():
    # The unlabelled row sums "Proceeds from sales:"; no row states the gains the question names.
    assert calculate("What is the percentage of cash in the total gains in 2019?", [EN_FEES]) is None
    found = calculate("What is the percentage of cash in the total proceeds from sales in 2019?", [EN_FEES])
    assert found is not None and found.result.formula == "900 / 900 = 100%"


def test_a_total_over_a_span_of_years():
    found = calculate("What is the total tax fees between 2018 to 2019?", [EN_FEES])
    assert found is not None and found.result.formula == "9000 + 12000 = 21000"
