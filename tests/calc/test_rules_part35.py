"""A part as a share of its whole (issue 16, part35): an English whole written "China's …" is
about China, and a dictionary phrase ("express delivery", 快递) is written by its sense though no
word of it is alone; a sentence's figure whose own clause names no subject ("，规模为450.9亿元",
"to $7.8B in 2024") is said of what the clause before it names.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.subject import writes_all
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_PARCELS_TITLE = "2025年中国快递物流市场研究报告"
_PARCELS_BY_REGION = (
    "| 区域 | 业务量（亿件） 2024年 | 业务收入（亿元） 2024年 |\n| --- | --- | --- |\n"
    "| 东部地区 | 100.0 | 1,000.0 |\n| 中部地区 | 30.0 | 300.0 |\n| 西部地区 | 20.0 | 200.0 |\n"
    "| 合计 | 150.0 | 1,500.0 |"
)


def test_a_possessive_whole_is_written_by_its_place():
    assert writes_all("China's 2024 parcel volume", "2025年中国快递物流市场研究报告 区域 业务量")


def test_a_phrase_is_written_by_the_sense_of_the_whole_phrase():
    # Neither "express" nor "delivery" has 快递 for a sense; "express delivery" has.
    assert writes_all("express delivery revenue", "2025年中国快递物流市场研究报告")
    assert not writes_all("express delivery revenue", "2025年中国冷链物流市场研究报告")


def test_an_english_share_over_a_chinese_tables_total_row():
    question = "What share of China's 2024 express delivery revenue was generated in the central region?"
    passage = hit(_PARCELS_BY_REGION, lang="zh", doc="parcels.html", title=_PARCELS_TITLE, section="二、分区域")
    assert formula_of(question, passage) == "300 / 1500 = 20%"


def test_a_clause_naming_no_subject_goes_on_about_the_one_before():
    title = "2025年中国体外诊断（IVD）市场研究报告"
    size = hit("2024年中国体外诊断市场规模为1,000亿元，同比增长5.0%。", lang="zh", doc="ivd.html", title=title)
    segments = hit(
        "2024年，免疫诊断是最大的细分领域，其中化学发光占免疫诊断市场的80.0%，规模为250亿元。",
        lang="zh",
        doc="ivd.html",
        title=title,
    )
    assert formula_of("2024年化学发光占中国体外诊断市场规模的比重是多少？", size, segments) == "250 / 1000 = 25%"


def test_the_second_figure_of_a_rise_is_its_subjects():
    title = "Global Sportswear Market Report 2025"
    total = hit("Global sportswear sales reached USD 400 billion in 2024, up 5.0% year on year.", title=title)
    resale = hit(
        "Resale and second-hand sportswear rose from $5B in 2022 to $8B in 2024, led by sneakers.", title=title
    )
    question = "What share of global sportswear sales did resale and second-hand sportswear represent in 2024?"
    assert formula_of(question, total, resale) == "8 / 400 = 2%"


_EDUCATION_TITLE = "中国在线教育行业研究报告（2025）"
_EDUCATION_SIZE = "2024年中国在线教育市场规模为3,000亿元，同比增长9.8%。"
_EDUCATION_REGIONS = "从区域看，华东地区占全国在线教育市场的30.0%，华南地区占20.0%。"


def _education(text: str):
    return hit(text, lang="zh", doc="education.md", title=_EDUCATION_TITLE, section="市场")


def test_a_holder_is_named_by_the_pieces_of_its_word():
    # 华东地区 is also cut into 华东 and 地区: the English "East China region" names those.
    question = "What was the East China region's online education market worth in 2024?"
    hits = [_education(_EDUCATION_SIZE), _education(_EDUCATION_REGIONS)]
    assert formula_of(question, *hits) == "3000 × 30% = 900"


def test_of_several_wholes_the_one_naming_nothing_more_is_the_total():
    # 全球 names another market than the 全国 one the share is of: without the rule, two totals refuse.
    question = "What was the East China region's online education market worth in 2024?"
    world = _education("2024年全球在线教育市场规模约为12,000亿元，同比增长7.6%。")
    hits = [_education(_EDUCATION_SIZE), world, _education(_EDUCATION_REGIONS)]
    assert formula_of(question, *hits) == "3000 × 30% = 900"


def test_an_amount_asked_by_its_share_is_the_share_of_the_total():
    # "按收入份额计算" makes the share the basis: the brand's stated store count is no stated revenue.
    title = "2025年中国现制咖啡市场研究报告"
    hits = [
        hit("2024年中国现制咖啡市场规模为1,000亿元，同比增长10.0%。", lang="zh", doc="coffee.pdf", title=title),
        hit("按收入计算，瑞幸咖啡占现制咖啡市场规模的20.0%。", lang="zh", doc="coffee.pdf", title=title),
        hit(
            "截至2024年末，瑞幸咖啡门店数达到2.0万家，占连锁品牌门店总数的18.0%；",
            lang="zh",
            doc="coffee.pdf",
            title=title,
        ),
    ]
    assert formula_of("按收入份额计算，2024年瑞幸咖啡的收入约为多少亿元？", *hits) == "1000 × 20% = 200"
