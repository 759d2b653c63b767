"""The whole of a share is about the thing the question names as the whole (whole25): its subject
is what the figure's own clause says, never what a neighbouring clause or its passage names.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.operands import clause_of
from reportqa.server.calc.subject import thing_words
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


CLOUD_TITLE = "中国云计算市场研究报告（2025）"
CLOUD_OVERVIEW = hit(
    "2024年，中国云计算市场规模达到8,264.2亿元，同比增长18.5%。2024年中国数字经济规模为53.9万亿元，云计算是其重要的基础设施。",
    lang="zh",
    doc="cloud-zh.md",
    title=CLOUD_TITLE,
    section="一、市场概览",
)
PUBLIC_CLOUD_TABLE = hit(
    "公有云按服务类型划分的市场规模如下：\n\n| 服务类型 | 2024年（亿元） |\n|---|---|\n| IaaS | 3,682.5 |\n"
    "| PaaS | 812.3 |\n| SaaS | 1,126.0 |\n| 合计 | 5,620.8 |",
    lang="zh",
    doc="cloud-zh.md",
    title=CLOUD_TITLE,
    section="二、公有云与私有云：公有云按服务类型划分的市场规模",
)


def test_a_table_total_is_the_whole_its_caption_names():
    assert formula_of("2024年PaaS占公有云市场的比重是多少？", PUBLIC_CLOUD_TABLE, CLOUD_OVERVIEW) == (
        "812.3 / 5620.8 = 14.45%"
    )


def test_a_whole_s_clause_naming_another_thing_is_not_the_whole():
    # 数字经济's clause shares only the place with "China's cloud market"; 云计算 stands in its next clause.
    public = hit("2024年公有云市场规模为5,620.8亿元，同比增长22.1%。", lang="zh", doc="cloud-zh.md", title=CLOUD_TITLE)
    assert formula_of("What share of China's 2024 cloud market was public cloud?", public, CLOUD_OVERVIEW) == (
        "5620.8 / 8264.2 = 68.01%"
    )


def test_a_wider_thing_s_figure_is_not_taken_for_the_whole():
    # Another report, in English: the construction output's clause shares only the place (Europe).
    text = (
        "Air-to-water heat pumps were EUR 9.1 billion in 2024. Europe's construction output was EUR 1,900 billion "
        "in 2024, and heat pumps are a growing part of it. Europe's heat pump market was worth EUR 14.2 billion in 2024."
    )
    found = formula_of(
        "What share of Europe's 2024 heat pump market did air-to-water heat pumps account for?", hit(text)
    )
    assert found is None or found.startswith("9.1 / 14.2")


def test_a_whole_named_only_in_the_other_language_is_left_to_its_words():
    # An English question over a Chinese report: its words are matched through the dictionary.
    assert formula_of("What share of China's 2024 cloud market was SaaS?", PUBLIC_CLOUD_TABLE, CLOUD_OVERVIEW) == (
        "1126 / 8264.2 = 13.63%"
    )


# whole26: a whole the question names is a neighbour of the thing whose figure was found (a region's
# sales for a category's sales there, a table's total for a wider market, a part's own figure).
RTD_CATEGORY = hit(
    "Cold brew, the fastest-growing category within ready-to-drink coffee, reached USD 3.0 billion in 2024.",
    doc="coffee-en.md",
    title="Global Coffee Market Report 2025",
    section="Product types",
)
COFFEE_REGIONS = hit(
    "Coffee sales by region (USD billion):\n| Region | 2024 |\n|---|---|\n| Europe | 40.0 |\n| Asia Pacific | 31.0 |",
    doc="coffee-en.md",
    title="Global Coffee Market Report 2025",
    section="Sales by region",
)


def test_a_whole_whose_figure_does_not_write_what_the_part_s_names_is_another_thing_s():
    # Europe's row is all of coffee; "ready-to-drink", which the part's sentence writes, is not in it.
    question = "What share of Europe's ready-to-drink coffee sales did cold brew account for in 2024?"
    assert formula_of(question, RTD_CATEGORY, COFFEE_REGIONS) is None
    rtd = hit("The global ready-to-drink coffee market was worth USD 25.0 billion in 2024.", doc="coffee-en.md")
    question = "What share of the global ready-to-drink coffee market did cold brew account for in 2024?"
    assert formula_of(question, RTD_CATEGORY, rtd, COFFEE_REGIONS) == "3 / 25 = 12%"


def test_a_whole_no_passage_of_the_question_s_language_writes_is_not_stated():
    assert formula_of("2024年SaaS占中国软件市场的比重是多少？", PUBLIC_CLOUD_TABLE, CLOUD_OVERVIEW) is None
    assert formula_of("2024年SaaS占公有云市场的比重是多少？", PUBLIC_CLOUD_TABLE, CLOUD_OVERVIEW) == (
        "1126 / 5620.8 = 20.03%"
    )


def test_a_total_row_is_the_total_of_what_its_table_names_not_of_the_report_s_title():
    # 合计 is public cloud's; 云计算 is written only by the title above the table.
    found = formula_of("2024年PaaS占中国云计算市场的比重是多少？", PUBLIC_CLOUD_TABLE, CLOUD_OVERVIEW)
    assert found is None or found.startswith("812.3 / 8264.2")


def test_a_part_s_own_figure_written_twice_is_not_its_whole():
    prose = hit(
        "Asia Pacific, at USD 18.5 billion in 2024, is the fastest-growing region, as tea drinking rises in urban India.",
        doc="tea-en.md",
    )
    table = hit(
        "Tea market by region (USD billion)\n| Region | 2024 |\n|---|---|\n| Asia Pacific | 18.5 |", doc="tea-en.md"
    )
    assert formula_of("What share of Asia Pacific's tea market did India account for in 2024?", prose, table) is None


@pytest.mark.parametrize(
    ("term", "things"),
    [
        ("North America's footwear sales", {"footwear"}),
        ("中国云计算市场", {"云计算"}),  # kept whole, not cut into 云 and 计算
        ("Southeast Asia's 2024 parcel volume", set()),  # a place and a measure name no thing
        ("the whole cold chain logistics market", {"cold", "logistic"}),
    ],
)
def test_the_things_a_whole_names(term, things):
    assert thing_words(term) == things


def test_a_part_named_only_among_what_a_wider_thing_includes_has_no_figure_of_its_own():
    text = (
        "The global data centre cooling market was worth USD 16.2 billion in 2024. Liquid cooling, including "
        "direct-to-chip and immersion systems, reached USD 2.1 billion in 2024."
    )
    assert (
        formula_of("What share of the 2024 data centre cooling market did immersion cooling hold?", hit(text)) is None
    )
    assert formula_of("What share of the 2024 data centre cooling market did liquid cooling hold?", hit(text)) == (
        "2.1 / 16.2 = 12.96%"
    )


@pytest.mark.parametrize(
    ("text", "figure", "clause"),
    [
        # A Chinese full stop before a year still ends the sentence: 云计算 of the sentence before is
        # not what 53.9万亿元 is said of (b38a-015 took 数字经济 for the cloud market's whole).
        (
            "中国仍是全球第二大云计算市场。2024年中国数字经济规模为53.9万亿元，云计算是其重要的基础设施。",
            "53.9",
            "2024年中国数字经济规模为53.9万亿元",
        ),
        ("上年为1,234.5亿元；2024年为1,300.0亿元。", "1,300.0", "2024年为1,300.0亿元"),
        ("Revenue was 1,234.5 million in 2024, up 3.2%.", "1,234.5", "Revenue was 1,234.5 million in 2024"),
    ],
)
def test_chinese_punctuation_ends_a_clause_before_a_digit_too(text, figure, clause):
    start = text.index(figure)
    assert text[slice(*clause_of(text, start, start + len(figure)))] == clause
