"""English questions over Chinese reports (twenty-eighth session): an adjective of place names its place
("Chinese companies'" shipments are 中国企业's), and a figure stated with its change over the year before
is of the latest year its section compares, whatever is computed with it."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.operands import candidates_of, naming
from reportqa.server.calc.program import calculate
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

TEA = hit(
    "## 三、出口\n2024年中国企业茶叶出口量为37.4万吨，同比增长2.2%；同期全球茶叶出口量为190.5万吨，中国企业约占全球的19.6%。",
    lang="zh",
    doc="tea-zh.md",
    title="茶叶行业研究报告",
)


def test_an_adjective_of_place_is_named_by_its_place():
    (figure, *_) = candidates_of([TEA])
    assert naming([figure], ["Chinese"]) == [figure]
    assert naming([figure], ["Japanese"]) == []


def test_chinese_companies_figures_are_found_in_a_chinese_report():
    assert formula_of(
        "Given the 2024 figure and its growth, what were Chinese companies' tea exports in 2023?", TEA
    ) == ("37.4 × (1 + 2.2%)^(2023 - 2024) = 36.59")
    assert formula_of("What share of global tea exports in 2024 came from companies other than Chinese ones?", TEA) == (
        "100% - 19.6% = 80.4%"
    )
    # Another country's companies are not China's.
    assert (
        formula_of("Given the 2024 figure and its growth, what were Indian companies' tea exports in 2023?", TEA)
        is None
    )


COMPUTE = hit(
    "## 四、算力\n2024年中国智能算力规模达到725.3 EFLOPS，同比增长74.1%，2023年为416.6 EFLOPS。通用算力规模为71.7 EFLOPS，同比增长7.9%。",
    lang="zh",
    doc="compute-zh.md",
    title="中国算力发展报告",
)


def test_a_figure_stated_with_its_change_over_the_year_before_is_of_the_year_compared():
    found = calculate(
        "China's intelligent computing capacity in 2024 was how many times its general-purpose computing capacity?",
        [COMPUTE],
    )
    assert found is not None and found.result.formula == "725.3 / 71.7 = 10.12"


def test_the_figure_is_not_of_the_year_before_the_one_compared():
    question = (
        "China's intelligent computing capacity in 2023 was how many times its general-purpose computing capacity?"
    )
    assert calculate(question, [COMPUTE]) is None


def test_a_share_held_by_the_country_the_report_is_on_gives_its_amount_of_the_whole_stated_before():
    boats = hit(
        "## 全球视角\n2023年全球电动船舶新增交付量为3.2万艘，中国占全球交付量的42%。",
        lang="zh",
        doc="boats-zh.md",
        title="中国电动船舶市场年度报告",
    )
    question = "Based on China's share of global deliveries, how many electric boats were delivered in China in 2023?"
    assert formula_of(question, boats) == "3.2 × 42% = 1.34"


def test_an_amount_after_a_share_in_its_sentence_is_the_parts_not_the_whole():
    boats = hit(
        "## 全球视角\n2023年中国占全球电动船舶交付量的42%，交付量为1.3万艘。",
        lang="zh",
        doc="boats2-zh.md",
        title="中国电动船舶市场年度报告",
    )
    question = "Based on China's share of global deliveries, how many electric boats were delivered worldwide in 2023?"
    assert formula_of(question, boats) is None


def test_how_big_a_part_is_relative_to_its_whole_in_percent_is_its_share():
    found = detect("In 2024, how big was the frozen food segment relative to the whole cold chain market, in percent?")
    assert found is not None and found.kind == "share"
    assert found.pair == ("the frozen food segment", "the whole cold chain market")
    # Relative to a year is a change over years, not a share.
    assert detect("How large was Acme's 2024 revenue relative to 2023, in percent?").kind == "relative_change"
    cold = hit(
        "2024年冷链物流市场规模为5,361亿元，同比增长3.7%。其中速冻食品冷链市场规模为702亿元，同比增长6.1%。",
        lang="zh",
        doc="cold2-zh.md",
        title="中国冷链物流研究报告",
    )
    question = (
        "In 2024, how big was frozen food cold chain relative to the whole cold chain logistics market, in percent?"
    )
    assert formula_of(question, cold) == "702 / 5361 = 13.09%"


def test_the_verb_after_did_is_no_part_of_the_second_thing_added():
    found = detect("How much did sponsorship and ticketing bring in together for Chinese esports events in 2024?")
    assert found is not None and found.kind == "sum" and found.pair == ("sponsorship", "ticketing")
    found = detect("How much did Acme and Beta earn together in 2024?")
    assert found is not None and found.pair == ("Acme", "Beta")


def test_minerals_the_dictionary_lacks_are_glossary_terms():
    lithium = hit(
        "| 资源类型 | 2024年平均现金成本（万元/吨） |\n|---|---|\n| 锂辉石 | 5.1 |\n| 盐湖卤水 | 3.5 |\n| 锂云母 | 7.2 |",
        lang="zh",
        doc="lithium-zh.md",
        title="中国锂资源开发报告",
    )
    question = "What was the simple average cash cost of spodumene, brine and lepidolite in 2024?"
    assert formula_of(question, lithium) == "(5.1 + 3.5 + 7.2) / 3 = 5.27"
