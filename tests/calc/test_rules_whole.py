"""The whole of a share is about the thing the question names as the whole (whole25): its subject
is what the figure's own clause says, never what a neighbouring clause or its passage names.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

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
