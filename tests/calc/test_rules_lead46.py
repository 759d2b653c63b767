"""English questions over Chinese reports (twenty-ninth session): a figure given in another currency at
the exchange rate the report states, "total" as 全部, no share of a market above 100%, and the rows of a
table split over two passages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reportqa.index.retriever import Hit
from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.exchange import rate_between, stated_rates
from reportqa.server.calc.program import calculate
from reportqa.server.calc.tables import is_whole_in
from tests.support.passages import chunk, formula_of, hit

pytestmark = pytest.mark.unit

FRIDGES = hit(
    "| 企业 | 2024年冰箱收入（亿元） | 市场份额 |\n|---|---|---|\n| 北辰电器 | 540.0 | 12.0% |\n| 南岭家电 | 360.0 | 8.0% |",
    lang="zh",
    doc="fridge-zh.md",
    title="中国冰箱市场研究报告",
)
NOTE = hit("注：海外收入按1美元兑7.2元人民币折算。", lang="zh", doc="fridge-zh.md", title="中国冰箱市场研究报告")


@pytest.mark.parametrize(
    ("text", "base", "quote", "rate"),
    [
        ("注：全球份额按1美元兑7.2元人民币折算。", "USD", "CNY", "7.2"),
        ("Company revenues are converted at USD 1 = RMB 7.10.", "USD", "CNY", "7.10"),
        ("converted at EUR 1 = USD 1.08 for shares", "EUR", "USD", "1.08"),
        ("美元兑人民币汇率按7.18计算", "USD", "CNY", "7.18"),
        ("at an average rate of RMB 7.2 per US dollar", "USD", "CNY", "7.2"),
        ("1 USD = 7.25 CNY throughout", "USD", "CNY", "7.25"),
    ],
)
def test_an_exchange_rate_is_read_as_reports_state_it(text, base, quote, rate):
    (stated,) = stated_rates([hit(text)])
    assert (stated.base, stated.quote, str(stated.rate.measure.value)) == (base, quote, rate)
    assert text[stated.rate.start : stated.rate.end] == rate  # cited as written


def test_two_different_rates_between_two_currencies_leave_none():
    rates = stated_rates([hit("converted at USD 1 = RMB 7.2."), hit("按1美元兑7.1元人民币折算")])
    assert rate_between(rates, "CNY", "USD") is None
    same = stated_rates([hit("converted at USD 1 = RMB 7.2."), hit("按1美元兑7.2元人民币折算")])
    assert rate_between(same, "CNY", "USD") is not None
    assert rate_between(same, "CNY", "EUR") is None


def test_a_figure_is_given_in_another_currency_at_the_rate_the_report_states():
    question = "What was Beichen's 2024 refrigerator revenue in US dollars, at the report's exchange rate?"
    assert formula_of(question.replace("Beichen", "北辰电器"), FRIDGES, NOTE) == "540 / 7.2 = 75"
    # In a scale asked for, the figure is rescaled first so the result keeps its digits.
    question = "What was 北辰电器's 2024 refrigerator revenue in billions of US dollars?"
    assert formula_of(question, FRIDGES, NOTE) == "540 亿 = 54 billion; 54 / 7.2 = 7.5"


def test_without_a_stated_rate_another_currency_is_refused():
    with pytest.raises(CalculationError):
        calculate("What was 北辰电器's 2024 refrigerator revenue in billions of US dollars?", [FRIDGES])


TRUCKS = hit(
    "2024年，中国新能源货车销量为40.0万辆，2023年为32.0万辆。同期全部货车销量为300.0万辆（2023年为320.0万辆）。",
    lang="zh",
    doc="trucks-zh.md",
    title="中国新能源货车市场研究报告",
)


def test_total_is_the_whole_a_chinese_report_writes_as_quan_bu():
    question = "By what percentage did China's total truck sales change in 2024?"
    assert formula_of(question, TRUCKS) == "300 / 320 - 1 = -6.25%"


IVD = [
    hit(
        "2024年中国体外诊断市场规模为1,327.5亿元，同比下降3.8%。",
        lang="zh",
        doc="ivd-zh.md",
        title="中国体外诊断市场研究报告",
    ),
    hit(
        "免疫诊断是最大的细分领域，其中化学发光规模为450.9亿元。2024年国产IVD企业海外收入合计为312.6亿元。",
        lang="zh",
        doc="ivd-zh.md",
        title="中国体外诊断市场研究报告",
    ),
]


def test_no_part_passes_a_hundred_percent_of_a_market_or_a_total():
    # 312.6亿元 is a total of another thing (domestic companies' overseas revenue): a share of 144% says so.
    assert formula_of("Chemiluminescence as a percentage of China's total IVD market in 2024?", IVD[1]) is None


def _split_table(doc: str, header: str, first: list[str], rest: list[str]) -> list[Hit]:
    """A table cut into two passages, the second repeating the header in its context, as ingest cuts it."""
    separator = "|" + "---|" * (header.count("|") - 1)
    opening = chunk("\n".join([header, separator, *first]), lang="zh", doc=doc, title="中国在线学习报告")
    going_on = chunk("\n".join(rest), lang="zh", doc=doc, title="中国在线学习报告")
    parts = [replace(opening, id=f"{doc}#4"), replace(going_on, id=f"{doc}#5", context=f"{header}\n{separator}")]
    return [Hit(c, 0.6, 0.6, 0.5, i) for i, c in enumerate(parts)]


LEARNING = _split_table(
    "learning-zh.md",
    "| 细分领域 | 2024年（亿元） | 2024年占比 |",
    ["| 职业培训 | 400.0 | 40.0% |", "| 学历教育 | 300.0 | 30.0% |"],
    ["| 语言培训 | 200.0 | 20.0% |", "| 素质培训 | 100.0 | 10.0% |", "| 合计 | 1,000.0 | 100.0% |"],
)


def test_a_table_split_over_two_passages_is_one_table():
    assert is_whole_in([h.chunk for h in LEARNING])
    assert not is_whole_in([LEARNING[0].chunk])  # cut mid-table: the rows below are not all there
    question = "What was the average size of the four online learning segments in China in 2024?"
    assert formula_of(question, *LEARNING) == "(400 + 300 + 200 + 100) / 4 = 250"
    # Only one passage of it: which rows the table has is not known.
    assert formula_of(question, LEARNING[0]) is None


def test_the_combined_share_of_the_leaders_adds_their_share_column():
    question = "What was the combined share of the top two segments of China's online learning market in 2024?"
    assert formula_of(question, *LEARNING) == "40 + 30 = 70"
    question = "What was the combined revenue of the top two segments of China's online learning market in 2024?"
    assert formula_of(question, *LEARNING) == "400 + 300 = 700"


PLATFORMS = [
    hit(
        "2024年中国工业平台市场规模为2,000.0亿元，同比增长15.0%。",
        lang="zh",
        doc="platform-zh.md",
        title="中国工业平台市场研究报告",
    ),
    hit(
        "| 行业 | 2024年（亿元） |\n|---|---|\n| 原材料 | 600.0 |\n| 能源电力 | 300.0 |\n| 其他 | 1,100.0 |\n| 合计 | 2,000.0 |",
        lang="zh",
        doc="platform-zh.md",
        title="中国工业平台市场研究报告",
    ),
]


def test_a_sum_of_a_row_and_its_column_s_total_counts_the_part_twice():
    found = calculate("2024年中国工业平台市场规模与能源电力合计是多少亿元？", PLATFORMS)
    assert found is None or "2000 + 300" not in found.result.formula


PARCELS = [
    hit(
        "## 一、市场规模\n2024年全国快递业务量为1,500.0亿件，同比增长20.0%。我们预计2030年业务量将达到2,600亿件。",
        lang="zh",
        doc="parcels-zh.md",
        title="中国快递市场研究报告",
        section="一、市场规模",
    ),
    hit(
        "## 三、区域格局\n东部地区业务量占全国的75.0%，其中江南省业务量为300.0亿件。",
        lang="zh",
        doc="parcels-zh.md",
        title="中国快递市场研究报告",
        section="三、区域格局",
    ),
]


def test_a_section_dating_nothing_speaks_of_the_report_s_latest_actual_year():
    question = "What share of China's national parcel volume did 江南省 handle in 2024?"
    assert formula_of(question, *PARCELS) == "300 / 1500 = 20%"
    # Not of the year the report forecasts, nor of one it states nothing of.
    assert formula_of(question.replace("2024", "2030"), *PARCELS) is None
    assert formula_of(question.replace("2024", "2023"), *PARCELS) is None
