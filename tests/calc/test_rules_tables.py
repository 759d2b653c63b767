"""calc/tables.py and calc/operands.py on table layouts of reports nobody tuned on (calctab16):
a date heading row over its rows, columns that name the figure, a year's dash, and ratios
analysts name by a word.

Model-free: each hit is written by hand (tests/support/passages.py), so each test shows the
exact figures the calculation may read; each rule has a wrong-subject trap that must refuse.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.intents import detect
from reportqa.server.calc.tables import table_cells
from tests.support.passages import chunk, computed

pytestmark = pytest.mark.unit


DATED_ROWS_EN = """| | Accounts Receivable, Gross | Allowance for Losses | Accounts Receivable, Net |
|---|---|---|---|
| December 31, 2019 | | | |
| Transaction related | $12,863 | $(238) | $12,625 |
| Total | $19,731 | $(238) | $19,493 |
| December 31, 2018 | | | |
| Transaction related | $14,704 | $(168) | $14,536 |
| Total | $15,568 | $(168) | $15,400 |"""

DATED_ROWS_ZH = """| 单位：万元 | 应收账款原值 | 坏账准备 | 应收账款净额 |
|---|---|---|---|
| 2019年12月31日 | | | |
| 交易类 | 12,863 | (238) | 12,625 |
| 合计 | 19,731 | (238) | 19,493 |
| 2018年12月31日 | | | |
| 交易类 | 14,704 | (168) | 14,536 |
| 合计 | 15,568 | (168) | 15,400 |"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (DATED_ROWS_EN, "What was the change in the total gross accounts receivable between 2018 and 2019?", D(4163)),
        (DATED_ROWS_EN, "What was the change in the total net accounts receivable between 2018 and 2019?", D(4093)),
        (DATED_ROWS_EN, "What was the change in the total allowance for losses from 2018 to 2019?", D(-70)),
        (DATED_ROWS_ZH, "2018年到2019年交易类应收账款原值变化了多少？", D(-1841)),
    ],
)
def test_a_date_heading_row_dates_the_rows_under_it(text, question, expected):
    # The column naming most of the question's words wins: "Gross" over "Net", both "Accounts Receivable".
    assert computed(text, question) == expected


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (DATED_ROWS_EN, "What was the change in the total deferred revenue between 2018 and 2019?"),
        (DATED_ROWS_ZH, "2018年到2019年合计递延收入变化了多少？"),
    ],
)
def test_a_date_heading_row_gives_no_other_subject(text, question):
    assert computed(text, question) is None


def test_a_heading_naming_more_than_a_date_is_a_group_not_a_period():
    text = """| | 2019 | 2018 |
|---|---|---|
| Fiscal 2018 Plan | | |
| Employee termination costs | 53.0 | 39.2 |"""
    # "Fiscal 2018 Plan" names the rows' group; the columns still give the years.
    assert computed(text, "What was the change in employee termination costs from 2018 to 2019?") == D("13.8")


NIL_EN = """| | 2019 $ | Year Ended December 31, 2018 $ | Increase / (Decrease) |
|---|---|---|---|
| Realized gains (losses) on cross currency swap | — | (42,271) | 42,271 |
| Realized losses | (5,062) | (6,533) | — |"""

NIL_ZH = """| 单位：千元 | 2019年 | 2018年 | 变动 |
|---|---|---|---|
| 货币互换已实现收益 | — | (42,271) | 42,271 |
| 已实现损失 | (5,062) | (6,533) | — |"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (
            NIL_EN,
            "What is the increase / (decrease) in the Realized gains on cross currency swap from 2018 to 2019?",
            D(42271),
        ),
        (NIL_EN, "What is the sum of realized gains on cross currency swap in 2018 and 2019?", D(-42271)),
        (NIL_ZH, "2018年到2019年货币互换已实现收益增加了多少？", D(42271)),
    ],
)
def test_a_years_dash_is_its_nil_amount(text, question, expected):
    assert computed(text, question) == expected


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (NIL_EN, "What is the change in the hedging reserve from 2018 to 2019?"),
        (NIL_ZH, "2018年到2019年套期储备增加了多少？"),
    ],
)
def test_a_dash_gives_no_other_subject(text, question):
    assert computed(text, question) is None


def test_a_change_from_a_nil_year_has_no_percentage():
    text = NIL_EN.replace("| — | (42,271) |", "| (42,271) | — |")
    question = "What is the percentage change in the Realized gains on cross currency swap from 2018 to 2019?"
    with pytest.raises(CalculationError, match="from zero"):
        computed(text, question)


BALANCE_EN = """| Parent | 2019 | 2018 |
|---|---|---|
| | US$'000 | US$'000 |
| Total current assets | 121,041 | 73,202 |
| Total assets | 383,665 | 336,032 |
| Total current liabilities | 154,619 | 90,392 |
| Total liabilities | 155,521 | 92,364 |
| Total equity | 228,144 | 243,668 |"""

BALANCE_ZH = """| 单位：千元 | 2019年 | 2018年 |
|---|---|---|
| 流动资产合计 | 121,041 | 73,202 |
| 资产总计 | 383,665 | 336,032 |
| 流动负债合计 | 154,619 | 90,392 |
| 负债合计 | 155,521 | 92,364 |"""


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (BALANCE_EN, "What is the current ratio in 2019?", D("0.7828")),
        (BALANCE_EN, "What is the debt-to-asset ratio in 2018?", D("0.2749")),
        (BALANCE_EN, "What was the debt-to-equity ratio in 2019?", D("0.6817")),
        (BALANCE_ZH, "2019年的流动比率是多少？", D("0.7828")),
    ],
)
def test_a_ratio_named_by_a_word_is_computed_from_its_defining_rows(text, question, expected):
    assert computed(text, question) == expected


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # The report states the ratio itself: quoted, not recomputed.
        (BALANCE_EN + "\n| Current ratio | 0.8 | 0.8 |", "What is the current ratio in 2019?"),
        # No equity row: another row is never taken for it.
        (BALANCE_ZH, "2019年的产权比率是多少？"),
        # A year the table does not have.
        (BALANCE_EN, "What is the current ratio in 2017?"),
    ],
)
def test_a_named_ratio_without_both_rows_refuses(text, question):
    assert computed(text, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "What is the change in current ratio from 2018 to 2019?",  # an operation on two results
        "What is the change in the current ratio in 2019?",
        "What is the current ratio?",  # no year: which column is a guess
    ],
)
def test_a_named_ratio_asked_something_more_of_is_not_computed(question):
    assert detect(question) is None


def test_a_column_s_own_unit_keeps_the_table_s_money_off_it_but_a_footnote_does_not():
    table = chunk(
        "Table 1. Revenue and shipments by region\n\n"
        "| Region | Revenue (USD million) 2024 | Shipments (MW) 2024 | 2023 (4) |\n|---|---|---|---|\n"
        "| Europe | 845.2 | 820 | 612.4 |"
    )
    units = {c.column: (c.unit, c.scale) for c in table_cells(table)}
    assert units == {
        "Revenue (USD million) 2024": ("USD", "million"),
        "Shipments (MW) 2024": ("", ""),
        "2023 (4)": ("USD", "million"),
    }


# wrongfig21: a column's unit, year and measure are its own header's.
RECYCLERS = (
    "| Company | Revenue (USD million) 2024 | Processed volume (kt) 2024 |\n|---|---|---|\n"
    "| Redwood | 120.0 | 40.0 |\n| Li-Cycle | 30.0 | 15.0 |"
)


def test_a_column_stating_another_unit_is_not_in_the_table_s_money():
    units = {(c.row, c.column): (c.unit, c.scale) for c in table_cells(chunk(RECYCLERS))}
    assert units[("Redwood", "Revenue (USD million) 2024")] == ("USD", "million")
    assert units[("Redwood", "Processed volume (kt) 2024")] == ("", "")
    zh = "| 企业 | 营收（亿元） | 处理量（万吨） |\n|---|---|---|\n| 格林美 | 300.0 | 25.0 |"
    assert {c.column: (c.unit, c.scale) for c in table_cells(chunk(zh, lang="zh"))} == {
        "营收（亿元）": ("CNY", "亿"),
        "处理量（万吨）": ("", "万"),  # its own scale: no currency, 25.0万吨
    }
    # A column's own currency wins over the caption's; with two stated, a column stating none is neither's.
    mixed = chunk(
        "Unit: USD million\n\n| Segment | Revenue (EUR million) | Capex |\n|---|---|---|\n| Europe | 50 | 9 |"
    )
    assert {c.column: (c.unit, c.scale) for c in table_cells(mixed)} == {
        "Revenue (EUR million)": ("EUR", "million"),
        "Capex": ("", ""),
    }


GROWTH_VS = (
    "| Region | 2024 revenue (USD bn) | Growth vs 2023 |\n|---|---|---|\n| Europe | 10.0 | 12.0% |\n"
    "| Asia | 20.0 | 8.0% |"
)


def test_a_growth_against_a_year_is_the_later_year_s():
    from reportqa.server.calc.operands import candidates_of
    from tests.support.passages import hit

    years = {(c.label, c.heading): c.year for c in candidates_of([hit(GROWTH_VS, doc="growth.md")])}
    assert years[("Europe", "Growth vs 2023")] == 2024
    assert years[("Europe", "2024 revenue (USD bn)")] == 2024
    # No 2023 revenue: the 12.0% is no 2023 figure of a change.
    assert computed(GROWTH_VS, "How much did Europe's revenue grow from 2023 to 2024?") is None
    zh = "| 地区 | 2024年营收（亿元） | 较2023年增长 |\n|---|---|---|\n| 华东 | 100.0 | 9.0% |"
    years = {(c.label, c.heading): c.year for c in candidates_of([hit(zh, lang="zh", doc="g-zh.md")])}
    assert years[("华东", "较2023年增长")] == 2024


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did Europe's revenue grow from 2023 to 2024?", D("2")),
        ("How much did Europe's shipments grow from 2023 to 2024?", D("20")),
    ],
)
def test_a_title_after_its_first_year_spans_the_bare_year_after_it(question, expected):
    table = (
        "| Region | 2023 Revenue | 2024 | 2023 Shipments | 2024 |\n|---|---|---|---|---|\n"
        "| Europe | 10.0 | 12.0 | 300 | 320 |\n| Asia | 20.0 | 23.0 | 500 | 540 |"
    )
    assert computed(table, question) == expected


def test_a_row_s_figure_of_another_measure_is_not_the_one_asked():
    revenue_only = "| Region | Revenue 2023 | Revenue 2024 |\n|---|---|---|\n| Europe | 10.0 | 12.0 |"
    assert computed(revenue_only, "How much did Europe's revenue grow from 2023 to 2024?") == D("2")
    assert computed(revenue_only, "How much did Europe's shipments grow from 2023 to 2024?") is None
    assert computed(revenue_only, "2023年到2024年欧洲出货量增长了多少？") is None
    # A market's size and its revenue are one kind of measure: its value.
    assert computed(revenue_only, "How much did the size of Europe's market grow from 2023 to 2024?") == D("2")


# Two measures in one table, each with its own unit in a header spanning its years (an HTML
# table's colspan, flattened by ingest): the money column's cells are in that money, so a sum asked
# in another scale is rescaled (m618: "合计为 14261" for 142.61 亿美元), and a share keeps the row in
# the pool of money figures (m622). A count column's "(thousand
# units)" is its own unit, not a second unit of the table's.
SPANNED_UNITS_EN = (
    "| Region | Revenue (USD million) 2023 | Revenue (USD million) 2024 | Shipments (thousand units) 2023 "
    "| Shipments (thousand units) 2024 |\n| --- | --- | --- | --- | --- |\n"
    "| North America | 2,140.5 | 2,512.8 | 1,210 | 1,388 |\n| Europe | 1,804.2 | 1,990.6 | 1,045 | 1,120 |\n"
    "| Global | 6,310.0 | 7,122.9 | 4,960 | 5,410 |\n"
    "The United States generated USD 2,204.1 million of the North American total in 2024."
)
SPANNED_UNITS_ZH = (
    "| 地区 | 销售额（万元）2023 | 销售额（万元）2024 | 销量（万台）2023 | 销量（万台）2024 |\n| --- | --- | --- | --- | --- |\n"
    "| 华东 | 412.6 | 455.3 | 1,320 | 1,402 |\n| 华南 | 318.9 | 342.1 | 1,015 | 1,088 |\n| 全国 | 1,204.5 | 1,310.8 | 4,105 | 4,390 |"
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (SPANNED_UNITS_EN, "2024年北美与欧洲收入合计为多少亿美元？", D("45.034")),
        (
            SPANNED_UNITS_EN,
            "What was the combined revenue of North America and Europe in 2024, in billions?",
            D("4.5034"),
        ),
        (SPANNED_UNITS_ZH, "2024年华东与华南销售额合计为多少亿元？", D("0.07974")),
    ],
)
def test_a_spanned_header_s_unit_is_its_columns_so_a_sum_is_rescaled(text, question, expected):
    assert computed(text, question) == expected


def test_a_spanned_header_s_unit_keeps_a_row_in_the_money_pool_of_a_share():
    found = computed(SPANNED_UNITS_EN, "2024年美国收入占北美的比重是多少？")
    assert found is not None and abs(found - D("87.71")) < D("0.01")


CAPTION_UNIT_EN = (
    "Table 3. Sales by region, GBP million\n\n| Region | 2023 | 2024 |\n|---|---|---|\n"
    "| Scotland | 1,204.5 | 1,318.2 |\n| Wales | 842.0 | 905.6 |"
)


@pytest.mark.parametrize(
    "question",
    [
        "What were Scotland and Wales's combined sales in 2024, in GBP billion?",
        "What were Scotland and Wales's combined sales in 2024 in £ billion?",
        "What were Scotland and Wales's combined sales in 2024, in billion pounds?",
    ],
)
def test_a_scale_asked_after_its_currency_rescales_the_result(question):
    assert computed(CAPTION_UNIT_EN, question) == D("2.2238")


def test_a_counted_column_keeps_its_scale_to_meet_the_sentence_stating_its_whole():
    table = (
        "| 区域 | 业务量（亿件） 2024年 | 业务收入（亿元） 2024年 |\n| --- | --- | --- |\n"
        "| 西部地区 | 177.1 | 1,705.4 |\n| 东部地区 | 1,200.0 | 9,000.0 |"
    )
    cells = {(c.row, c.column): (c.unit, c.scale) for c in table_cells(chunk(table, lang="zh"))}
    assert cells["西部地区", "业务量（亿件） 2024年"] == ("", "亿")
    assert cells["西部地区", "业务收入（亿元） 2024年"] == ("CNY", "亿")
