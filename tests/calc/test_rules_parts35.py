"""Things taken out and things taken together (parts35): a complement's things, each bound by its own
name (a list of names no one row writes together, a list opening its clause, a thing whose shares
sentences state of two wholes, of which the question names one); a Chinese list that writes its
things' measure once, after the last thing.

Model-free: hand-built hits (tests/support/passages.py).
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

ZH_CHEMISTRIES = hit(
    "| 技术路线 | 2024年市场占比 |\n|---|---|\n| 高镍NCM | 30.5% |\n| 磷酸铁锂LFP | 62.0% |\n| 锰铁锂LMFP | 7.5% |",
    lang="zh",
    doc="cells-zh.md",
)
ZH_BRANDS = hit(
    "在中国现制茶饮市场，蜜雪冰城以21.4%的份额位居第一，古茗占9.6%，茶百道占7.0%。",
    lang="zh",
    doc="tea-zh.md",
)
ZH_TWO_WHOLES = hit(
    "截至2024年末，蜜雪冰城门店数达到4.1万家，占连锁品牌门店总数的28.3%；按收入计算，蜜雪冰城占现制茶饮市场规模的"
    "21.4%。古茗门店数为9,900家，占现制茶饮市场规模的9.6%。",
    lang="zh",
    doc="tea-zh.md",
)


def test_the_rest_after_names_each_a_row_of_its_own():
    # No row writes both LFP and NCM: each is found by its own name, not only figures naming both.
    assert formula_of("2024年除NCM和LFP以外，其他技术路线合计市场占比是多少？", ZH_CHEMISTRIES) == (
        "100% - (30.5 + 62)% = 7.5%"
    )


def test_the_rest_after_a_list_opening_its_clause():
    assert formula_of("在中国现制茶饮市场，蜜雪冰城、古茗和茶百道以外的品牌合计占多少份额？", ZH_BRANDS) == (
        "100% - (21.4 + 9.6 + 7)% = 62%"
    )


def test_the_rest_takes_each_share_of_the_whole_the_question_names():
    # 28.3% is of stores: taken from 100% of the market's size it would give a wrong 62.1%.
    assert formula_of("除蜜雪冰城和古茗外，其他品牌合计占现制茶饮市场规模的比重是多少？", ZH_TWO_WHOLES) == (
        "100% - (21.4 + 9.6)% = 69%"
    )


ZH_REGIONS = hit(
    "2024年华北地区冷库容量占全国的21.3%，东北地区占8.4%，西北地区占5.1%。",
    lang="zh",
    doc="cold-zh.md",
)


def test_a_chinese_list_writes_its_measure_once_after_its_last_thing():
    # "东北、西北地区冷库容量": 冷库容量 is every region's measure, not a word naming 西北's figure.
    assert (
        formula_of("2024年华北、东北和西北地区冷库容量合计占全国的比重是多少？", ZH_REGIONS)
        == "21.3 + 8.4 + 5.1 = 34.8"
    )
