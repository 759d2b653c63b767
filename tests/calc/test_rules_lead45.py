"""English questions over Chinese reports (twenty-eighth session): an adjective of place names its place
("Chinese companies'" shipments are 中国企业's), and a figure stated with its change over the year before
is of the latest year its section compares, whatever is computed with it."""

from __future__ import annotations

import pytest

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
