"""Figures the question gives itself (givens37): which numbers are premises, what is computed
from them, what the report still supplies, and how the answer and the gate treat them."""

from __future__ import annotations

import pytest

from reportqa.server.answer.figures import render
from reportqa.server.answer.gate import enforce
from reportqa.server.answer.types import Figure, FigureInput
from reportqa.server.calc.intents import given_intent, premises
from reportqa.server.calc.models import GIVEN, is_given
from reportqa.server.calc.program import calculate_with_givens
from tests.support.passages import hit

pytestmark = pytest.mark.unit

MARKET = hit(
    "The global cardiovascular devices market was valued at USD 68.9 billion in 2024 and is projected "
    "to reach USD 104.2 billion by 2030, a CAGR of 7.1%.",
    doc="cardio.md",
    title="Global Cardiovascular Devices Market",
)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("If the market grows 8% a year from its 2024 size, what will it be in 2027?", ["8%"]),
        ("如果某品牌占3,000亿元护肤品市场的8%，销售额大概是多少？", ["3,000亿元", "8%"]),
        (
            "If the hospital segment is USD 3.2bn, clinics USD 1.1bn and home care USD 0.7bn, what's the total?",
            ["USD 3.2bn", "USD 1.1bn", "USD 0.7bn"],
        ),
        ("今年咖啡门店数增长了35%到4.8万家，去年有多少家？", ["35%", "4.8万"]),
        ("Grow the 2024 medical tourism figure for Malaysia at 10% per year for five years", ["10%"]),
        ("1.2万亿元等于多少billion RMB?", ["1.2万亿元"]),
        ("What is the total if A is USD 3bn and B is USD 2bn?", ["USD 3bn", "USD 2bn"]),
        # Quoted to name the report's figure, not a premise.
        ("What share of the BRL 98bn market did the top retailer hold in 2024?", []),
        ("What will the market be in 2030 if it grows at the report's 7.69% CAGR?", []),
        ("What was the market size in 2024?", []),
    ],
)
def test_premises_are_the_figures_the_question_states_as_given(question, given):
    assert [q.text for q in premises(question)] == given


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("如果某品牌占3,000亿元护肤品市场的8%，销售额大概是多少？", "3000 × 8% = 240"),
        (
            "If the hospital segment is USD 3.2bn, clinics USD 1.1bn and home care USD 0.7bn, what's the total?",
            "3.2 + 1.1 + 0.7 = 5",
        ),
        ("今年咖啡门店数增长了35%到4.8万家，去年有多少家？", "4.8 × (1 + 35%)^(-1) = 3.56"),
        ("1.2万亿元等于多少billion RMB?", "1.2 万亿 = 1200 billion"),
        ("If segment A is USD 5bn and segment B is USD 2bn, how much larger is A than B?", "5 - 2 = 3"),
        ("If exports are USD 12bn and imports USD 4bn, what is the ratio of exports to imports?", "12 / 4 = 3"),
        ("If sales rose 20% to USD 6 billion this year, what were they last year?", "6 × (1 + 20%)^(-1) = 5"),
    ],
)
def test_all_operands_given_are_computed_from_the_question_alone(question, formula):
    found = calculate_with_givens(question, [MARKET])
    assert found is not None and found.result.formula == formula
    assert all(is_given(o) for o in found.operands)


def test_a_given_rate_replaces_the_reports_and_the_base_is_the_reports():
    found = calculate_with_givens(
        "If the global cardiovascular devices market grows 8% a year from its 2024 size, what will it be in 2027?",
        [MARKET],
    )
    assert found is not None and found.result.formula == "68.9 × (1 + 8%)^(2027 - 2024) = 86.79"
    assert [is_given(o) for o in found.operands] == [False, True]


def test_a_given_share_of_the_reports_whole():
    found = calculate_with_givens(
        "If a brand holds 8% of the 2024 global cardiovascular devices market, what are its sales?", [MARKET]
    )
    assert found is not None and found.result.formula == "68.9 × 8% = 5.51"


def test_a_question_giving_nothing_reads_no_given_operation():
    assert given_intent("What will the market be in 2030 if it grows at the report's 7.1% CAGR?") is None


def test_the_answer_says_which_inputs_came_from_the_question_and_cites_them_so():
    found = calculate_with_givens(
        "If the global cardiovascular devices market grows 8% a year from its 2024 size, what will it be in 2027?",
        [MARKET],
    )
    assert found is not None
    computed = render(found, "en")
    assert "Using 8% given in the question." in computed.draft.text
    assert computed.draft.cited == [MARKET]  # the question is no passage to cite
    assert [i.citation for i in computed.figures[0].inputs] == [MARKET.chunk.id, GIVEN]


def test_the_gate_takes_a_given_number_only_where_the_answer_says_it_was_given():
    figure = Figure("sum", 5.0, "USD bn", "USD 5 bn", "3.2 + 1.1 + 0.7 = 5", [FigureInput(3.2, "USD bn", GIVEN)])
    said = "The sum is USD 5 bn.\nUsing USD 3.2bn given in the question."
    assert enforce(said, [], [figure], "en") == said
    assert "USD 3.2bn" not in enforce("The sum is USD 5 bn.\nHospitals were USD 3.2bn.", [], [figure], "en")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("If the quick-commerce market grew 45% to reach its 2024 size, how big was it in 2023?", "implied_value"),
        ("今年门店数增长了35%到4.8万家，去年有多少家？", "implied_value"),
        ("预测2030年的市场规模，假设以2024年为基数保持12%的年复合增长率。", "projection"),
        ("What would sales reach in 2032 at a 7.2% cagr from the 2025 base?", "projection"),
    ],
)
def test_a_given_rate_grows_forward_or_back_from_the_year_it_starts(question, kind):
    intent = given_intent(question)
    assert intent is not None and intent.kind == kind


def test_the_reports_calculation_stands_when_it_binds_the_very_figure_given():
    found = calculate_with_givens(
        "If the global cardiovascular devices market grows at 7.1% a year from 2024, what will it be in 2027?",
        [MARKET],
    )
    assert found is not None and not any(is_given(o) for o in found.operands)
