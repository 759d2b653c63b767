"""Calculations asked in the other language than the report's (issue 16, xcalc28): a percentage
asked as 增长了多少百分比, a part a sentence names only among what a total includes, a part
named beside an acronym of the report's title that the dictionary does not carry across, and an
implied value asked for 上一财年.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_RECYCLING = (
    "| Region | 2023 (USD million) | 2024 (USD million) |\n|---|---|---|\n"
    "| North America | 500.0 | 600.0 |\n| Europe | 400.0 | 420.0 |\n| Global | 900.0 | 1,020.0 |"
)


@pytest.mark.parametrize(
    "question", ["北美回收收入从2023年到2024年增长了多少百分比？", "2023年至2024年北美回收收入增加了百分之几？"]
)
def test_a_change_asked_in_percent_is_a_percentage_change(question):
    assert detect(question).kind == "relative_change"
    assert formula_of(question, hit(_RECYCLING)) == "600 / 500 - 1 = 20%"


def test_a_change_asked_as_an_amount_stays_an_amount():
    question = "北美回收收入从2023年到2024年增长了多少？"
    assert formula_of(question, hit(_RECYCLING)) == "600 - 500 = 100"


_INSTALLED = (
    "| Region | 2024 (GW) |\n|---|---|\n| Europe | 10.5 |\n| Americas | 8.0 |\n| Global | 18.5 |",
    "Germany installed 4.2 GW in 2024; the Europe figure also includes Poland, Spain and Italy.",
)


def test_a_part_a_sentence_names_only_among_what_a_total_includes_has_no_figure_there():
    hits = [hit(text) for text in _INSTALLED]
    assert formula_of("2024年波兰风电新增装机占欧洲的比重是多少？", *hits) is None


def test_the_part_the_sentence_is_about_keeps_its_share():
    hits = [hit(text) for text in _INSTALLED]
    assert formula_of("2024年德国风电新增装机占欧洲的比重是多少？", *hits) == "4.2 / 10.5 = 40%"


_TITLE = "2025年中国医药合同研究（CRO）市场研究报告"
_CRO = (
    (
        "| 分子类型 | CRO收入（亿元） 2023年 | CRO收入（亿元） 2024年 |\n|---|---|---|\n"
        "| 小分子 | 460.0 | 540.0 |\n| 多肽 | 40.0 | 60.0 |\n| 合计 | 500.0 | 600.0 |",
        "二、按分子类型划分",
    ),
    (
        "2024年中国医药外包服务市场规模为900.0亿元。其中CRO市场规模为600.0亿元，同比增长20.0%，2023年为500.0亿元。",
        "一、市场概览",
    ),
)


def test_a_part_named_beside_the_titles_acronym_is_not_given_the_wholes_figure():
    # "peptide" meets no word of the Chinese passages; CRO and China name the whole report.
    hits = [hit(text, lang="zh", doc="cro.md", title=_TITLE, section=section) for text, section in _CRO]
    assert formula_of("By what percentage did China's peptide CRO revenue increase in 2024?", *hits) is None


def test_the_whole_named_by_the_titles_acronym_is_still_found():
    hits = [hit(text, lang="zh", doc="cro.md", title=_TITLE, section=section) for text, section in _CRO]
    assert formula_of("By what percentage did China's CRO market grow in 2024?", *hits) == "600 / 500 - 1 = 20%"


@pytest.mark.parametrize(
    "question",
    [
        "按2024财年的收入增速倒推，其上一财年收入约为多少亿元？",
        "Given its growth, what was revenue in the previous fiscal year, from fiscal 2024?",
    ],
)
def test_an_implied_value_asked_for_the_year_before_the_one_stated(question):
    intent = detect(question)
    assert intent.kind == "implied_value" and intent.years == (2023, 2024)


_BROADBAND = (
    "| Region | Revenue (USD million) 2023 | 2024 |\n|---|---|---|\n"
    "| North America | 500.0 | 700.0 |\n| Europe | 300.0 | 350.0 |",
    "The United States accounted for USD 620.0 million of North American revenue in 2024.",
    "Germany had 400 thousand subscribers in 2024.",
)


@pytest.mark.parametrize(
    "question",
    [
        "2024年北美宽带收入中，来自美国以外的有多少百万美元？",
        "How much of North America's 2024 revenue came from outside the United States?",
    ],
)
def test_the_rest_of_a_whole_is_the_whole_less_the_part_its_sentence_puts_in_it(question):
    assert detect(question).kind == "rest"
    assert formula_of(question, *(hit(text) for text in _BROADBAND)) == "700 - 620 = 80"


def test_a_part_whose_sentence_does_not_name_the_whole_leaves_no_rest():
    # Germany's sentence does not say it is part of Europe's figure, and counts subscribers, not revenue.
    question = "2024年欧洲宽带收入中，德国以外的有多少百万美元？"
    assert formula_of(question, *(hit(text) for text in _BROADBAND)) is None


_INSTALLS = (
    "| Region | 2024 (GW) |\n|---|---|\n| China | 80.0 |\n| Europe | 16.0 |\n| Americas | 14.0 |\n| Global | 120.0 |"
)


def test_a_row_beside_the_whole_is_no_part_of_it():
    # China's row is no part of Europe's; a row says nothing of the whole it is in.
    assert formula_of("2024年欧洲风电新增装机中，中国以外的装机量是多少GW？", hit(_INSTALLS)) is None


def test_a_world_row_is_not_the_whole_of_a_thing_it_does_not_write():
    # China's sentence is of the offshore total, which it states (xzh38); the "Global" row counts every installation.
    offshore = "China installed 5.0 GW of the 9.0 GW offshore total in 2024."
    question = "2024年全球海上风电新增装机中，中国以外的装机量是多少GW？"
    title = "Global Wind Power Installations Report"
    assert formula_of(question, hit(_INSTALLS, title=title), hit(offshore, title=title)) == "9 - 5 = 4"


def test_a_name_cut_in_pieces_is_the_name_the_dictionary_lists_whole():
    # 蒂森克虏伯 is ThyssenKrupp; its pieces 蒂森 and 克虏伯 name nothing the English report writes.
    text = (
        "Thyssenkrupp nucera reported electrolyser revenue of EUR 500.0 million in fiscal 2024, up 25.0% year on year."
    )
    question = "按同比增速倒推，蒂森克虏伯nucera 2023财年的电解槽收入约为多少百万欧元？"
    assert formula_of(question, hit(text)) == "500 × (1 + 25%)^(2023 - 2024) = 400"


def test_a_scale_beside_a_currency_without_one_is_not_two_units():
    # "(In thousands)" over one column and "Change ($)" over another state no column's money and scale.
    table = (
        "| | 2019 Amount | 2018 Amount (In thousands) | Change ($) |\n|---|---|---|---|\n"
        "| Services | $ 243,053 | $ 246,548 | (3,495) |\n| Maintenance | 16,499 | 14,783 | 1,716 |"
    )
    question = "What was the average Services for 2018 and 2019?"
    assert formula_of(question, hit(table)) == "(246548 + 243053) / 2 = 244800.5"
