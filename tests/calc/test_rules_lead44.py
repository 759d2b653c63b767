"""A share whose part is only what was done to the whole ("what proportion of the output was exported"),
asked in English over a Chinese sentence that states the output, the exported quantity and an export value
(twenty-seventh session)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.index.dictionary import amounts_of
from reportqa.server.calc.intents import detect, listed_terms
from reportqa.server.calc.operands import candidates_of, names_the_part
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import subject_words
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

STEEL = hit(
    "## 三、生产与出口\n2024年全国粗钢产量约为1,005 百万吨，钢材出口量为110.7 百万吨，钢铁产品出口总额为835.6亿美元，同比下降约7%。",
    lang="zh",
    doc="steel-zh.md",
    title="中国钢铁行业发展报告",
)
PHONES = hit(
    "## 二、生产与出口\n2024年全国手机产量约为16.7 亿部，手机出口量为8.1 亿部，电子产品出口总额为9,200亿美元，同比增长约3%。",
    lang="zh",
    doc="phones-zh.md",
    title="中国消费电子产业报告",
)


def test_a_part_that_is_only_a_verb_is_the_wholes_thing_so_done():
    found = detect("What proportion of China's 2024 apple output was exported?")
    assert found is not None and found.pair == ("apple output exported", "China's 2024 apple output")


def test_the_exported_quantity_is_told_from_an_export_value_by_the_names_head_word():
    question = "What proportion of China's 2024 mobile phone output was exported?"
    assert formula_of(question, PHONES) == "8.1 / 16.7 = 48.5%"


def test_export_clauses_naming_the_thing_alike_are_no_guess():
    # Both export clauses write 钢 (steel): neither is told apart, and 粗钢 output is no whole of 钢材 exports.
    assert formula_of("What proportion of China's 2024 steel output was exported?", STEEL) is None


def test_a_dictionary_word_jieba_cuts_into_an_operation_word_is_kept_whole():
    assert "云计算" in subject_words("2024年中国边缘云计算市场规模为1,230亿元")
    assert "复合增长率" not in subject_words("2024—2030年复合增长率为14.7%")  # operation words alone


def test_a_year_on_year_change_under_a_table_of_one_year_is_over_that_year():
    table = hit(
        "按用途划分的冷库容量结构：\n\n| 用途 | 2024年容量占比 |\n|---|---|\n| 生鲜 | 61% |\n| 医药 | 9% |",
        lang="zh",
        doc="cold-zh.md",
        title="中国冷库行业研究报告",
        section="二、容量结构",
    )
    sentence = hit(
        "其中，医药冷库单独测算的市场规模为480亿元（含疫苗储存），同比增长12.0%。",
        lang="zh",
        doc="cold-zh.md",
        title="中国冷库行业研究报告",
        section="二、容量结构",
    )
    question = "Given its growth rate, what was China's pharmaceutical cold storage market worth in 2023?"
    assert formula_of(question, table, sentence) == "480 × (1 + 12%)^(2023 - 2024) = 428.57"


def test_sales_in_english_are_the_units_sold_a_chinese_sentence_states_over_two_years():
    text = (
        "2024年中国叉车销量为128.6万台，2023年为117.4万台。按销售额计，2024年中国叉车市场规模约为1,050亿元，"
        "预计2030年将达到1,600亿元。"
    )
    found = calculate("By what percentage did China's forklift sales grow in 2024?", [hit(text, lang="zh")])
    assert found is not None and found.result.formula == "128.6 / 117.4 - 1 = 9.54%"


def test_sales_name_the_amounts_the_dictionary_gives_for_them():
    assert {"销量", "销售额"} <= set(amounts_of("sales"))
    assert "出口额" in amounts_of("export")


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("What share of the country's 2024 rail freight did Shanxi handle?", "Shanxi"),
        ("What share of 2024 sales did online channels bring in?", "online channels"),
        ("What share of the 2024 total did the top three firms have?", "the top three firms"),
    ],
)
def test_the_verb_after_did_is_no_part_of_a_shares_part(question, part):
    found = detect(question)
    assert found is not None and found.pair is not None and found.pair[0] == part


def test_a_word_the_whole_names_too_does_not_name_the_part_in_another_thing_s_sentence():
    # "trucks" of "battery-swapping trucks" is the whole's thing (heavy trucks): 汽车 of a carmaker's name
    # does not make its sales the battery-swapping trucks'.
    maker = hit("## 四、企业格局\n2024年，宏途汽车新能源商用车销量为6.3万辆，同比增长28.0%；", lang="zh")
    items = candidates_of([maker])
    sales = next(c.operand for c in items if c.operand.measure.value == Decimal("6.3"))
    part, whole = "battery-swapping trucks new energy heavy truck sales", "China's 2024 new energy heavy truck sales"
    assert not names_the_part(sales, items, part, whole)
    assert names_the_part(sales, items, "宏途 new energy heavy truck sales", whole)


def test_two_things_additions_asked_in_total_are_a_sum_of_the_things_sharing_one_noun():
    question = "How much onshore and offshore wind capacity was added in Vietnam in 2024 in total?"
    found = detect(question)
    assert found is not None and found.kind == "sum" and found.years == (2024,)
    assert listed_terms(question) == ["onshore wind capacity", "offshore wind capacity"]
    assert detect("How much wind capacity was added in Vietnam in 2024?").kind == "change"  # a year's addition


def test_the_things_a_sum_adds_are_read_off_a_table_by_their_shared_noun():
    table = hit(
        "| Type | Capacity added in 2024 (GW) |\n|---|---|\n| Onshore wind | 3.1 |\n| Offshore wind | 1.2 |\n"
        "| Solar | 5.0 |\n| Total | 9.3 |",
        title="Vietnam Renewables Report",
    )
    question = "How much onshore and offshore wind capacity was added in Vietnam in 2024 in total?"
    assert formula_of(question, table) == "3.1 + 1.2 = 4.3"
