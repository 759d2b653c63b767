"""Thirty-third session, second round (enzh51): English questions over Chinese reports, the failures of
the xprobe34e twins, each as a habit of report writing or a dictionary term, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import glossary_senses
from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.subject import subject_of
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


def test_c_and_i_is_the_commercial_and_industrial_of_a_chinese_report():
    # Storage and solar reports write 工商业 (commercial and industrial) where English ones write "C&I".
    assert "工商业" in glossary_senses("C&I")
    assert "工商业" in glossary_senses("commercial and industrial")


def test_the_comma_of_a_numbers_thousands_ends_no_aside():
    # "in 10,000 units" at the question's end is its unit: its comma is the number's, not the end of an aside
    # ("By how much, in RMB 100 million, did …") whose rest ("000 units") joined the year compared with.
    intent = read_intent("How many more electric buses were sold in 2024 than the year before, in 10,000 units?")
    assert (intent.kind, intent.years, intent.pair) == ("change", (2023, 2024), None)


def test_an_aside_with_a_thousands_comma_is_still_an_aside():
    intent = read_intent("By how much, in 10,000 units, did Yutong outsell Zhongtong in 2024?")
    assert intent.kind == "change" and intent.pair == ("Yutong", "Zhongtong")


_HOSTING = hit(
    "## 二、细分市场\n| 服务类型 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n"
    "| 托管服务 | 100.0 | 150.0 |\n| 边缘计算 | 40.0 | 50.0 |",
    lang="zh",
    doc="hosting-zh.md",
    title="2025年中国托管服务市场研究报告",
)


def test_versus_between_two_years_names_no_thing():
    # The tokenizer writes "versus" as versu, which the list of operation words did not hold: the question
    # named a thing "versu" that no figure is about.
    assert "versu" not in subject_of("the edge computing market in 2024 versus 2023")
    assert formula_of("By how much did the edge computing market increase in 2024 versus 2023?", _HOSTING) == (
        "50 - 40 = 10"
    )


_COOLING = hit(
    "## 二、技术路线\n| 技术 | 2024年份额 |\n|---|---|\n| 风冷 | 80.0% |\n| 冷板式液冷 | 12.0% |\n| 浸没式液冷 | 5.0% |",
    lang="zh",
    doc="cooling-zh.md",
    title="2025年中国数据中心冷却市场研究报告",
)


def test_the_count_of_the_things_held_together_is_neither_thing():
    # 两者 ("the two of them") after a list is no part of its last thing (lead, thirty-fourth session).
    assert read_intent("冷板式液冷和浸没式液冷两者合计占2024年市场的份额是多少？").pair == (
        "冷板式液冷市场份额",
        "浸没式液冷市场份额",
    )
    assert formula_of("冷板式液冷和浸没式液冷两者合计占2024年市场的份额是多少？", _COOLING) == "12 + 5 = 17"


def test_intra_and_inter_city_are_the_tongcheng_and_yidi_of_chinese_express_reports():
    # Chinese postal statistics split express volume into 同城 (intra-city), 异地 (inter-city) and international;
    # neither 同城 nor "intra-city" is in CC-CEDICT, and 异地 is only "different place" (lead, thirty-fourth session).
    assert "同城" in glossary_senses("intra-city")
    assert "异地" in glossary_senses("inter-city")


_TRAINING = hit(
    "## 二、细分市场\n| 细分领域 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n"
    "| 成人教育 | 400.0 | 420.0 |\n| 高等学历教育 | 300.0 | 310.0 |\n| 素质教育 | 200.0 | 230.0 |\n"
    "| 教育信息化服务 | 100.0 | 120.0 |",
    lang="zh",
    doc="training-zh.md",
    title="2025年中国培训市场研究报告",
)


def test_a_listed_thing_across_languages_is_not_a_row_of_another_kind_of_its_head_word():
    # "higher academic education" shares 教育 with every row: 成人教育 and 素质教育 name other kinds of
    # education, and 教育信息化服务 is the list's other thing, which names it by more words. Before, the
    # first row (成人教育) was added in.
    question = (
        "What was the total market size of higher academic education and education informatization services in 2023?"
    )
    assert formula_of(question, _TRAINING) == "300 + 100 = 400"
