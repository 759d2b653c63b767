"""Thirty-first session (lead): the cross-language failures of the xprobe30 twins, each as a report-writing
habit or a phrasing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import lone_character_senses
from reportqa.index.names import mentions
from reportqa.server.calc.intents import read_intent, with_shared_head
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

CLINICS = hit(
    "从终端看，三级医院占检测需求的50.5%，二级医院占30.0%，其余机构合计占19.5%。",
    lang="zh",
    doc="hospitals-zh.md",
)


@pytest.mark.parametrize(
    "question",
    [
        "What share of testing demand did tertiary and secondary hospitals account for together?",
        "三级医院和二级医院合计占检测需求的比重是多少？",
    ],
)
def test_two_modifiers_of_one_noun_hold_their_shares_together(question):
    assert formula_of(question, CLINICS) == "50.5 + 30 = 80.5"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("tertiary", "secondary hospitals", ("tertiary hospitals", "secondary hospitals")),
        ("online", "offline retail sales", ("online retail sales", "offline retail sales")),
        # a plural noun or a name is a thing of its own, not a modifier
        ("exports", "domestic sales", ("exports", "domestic sales")),
        ("Huawei", "Alibaba Cloud", ("Huawei", "Alibaba Cloud")),
        ("tertiary", "clinics", ("tertiary", "clinics")),
    ],
)
def test_a_lone_modifier_shares_the_noun_written_after_the_second(first, second, expected):
    assert with_shared_head(first, second) == expected


BIKES = [
    hit(
        "Apparel led at USD 50.0 billion (50.0% of sales), followed by footwear at USD 30.0 billion (30.0%). "
        "Running footwear, a niche within footwear, reached USD 6.0 billion in 2024.",
        doc="outdoor-en.md",
    ),
    hit("Global outdoor gear sales reached USD 100.0 billion in 2024.", doc="outdoor-en.md"),
]


def test_a_chinese_verb_before_its_thing_is_an_english_gerund_and_a_lone_character_its_synonyms_word():
    """跑步鞋 is "running footwear": 跑步 ("to run") is written as the gerund, 鞋 ("shoe") as
    鞋履's "footwear"; neither the bare verb nor "shoe" names the row, and apparel's 50.0 would do as well."""
    assert formula_of("2024年跑步鞋占全球户外用品销售额的比重是多少？", *BIKES) == "6 / 100 = 6%"


@pytest.mark.parametrize(
    ("character", "senses"),
    [("鞋", ("footwear", "shoe")), ("煤", ("coal",)), ("票", ("ballot", "banknote", "ticket"))],
)
def test_a_one_sense_character_means_what_its_synonym_compounds_mean(character, senses):
    assert lone_character_senses(character) == senses


WIND = [
    hit(
        "2024年，中国风电新增装机容量为80.0 GW。截至2024年底，全国风电累计装机容量达到500.0 GW。"
        "同期全球风电新增装机约为120 GW。",
        lang="zh",
        doc="wind-zh.html",
    ),
    hit(
        "| 类型 | 2024年新增装机（GW） |\n|---|---|\n| 陆上风电 | 70.0 |\n| 海上风电 | 10.0 |\n| 合计 | 80.0 |",
        lang="zh",
        doc="wind-zh.html",
    ),
]


def test_a_total_asked_is_no_cumulative_nor_global_whole():
    """ "total" asks for a sum of parts; CC-CEDICT also gives it 累计 (cumulative: 500.0 here) and 全球 (global:
    120), wholes a question names by their own words. Where "new" binds no word of the report (新增 is "newly
    added"), no whole is found, and the question is refused rather than answered with another whole's figure."""
    question = "What share of total new installations in 2024 did offshore wind account for?"
    assert formula_of(question, *WIND) in (None, "10 / 80 = 12.5%")


COURSES = hit(
    "| 细分领域 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n"
    "| 职业教育 | 900.0 | 1,000.0 |\n| 素质教育 | 300.0 | 400.0 |\n| 语言培训 | 150.0 | 160.0 |",
    lang="zh",
    doc="courses-zh.md",
    title="中国在线课程市场报告",
)


def test_a_row_naming_another_kind_of_the_thing_asked_is_not_it():
    """职业 ("vocation") names a kind of 教育 "quality education" does not, and "quality" one 职业教育 does not;
    素质教育's 素质 is "inner quality"."""
    question = "How much bigger was quality education than language training in 2024?"
    assert formula_of(question, COURSES) == "400 - 160 = 240"


def test_a_row_with_a_word_the_question_leaves_unsaid_is_still_the_thing_it_names():
    """比亚迪股份's 股份 ("shares") is unsaid, but the question names nothing the row does not."""
    table = hit(
        "| 企业 | 2024年收入（亿元） |\n|---|---|\n| 比亚迪股份 | 7,771.0 |\n| 吉利汽车 | 2,402.0 |",
        lang="zh",
        doc="autos-zh.md",
    )
    assert formula_of("How much more revenue did BYD earn than Geely in 2024?", table) == "7771 - 2402 = 5369"


HEATPUMPS = hit(
    "| Region | 2023 shipments (thousand) | 2024 shipments (thousand) |\n|---|---|---|\n"
    "| Germany | 356 | 193 |\n| Europe excl. Germany | 2,640 | 2,120 |\n| Global | 9,800 | 9,100 |",
    doc="heatpumps-en.md",
    title="Global Heat Pump Market Report 2025",
)


def test_the_de_of_an_exclusion_is_inside_the_thing_it_names():
    """ "除德国外的欧洲" is one thing, Europe without Germany; its 的 marks no measure both things share."""
    question = "2023年德国与除德国外的欧洲合计出货量是多少？"
    assert read_intent(question).pair == ("德国出货量", "除德国外欧洲出货量")
    assert formula_of(question, HEATPUMPS) == "356 + 2640 = 2996"


PUMPS = [
    hit("2024年中国工业泵市场规模为900.0亿元，同比增长6.0%。", lang="zh", doc="pumps-zh.md"),
    hit(
        "| 企业 | 2024年出货量（万台） | 同比增长 |\n|---|---|---|\n| 景鸿科技 | 120.0 | 8.0% |\n| 南方泵业 | 80.0 | 5.0% |",
        lang="zh",
        doc="pumps-zh.md",
    ),
    hit(
        "景鸿科技占全国工业泵出货量的15.0%，位居第一。其泵类业务收入为150.0亿元，同比增长4.0%。",
        lang="zh",
        doc="pumps-zh.md",
    ),
]


def test_a_company_row_of_another_measure_gives_way_to_the_sentence_stating_the_one_asked():
    """The row 景鸿科技 counts shipments; the revenue asked is the sentence's (its 其 is 景鸿科技, the sentence
    before). "Jinghong Technology" is 景鸿 by pinyin and 科技 ("science and technology") by one of its senses."""
    question = "How much larger was China's industrial pump market in 2024 than Jinghong Technology's pump revenue?"
    assert formula_of(question, *PUMPS) == "900 - 150 = 750"


def test_a_company_name_half_spelled_half_translated_by_one_side_of_a_sense():
    assert mentions("| 景鸿科技 | 120.0 |", "Jinghong Technology")
    assert not mentions("| 景鸿电子 | 120.0 |", "Jinghong Technology")


SKYWARD = [
    hit(
        "Skyward remained the largest vendor, with 40.0% of global shipments in 2024. "
        "Its revenue, covering hardware and services, was estimated at USD 2.0 billion, up 10.0% year on year.",
        doc="drones-en.md",
    ),
    hit("| Region | 2024 (USD million) |\n|---|---|\n| Europe | 3,000.0 |\n| Global | 8,000.0 |", doc="drones-en.md"),
]


def test_a_sentence_going_on_about_the_one_before_is_said_of_what_that_one_names():
    """Its revenue is Skyward's: the part is named in the sentence before its figure's."""
    question = "What percentage of global revenue was Skyward's revenue in 2024?"
    assert formula_of(question, *SKYWARD) == "2000 / 8000 = 25%"
