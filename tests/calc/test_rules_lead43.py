"""Complements and lists asked in English over Chinese tables (twenty-sixth session): an exclusion said
"leaving aside", a pair the dictionary names as one thing ("fruit and vegetables", 果蔬), and powertrain
terms Chinese reports write that CC-CEDICT lacks (纯电动 is battery-electric)."""

from __future__ import annotations

import pytest

from reportqa.server.calc.families import excluded_terms
from reportqa.server.calc.intents import detect, list_items
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

PRODUCE = hit(
    "| 品类 | 2024年需求占比 |\n|---|---|\n| 果蔬 | 31% |\n| 肉类 | 22% |\n| 乳制品 | 12% |\n| 其他 | 35% |",
    lang="zh",
    doc="fresh-zh.md",
    title="中国生鲜电商市场研究报告",
    section="需求结构",
)


def test_a_pair_the_dictionary_names_as_one_is_one_item_of_a_list():
    assert list_items("fruit and vegetables and meat") == ["fruit and vegetables", "meat"]
    assert list_items("dairy, meat and seafood") == ["dairy", "meat", "seafood"]


def test_leaving_aside_excludes_what_follows_it():
    assert excluded_terms("Leaving aside dairy and meat, what share did the rest take in 2024?") == ["dairy", "meat"]


def test_the_share_left_by_things_left_aside_is_computed_over_a_chinese_table():
    question = (
        "Leaving aside fruit and vegetables and meat, what share of fresh-food e-commerce demand was left in 2024?"
    )
    assert formula_of(question, PRODUCE) == "100% - (31 + 22)% = 47%"


def test_battery_electric_is_the_row_a_chinese_table_writes_as_chun_dian_dong():
    table = hit(
        "| 动力类型 | 占2024年新能源乘用车销量比重 |\n| --- | --- |\n| 纯电动 | 61.2% |\n| 插电式混合动力 | 38.1% |"
        "\n| 燃料电池 | 0.7% |",
        lang="zh",
        doc="nev-zh.md",
        title="中国新能源乘用车市场研究报告",
    )
    question = "Excluding battery-electric cars, what share of China's 2024 new energy passenger car sales did other powertrains take?"
    assert formula_of(question, table) == "100% - 61.2% = 38.8%"


@pytest.mark.parametrize(
    "question",
    [
        "How big was the market in 2023, backing it out from the 2024 figure and growth?",
        "What was Acme's revenue in 2023, given its 2024 revenue and change?",
    ],
)
def test_a_year_backed_out_of_the_next_years_figure_and_change(question):
    found = detect(question)
    assert found is not None and found.kind == "implied_value" and found.years == (2023, 2024)


def test_two_years_given_and_their_change_asked_is_a_change():
    assert detect("Given the 2023 and 2024 figures, what was the change in revenue?").kind == "change"


def test_the_market_a_sentence_opens_on_after_a_period_is_the_one_named_two_sentences_back():
    text = hit(
        "The global heat meter market reached USD 820.0 million in 2024, up from USD 700.0 million in 2023. "
        "We expect revenue to grow to USD 1.5 billion by 2030. "
        "Between 2020 and 2023 the market grew at a CAGR of 12.0%, from a small base.",
        doc="meters-en.md",
        title="Heat Meters 2025",
    )
    question = "Working back from the 2020-2023 CAGR, how big was the global heat meter market in 2020?"
    assert formula_of(question, text) == "700 × (1 + 12%)^(2020 - 2023) = 498.25"


def test_a_years_multiple_of_the_year_before_is_one_plus_its_stated_growth():
    segments = hit(
        "| 细分市场 | 2024年收入（亿元） | 同比增长 |\n|---|---|---|\n| 家用储能 | 120.0 | 25.0% |\n| 工商业储能 | 80.0 | 10.0% |",
        lang="zh",
        doc="storage-zh.md",
        title="中国用户侧储能市场研究报告",
    )
    assert formula_of("2024年家用储能收入约为2023年的多少倍？", segments) == "1 + 25% = 1.25"


def test_a_years_multiple_from_both_years_figures_divides_them():
    both = hit(
        "| 细分市场 | 2023年收入（亿元） | 2024年收入（亿元） |\n|---|---|---|\n| 家用储能 | 96.0 | 120.0 |",
        lang="zh",
        doc="storage-zh.md",
        title="中国用户侧储能市场研究报告",
    )
    assert formula_of("2024年家用储能收入约为2023年的多少倍？", both) == "120 / 96 = 1.25"
